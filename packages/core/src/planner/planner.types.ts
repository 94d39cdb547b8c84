import type { BodyPosition, Muscle, Tool, TriggerPoint } from '../atlas/atlas.types.ts';
import type { Side } from '../body/region.types.ts';

/**
 * Types of the session planner. The planner turns a ranked list of trigger points (usually the
 * finder's) into a short, ordered, timed session: warm-up, pressure, strokes, stretches and
 * after-care, grouped by body position so the person is not turned over again and again.
 */

export const PLAN_MODES = ['self-care', 'therapist'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

export const PLAN_INTENSITIES = ['gentle', 'moderate', 'firm'] as const;
export type PlanIntensity = (typeof PLAN_INTENSITIES)[number];

/**
 * A cap on the pressure target of the steps in its scope: every region (no `regions`), or the
 * points lying in these regions (concrete ids, or side-less bases standing for both sides).
 */
export interface PressureLimit {
  /** Highest discomfort target allowed, 1–7 out of 10. */
  max: number;
  regions?: readonly string[];
  /** A few words shown beside the limit: "strong painkillers dull feedback". */
  reason: string;
  /** The screening rule that set it, when it came from screening. */
  rule?: string;
}

/** A muscle no step may press, and why (e.g. the neck arteries). */
export interface AvoidedMuscle {
  muscle: string;
  reason: string;
}

/**
 * What screening (or the person) asks the plan to respect. The planner does not import the
 * screening module; the caller maps its output onto this (screening/plan-modifications.ts).
 */
export interface PlanModifications {
  /** Cap every pressure target at 3 out of 10 everywhere (the person asks for light pressure). */
  lightPressure?: boolean;
  /** Caps with their scope: each step takes the strictest cap that covers it, and shows it. */
  pressureLimits?: readonly PressureLimit[];
  /**
   * Concrete region ids (`calf.lower.left`, `sternum`) where no point may be worked. A
   * side-less base of a bilateral region (`calf.lower`) stands for both sides.
   */
  avoidRegions?: readonly string[];
  /** Muscles no point may be worked on, wherever they lie. */
  avoidMuscles?: readonly AvoidedMuscle[];
  /** Positions the person must not take (e.g. `prone` in pregnancy). */
  noPositions?: readonly BodyPosition[];
  /** No heat packs in the warm-up. */
  noHeat?: boolean;
  /** No heat packs when the session works in any of these regions (ids or side-less bases). */
  noHeatRegions?: readonly string[];
}

/** One trigger point to treat: a side-less atlas id placed on one side. */
export interface PlanTriggerPointInput {
  /** Side-less atlas id, e.g. `upper-trapezius.tp1`. */
  id: string;
  side: Side;
}

export interface PlanInput {
  /** Highest ranked first (e.g. the finder's order); the plan keeps the first that fit. */
  triggerPoints: readonly PlanTriggerPointInput[];
  /** Time available, in seconds. Default 1200 (20 minutes). */
  budgetSeconds?: number;
  /** Default `self-care`. */
  mode?: PlanMode;
  /** Tools the person has; hands are always available. Default hands only. */
  tools?: readonly Tool[];
  modifications?: PlanModifications;
  /** Default `moderate`. */
  intensity?: PlanIntensity;
}

/** A plan input after validation, with every default filled in. */
export interface ResolvedPlanInput {
  triggerPoints: PlanTriggerPointInput[];
  budgetSeconds: number;
  mode: PlanMode;
  tools: Tool[];
  modifications: {
    lightPressure: boolean;
    pressureLimits: PressureLimit[];
    avoidRegions: string[];
    avoidMuscles: AvoidedMuscle[];
    noPositions: BodyPosition[];
    noHeat: boolean;
    noHeatRegions: string[];
  };
  intensity: PlanIntensity;
}

export type PlanStepKind = 'warm-up' | 'compression' | 'stripping' | 'stretch' | 'transition' | 'after-care';

export interface PlanStep {
  /** Stable within a plan, e.g. `compression:upper-trapezius.tp1:left`. */
  id: string;
  kind: PlanStepKind;
  title: string;
  /** The body position for this step; for a transition, the position being moved into. */
  position: BodyPosition;
  seconds: number;
  /** Side-less atlas trigger point id (compression and stripping). */
  triggerPoint?: string;
  /** Atlas muscle id (compression, stripping and stretch). */
  muscle?: string;
  side?: Side;
  /** Where the point is, as a concrete region id (`shoulder.top.left`). */
  region?: string;
  /** Target discomfort, 0–10, within every limit that covers the step. */
  pressure?: number;
  /** The strictest limit covering this step, when one does: its cap, why, and the rule that set it. */
  limit?: { max: number; reason: string; rule?: string };
  holdSeconds?: number;
  repetitions?: number;
  strokes?: number;
  /**
   * Short plain sentences for the guided timer: the last two say what to do and how long;
   * any before them are notes (a changed position or tool, getting up slowly).
   */
  instructions: string[];
  tool?: Tool;
}

export interface LeftOutPoint {
  triggerPoint: string;
  side: Side;
  reason: string;
}

export interface SessionPlan {
  steps: PlanStep[];
  totalSeconds: number;
  budgetSeconds: number;
  /** The positions in the order the session visits them, each once. */
  positions: BodyPosition[];
  positionChanges: number;
  leftOut: LeftOutPoint[];
  /**
   * The highest pressure target the plan may use anywhere: 7, or the strictest limit that covers
   * the whole body. Steps in the scope of a local limit show a lower one as `limit`.
   */
  pressureCap: number;
}

/** The part of the atlas the planner needs; tests and callers may pass their own. */
export interface PlannerAtlas {
  findTriggerPoint(id: string): { muscle: Muscle; triggerPoint: TriggerPoint } | undefined;
}

export interface PlanInputIssue {
  /** Where the problem is, e.g. `triggerPoints[2].id`; empty for the input as a whole. */
  path: string;
  message: string;
}

/** A plan that cannot be made: invalid input or a budget too short for anything useful. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly issues: readonly PlanInputIssue[];

  constructor(issues: readonly PlanInputIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.issues = issues;
  }
}

export const LEFT_OUT_REASONS = {
  avoid: 'in an area to avoid (screening)',
  avoidMuscle: 'a muscle to avoid (screening)',
  budget: 'did not fit in the time budget',
} as const;
