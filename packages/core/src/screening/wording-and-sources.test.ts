import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY, findSource } from '../atlas/atlas.ts';
import { MEDICATION_CLASSES, MEDICATIONS } from './medications.data.ts';
import { SCREENING_QUESTIONS, SCREENING_SECTIONS } from './questions.data.ts';
import { RED_FLAG_RULES } from './red-flags.data.ts';
import { SCREENING_RULES } from './rules.data.ts';
import { SCREENING_BIBLIOGRAPHY } from './screening-bibliography.ts';
import { VIGNETTES } from './vignettes.data.ts';

/** Words that name a medicine: every catalogue name and brand, the class labels, and everyday terms. */
const MEDICINE_TERMS = [
  ...MEDICATIONS.flatMap((m) => [m.name, ...(m.aliases ?? []), ...m.brands]),
  ...MEDICATION_CLASSES.flatMap((c) => c.label.toLowerCase().split(/[()]/)),
  'medicine',
  'medication',
  'drug',
  'tablet',
  'pill',
  'capsule',
  'blood thinner',
  'painkiller',
  'steroid',
  'antidepressant',
  'anti-inflammator',
  'ssri',
  'nsaid',
  'opioid',
  'insulin',
  'injection',
]
  .map((t) => t.trim().toLowerCase())
  .filter((t) => t.length > 2);

/** Words of medicine advice: what to take, how much, when to stop. */
const ADVICE_WORDS =
  /\b(take|takes|taking|took|dose|doses|dosage|dosing|mg|mcg|ml|stop|stopping|start|starting|increase|decrease|reduce|skip|switch|change|double|halve|prescribe)\b/i;
const DOSE_UNITS = /\b\d+(\.\d+)?\s*(mg|mcg|µg|ml|g|iu|units?)\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?:;])\s+/);
}

/** The sentences that pair a medicine with advice about it. */
function medicineAdvice(text: string): string[] {
  return sentences(text).filter((s) => {
    const lower = s.toLowerCase();
    return ADVICE_WORDS.test(s) && MEDICINE_TERMS.some((t) => lower.includes(t));
  });
}

describe('wording', () => {
  it('never advises about a medicine in a rule reason or advice', () => {
    for (const rule of SCREENING_RULES) {
      for (const text of [rule.reason, rule.advice]) {
        expect(medicineAdvice(text), rule.id).toEqual([]);
        expect(DOSE_UNITS.test(text), rule.id).toBe(false);
      }
    }
  });

  it('never advises about a medicine in a question, its help or a section intro', () => {
    const texts = [
      ...SCREENING_QUESTIONS.flatMap((q) => [
        q.text,
        q.help ?? '',
        ...(q.type === 'choice' ? q.options.map((o) => o.label) : []),
      ]),
      ...SCREENING_SECTIONS.map((s) => s.intro),
    ];
    for (const text of texts) {
      expect(medicineAdvice(text), text).toEqual([]);
      expect(DOSE_UNITS.test(text), text).toBe(false);
    }
  });

  it('catches medicine advice when it is there', () => {
    expect(medicineAdvice('Stop taking warfarin two days before.')).toHaveLength(1);
    expect(medicineAdvice('Take 400 mg of ibuprofen afterwards.')).toHaveLength(1);
    expect(medicineAdvice('You could reduce your blood thinner.')).toHaveLength(1);
    expect(medicineAdvice('Ask your doctor or pharmacist whether firm pressure is safe for you.')).toEqual([]);
  });

  it('sends medicine questions to a doctor or pharmacist in every medicine-based rule', () => {
    for (const rule of SCREENING_RULES) {
      const text = `${rule.reason} ${rule.advice}`.toLowerCase();
      const mentionsMedicine = /medicine|blood thinner|steroid|painkiller/.test(text);
      if (mentionsMedicine && rule.outcome === 'caution')
        expect(/doctor|pharmacist|team|clinician|nurse|specialist/.test(rule.advice), rule.id).toBe(true);
    }
  });
});

describe('sources', () => {
  it('resolve for every rule, red flag and vignette', () => {
    const cited = [
      ...SCREENING_RULES.flatMap((r) => r.sources.map((s) => [r.id, s.ref])),
      ...RED_FLAG_RULES.flatMap((r) => r.sources.map((s) => [r.id, s.ref])),
      ...VIGNETTES.flatMap((v) => v.sources.map((s) => [v.id, s.ref])),
    ];
    for (const [where, ref] of cited) expect(findSource(ref!), `${where}: ${ref}`).toBeDefined();
  });

  it('use bibliography keys that are unique across the whole atlas', () => {
    const keys = BIBLIOGRAPHY.map((b) => b.key);
    expect(keys.length).toBe(new Set(keys).size);
    for (const entry of SCREENING_BIBLIOGRAPHY) {
      expect(entry.citation.length, entry.key).toBeGreaterThan(30);
      expect(entry.citation, `${entry.key}: no DOIs that were not checked`).not.toMatch(/doi/i);
    }
  });

  it('are all cited somewhere', () => {
    const cited = new Set([
      ...SCREENING_RULES.flatMap((r) => r.sources.map((s) => s.ref)),
      ...RED_FLAG_RULES.flatMap((r) => r.sources.map((s) => s.ref)),
    ]);
    for (const entry of SCREENING_BIBLIOGRAPHY) expect(cited.has(entry.key), entry.key).toBe(true);
  });
});
