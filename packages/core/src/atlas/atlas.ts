import type { Side } from '../body/region.types.ts';
import type { BibliographyEntry, Condition, Muscle, Technique, TriggerPoint } from './atlas.types.ts';
import { CORE_BIBLIOGRAPHY } from './bibliography.ts';
import { CONDITION_BIBLIOGRAPHY } from './condition-bibliography.ts';
import { CONDITIONS } from './conditions.data.ts';
import { FOREARM_HAND_BIBLIOGRAPHY, FOREARM_HAND_MUSCLES } from './muscles/forearm-hand.ts';
import { HEAD_NECK_BIBLIOGRAPHY, HEAD_NECK_MUSCLES } from './muscles/head-neck.ts';
import { HIP_THIGH_MUSCLES } from './muscles/hip-thigh.ts';
import { LEG_FOOT_MUSCLES } from './muscles/leg-foot.ts';
import { SHOULDER_ARM_BIBLIOGRAPHY, SHOULDER_ARM_MUSCLES } from './muscles/shoulder-arm.ts';
import { TRUNK_MUSCLES } from './muscles/trunk.ts';
import { OUTCOMES_BIBLIOGRAPHY } from '../outcomes/outcomes-bibliography.ts';
import { SCREENING_BIBLIOGRAPHY } from '../screening/screening-bibliography.ts';
import { TECHNIQUES } from './techniques.data.ts';
import { resolveZone, resolveZoneRef } from './zones.ts';

/** Every muscle of the atlas, head to foot. */
export const MUSCLES: readonly Muscle[] = [
  ...HEAD_NECK_MUSCLES,
  ...SHOULDER_ARM_MUSCLES,
  ...FOREARM_HAND_MUSCLES,
  ...TRUNK_MUSCLES,
  ...HIP_THIGH_MUSCLES,
  ...LEG_FOOT_MUSCLES,
];

export { CONDITIONS, TECHNIQUES };

export const BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  ...CORE_BIBLIOGRAPHY,
  ...HEAD_NECK_BIBLIOGRAPHY,
  ...SHOULDER_ARM_BIBLIOGRAPHY,
  ...FOREARM_HAND_BIBLIOGRAPHY,
  ...CONDITION_BIBLIOGRAPHY,
  ...SCREENING_BIBLIOGRAPHY,
  ...OUTCOMES_BIBLIOGRAPHY,
];

const MUSCLE_BY_ID: ReadonlyMap<string, Muscle> = new Map(MUSCLES.map((m) => [m.id, m]));
const CONDITION_BY_ID: ReadonlyMap<string, Condition> = new Map(CONDITIONS.map((c) => [c.id, c]));
const SOURCE_BY_KEY: ReadonlyMap<string, BibliographyEntry> = new Map(BIBLIOGRAPHY.map((b) => [b.key, b]));
const TRIGGER_POINT_BY_ID: ReadonlyMap<string, { muscle: Muscle; triggerPoint: TriggerPoint }> = new Map(
  MUSCLES.flatMap((muscle) =>
    muscle.triggerPoints.map((triggerPoint) => [triggerPoint.id, { muscle, triggerPoint }] as const),
  ),
);

export function findMuscle(id: string): Muscle | undefined {
  return MUSCLE_BY_ID.get(id);
}

export function findCondition(id: string): Condition | undefined {
  return CONDITION_BY_ID.get(id);
}

export function findTechnique(id: string): Technique | undefined {
  return TECHNIQUES.find((t) => t.id === id);
}

export function findSource(key: string): BibliographyEntry | undefined {
  return SOURCE_BY_KEY.get(key);
}

export function findTriggerPoint(id: string): { muscle: Muscle; triggerPoint: TriggerPoint } | undefined {
  return TRIGGER_POINT_BY_ID.get(id);
}

/** A trigger point placed on one side of the body: its location and zones as concrete region ids. */
export interface SidedTriggerPoint {
  id: string;
  muscle: string;
  side: Side;
  region: string;
  essential: string[];
  spillover: string[];
}

export function sideTriggerPoint(muscle: Muscle, triggerPoint: TriggerPoint, side: Side): SidedTriggerPoint {
  const essential = resolveZone(triggerPoint.essential, side);
  // A region in both zones counts as essential: the stronger statement wins.
  const spillover = resolveZone(triggerPoint.spillover, side).filter((r) => !essential.includes(r));
  return {
    id: triggerPoint.id,
    muscle: muscle.id,
    side,
    region: resolveZoneRef(triggerPoint.location.region, side)[0]!,
    essential,
    spillover,
  };
}

/** Muscles that list a condition's muscles back: conditions where this muscle is one to check. */
export function conditionsForMuscle(muscleId: string): Condition[] {
  return CONDITIONS.filter((condition) => condition.muscles.includes(muscleId));
}
