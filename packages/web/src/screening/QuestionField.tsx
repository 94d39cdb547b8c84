import type { ScreeningAnswer, ScreeningQuestion } from '@myomap/core/screening/questions.types.ts';
import { RegionPicker } from './RegionPicker.tsx';

/** One screening question as a form control, named by the question's own words. */
export function QuestionField({
  question,
  value,
  onChange,
}: {
  question: ScreeningQuestion;
  value: ScreeningAnswer | undefined;
  onChange: (value: ScreeningAnswer | undefined) => void;
}): React.JSX.Element {
  const help = question.help ? <p className="muted question__help">{question.help}</p> : null;
  switch (question.type) {
    case 'yes-no':
      return (
        <fieldset className="question">
          <legend>{question.text}</legend>
          {help}
          <div className="button-row">
            {(['yes', 'no'] as const).map((answer) => (
              <label key={answer} className="chip">
                <input
                  type="radio"
                  name={question.id}
                  checked={value === (answer === 'yes')}
                  onChange={() => onChange(answer === 'yes')}
                />
                <span>{answer === 'yes' ? 'Yes' : 'No'}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    case 'choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
      return (
        <fieldset className="question">
          <legend>{question.text}</legend>
          {help}
          <div className="button-row">
            {question.options.map((option) => (
              <label key={option.id} className="chip">
                <input
                  type={question.multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  checked={chosen.includes(option.id)}
                  onChange={() => {
                    if (!question.multiple) return onChange(option.id);
                    const next = chosen.includes(option.id)
                      ? chosen.filter((c) => c !== option.id)
                      : [...chosen, option.id];
                    onChange(next.length > 0 ? next : undefined);
                  }}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'number':
      return (
        <div className="question">
          <label htmlFor={`q-${question.id}`}>{question.text}</label>
          {help}
          <input
            id={`q-${question.id}`}
            type="number"
            min={question.min}
            max={question.max}
            step={question.integer ? 1 : 'any'}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />{' '}
          <span className="muted">{question.unit}</span>
        </div>
      );
    case 'regions':
      return (
        <fieldset className="question">
          <legend>{question.text}</legend>
          {help}
          <RegionPicker
            label={question.text}
            value={Array.isArray(value) ? (value as string[]) : []}
            onChange={(regions) => onChange(regions.length > 0 ? regions : undefined)}
          />
        </fieldset>
      );
  }
}
