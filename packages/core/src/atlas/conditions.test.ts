import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../body/region-bases.data.ts';
import type { EvidenceLevel, SourceCitation } from './atlas.types.ts';
import { CORE_BIBLIOGRAPHY } from './bibliography.ts';
import { CONDITION_BIBLIOGRAPHY } from './condition-bibliography.ts';
import { CONDITIONS } from './conditions.data.ts';
import { TECHNIQUES } from './techniques.data.ts';
import { ALL_EXPECTED_MUSCLE_IDS } from './muscles/expected-muscle-ids.ts';

const ATLAS_MUSCLE_IDS: ReadonlySet<string> = new Set(ALL_EXPECTED_MUSCLE_IDS);

const REQUIRED_CONDITION_IDS = [
  'chronic-low-back-pain',
  'neck-pain',
  'whiplash',
  'shoulder-pain',
  'tension-type-headache',
  'migraine',
  'jaw-pain-tmd',
  'tennis-elbow',
  'golfers-elbow',
  'carpal-tunnel-like-symptoms',
  'sciatica-like-pain',
  'hip-pain',
  'knee-pain',
  'shin-pain',
  'plantar-heel-pain',
  'foot-pain',
  'fibromyalgia',
  'chronic-fatigue-me-cfs',
  'lymphedema',
];

const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['moderate', 'low', 'very-low', 'insufficient', 'not-applicable'];

/** Words that would mean the text names a medicine, a supplement or a dose. */
const MEDICINE_WORDS = [
  'ibuprofen',
  'naproxen',
  'aspirin',
  'paracetamol',
  'acetaminophen',
  'diclofenac',
  'codeine',
  'tramadol',
  'quinine',
  'magnesium',
  'supplement',
  'mg',
  'dose',
  'dosage',
  'tablet',
  'pill',
];
const MEDICINE_PATTERN = new RegExp(`\\b(${MEDICINE_WORDS.join('|')})(s|es)?\\b`, 'i');

const BASES: ReadonlySet<string> = new Set(REGION_BASES.map((b) => b.base));
const BIBLIOGRAPHY_KEYS: ReadonlySet<string> = new Set(
  [...CORE_BIBLIOGRAPHY, ...CONDITION_BIBLIOGRAPHY].map((entry) => entry.key),
);

const baseOf = (ref: string): string => ref.replace(/^(both|opposite):/, '');
const refsOf = (sources: readonly SourceCitation[]): string[] => sources.map((s) => s.ref);

/** Every user-facing string of a condition, for the wording checks. */
function conditionTexts(c: (typeof CONDITIONS)[number]): string[] {
  return [c.name, ...c.aka, c.description, c.evidence.summary, ...c.redFlags, ...c.askYourDoctor];
}

