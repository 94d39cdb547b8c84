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
 * brand name, ignoring doses, strengths and forms, finding names spelled the way other languages
 * spell them, and allowing one typo in names of six letters or more. Text with no recognisable
 * medicine is returned as unrecognised, never dropped.
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
  /** True when recognised by a spelling variant (Sertralin, ibuprofeno) or despite one typo, not as listed. */
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
    'night morning evening bedtime as needed required prn od bd bid tds tid qds qid nocte mane x and with the ' +
    'of for my i take taking every hours hour when'
  ).split(' '),
);

/**
 * Everyday words one typo or one spelling variant away from a catalogue name ("neural" / Neoral,
 * "aspiring" / aspirin): never matched by a typo or a variant, only if written exactly as listed.
 */
const NOT_MEDICINES = new Set(
  (
    'neural lyrics lyric motion action concur zoster aspiring buffering discover buffer suffer prior frozen relax ' +
    'reactive intact depend program merge preserve preserved preserves clarity singular margin ambient mitigate ' +
    'creator recast proves sorts astral palette complex'
  ).split(' '),
);

const TOPICAL_FORMS = new Set(['cream', 'creams', 'gel', 'gels', 'emulgel', 'ointment', 'lotion']);

const CLASS_BY_ID: ReadonlyMap<string, MedicationClass> = new Map(MEDICATION_CLASSES.map((c) => [c.id, c]));

/** Lower case, accents removed, letters and digits only: `Depo-Medrol` → `depomedrol`, `Tylenol #3` → `tylenol3`. */
export function medicationKey(text: string): string {
  return tokens(text).join('');
}

/** Runs of letters and runs of digits: `5mg` is `5`, `mg`, so doses never stick to names. */
function tokens(text: string): string[] {
  return (
    text
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z]+|[0-9]+/g) ?? []
  );
}

/**
 * One word as a spelling-neutral form, so the same name spelled the way another language spells
 * it is found (Sertralin, sertralina, sertraline; morfina, morphine; Kodein, codeine; acide
 * zolédronique, zoledronic acid): ph→f, th→t, ch→c, y→i, k→c, French -ique→-ic, and, in words of
 * six letters or more, no final a, e or o (German drops the e, Spanish, Italian and Portuguese
 * end in a or o). Short words keep their ending: "Aleve" and "Alevo" must stay apart.
 */
export function spellingFold(word: string): string {
  if (/^[0-9]+$/.test(word)) return word;
  const folded = word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'c')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/ique$/, 'ic');
  return folded.length >= TYPO_MIN_LENGTH ? folded.replace(/[aeo]$/, '') : folded;
}

const foldedKey = (words: readonly string[]): string => words.map(spellingFold).join('');

interface IndexEntry {
  medication: Medication;
  /** The name or brand as written in the catalogue. */
  display: string;
  /** A generic name or alias, not a brand. */
  generic: boolean;
}

/**
 * The ways a catalogue name is written: as listed, and for "zoledronic acid" also "zoledronic"
 * (the Spanish "ácido zoledrónico" leaves "zoledronico") and the German "Zoledronsäure".
 */
function writings(display: string): string[][] {
  const words = tokens(display);
  if (words.length < 2 || words[words.length - 1] !== 'acid') return [words];
  const stem = words.slice(0, -1);
  const last = stem[stem.length - 1]!;
  const german = [...stem.slice(0, -1), `${last.replace(/ic$/, '')}saure`];
  return [words, stem, german];
}

interface Index {
  /** Every name, alias and brand by key. */
  exact: Map<string, IndexEntry>;
  /** By spelling-neutral key; null where two medicines share one, which is then never guessed. */
  folded: Map<string, IndexEntry | null>;
}

function buildIndex(): Index {
  const exact = new Map<string, IndexEntry>();
  const folded = new Map<string, IndexEntry | null>();
  for (const medication of MEDICATIONS) {
    const generics = new Set([medication.name, ...(medication.aliases ?? [])]);
    for (const display of [...generics, ...medication.brands]) {
      for (const words of writings(display)) {
        const entry = { medication, display, generic: generics.has(display) };
        const key = words.join('');
        if (!exact.has(key)) exact.set(key, entry);
        const fold = foldedKey(words);
        const before = folded.get(fold);
        if (before === undefined) folded.set(fold, entry);
        else if (before !== null && before.medication !== medication) folded.set(fold, null);
      }
    }
  }
  return { exact, folded };
}

