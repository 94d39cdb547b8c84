import { useId } from 'react';
import { questionsOfSection, SCREENING_SECTIONS } from '@myomap/core/screening/questions.data.ts';
import type { ScreeningAnswer, ScreeningQuestion } from '@myomap/core/screening/questions.types.ts';
import { MedicinePurposes } from './MedicinePurposes.tsx';
import { QuestionField } from './QuestionField.tsx';
import { medicationLines, medicationPurposesOf, type ScreeningDraft } from './useScreeningDraft.ts';

function visible(question: ScreeningQuestion, answers: Record<string, ScreeningAnswer>): boolean {
  return !question.showIf || answers[question.showIf.yes] === true;
}

/** Only answers to questions still shown count: a follow-up of a question now answered "no" is dropped. */
export function shownAnswers(answers: Record<string, ScreeningAnswer>): Record<string, ScreeningAnswer> {
  const out: Record<string, ScreeningAnswer> = {};
  for (const section of SCREENING_SECTIONS) {
    for (const q of questionsOfSection(section.id)) {
      const value = answers[q.id];
      if (value !== undefined && visible(q, answers)) out[q.id] = value;
    }
  }
  return out;
}

/**
 * The safety check as steps: warning signs, health and history, medicines. A progress indicator
 * shows where the person is; every answer is saved in the browser as it is given.
 */
export function ScreeningStepper({
  draft,
  onChange,
  onDone,
  savedNote = 'Your answers are saved in this browser as you go; you can come back and finish later.',
}: {
  draft: ScreeningDraft;
  onChange: (draft: ScreeningDraft) => void;
  onDone: () => void;
  /** Where the answers are kept, said under the form; null says nothing (answers held only on this page). */
  savedNote?: string | null;
}): React.JSX.Element {
  const medsId = useId();
  const step = Math.min(draft.step, SCREENING_SECTIONS.length - 1);
  const section = SCREENING_SECTIONS[step]!;
  const questions = questionsOfSection(section.id).filter((q) => visible(q, draft.answers));
  const setAnswer = (id: string, value: ScreeningAnswer | undefined): void => {
    const answers = { ...draft.answers };
    if (value === undefined) delete answers[id];
    else answers[id] = value;
    onChange({ ...draft, answers });
  };
  const go = (next: number): void => onChange({ ...draft, step: next });

  return (
    <section aria-labelledby="screening-title" className="screening">
      <h2 id="screening-title">Safety check</h2>
      <ol className="stepper" aria-label="Progress">
        {SCREENING_SECTIONS.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === step ? 'step' : undefined}
            className={i < step ? 'stepper__done' : undefined}
          >
            <span className="visually-hidden">{i < step ? 'Done: ' : i === step ? 'Current: ' : 'To do: '}</span>
            {s.title}
          </li>
        ))}
      </ol>
      <h3>
        Step {step + 1} of {SCREENING_SECTIONS.length}: {section.title}
      </h3>
      <p className="muted">{section.intro}</p>
      {section.id === 'medications' ? (
        <div className="question">
          <label htmlFor={medsId}>Your medicines, one per line (leave empty if none)</label>
          <textarea
            id={medsId}
            rows={4}
            value={draft.medications.join('\n')}
            onChange={(e) => onChange({ ...draft, medications: e.target.value.split('\n') })}
          />
          <MedicinePurposes
            lines={medicationLines(draft)}
            purposes={medicationPurposesOf(draft)}
            onChange={(medicationPurposes) => onChange({ ...draft, medicationPurposes })}
          />
        </div>
      ) : (
        questions.map((q) => (
          <QuestionField key={q.id} question={q} value={draft.answers[q.id]} onChange={(v) => setAnswer(q.id, v)} />
        ))
      )}
      <div className="button-row screening__nav">
        {step > 0 ? (
          <button type="button" className="button" onClick={() => go(step - 1)}>
            Previous
          </button>
        ) : null}
        {step < SCREENING_SECTIONS.length - 1 ? (
          <button type="button" className="button button--primary" onClick={() => go(step + 1)}>
            Next
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={onDone}>
            See the result
          </button>
        )}
      </div>
      {savedNote ? <p className="muted">{savedNote}</p> : null}
    </section>
  );
}
