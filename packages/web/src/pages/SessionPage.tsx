import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findTriggerPoint, sideTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { planSession } from '@myomap/core/planner/planner.ts';
import type { PlanTriggerPointInput, SessionPlan } from '@myomap/core/planner/planner.types.ts';
import { parseScreeningInput, screen, type ScreeningResult as Decision } from '@myomap/core/screening/evaluate.ts';
import { planModificationsFrom } from '@myomap/core/screening/plan-modifications.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { regionLabel } from '../atlas/labels.ts';
import { addDiaryEntry } from '../diary/diary-store.ts';
import { ScreeningResult } from '../screening/ScreeningResult.tsx';
import { ScreeningStepper, shownAnswers } from '../screening/ScreeningStepper.tsx';
import { medicationLines, medicationPurposesOf, useScreeningDraft } from '../screening/useScreeningDraft.ts';
import { ClinicScreeningCheck } from '../session/ClinicScreeningCheck.tsx';
import { GuidedSession, type SessionOutcome } from '../session/GuidedSession.tsx';
import { useSendScreening } from '../session/useSendScreening.ts';
import { PainRating } from '../session/PainRating.tsx';
import { PlanReview } from '../session/PlanReview.tsx';
import { SessionDiarySave } from '../session/SessionDiarySave.tsx';
import { parseProgramParam, ProgramLog } from '../session/ProgramLog.tsx';
import { SetupForm, type SessionSettings } from '../session/SetupForm.tsx';
import { pointsFromSavedDrawing } from '../session/points-from-drawing.ts';

type Stage = 'choose' | 'screening' | 'result' | 'setup' | 'review' | 'before' | 'guided' | 'after' | 'done';

function parsePoints(values: string[]): PlanTriggerPointInput[] {
  return values.flatMap((value) => {
    const [id, side] = value.split(':');
    return id && findTriggerPoint(id) && (side === 'left' || side === 'right') ? [{ id, side }] : [];
  });
}

const AFTER_CARE = [
  'Soreness or tenderness for a day or two is normal after trigger point work; move gently and keep warm.',
  'Not normal: bruising, swelling, numbness or tingling that stays, sharp pain, or pain that lasts more than two days — speak to a doctor.',
  'If you wonder about anything to ease soreness, ask your doctor or pharmacist.',
];

