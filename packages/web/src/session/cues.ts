/** Spoken cues through the browser's speech synthesis, where it exists; silent otherwise. */
export function speak(text: string, muted: boolean): void {
  if (muted || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  try {
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // Speech is a convenience; the screen shows the same cue.
  }
}

/** Keeps the screen on during a session where the Wake Lock API exists; returns a release function. */
export async function keepScreenAwake(): Promise<() => void> {
  const nav = navigator as Navigator & {
    wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> };
  };
  if (!nav.wakeLock) return () => undefined;
  try {
    const lock = await nav.wakeLock.request('screen');
    return () => {
      void lock.release().catch(() => undefined);
    };
  } catch {
    return () => undefined;
  }
}
