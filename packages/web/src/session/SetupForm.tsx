import type { Tool } from '@myomap/core/atlas/atlas.types.ts';
import type { PlanIntensity } from '@myomap/core/planner/planner.types.ts';

export interface SessionSettings {
  minutes: number;
  tools: Tool[];
  intensity: PlanIntensity;
}

const MINUTES = [5, 10, 15, 20] as const;
const TOOLS: readonly { id: Tool; label: string }[] = [
  { id: 'ball', label: 'A ball (tennis or massage ball)' },
  { id: 'foam-roller', label: 'A foam roller' },
  { id: 'hooked-cane', label: 'A hooked massage cane' },
];
const INTENSITIES: readonly { id: PlanIntensity; label: string }[] = [
  { id: 'gentle', label: 'Gentle' },
  { id: 'moderate', label: 'Moderate' },
  { id: 'firm', label: 'Firm' },
];

/** Time, tools and intensity for the plan. */
export function SetupForm({
  value,
  onChange,
}: {
  value: SessionSettings;
  onChange: (v: SessionSettings) => void;
}): React.JSX.Element {
  return (
    <div className="setup">
      <fieldset className="question">
        <legend>How much time do you have?</legend>
        <div className="button-row">
          {MINUTES.map((m) => (
            <label key={m} className="chip">
              <input
                type="radio"
                name="minutes"
                checked={value.minutes === m}
                onChange={() => onChange({ ...value, minutes: m })}
              />
              <span>{m} minutes</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="question">
        <legend>What do you have at hand? (Your hands are always enough.)</legend>
        <div className="button-row">
          {TOOLS.map((t) => (
            <label key={t.id} className="chip">
              <input
                type="checkbox"
                checked={value.tools.includes(t.id)}
                onChange={() =>
                  onChange({
                    ...value,
                    tools: value.tools.includes(t.id) ? value.tools.filter((x) => x !== t.id) : [...value.tools, t.id],
                  })
                }
              />
              <span>{t.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="question">
        <legend>How firm should it be?</legend>
        <div className="button-row">
          {INTENSITIES.map((i) => (
            <label key={i.id} className="chip">
              <input
                type="radio"
                name="intensity"
                checked={value.intensity === i.id}
                onChange={() => onChange({ ...value, intensity: i.id })}
              />
              <span>{i.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
