import { searchRegions } from '../body/region-search.ts';
import { wordMatch, words } from '../text/fuzzy.ts';
import { CONDITIONS, MUSCLES } from './atlas.ts';
import type { Condition, Muscle } from './atlas.types.ts';
import { parseZoneRef } from './zones.ts';

/**
 * Atlas search: muscles by name and the names people use ("lats", "traps", "QL"), conditions by
 * name and what people call them ("tennis elbow", "heel pain"), and, when the words name a place
 * ("heel"), the muscles whose trigger points usually refer pain there. Tolerates typos in longer
 * words; deterministic.
 */

const FILLER = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'my',
  'is',
  'pain',
  'ache',
  'aches',
  'sore',
  'hurts',
  'muscle',
]);

interface Indexed<T> {
  item: T;
  order: number;
  /** Texts with a weight: the name counts most, common names nearly as much. */
  texts: { words: string[]; phrase: string; weight: number }[];
}

function text(value: string, weight: number): { words: string[]; phrase: string; weight: number } {
  const w = words(value);
  return { words: w, phrase: w.join(' '), weight };
}

const MUSCLE_INDEX: readonly Indexed<Muscle>[] = MUSCLES.map((muscle, order) => ({
  item: muscle,
  order,
  texts: [
    text(muscle.name, 1),
    ...muscle.commonNames.map((n) => text(n, 0.9)),
    text(muscle.id.replaceAll('-', ' '), 0.8),
  ],
}));

const CONDITION_INDEX: readonly Indexed<Condition>[] = CONDITIONS.map((condition, order) => ({
  item: condition,
  order,
  texts: [text(condition.name, 1), ...condition.aka.map((n) => text(n, 0.9))],
}));

function score<T>(entry: Indexed<T>, typed: readonly string[], phrase: string): number | undefined {
  let total = 0;
  for (const word of typed) {
    let best = 0;
    for (const t of entry.texts)
      for (const candidate of t.words) best = Math.max(best, wordMatch(word, candidate) * t.weight);
    if (best === 0) return undefined;
    total += best;
  }
  // The whole query being a name ("lats", "tennis elbow") is the strongest hint.
  const exact = entry.texts.some((t) => t.phrase === phrase);
  return total + (exact ? 3 : 0);
}

function rank<T>(index: readonly Indexed<T>[], typed: readonly string[], phrase: string): { item: T; score: number }[] {
  const hits: { item: T; score: number; order: number }[] = [];
  for (const entry of index) {
    const s = score(entry, typed, phrase);
    if (s !== undefined) hits.push({ item: entry.item, score: s, order: entry.order });
  }
  return hits.sort((a, b) => b.score - a.score || a.order - b.order);
}

export interface AtlasSearchResult {
  muscles: Muscle[];
  conditions: Condition[];
}

export function searchAtlas(query: string, limit = 12): AtlasSearchResult {
  const typed = words(query).filter((w) => !FILLER.has(w));
  const phrase = words(query).join(' ');
  if (typed.length === 0) return { muscles: [], conditions: [] };
  const conditions = rank(CONDITION_INDEX, typed, phrase).map((h) => h.item);
  const byName = rank(MUSCLE_INDEX, typed, phrase).map((h) => h.item);

  // Muscles that usually refer pain to the place named: after the name matches.
  const places = new Set(searchRegions(typed.join(' '), 4).map((r) => r.base));
  const byPlace = places.size
    ? MUSCLES.filter((m) =>
        m.triggerPoints.some((tp) => tp.essential.some((ref) => places.has(parseZoneRef(ref).base))),
      )
    : [];
  const fromConditions = conditions.slice(0, 1).flatMap((c) => c.muscles);
  const seen = new Set<string>();
  const muscles: Muscle[] = [];
  for (const m of [...byName, ...fromConditions.map((id) => MUSCLES.find((x) => x.id === id)!), ...byPlace]) {
    if (m && !seen.has(m.id)) {
      seen.add(m.id);
      muscles.push(m);
    }
  }
  return { muscles: muscles.slice(0, limit), conditions: conditions.slice(0, limit) };
}
