import { useEffect, useState } from 'react';
import { MEDICATION_PURPOSE_IDS, type MedicationPurposeId } from '@myomap/core/screening/medication-purposes.ts';
import type { ScreeningAnswer } from '@myomap/core/screening/questions.types.ts';

export interface ScreeningDraft {
  answers: Record<string, ScreeningAnswer>;
  medications: string[];
  /** What each medicine Myomap does not recognise is for, by its line (trimmed). */
  medicationPurposes?: Record<string, MedicationPurposeId>;
  /** The section the person was on, so they can resume where they stopped. */
  step: number;
  savedAt?: string;
}

const STORAGE_KEY = 'myomap.screening-draft.v1';
const EMPTY: ScreeningDraft = { answers: {}, medications: [], step: 0 };

function load(): ScreeningDraft {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return EMPTY;
    const value = JSON.parse(raw) as Partial<ScreeningDraft>;
    return {
      answers: typeof value.answers === 'object' && value.answers !== null ? value.answers : {},
      medications: Array.isArray(value.medications) ? value.medications.filter((m) => typeof m === 'string') : [],
      medicationPurposes: purposesOf(value.medicationPurposes),
      step: typeof value.step === 'number' ? value.step : 0,
      ...(typeof value.savedAt === 'string' ? { savedAt: value.savedAt } : {}),
    };
  } catch {
    return EMPTY;
  }
}

function purposesOf(value: unknown): Record<string, MedicationPurposeId> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, MedicationPurposeId] =>
      (MEDICATION_PURPOSE_IDS as readonly unknown[]).includes(entry[1]),
    ),
  );
}

/** The medicines as sent: trimmed lines, blank ones left out. */
export function medicationLines(draft: ScreeningDraft): string[] {
  return draft.medications.map((m) => m.trim()).filter((m) => m.length > 0);
}

/** The purposes of the medicines still on the list. */
export function medicationPurposesOf(draft: ScreeningDraft): Record<string, MedicationPurposeId> {
  const lines = new Set(medicationLines(draft));
  return Object.fromEntries(Object.entries(draft.medicationPurposes ?? {}).filter(([line]) => lines.has(line)));
}

/** The screening being filled in, saved in this browser as it goes so it can be resumed. */
export function useScreeningDraft(): [ScreeningDraft, (next: ScreeningDraft) => void, () => void] {
  const [draft, setDraft] = useState<ScreeningDraft>(load);
  useEffect(() => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(draft));
    } catch {
      // Storage unavailable: the screening still works for this visit.
    }
  }, [draft]);
  const update = (next: ScreeningDraft): void => setDraft({ ...next, savedAt: new Date().toISOString() });
  const reset = (): void => setDraft(EMPTY);
  return [draft, update, reset];
}
