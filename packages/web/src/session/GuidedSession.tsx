import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanStep, SessionPlan } from '@myomap/core/planner/planner.types.ts';
import { findTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { regionLabel } from '../atlas/labels.ts';
import { PointFigure } from '../body/PointFigure.tsx';
import { keepScreenAwake, speak } from './cues.ts';
import { useCountdown } from './useCountdown.ts';

export interface SessionOutcome {
  completed: boolean;
  stoppedBecause?: string;
  skipped: number;
}

function formatTime(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

const STOP_ADVICE =
  'Stop now. Pain that spreads, or new numbness or tingling, is not what trigger point work should do. ' +
  'Rest, and if it does not settle within the hour, or you feel weak, speak to a doctor.';

/**
 * The guided timer: one step fills the screen — the figure with the point marked, what to do in two
 * short sentences, a large countdown and the pressure target — with spoken and visual cues at the
 * start, halfway and the end; pause, back and skip; "too much" lowers the pressure target and
 * "pain spreading or new numbness" stops the session with advice.
 */
export function GuidedSession({
  plan,
  onFinish,
}: {
  plan: SessionPlan;
  onFinish: (outcome: SessionOutcome) => void;
}): React.JSX.Element {
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const [muted, setMuted] = useState(false);
  const [pressureDrop, setPressureDrop] = useState(0);
  const [skipped, setSkipped] = useState(0);
  const step: PlanStep = plan.steps[index]!;
  const startCue = (s: PlanStep): string => `${s.title}. ${s.instructions.at(-2) ?? ''}`.trim();
  const [cue, setCue] = useState(() => startCue(plan.steps[0]!));
  const halfwayCued = useRef(-1);

  useEffect(() => {
    let release: (() => void) | undefined;
    void keepScreenAwake().then((r) => (release = r));
    return () => release?.();
  }, []);

  // Speak the first step's cue once; later cues are spoken where they happen.
  const spokeFirst = useRef(false);
  useEffect(() => {
    if (spokeFirst.current) return;
    spokeFirst.current = true;
    speak(startCue(plan.steps[0]!), muted);
  });

  const announce = (text: string): void => {
    setCue(text);
    speak(text, muted);
  };

  const goTo = (next: number, finishedOne = false): void => {
    setIndex(next);
    announce(`${finishedOne ? 'Done. Next: ' : ''}${startCue(plan.steps[next]!)}`);
  };

  const onTick = (remaining: number): void => {
    if (remaining <= step.seconds / 2 && halfwayCued.current !== index && step.seconds >= 20 && remaining > 0) {
      halfwayCued.current = index;
      announce('Halfway. Keep breathing slowly.');
    }
    if (remaining === 0) {
      if (index + 1 < plan.steps.length) goTo(index + 1, true);
      else {
        announce('Session complete.');
        onFinish({ completed: true, skipped });
      }
    }
  };
  const { remaining } = useCountdown(step.seconds, !paused, `${index}`, onTick);

  const pressure = step.pressure !== undefined ? Math.max(1, step.pressure - pressureDrop) : undefined;
  const tp = step.triggerPoint ? findTriggerPoint(step.triggerPoint) : undefined;
  const doing = step.instructions.slice(-2);
  const notes = step.instructions.slice(0, -2);
  const progress = useMemo(() => `Step ${index + 1} of ${plan.steps.length}`, [index, plan.steps.length]);

  return (
    <section className="guided" aria-labelledby="guided-title">
      <p className="guided__progress">{progress}</p>
      <h2 id="guided-title">{step.title}</h2>
      <div className="guided__body">
        {step.region ? (
          <div className="guided__figure">
            <PointFigure
              region={step.region}
              view={tp?.triggerPoint.location.view}
              u={tp?.triggerPoint.location.u}
              v={tp?.triggerPoint.location.v}
              label={`Where to press: ${regionLabel(step.region)}`}
            />
          </div>
        ) : null}
        <div className="guided__panel">
          <p className="guided__timer" role="timer" aria-label={`Time left ${formatTime(remaining)}`}>
            {formatTime(remaining)}
          </p>
          {pressure !== undefined ? (
            <p className="guided__pressure">
              Pressure: about <strong>{pressure} out of 10</strong>
            </p>
          ) : null}
          {notes.map((n) => (
            <p key={n} className="muted">
              {n}
            </p>
          ))}
          {doing.map((d) => (
            <p key={d} className="guided__instruction">
              {d}
            </p>
          ))}
          <p className="visually-hidden" aria-live="assertive">
            {cue}
          </p>
          <p className="guided__cue" aria-hidden="true">
            {cue}
          </p>
        </div>
      </div>
      <div className="guided__controls">
        <button type="button" className="button" disabled={index === 0} onClick={() => goTo(index - 1)}>
          Back
        </button>
        <button type="button" className="button button--primary" onClick={() => setPaused(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setSkipped(skipped + 1);
            if (index + 1 < plan.steps.length) goTo(index + 1);
            else onFinish({ completed: true, skipped: skipped + 1 });
          }}
        >
          Skip
        </button>
        <button type="button" className="button" aria-pressed={muted} onClick={() => setMuted(!muted)}>
          {muted ? 'Sound off' : 'Sound on'}
        </button>
      </div>
      <div className="guided__safety">
        <button
          type="button"
          className="button"
          onClick={() => {
            setPressureDrop(pressureDrop + 1);
            announce('Ease off. Use less pressure: it should feel like a good ache, never sharp.');
          }}
        >
          Too much
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            speak(STOP_ADVICE, muted);
            onFinish({ completed: false, stoppedBecause: STOP_ADVICE, skipped });
          }}
        >
          Pain spreading or new numbness
        </button>
      </div>
    </section>
  );
}
