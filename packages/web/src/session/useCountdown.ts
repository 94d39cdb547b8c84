import { useEffect, useRef, useState } from 'react';

/**
 * A countdown driven by the wall clock (Date.now), not by counting ticks, so it stays right when
 * a phone throttles timers and so tests can fast-forward it with a fake clock. `onTick` runs from
 * the timer with the seconds left, so callers react to the clock in an event, not in render.
 */
export function useCountdown(
  seconds: number,
  running: boolean,
  resetKey: string,
  onTick: (remaining: number) => void,
): { remaining: number } {
  const [state, setState] = useState({ key: resetKey, elapsedMs: 0 });
  // A new step starts from zero (adjusting state while rendering, as React recommends for resets).
  if (state.key !== resetKey) setState({ key: resetKey, elapsedMs: 0 });
  const elapsedMs = state.key === resetKey ? state.elapsedMs : 0;
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  });

  useEffect(() => {
    if (!running) return;
    const startedAt = Date.now() - elapsedMs;
    let lastReported = Number.NaN;
    const timer = setInterval(() => {
      const elapsed = Date.now() - startedAt;
      setState({ key: resetKey, elapsedMs: elapsed });
      const remaining = Math.max(0, Math.ceil(seconds - elapsed / 1000));
      if (remaining !== lastReported) {
        lastReported = remaining;
        tick.current(remaining);
      }
    }, 200);
    return () => clearInterval(timer);
    // elapsedMs is read once when the timer (re)starts: pausing keeps it, resuming continues from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running, resetKey, seconds]);

  return { remaining: Math.max(0, Math.ceil(seconds - elapsedMs / 1000)) };
}
