import { describe, expect, it } from 'vitest';
import { findRegion } from '../body/regions.ts';
import { isSymptomId } from '../body/symptoms.ts';
import { FINDER_REFERENCE_CASES } from './reference-cases.data.ts';

/**
 * Checks the reference set itself, not the finder. The muscle ids are a literal copy on purpose:
 * the set is written independently of the atlas data it is used to test.
 */
const MUSCLE_IDS: ReadonlySet<string> = new Set([
  // head-neck
  'temporalis',
  'masseter',
  'lateral-pterygoid',
  'medial-pterygoid',
  'digastric',
  'frontalis',
  'occipitalis',
  'orbicularis-oculi',
  'zygomaticus-major',
  'buccinator',
  'platysma',
  'sternocleidomastoid',
  'upper-trapezius',
  'anterior-scalene',
  'middle-scalene',
  'posterior-scalene',
  'splenius-capitis',
  'splenius-cervicis',
  'semispinalis-capitis',
  'semispinalis-cervicis',
  'cervical-multifidi',
  'suboccipitals',
  'levator-scapulae',
  'longus-colli',
  // shoulder-arm
  'supraspinatus',
  'infraspinatus',
  'teres-minor',
  'teres-major',
  'subscapularis',
  'deltoid',
  'latissimus-dorsi',
  'pectoralis-major',
  'pectoralis-minor',
  'subclavius',
  'sternalis',
  'coracobrachialis',
  'biceps-brachii',
  'brachialis',
  'triceps-brachii',
  'anconeus',
  'serratus-anterior',
  'serratus-posterior-superior',
  // forearm-hand
  'brachioradialis',
  'extensor-carpi-radialis-longus',
  'extensor-carpi-radialis-brevis',
  'extensor-carpi-ulnaris',
  'extensor-digitorum',
  'extensor-indicis',
  'supinator',
  'palmaris-longus',
  'flexor-carpi-radialis',
  'flexor-carpi-ulnaris',
  'flexor-digitorum-superficialis',
  'flexor-digitorum-profundus',
  'flexor-pollicis-longus',
  'pronator-teres',
  'adductor-pollicis',
  'opponens-pollicis',
  'abductor-pollicis-brevis',
  'flexor-pollicis-brevis',
  'abductor-digiti-minimi-hand',
  'first-dorsal-interosseous',
  'hand-interossei',
  // trunk
  'middle-trapezius',
  'lower-trapezius',
  'rhomboid-major',
  'rhomboid-minor',
  'serratus-posterior-inferior',
  'iliocostalis-thoracis',
  'iliocostalis-lumborum',
  'longissimus-thoracis',
  'thoracolumbar-multifidi',
  'rotatores',
  'quadratus-lumborum',
  'rectus-abdominis',
  'external-oblique',
  'internal-oblique',
  'transversus-abdominis',
  'pyramidalis',
  'diaphragm',
  'intercostals',
  'psoas-major',
  'iliacus',
  'levator-ani',
  'coccygeus',
  'obturator-internus',
  // hip-thigh
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'gemelli',
  'quadratus-femoris',
  'tensor-fasciae-latae',
  'sartorius',
  'pectineus',
  'adductor-longus',
  'adductor-brevis',
  'adductor-magnus',
  'gracilis',
  'rectus-femoris',
  'vastus-medialis',
  'vastus-intermedius',
  'vastus-lateralis',
  'biceps-femoris',
  'semitendinosus',
  'semimembranosus',
  // leg-foot
  'popliteus',
  'tibialis-anterior',
  'tibialis-posterior',
  'fibularis-longus',
  'fibularis-brevis',
  'fibularis-tertius',
  'gastrocnemius',
  'soleus',
  'plantaris',
  'extensor-digitorum-longus',
  'extensor-hallucis-longus',
  'flexor-digitorum-longus',
  'flexor-hallucis-longus',
  'extensor-digitorum-brevis',
  'extensor-hallucis-brevis',
  'abductor-hallucis',
  'flexor-digitorum-brevis',
  'abductor-digiti-minimi-foot',
  'quadratus-plantae',
  'flexor-hallucis-brevis',
  'adductor-hallucis',
  'foot-interossei',
  'flexor-digiti-minimi-brevis-foot',
  'lumbricals-foot',
]);

const SOURCE_REFS: ReadonlySet<string> = new Set(['simons-1999', 'travell-1992', 'davies-2013', 'donnelly-2019']);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('finder reference cases', () => {
  it('has at least 66 cases with unique kebab-case ids', () => {
    expect(FINDER_REFERENCE_CASES.length).toBeGreaterThanOrEqual(66);
    const ids = FINDER_REFERENCE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('mixes single-region and multi-region cases', () => {
    const single = FINDER_REFERENCE_CASES.filter((c) => c.regions.length === 1).length;
    const multi = FINDER_REFERENCE_CASES.length - single;
    expect(single).toBeGreaterThanOrEqual(40);
    expect(multi).toBeGreaterThanOrEqual(20);
  });

  it('gives every case a description', () => {
    for (const c of FINDER_REFERENCE_CASES) expect(c.description.trim().length, c.id).toBeGreaterThan(0);
  });

  it('uses only existing region ids, once per case, with intensities 1–10', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(c.regions.length, c.id).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const { region, intensity } of c.regions) {
        expect(findRegion(region), `${c.id}: ${region}`).toBeDefined();
        expect(seen.has(region), `${c.id}: ${region} repeated`).toBe(false);
        seen.add(region);
        expect(Number.isInteger(intensity), `${c.id}: ${region}`).toBe(true);
        expect(intensity, `${c.id}: ${region}`).toBeGreaterThanOrEqual(1);
        expect(intensity, `${c.id}: ${region}`).toBeLessThanOrEqual(10);
      }
    }
  });

  it('uses only valid symptom ids', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      for (const symptom of c.symptoms ?? []) expect(isSymptomId(symptom), `${c.id}: ${symptom}`).toBe(true);
    }
  });

  it('expects 1–3 distinct known muscles per case', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(c.expected.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.expected.length, c.id).toBeLessThanOrEqual(3);
      expect(new Set(c.expected).size, c.id).toBe(c.expected.length);
      for (const muscle of c.expected) expect(MUSCLE_IDS.has(muscle), `${c.id}: ${muscle}`).toBe(true);
    }
  });

  it('cites a known source with a locator', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(SOURCE_REFS.has(c.source.ref), `${c.id}: ${c.source.ref}`).toBe(true);
      expect(c.source.locator?.trim().length ?? 0, c.id).toBeGreaterThan(0);
    }
  });
});
