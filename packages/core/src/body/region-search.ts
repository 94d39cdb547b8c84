import { editDistanceWithin, foldPlural as fold, words } from '../text/fuzzy.ts';
import { REGIONS } from './regions.ts';
import type { Region, Side } from './region.types.ts';

/**
 * Finding regions by typing: "heel", "tennis elbow", "right temple", "forhead".
 *
 * Every word the user typed (apart from side words and filler) must match a word of the
 * region's label, anatomical label, synonyms or id, in any order: whole word, start of a word,
 * or, for words of five letters or more, one typo away. A side word keeps only that side and
 * the midline. Ranking is deterministic: best score first, then vocabulary order.
 */

/** Words that carry no place: dropped from queries and from region texts alike. */
// prettier-ignore
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'at', 'the', 'of', 'in', 'on', 'to', 'my', 'me', 'is', 'it', 'i', 'area', 'region',
  'pain', 'painful', 'ache', 'aches', 'aching', 'sore', 'hurt', 'hurts', 'hurting', 'tender', 'tight', 'stiff',
  'sharp', 'burning', 'tingling', 'numb',
]);

const SIDE_WORDS: Readonly<Record<string, Side>> = { left: 'left', right: 'right' };

/** Typo tolerance only for longer words: short ones would match too much. */
const TYPO_MIN_LENGTH = 5;

const EXACT_SCORE = 3;
const PREFIX_SCORE = 2;
const TYPO_SCORE = 1;
/** Bonus when the typed words appear together, in order, in one text of the region. */
const PHRASE_BONUS = 2;
/**
 * Bonus for the share of the label the typed words cover, so "shoulder" puts "Top of the
 * shoulder" before "Where the neck meets the shoulder".
 */
const FOCUS_BONUS = 1;

/** How much a match counts depending on where it was found. */
const FIELD_WEIGHTS = { label: 1, synonym: 0.9, anatomical: 0.8, id: 0.7 } as const;
type Field = keyof typeof FIELD_WEIGHTS;

/** A word as written and with its plural folded: exact matches compare either, prefixes only the written form. */
interface Word {
  raw: string;
  folded: string;
}

interface SearchText {
  field: Field;
  words: readonly Word[];
  /** The words joined by single spaces, for phrase matching. */
  phrase: string;
}

interface IndexedRegion {
  region: Region;
  order: number;
  texts: readonly SearchText[];
}

function placeWords(text: string): Word[] {
  return words(text)
    .filter((word) => !FILLER_WORDS.has(word) && !(word in SIDE_WORDS))
    .map((raw) => ({ raw, folded: fold(raw) }));
}

function phraseOf(textWords: readonly Word[]): string {
  return textWords.map((word) => word.folded).join(' ');
}

function searchText(field: Field, text: string): SearchText {
  const textWords = placeWords(text);
  return { field, words: textWords, phrase: phraseOf(textWords) };
}

const INDEX: readonly IndexedRegion[] = REGIONS.map((region, order) => ({
  region,
  order,
  texts: [
    searchText('label', region.label),
    searchText('anatomical', region.anatomicalLabel),
    ...region.synonyms.map((synonym) => searchText('synonym', synonym)),
    searchText('id', region.base.replaceAll('.', ' ')),
  ],
}));

/**
 * "rigth" → "right": side words get the same typo tolerance as other long words, but only when
 * the first letter agrees, so "night" or "eight" do not pick a side.
 */
function correctSideWord(word: string): string {
  if (word in SIDE_WORDS || word.length < TYPO_MIN_LENGTH) return word;
  const side = Object.keys(SIDE_WORDS).find(
    (candidate) =>
      candidate.length >= TYPO_MIN_LENGTH && candidate[0] === word[0] && editDistanceWithin(word, candidate, 1),
  );
  return side ?? word;
}

function wordScore(typed: Word, candidate: Word): number {
  if (typed.raw === candidate.raw || typed.folded === candidate.folded) return EXACT_SCORE;
  if (candidate.raw.startsWith(typed.raw)) return PREFIX_SCORE;
  if (typed.raw.length >= TYPO_MIN_LENGTH && editDistanceWithin(typed.raw, candidate.raw, 1)) return TYPO_SCORE;
  return 0;
}

/** The region's score for the typed words, or undefined when some typed word matches nothing. */
function scoreRegion(entry: IndexedRegion, typedWords: readonly Word[], typedPhrase: string): number | undefined {
  let total = 0;
  for (const typed of typedWords) {
    let best = 0;
    for (const text of entry.texts) {
      const weight = FIELD_WEIGHTS[text.field];
      for (const candidate of text.words) best = Math.max(best, wordScore(typed, candidate) * weight);
    }
    if (best === 0) return undefined;
    total += best;
  }
  let phraseBonus = 0;
  for (const text of entry.texts) {
    if (typedWords.length > 1 && ` ${text.phrase} `.includes(` ${typedPhrase} `)) {
      phraseBonus = Math.max(phraseBonus, PHRASE_BONUS * FIELD_WEIGHTS[text.field]);
    }
    // A typed text that is the whole label or synonym is the strongest hint there is.
    if (text.phrase === typedPhrase && text.field !== 'id') {
      phraseBonus = Math.max(phraseBonus, 2 * PHRASE_BONUS * FIELD_WEIGHTS[text.field]);
    }
  }
  const label = entry.texts.find((text) => text.field === 'label');
  const coveredLabelWords = label
    ? label.words.filter((candidate) => typedWords.some((typed) => wordScore(typed, candidate) > 0)).length
    : 0;
  const focusBonus = label && label.words.length > 0 ? (FOCUS_BONUS * coveredLabelWords) / label.words.length : 0;
  return total + phraseBonus + focusBonus;
}

/**
 * Regions matching what the user typed, best first. Case, word order, partial words and one
 * typo in longer words are tolerated; "left"/"right" restrict to that side (and the midline).
 * Muscle names and other words that name no region give no results.
 */
export function searchRegions(query: string, limit = 10): Region[] {
  const queryWords = words(query).map(correctSideWord);
  const sides = new Set(queryWords.flatMap((word) => (word in SIDE_WORDS ? [SIDE_WORDS[word]!] : [])));
  const typedWords = placeWords(queryWords.join(' '));
  if (typedWords.length === 0 || limit <= 0) return [];
  const typedPhrase = phraseOf(typedWords);
  // Both sides typed ("left and right knee") means no side preference.
  const side = sides.size === 1 ? [...sides][0] : undefined;

  const hits: { entry: IndexedRegion; score: number }[] = [];
  for (const entry of INDEX) {
    if (side && entry.region.side !== 'midline' && entry.region.side !== side) continue;
    const score = scoreRegion(entry, typedWords, typedPhrase);
    if (score !== undefined) hits.push({ entry, score });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
  return hits.slice(0, limit).map((hit) => hit.entry.region);
}
