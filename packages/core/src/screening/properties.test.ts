import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../body/regions.ts';
import { WARNING_SYMPTOMS } from '../body/symptoms.ts';
import { evaluateScreening, isMoreSevere, type ScreeningOutcome } from './evaluate.ts';
import { MEDICATIONS } from './medications.data.ts';
import { outcomeRank } from './outcomes.ts';
import { SCREENING_QUESTIONS } from './questions.data.ts';
import type { ScreeningQuestion } from './questions.types.ts';

/**
 * Valid intakes built topic by topic: a top-level question with its follow-ups. A topic answered
 * yes always carries its required follow-ups, so every generated intake validates.
 */

type Answers = Record<string, unknown>;
type Topics = Record<string, Answers>;

const REGION_IDS = REGIONS.map((r) => r.id);
const TOP_LEVEL = SCREENING_QUESTIONS.filter((q) => !q.showIf);
const followUps = (id: string): ScreeningQuestion[] => SCREENING_QUESTIONS.filter((q) => q.showIf?.yes === id);

function valueOf(q: ScreeningQuestion): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'yes-no':
      return fc.boolean();
    case 'choice': {
      const ids = q.options.map((o) => o.id);
      return q.multiple
        ? fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length })
        : fc.constantFrom(...ids);
    }
    case 'regions':
      return fc.uniqueArray(fc.constantFrom(...REGION_IDS), { minLength: 1, maxLength: 4 });
    case 'number':
      return fc.integer({ min: q.min, max: q.max });
  }
}

/** A topic answered yes, with its follow-ups (optional ones sometimes left out). */
function yesTopic(q: ScreeningQuestion): fc.Arbitrary<Answers> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const f of followUps(q.id)) {
    model[f.id] = valueOf(f);
    if (f.required) required.push(f.id);
  }
  return fc.record(model, { requiredKeys: required }).map((rest) => ({ [q.id]: true, ...rest }));
}

/** Mostly no for warning signs, so intakes span every outcome rather than being nearly all urgent. */
const topic = (q: ScreeningQuestion): fc.Arbitrary<Answers> =>
  fc.oneof(
    { arbitrary: fc.constant({ [q.id]: false }), weight: q.section === 'warning-signs' ? 6 : 1 },
    { arbitrary: yesTopic(q), weight: 1 },
  );

/** A handful of topics answered, as in a real intake where most answers are no or skipped. */
const topicsArb: fc.Arbitrary<Topics> = fc
  .subarray([...TOP_LEVEL], { maxLength: 6 })
  .chain((questions) => fc.record(Object.fromEntries(questions.map((q) => [q.id, topic(q)]))));

const medicationLine = fc.oneof(
  fc.constantFrom(...MEDICATIONS.flatMap((m) => [m.name, ...m.brands])),
  fc.constantFrom('blue pill', 'vitamin D', 'the heart one'),
);
const medsArb = fc.array(medicationLine, { maxLength: 3 });
const regionsArb = fc.oneof(
  fc.constant<string[]>([]),
  fc.uniqueArray(fc.constantFrom(...REGION_IDS), { maxLength: 4 }),
);

const flatten = (topics: Topics): Answers => Object.assign({}, ...Object.values(topics)) as Answers;

const outcome = (answers: Answers, medications: string[], regions: string[]): ScreeningOutcome =>
  evaluateScreening({ answers, medications, regions }).outcome;

/** More answers: B's topics added where A has none, or where A said no. */
function extend(a: Topics, b: Topics): Topics {
  const out: Topics = { ...a };
  for (const [id, fragment] of Object.entries(b))
    if (out[id] === undefined || out[id][id] === false) out[id] = fragment;
  return out;
}

const notLess = (after: ScreeningOutcome, before: ScreeningOutcome): boolean => !isMoreSevere(before, after);

describe('screening properties', () => {
  it('generated intakes are valid', () => {
    fc.assert(
      fc.property(topicsArb, medsArb, regionsArb, (topics, medications, regions) => {
        expect(() => evaluateScreening({ answers: flatten(topics), medications, regions })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('gives ok with no answers and no medicines', () => {
    expect(outcome({}, [], [])).toBe('ok');
    fc.assert(
      fc.property(regionsArb, (regions) => {
        // Treatment regions alone can only raise the finder's drawing-based red flags.
        const result = evaluateScreening({ answers: {}, medications: [], regions });
        for (const r of result.reasons) expect(r.rule).toBe('red-flag-chest-pain-with-arm-pain');
      }),
    );
  });

  it('never lowers the outcome when a red-flag answer is added, and gives at least refer', () => {
    fc.assert(
      fc.property(
        topicsArb,
        medsArb,
        regionsArb,
        fc.constantFrom(...WARNING_SYMPTOMS.map((s) => s.id)),
        (topics, meds, regions, flag) => {
          const before = outcome(flatten(topics), meds, regions);
          const after = outcome({ ...flatten(topics), [flag]: true }, meds, regions);
          expect(notLess(after, before), `${before} → ${after}`).toBe(true);
          expect(outcomeRank(after)).toBeLessThanOrEqual(outcomeRank('refer'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lowers the outcome as answers and medicines are added (monotonic)', () => {
    fc.assert(
      fc.property(topicsArb, topicsArb, medsArb, medsArb, regionsArb, (a, b, medsA, medsB, regions) => {
        const before = outcome(flatten(a), medsA, regions);
        const after = outcome(flatten(extend(a, b)), [...medsA, ...medsB], regions);
        expect(notLess(after, before), `${before} → ${after}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reports an outcome equal to the most severe reason, reasons sorted by severity', () => {
    fc.assert(
      fc.property(topicsArb, medsArb, regionsArb, (topics, medications, regions) => {
        const result = evaluateScreening({ answers: flatten(topics), medications, regions });
        const ranks = result.reasons.map((r) => outcomeRank(r.outcome));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        expect(result.outcome).toBe(result.reasons[0]?.outcome ?? 'ok');
        expect(new Set(result.modifications.map((m) => JSON.stringify(m))).size).toBe(result.modifications.length);
      }),
      { numRuns: 200 },
    );
  });
});
