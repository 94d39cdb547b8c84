import {
  MEDICATION_CLASSES,
  MEDICATIONS,
  type Medication,
  type MedicationClass,
  type MedicationClassId,
} from './medications.data.ts';

export { MEDICATION_CLASSES, MEDICATIONS };
export type { Medication, MedicationClass, MedicationClassId };

/**
 * Recognises medicines in free text ("Eliquis 5 mg tablets", "co-codamol 30/500") by generic or
 * brand name, ignoring doses, strengths and forms, and allowing one typo in names of six letters
 * or more. Text with no recognisable medicine is returned as unrecognised, never dropped.
 */

export interface MatchedMedicationClass {
  id: MedicationClassId;
  label: string;
  atc: readonly string[];
}

export interface MatchedMedication {
  /** The text as entered (trimmed). */
  input: string;
  /** Generic name. */
  name: string;
  /** The catalogue name or brand the text was recognised by, e.g. `Eliquis`. */
  matchedAs: string;
  /** True when recognised despite one typo. */
  approximate: boolean;
  /** True when the text names a cream, gel or ointment and the topical classes apply. */
  topical: boolean;
  classes: MatchedMedicationClass[];
}

export interface MedicationMatch {
  matched: MatchedMedication[];
  unrecognised: string[];
}

/** Names this long or longer tolerate one typo (insert, delete, substitute or swap two letters). */
export const TYPO_MIN_LENGTH = 6;

/** Words of doses, forms and schedules: never a medicine, never fuzzy-matched. */
const IGNORED = new Set(
  (
    'mg mcg ug g kg ml l iu unit units microgram micrograms milligram milligrams gram grams percent ' +
    'tablet tablets tab tabs capsule capsules cap caps caplet caplets pill pills liquid syrup solution suspension ' +
    'drop drops injection injections injectable jab pen pens patch patches cream creams gel gels ointment lotion ' +
    'emulgel spray inhaler suppository suppositories sachet sachets powder mr sr xr er cr xl la ec dr modified ' +
    'release prolonged extended slow controlled delayed gastro resistant coated film chewable dispersible soluble ' +
    'effervescent oral topical low dose doses daily once twice three four times a an day days week weekly per at ' +
    'night morning evening bedtime as needed required prn od bd bid tds tid qds qid nocte mane x and with plus the ' +
    'of for my i take taking every hours hour when'
  ).split(' '),
);

/** Everyday words one typo away from a catalogue name ("neural" / Neoral): never fuzzy-matched. */
const NOT_MEDICINES = new Set(['neural', 'lyrics', 'lyric', 'motion', 'action', 'concur', 'zoster']);

const TOPICAL_FORMS = new Set(['cream', 'creams', 'gel', 'gels', 'emulgel', 'ointment', 'lotion']);

const CLASS_BY_ID: ReadonlyMap<string, MedicationClass> = new Map(MEDICATION_CLASSES.map((c) => [c.id, c]));

/** Lower case, accents removed, letters only: `Depo-Medrol` → `depomedrol`. */
export function medicationKey(text: string): string {
  return tokens(text).join('');
}

function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t.length > 0);
}

interface IndexEntry {
  medication: Medication;
  /** The name or brand as written in the catalogue. */
  display: string;
}

/** Every name, alias and brand by key; "zoledronic acid" is also found as "zoledronic". */
function buildIndex(): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const medication of MEDICATIONS) {
    const names = [medication.name, ...(medication.aliases ?? []), ...medication.brands];
    for (const display of names) {
      const keys = [medicationKey(display)];
      if (/ acid$/.test(display)) keys.push(medicationKey(display.replace(/ acid$/, '')));
      for (const key of keys) if (!index.has(key)) index.set(key, { medication, display });
    }
  }
  return index;
}

const INDEX = buildIndex();
const FUZZY_KEYS = [...INDEX.keys()].filter((k) => k.length >= TYPO_MIN_LENGTH);

/** Every catalogue key, for tests that check names do not collide. */
export function medicationKeys(): ReadonlyMap<string, string> {
  return new Map([...INDEX].map(([key, entry]) => [key, entry.medication.name]));
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

function fuzzyLookup(key: string): IndexEntry | undefined {
  if (key.length < TYPO_MIN_LENGTH - 1) return undefined;
  const hits = new Map<string, IndexEntry>();
  for (const candidate of FUZZY_KEYS) {
    if (editDistance(key, candidate) <= 1) {
      const entry = INDEX.get(candidate)!;
      hits.set(entry.medication.name, entry);
    }
  }
  // Two different medicines one typo away: too ambiguous to guess.
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

interface Found {
  entry: IndexEntry;
  approximate: boolean;
  at: number;
}

/** Windows of 3, 2 and 1 consecutive tokens, longest first, so "ms contin" beats "contin". */
function findIn(words: string[]): Found[] {
  const used = new Array<boolean>(words.length).fill(false);
  const found: Found[] = [];
  const pass = (approximate: boolean): void => {
    for (let size = 3; size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const span = words.slice(start, start + size);
        if (used.slice(start, start + size).some(Boolean)) continue;
        if (approximate && span.some((w) => IGNORED.has(w) || NOT_MEDICINES.has(w))) continue;
        const key = span.join('');
        const entry = approximate ? fuzzyLookup(key) : INDEX.get(key);
        if (!entry) continue;
        for (let i = start; i < start + size; i++) used[i] = true;
        found.push({ entry, approximate, at: start });
      }
    }
  };
  pass(false);
  pass(true);
  return found.sort((a, b) => a.at - b.at);
}

function classesOf(medication: Medication, topical: boolean): MatchedMedicationClass[] {
  const ids = topical && medication.topicalClasses ? medication.topicalClasses : medication.classes;
  return ids.map((id) => {
    const c = CLASS_BY_ID.get(id)!;
    return { id: id, label: c.label, atc: c.atc };
  });
}

/** Recognise the medicines in each line of a medicines list. Blank lines are skipped. */
export function matchMedications(texts: readonly string[]): MedicationMatch {
  const matched: MatchedMedication[] = [];
  const unrecognised: string[] = [];
  for (const raw of texts) {
    const input = raw.trim();
    if (input === '') continue;
    const words = tokens(input);
    const topicalForm = words.some((w) => TOPICAL_FORMS.has(w));
    const seen = new Set<string>();
    for (const { entry, approximate } of findIn(words)) {
      const { medication } = entry;
      if (seen.has(medication.name)) continue;
      seen.add(medication.name);
      const topical = topicalForm && medication.topicalClasses !== undefined;
      matched.push({
        input,
        name: medication.name,
        matchedAs: entry.display,
        approximate,
        topical,
        classes: classesOf(medication, topical),
      });
    }
    if (seen.size === 0) unrecognised.push(input);
  }
  return { matched, unrecognised };
}

/** The classes of every matched medicine, without duplicates. */
export function medicationClassIds(match: MedicationMatch): Set<MedicationClassId> {
  return new Set(match.matched.flatMap((m) => m.classes.map((c) => c.id)));
}
