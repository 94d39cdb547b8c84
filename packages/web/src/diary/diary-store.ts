/**
 * The diary kept in this browser until the person has an account: entries are saved in
 * localStorage and read back on the Diary page. Each entry is validated when read, so a
 * damaged or foreign value never breaks the page.
 */
export interface SessionDiaryEntry {
  id: string;
  kind: 'session';
  /** ISO 8601 time the session ended. */
  at: string;
  painBefore: number;
  painAfter: number;
  /** Planned minutes and how the session ended. */
  minutes: number;
  completed: boolean;
  stoppedBecause?: string;
  /** Trigger points worked, as `<atlas id>:<side>`. */
  points: string[];
  /** Screening ruleset and outcome the session ran under. */
  screening?: { outcome: string; rulesetVersion: string };
}

export type DiaryEntry = SessionDiaryEntry;

const STORAGE_KEY = 'myomap.diary.v1';

function isEntry(value: unknown): value is DiaryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kind === 'session' &&
    typeof v.id === 'string' &&
    typeof v.at === 'string' &&
    typeof v.painBefore === 'number' &&
    typeof v.painAfter === 'number' &&
    Array.isArray(v.points)
  );
}

export function readDiary(): DiaryEntry[] {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

export function addDiaryEntry(entry: Omit<DiaryEntry, 'id'>): DiaryEntry {
  const full: DiaryEntry = { ...entry, id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` };
  const entries = [...readDiary(), full];
  globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(entries));
  return full;
}
