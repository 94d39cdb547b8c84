import { describe, expect, it } from 'vitest';
import { findMuscle } from './atlas.ts';
import { FOREARM_HAND_FACTS } from './facts/forearm-hand.facts.ts';
import { HEAD_NECK_FACTS } from './facts/head-neck.facts.ts';
import { HIP_THIGH_FACTS } from './facts/hip-thigh.facts.ts';
import { LEG_FOOT_FACTS } from './facts/leg-foot.facts.ts';
import { SHOULDER_ARM_FACTS } from './facts/shoulder-arm.facts.ts';
import { TRUNK_FACTS } from './facts/trunk.facts.ts';
import { parseZoneRef } from './zones.ts';

const FACTS = [
  ...HEAD_NECK_FACTS,
  ...SHOULDER_ARM_FACTS,
  ...FOREARM_HAND_FACTS,
  ...TRUNK_FACTS,
  ...HIP_THIGH_FACTS,
  ...LEG_FOOT_FACTS,
];

function zoneBases(refs: readonly string[]): Set<string> {
  return new Set(refs.map((ref) => parseZoneRef(ref).base));
}

describe('referral facts from the literature', () => {
  it('has at least 60 facts, each with a source', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60);
    for (const fact of FACTS) expect(fact.source.ref, fact.statement).toBeTruthy();
  });

  it.each(FACTS.map((fact) => [fact.statement, fact] as const))('%s', (_statement, fact) => {
    const muscle = findMuscle(fact.muscle);
    expect(muscle, `unknown muscle ${fact.muscle}`).toBeDefined();
    const essential = zoneBases(muscle!.triggerPoints.flatMap((tp) => tp.essential));
    const any = new Set([...essential, ...zoneBases(muscle!.triggerPoints.flatMap((tp) => tp.spillover))]);
    const zone = fact.zone === 'essential' ? essential : any;
    expect(zone.has(fact.region), `${fact.muscle} does not refer to ${fact.region} (${fact.zone})`).toBe(true);
  });
});
