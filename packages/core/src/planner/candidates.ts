import type { BodyPosition, Muscle, Tool, TriggerPoint } from '../atlas/atlas.types.ts';
import { sideTriggerPoint } from '../atlas/atlas.ts';
import { findRegion } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import {
  LEFT_OUT_REASONS,
  type LeftOutPoint,
  type PlannerAtlas,
  type PlanStep,
  type ResolvedPlanInput,
} from './planner.types.ts';
import { DEFAULT_REPETITIONS, holdSeconds, pressureTarget } from './timing.ts';
import { effectiveLimits, strictestLimit } from './limits.ts';
import { toolNames } from './wording.ts';

/**
 * From input to candidates: each ranked point looked up, placed on its side, checked against
 * the areas to avoid and the person's tools, and given its position, tool and dose.
 */

/** Where a position the person must not take is swapped for, best first. */
const POSITION_ALTERNATIVES: Record<BodyPosition, readonly BodyPosition[]> = {
  prone: ['side-lying', 'standing-wall', 'supine', 'seated', 'standing'],
  supine: ['side-lying', 'seated', 'standing-wall', 'standing', 'prone'],
  'side-lying': ['supine', 'seated', 'standing-wall', 'standing', 'prone'],
  seated: ['supine', 'side-lying', 'standing', 'standing-wall', 'prone'],
  standing: ['seated', 'standing-wall', 'supine', 'side-lying', 'prone'],
  'standing-wall': ['supine', 'seated', 'standing', 'side-lying', 'prone'],
};

/** A tool the person lacks, and what of theirs can stand in for it (hands only where the atlas lists them). */
const TOOL_SUBSTITUTES: Record<Tool, readonly Tool[]> = {
  hands: [],
  ball: ['foam-roller'],
  'foam-roller': ['ball'],
  'hooked-cane': ['ball'],
};

const EXTRA_STRIPPING_MIN_ATLAS_PRESSURE = 5;

export type RankedLeftOut = LeftOutPoint & { rank: number };

export interface Candidate {
  /** Index in the input: the rank. */
  rank: number;
  id: string;
  side: Side;
  muscle: Muscle;
  triggerPoint: TriggerPoint;
  region: string;
  midline: boolean;
  position: BodyPosition;
  atlasPosition: BodyPosition;
  tool: Tool;
  toolInstead?: Tool;
  hold: number;
  fullReps: number;
  pressure: number;
  /** The strictest pressure limit covering the point, if any. */
  limit?: NonNullable<PlanStep['limit']>;
  atlasStrokes: number;
  extraStrokesOk: boolean;
}

/** Stretches are per muscle and side. */
export const stretchKey = (c: Candidate): string => `${c.muscle.id}:${c.side}`;

/** The position to use: the atlas's, or the first allowed alternative to it. */
export function allowedPosition(position: BodyPosition, no: ReadonlySet<BodyPosition>): BodyPosition {
  if (!no.has(position)) return position;
  // parsePlanInput guarantees at least one position stays allowed.
  return POSITION_ALTERNATIVES[position].find((p) => !no.has(p))!;
}

function chooseTool(listed: readonly Tool[], have: ReadonlySet<Tool>): { tool: Tool; instead?: Tool } | undefined {
  const direct = listed.find((t) => have.has(t));
  if (direct) return { tool: direct };
  for (const wanted of listed) {
    const substitute = TOOL_SUBSTITUTES[wanted].find((t) => have.has(t));
    if (substitute) return { tool: substitute, instead: wanted };
  }
  return undefined;
}

/** True when the region, or its side-less base, is in the set. */
export function regionIn(region: string, set: ReadonlySet<string>): boolean {
  return set.has(region) || set.has(findRegion(region)?.base ?? region);
}

/** Resolves each input point, or says why it cannot be planned at all. */
export function resolveCandidates(
  input: ResolvedPlanInput,
  atlas: PlannerAtlas,
): { candidates: Candidate[]; leftOut: RankedLeftOut[] } {
  const { modifications: mods, mode } = input;
  const avoid = new Set(mods.avoidRegions);
  const no = new Set(mods.noPositions);
  const have = new Set<Tool>(['hands', ...input.tools]);
  const limits = effectiveLimits(mods);
  const candidates: Candidate[] = [];
  const leftOut: RankedLeftOut[] = [];
  const spots = new Map<string, number>();
  input.triggerPoints.forEach(({ id, side }, rank) => {
    const out = (reason: string): void => void leftOut.push({ triggerPoint: id, side, reason, rank });
    // parsePlanInput has checked every id against this atlas.
    const { muscle, triggerPoint } = atlas.findTriggerPoint(id)!;
    const region = sideTriggerPoint(muscle, triggerPoint, side).region;
    if (regionIn(region, avoid)) return out(LEFT_OUT_REASONS.avoid);
    const avoidedMuscle = mods.avoidMuscles.find((m) => m.muscle === muscle.id);
    if (avoidedMuscle) return out(`${LEFT_OUT_REASONS.avoidMuscle}: ${avoidedMuscle.reason}`);
    const spot = `${id}@${region}`;
    const same = spots.get(spot);
    if (same !== undefined) return out(`the same midline spot as triggerPoints[${same}]`);
    const self = triggerPoint.selfTreatment;
    const choice = mode === 'therapist' ? { tool: 'hands' as const } : chooseTool(self.tools, have);
    if (!choice) return out(`needs ${toolNames(self.tools)} (not in your tools)`);
    spots.set(spot, rank);
    const limit = strictestLimit(region, limits);
    const target = pressureTarget(self.pressure, input.intensity);
    candidates.push({
      rank,
      id,
      side,
      muscle,
      triggerPoint,
      region,
      midline: findRegion(region)?.side === 'midline',
      position: allowedPosition(self.position, no),
      atlasPosition: self.position,
      tool: choice.tool,
      ...(choice.instead ? { toolInstead: choice.instead } : {}),
      hold: holdSeconds(self.holdSeconds, mode),
      fullReps: self.repetitions ?? DEFAULT_REPETITIONS,
      pressure: limit ? Math.min(target, limit.max) : target,
      ...(limit ? { limit } : {}),
      atlasStrokes: self.strokes ?? 0,
      extraStrokesOk:
        self.strokes === undefined &&
        !triggerPoint.precautions?.length &&
        self.pressure >= EXTRA_STRIPPING_MIN_ATLAS_PRESSURE,
    });
  });
  return { candidates, leftOut };
}