describe('conditions', () => {
  it('has at least 24 conditions with unique kebab-case ids', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(24);
    const ids = CONDITIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('includes every required condition', () => {
    const ids = new Set(CONDITIONS.map((c) => c.id));
    for (const id of REQUIRED_CONDITION_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('names only muscles from the full atlas list, 3 to 10 per condition, without repeats', () => {
    for (const c of CONDITIONS) {
      expect(c.muscles.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.muscles.length, c.id).toBeLessThanOrEqual(10);
      expect(new Set(c.muscles).size, c.id).toBe(c.muscles.length);
      for (const m of c.muscles) expect(ATLAS_MUSCLE_IDS.has(m), `${c.id}: ${m}`).toBe(true);
    }
  });

  it('uses region refs that resolve to a region base', () => {
    for (const c of CONDITIONS) {
      expect(c.regions.length, c.id).toBeGreaterThan(0);
      for (const r of c.regions) expect(BASES.has(baseOf(r)), `${c.id}: ${r}`).toBe(true);
    }
  });

  it('cites only known references, in the evidence and in the sources', () => {
    for (const c of CONDITIONS) {
      expect(c.evidence.sources.length, c.id).toBeGreaterThan(0);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const ref of [...refsOf(c.evidence.sources), ...refsOf(c.sources)]) {
        expect(BIBLIOGRAPHY_KEYS.has(ref), `${c.id}: ${ref}`).toBe(true);
      }
    }
  });

  it('gives every condition a valid evidence level and a plain summary', () => {
    for (const c of CONDITIONS) {
      expect(EVIDENCE_LEVELS).toContain(c.evidence.level);
      expect(c.evidence.summary.length, c.id).toBeGreaterThan(80);
      expect(c.description.length, c.id).toBeGreaterThan(80);
      expect(c.aka.length, c.id).toBeGreaterThan(0);
    }
  });

  it('treats lymphoedema as a caution, not a trigger point condition', () => {
    const lymphedema = CONDITIONS.find((c) => c.id === 'lymphedema');
    expect(lymphedema?.kind).toBe('caution');
    expect(lymphedema?.evidence.level).toBe('not-applicable');
    expect(CONDITIONS.filter((c) => c.kind === 'caution').map((c) => c.id)).toEqual(['lymphedema']);
  });

  it('gives every condition red flags and 2 to 4 questions for the doctor', () => {
    for (const c of CONDITIONS) {
      expect(c.redFlags.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.askYourDoctor.length, c.id).toBeGreaterThanOrEqual(2);
      expect(c.askYourDoctor.length, c.id).toBeLessThanOrEqual(4);
    }
  });

  it('never names a medicine, supplement or dose', () => {
    for (const c of CONDITIONS) {
      for (const text of conditionTexts(c)) expect(text, c.id).not.toMatch(MEDICINE_PATTERN);
    }
  });
});

describe('condition bibliography', () => {
  it('has unique keys that do not clash with the core bibliography', () => {
    const keys = CONDITION_BIBLIOGRAPHY.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    const core = new Set(CORE_BIBLIOGRAPHY.map((e) => e.key));
    for (const key of keys) expect(core.has(key), key).toBe(false);
  });

  it('cites every entry somewhere', () => {
    const cited = new Set([
      ...CONDITIONS.flatMap((c) => [...refsOf(c.evidence.sources), ...refsOf(c.sources)]),
      ...TECHNIQUES.flatMap((t) => refsOf(t.sources)),
    ]);
    for (const entry of CONDITION_BIBLIOGRAPHY) expect(cited.has(entry.key), entry.key).toBe(true);
  });
});

describe('techniques', () => {
  it('has exactly the four techniques, each with steps and known sources', () => {
    expect(TECHNIQUES.map((t) => t.id).sort()).toEqual(['heat', 'stretch', 'stripping', 'sustained-compression']);
    for (const t of TECHNIQUES) {
      expect(t.steps.length, t.id).toBeGreaterThan(0);
      for (const step of t.steps) expect(step.trim().length, t.id).toBeGreaterThan(0);
      expect(t.avoidWhen.length, t.id).toBeGreaterThan(0);
      expect(t.duration.length, t.id).toBeGreaterThan(0);
      expect(t.intensity.length, t.id).toBeGreaterThan(0);
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const ref of refsOf(t.sources)) expect(BIBLIOGRAPHY_KEYS.has(ref), `${t.id}: ${ref}`).toBe(true);
    }
  });

  it('warns about blood thinners, clots and lymphoedema for pressure work', () => {
    for (const id of ['sustained-compression', 'stripping'] as const) {
      const text = TECHNIQUES.find((t) => t.id === id)?.avoidWhen.join(' ') ?? '';
      expect(text, id).toMatch(/blood thinners/i);
      expect(text, id).toMatch(/clot/i);
      expect(text, id).toMatch(/lymphoedema/i);
    }
  });

  it('never names a medicine, supplement or dose', () => {
    for (const t of TECHNIQUES) {
      for (const text of [t.name, t.summary, ...t.steps, t.duration, t.intensity, ...t.avoidWhen]) {
        expect(text, t.id).not.toMatch(MEDICINE_PATTERN);
      }
    }
  });
});