export function SessionPage(): React.JSX.Element {
  usePageTitle('Guided session');
  const [params] = useSearchParams();
  const requested = useMemo(() => parsePoints(params.getAll('tp')), [params]);
  const candidates = useMemo(() => (requested.length > 0 ? requested : pointsFromSavedDrawing(3)), [requested]);
  // Started from a home program in the client portal: the end offers to log it there.
  const program = useMemo(() => parseProgramParam(params.get('program')), [params]);
  const [chosen, setChosen] = useState<PlanTriggerPointInput[]>(candidates);
  const [stage, setStage] = useState<Stage>('choose');
  const [draft, setDraft, resetDraft] = useScreeningDraft();
  const [settings, setSettings] = useState<SessionSettings>({ minutes: 10, tools: [], intensity: 'moderate' });
  const [painBefore, setPainBefore] = useState<number | undefined>(undefined);
  const [painAfter, setPainAfter] = useState<number | undefined>(undefined);
  const [outcome, setOutcome] = useState<SessionOutcome | undefined>(undefined);
  // From a home program: the clinic's latest screening stands unless the person says something changed.
  const [clinicDecision, setClinicDecision] = useState<Decision | undefined>(undefined);
  const [answerAgain, setAnswerAgain] = useState(false);
  const sendScreening = useSendScreening(program?.clientId);

  // Where the chosen points lie, so screening can tell whether they fall in an area to avoid.
  const regions = useMemo(
    () =>
      chosen.flatMap((p) => {
        const found = findTriggerPoint(p.id);
        return found ? [sideTriggerPoint(found.muscle, found.triggerPoint, p.side).region] : [];
      }),
    [chosen],
  );
  const parsedScreening = useMemo(
    () =>
      stage === 'choose' || stage === 'screening'
        ? undefined
        : parseScreeningInput({
            answers: shownAnswers(draft.answers),
            medications: medicationLines(draft),
            medicationPurposes: medicationPurposesOf(draft),
            regions,
          }),
    [stage, draft, regions],
  );
  const decision = clinicDecision ?? (parsedScreening?.ok ? screen(parsedScreening.input) : undefined);
  const plan: SessionPlan | undefined = useMemo(() => {
    if (!decision || !['setup', 'review', 'before', 'guided', 'after', 'done'].includes(stage)) return undefined;
    return planSession({
      triggerPoints: chosen,
      budgetSeconds: settings.minutes * 60,
      mode: 'self-care',
      tools: ['hands', ...settings.tools],
      intensity: settings.intensity,
      modifications: planModificationsFrom(decision.modifications),
    });
  }, [decision, stage, chosen, settings]);

  const finish = (after: number): void => {
    setPainAfter(after);
    addDiaryEntry({
      kind: 'session',
      at: new Date().toISOString(),
      painBefore: painBefore ?? 0,
      painAfter: after,
      minutes: settings.minutes,
      completed: outcome?.completed ?? false,
      ...(outcome?.stoppedBecause ? { stoppedBecause: outcome.stoppedBecause } : {}),
      points: chosen.map((p) => `${p.id}:${p.side}`),
      ...(decision ? { screening: { outcome: decision.outcome, rulesetVersion: decision.rulesetVersion } } : {}),
    });
    setStage('done');
  };

  return (
    <>
      <header className="page-header">
        <h1>Guided session</h1>
        <p className="lede">
          A short self-treatment that fits your time: a safety check, a plan, then a timer that guides each step.
        </p>
      </header>

      {stage === 'choose' ? (
        <section aria-labelledby="choose-title">
          <h2 id="choose-title">What to treat</h2>
          {candidates.length === 0 ? (
            <p>
              Nothing chosen yet. <Link to="/body-map">Mark where it hurts</Link> or pick a muscle in the{' '}
              <Link to="/atlas">atlas</Link>, then choose “Treat these”.
            </p>
          ) : (
            <>
              <ul className="plain-list">
                {candidates.map((p) => {
                  const found = findTriggerPoint(p.id);
                  const key = `${p.id}:${p.side}`;
                  const checked = chosen.some((c) => `${c.id}:${c.side}` === key);
                  return (
                    <li key={key}>
                      <label className="check-row">
                        <input
                          type="checkbox"
                          checked={checked}
                          onChange={() =>
                            setChosen(checked ? chosen.filter((c) => `${c.id}:${c.side}` !== key) : [...chosen, p])
                          }
                        />
                        <span>
                          <strong>{found?.muscle.name}</strong>: {found?.triggerPoint.label} ({p.side} side)
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <button
                type="button"
                className="button button--primary"
                disabled={chosen.length === 0}
                onClick={() => setStage('screening')}
              >
                Continue to the safety check
              </button>
            </>
          )}
        </section>
      ) : null}

      {stage === 'screening' && program && !answerAgain ? (
        <ClinicScreeningCheck
          program={program}
          regions={regions}
          onUse={(fromClinic) => {
            setClinicDecision(fromClinic);
            setStage('result');
          }}
          onAnswerAgain={(fromClinic) => {
            setDraft(fromClinic);
            setAnswerAgain(true);
          }}
        />
      ) : null}
      {stage === 'screening' && (!program || answerAgain) ? (
        <ScreeningStepper
          draft={draft}
          onChange={setDraft}
          onDone={() => {
            setClinicDecision(undefined);
            // Changes reach the clinic too, so the therapist sees them before the next visit.
            if (program) sendScreening.send(draft);
            setStage('result');
          }}
        />
      ) : null}
      {stage === 'result' && program && answerAgain ? <p role="status">{sendScreening.status}</p> : null}

      {stage === 'result' && !clinicDecision && parsedScreening && !parsedScreening.ok ? (
        <div className="caution" role="alert">
          <p>Some answers need another look:</p>
          <ul>
            {parsedScreening.issues.map((i) => (
              <li key={i.path}>{i.message}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setStage('screening')}>
            Change my answers
          </button>
        </div>
      ) : null}
      {stage === 'result' && decision ? (
        <ScreeningResult
          decision={decision}
          onChange={() => {
            if (clinicDecision) setAnswerAgain(true);
            setClinicDecision(undefined);
            setStage('screening');
          }}
          onRestart={() => {
            resetDraft();
            setClinicDecision(undefined);
            setStage('screening');
          }}
          onContinue={() => setStage('setup')}
        />
      ) : null}

      {stage === 'setup' ? (
        <section aria-labelledby="setup-title">
          <h2 id="setup-title">Time and tools</h2>
          <SetupForm value={settings} onChange={setSettings} />
          <button type="button" className="button button--primary" onClick={() => setStage('review')}>
            Make my plan
          </button>
        </section>
      ) : null}

      {stage === 'review' && plan ? (
        <>
          <PlanReview plan={plan} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setStage('setup')}>
              Change time or tools
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={plan.steps.length === 0}
              onClick={() => setStage('before')}
            >
              Start
            </button>
          </div>
        </>
      ) : null}

      {stage === 'before' ? (
        <section aria-labelledby="before-title">
          <h2 id="before-title">Before you start</h2>
          <PainRating label="How much does it hurt now?" value={painBefore} onChange={setPainBefore} />
          <button
            type="button"
            className="button button--primary"
            disabled={painBefore === undefined}
            onClick={() => setStage('guided')}
          >
            Begin the session
          </button>
        </section>
      ) : null}

      {stage === 'guided' && plan ? (
        <GuidedSession
          plan={plan}
          onFinish={(result) => {
            setOutcome(result);
            setStage('after');
          }}
        />
      ) : null}

      {stage === 'after' ? (
        <section aria-labelledby="after-title">
          <h2 id="after-title">{outcome?.completed ? 'Well done' : 'Session stopped'}</h2>
          {outcome?.stoppedBecause ? (
            <div className="red-flag-alert" role="alert">
              <p>{outcome.stoppedBecause}</p>
            </div>
          ) : null}
          <PainRating label="How much does it hurt now?" value={painAfter} onChange={finish} />
        </section>
      ) : null}

      {stage === 'done' ? (
        <section aria-labelledby="done-title">
          <h2 id="done-title">Saved to your diary</h2>
          <p>
            Pain before: <strong>{painBefore}/10</strong>, after: <strong>{painAfter}/10</strong>.
          </p>
          {program ? <ProgramLog program={program} painBefore={painBefore} painAfter={painAfter} /> : null}
          <SessionDiarySave painBefore={painBefore} painAfter={painAfter} />
          <h3>Afterwards</h3>
          <ul>
            {AFTER_CARE.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">Worked: {regions.map(regionLabel).join(', ')}.</p>
          <Link className="button button--primary" to="/diary">
            Open the diary
          </Link>
        </section>
      ) : null}
    </>
  );
}
