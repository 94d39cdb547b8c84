import { describe, expect, it } from 'vitest';
import type { SourceCitation } from '../atlas/atlas.types.ts';
import { BIBLIOGRAPHY } from '../atlas/atlas.ts';
import { CHANGE_THRESHOLDS } from './change.ts';
import { CONSIDERED_INSTRUMENTS, INSTRUMENTS } from './instruments/index.ts';
import { SCALES, SCALE_IDS } from './measures.ts';
import { OUTCOMES_BIBLIOGRAPHY } from './outcomes-bibliography.ts';

const OUR_KEYS = new Set(OUTCOMES_BIBLIOGRAPHY.map((b) => b.key));

/** Every citation in the outcomes, with where it is. */
function citations(): [string, SourceCitation][] {
  const cited: [string, SourceCitation][] = [];
  for (const instrument of INSTRUMENTS) {
    const at = (part: string, list: readonly SourceCitation[]): void => {
      for (const c of list) cited.push([`${instrument.id} ${part}`, c]);
    };
    at('sources', instrument.sources);
    at('terms', instrument.terms.sources);
    at('partial answers', instrument.partialAnswers.sources);
    at('LOINC', instrument.loinc?.sources ?? []);
  }
  for (const considered of CONSIDERED_INSTRUMENTS)
    for (const c of considered.terms.sources) cited.push([`${considered.abbreviation} terms`, c]);
  for (const [id, threshold] of Object.entries(CHANGE_THRESHOLDS)) {
    cited.push([`${id} threshold`, threshold.source]);
    for (const c of threshold.alsoSee) cited.push([`${id} threshold`, c]);
  }
  return cited;
}

/** Every sentence a client or therapist reads. */
function texts(): string[] {
  return [
    ...SCALE_IDS.flatMap((id) => [SCALES[id].label, SCALES[id].question, ...SCALES[id].anchors.map((a) => a.label)]),
    ...INSTRUMENTS.flatMap((i) => [
      i.name,
      i.measures,
      i.scoring,
      i.partialAnswers.rule,
      i.terms.summary,
      i.terms.decision,
      i.loinc?.note ?? '',
      i.loincNote ?? '',
      ...i.items.flatMap((item) => [item.topic, item.text ?? '', ...item.responses.map((r) => r.label ?? '')]),
    ]),
    ...CONSIDERED_INSTRUMENTS.flatMap((c) => [c.purpose, c.terms.summary, c.terms.decision]),
    ...Object.values(CHANGE_THRESHOLDS).map((t) => t.evidence),
  ].filter((t) => t.length > 0);
}

describe('outcome sources', () => {
  it('resolve in the outcomes bibliography, with a locator', () => {
    for (const [where, citation] of citations()) {
      expect(OUR_KEYS.has(citation.ref), `${where}: ${citation.ref}`).toBe(true);
      expect(citation.locator, `${where}: ${citation.ref}`).toBeTruthy();
    }
  });

  it('are all cited somewhere', () => {
    const cited = new Set(citations().map(([, c]) => c.ref));
    for (const entry of OUTCOMES_BIBLIOGRAPHY) expect(cited.has(entry.key), entry.key).toBe(true);
  });

  it('use keys unique in the whole bibliography, which includes them', () => {
    expect(OUR_KEYS.size).toBe(OUTCOMES_BIBLIOGRAPHY.length);
    const keys = BIBLIOGRAPHY.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of OUR_KEYS)
      expect(
        keys.filter((k) => k === key),
        key,
      ).toHaveLength(1);
  });

  it('are full citations without unchecked DOIs', () => {
    for (const entry of OUTCOMES_BIBLIOGRAPHY) {
      expect(entry.citation.length, entry.key).toBeGreaterThan(30);
      expect(entry.citation, entry.key).not.toMatch(/doi/i);
      if (entry.url) expect(entry.url, entry.key).toMatch(/^https:\/\//);
    }
  });
});

describe('outcome wording', () => {
  it('never mentions medicines, let alone recommends them', () => {
    const medicine =
      /\b(medicine|medication|drug|tablet|pill|capsule|painkiller|analgesic|dose|dosage|mg|prescri\w*|pregabalin|opioid|nsaid|ibuprofen|paracetamol)s?\b/i;
    for (const text of texts()) expect(medicine.test(text), text).toBe(false);
  });

  it('stays in plain sentences: no placeholder or empty wording', () => {
    for (const text of texts()) {
      expect(text.trim(), text).toBe(text);
      expect(text, text).not.toMatch(/TODO|TBD|lorem/i);
    }
  });
});