const INDEX = buildIndex();

/** Keys a typo may reach: long enough, and without digits (a strength is never guessed). */
const typoReachable = (key: string): boolean => key.length >= TYPO_MIN_LENGTH && !/[0-9]/.test(key);
const FUZZY_KEYS = [...INDEX.exact.keys()].filter(typoReachable);
/**
 * Spelling-neutral keys a typo may reach: generic names only (varfarina / warfarin). Brands are
 * spelled the same in every language, and their shortened forms sit too close to everyday words.
 */
const FUZZY_FOLDED_KEYS = [...INDEX.folded].filter(
  (pair): pair is [string, IndexEntry] => pair[1] !== null && pair[1].generic && typoReachable(pair[0]),
);

/** Every catalogue key, for tests that check names do not collide. */
export function medicationKeys(): ReadonlyMap<string, string> {
  return new Map([...INDEX.exact].map(([key, entry]) => [key, entry.medication.name]));
}

/** Every spelling-neutral key; null where two medicines share it. */
export function foldedMedicationKeys(): ReadonlyMap<string, string | null> {
  return new Map([...INDEX.folded].map(([key, entry]) => [key, entry?.medication.name ?? null]));
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

/** One typo from a name as listed or from its spelling-neutral form; never a guess between two medicines. */
function fuzzyLookup(words: readonly string[]): IndexEntry | undefined {
  const key = words.join('');
  if (key.length < TYPO_MIN_LENGTH - 1 || /[0-9]/.test(key)) return undefined;
  const fold = foldedKey(words);
  const hits = new Map<string, IndexEntry>();
  for (const candidate of FUZZY_KEYS) {
    if (editDistance(key, candidate) <= 1) {
      const entry = INDEX.exact.get(candidate)!;
      hits.set(entry.medication.name, entry);
    }
  }
  if (key.length >= TYPO_MIN_LENGTH && fold.length >= TYPO_MIN_LENGTH) {
    for (const [candidate, entry] of FUZZY_FOLDED_KEYS) {
      if (editDistance(fold, candidate) <= 1) hits.set(entry.medication.name, entry);
    }
  }
  // Two different medicines one typo away: too ambiguous to guess.
  return hits.size === 1 ? [...hits.values()][0] : undefined;
}

/** A spelling variant of a listed name, if it is long enough to be telling and names one medicine. */
function foldedLookup(words: readonly string[]): IndexEntry | undefined {
  const fold = foldedKey(words);
  if (fold.length < TYPO_MIN_LENGTH - 1) return undefined;
  return INDEX.folded.get(fold) ?? undefined;
}

type Pass = 'exact' | 'variant' | 'typo';

interface Found {
  entry: IndexEntry;
  approximate: boolean;
  at: number;
}

function lookup(pass: Pass, words: readonly string[]): IndexEntry | undefined {
  if (pass === 'exact') return INDEX.exact.get(words.join(''));
  return pass === 'variant' ? foldedLookup(words) : fuzzyLookup(words);
}

/**
 * Windows of 3, 2 and 1 consecutive tokens, longest first, so "ms contin" beats "contin"; names
 * as listed or spelled as a variant first, and only then with one typo.
 */
function findIn(words: string[]): Found[] {
  const used = new Array<boolean>(words.length).fill(false);
  const found: Found[] = [];
  const scan = (pass: Pass, size: number): void => {
    for (let start = 0; start + size <= words.length; start++) {
      const span = words.slice(start, start + size);
      if (used.slice(start, start + size).some(Boolean)) continue;
      if (pass !== 'exact' && span.some((w) => IGNORED.has(w) || NOT_MEDICINES.has(w))) continue;
      const entry = lookup(pass, span);
      if (!entry) continue;
      for (let i = start; i < start + size; i++) used[i] = true;
      found.push({ entry, approximate: pass !== 'exact', at: start });
    }
  };
  // A variant of two words ("vitamina D") is a better reading than one of them as listed ("vitamina" / vitamin A).
  for (let size = 3; size >= 1; size--) for (const pass of ['exact', 'variant'] as const) scan(pass, size);
  for (let size = 3; size >= 1; size--) scan('typo', size);
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
