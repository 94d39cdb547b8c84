import type { BodyPosition } from '../atlas/atlas.types.ts';
import { allowedPosition, regionIn, resolveCandidates, stretchKey, type Candidate } from './candidates.ts';
import { effectiveLimits, strictestLimit, wholeBodyCap } from './limits.ts';
import { orderPositions, type OrderingConstraint } from './ordering.ts';
import { DEFAULT_ATLAS, parsePlanInput } from './plan-input.ts';
import {
  LEFT_OUT_REASONS,
  PlanError,
  type PlanInput,
  type PlannerAtlas,
  type PlanStep,
  type ResolvedPlanInput,
  type SessionPlan,
} from './planner.types.ts';
import {
  AFTER_CARE_SECONDS,
  DEFAULT_STROKES,
  MIN_REPETITIONS,
  MIN_STRETCH_REPETITIONS,
  STRETCH_PRESSURE,
  WARM_UP_MAX_SECONDS,
  WARM_UP_MIN_SECONDS,
  compressionSeconds,
  strippingSeconds,
  stretchSeconds,
  transitionSeconds,
} from './timing.ts';
import {
  afterCareText,
  compressionText,
  limitNote,
  listAreas,
  positionNote,
  sideLabel,
  strippingText,
  stretchText,
  toolNote,
  transitionText,
  transitionTitle,
  warmUpText,
} from './wording.ts';

/**
 * The session planner: a ranked list of trigger points in, a short timed session out.
 *
 * Fitting the budget, in passes, each keeping a change only if the whole plan still fits:
 *  1. breadth: every point in rank order at the least dose (2 compressions, or the atlas's
 *     count if lower, and 1 hold of its muscle's stretch); a point that does not fit is left
 *     out, and later, cheaper points may still get in;
 *  2. depth: each kept point, in rank order, back up to the atlas's repetitions, and its
 *     muscle's stretch to the atlas's;
 *  3. a longer warm-up (two minutes rather than one);
 *  4. stripping where the atlas gives strokes;
 *  5. stripping where time allows (6 strokes), only on points without point-specific
 *     precautions and with an atlas target of at least 5/10.
 * Each pass rebuilds the plan (positions, order, transitions) and measures it, so the total
 * is always the sum of the steps and never over the budget.
 */

interface Selected {
  candidate: Candidate;
  reps: number;
  strokes: number;
}

interface Draft {
  points: Selected[];
  /** Stretch repetitions per `muscle:side`. */
  stretchReps: ReadonlyMap<string, number>;
  warmUp: number;
}

const minReps = (full: number): number => Math.min(full, MIN_REPETITIONS);
const minStretchReps = (full: number): number => Math.min(full, MIN_STRETCH_REPETITIONS);

interface Item {
  step: PlanStep;
  rank: number;
  sub: number;
}

/** Lays the draft out as steps: position blocks in the best order, warm-up first, after-care last. */
function build(draft: Draft, input: ResolvedPlanInput): { steps: PlanStep[]; positions: BodyPosition[] } {
  const { mode } = input;
  const limits = effectiveLimits(input.modifications);
  const noHeatHere = new Set(input.modifications.noHeatRegions);
  const noHeat = input.modifications.noHeat || draft.points.some((p) => regionIn(p.candidate.region, noHeatHere));
  const no = new Set(input.modifications.noPositions);
  const items: Item[] = [];
  const groups = new Map<string, Selected[]>();
  for (const point of draft.points) {
    const c = point.candidate;
    const group = groups.get(stretchKey(c)) ?? [];
    group.push(point);
    groups.set(stretchKey(c), group);
    const notes = [
      ...(c.limit ? [limitNote(c.limit)] : []),
      ...(c.position !== c.atlasPosition ? [positionNote('work', c.position, c.atlasPosition, mode)] : []),
      ...(c.toolInstead ? [toolNote(c.tool, c.toolInstead)] : []),
    ];
    const label = `${c.triggerPoint.label}${sideLabel(c.midline ? undefined : c.side)}`;
    const base = {
      position: c.position,
      triggerPoint: c.id,
      muscle: c.muscle.id,
      side: c.side,
      region: c.region,
      pressure: c.pressure,
      ...(c.limit ? { limit: c.limit } : {}),
      tool: c.tool,
    };
    items.push({
      rank: c.rank,
      sub: 0,
      step: {
        id: `compression:${c.id}:${c.side}`,
        kind: 'compression',
        title: `Press: ${label}`,
        seconds: compressionSeconds(c.hold, point.reps),
        ...base,
        holdSeconds: c.hold,
        repetitions: point.reps,
        instructions: [...notes, ...compressionText(mode, c.tool, c.pressure, c.hold, point.reps)],
      },
    });
    if (point.strokes > 0) {
      items.push({
        rank: c.rank,
        sub: 1,
        step: {
          id: `stripping:${c.id}:${c.side}`,
          kind: 'stripping',
          title: `Stroke along the band: ${label}`,
          seconds: strippingSeconds(point.strokes),
          ...base,
          strokes: point.strokes,
          instructions: [...notes, ...strippingText(mode, c.tool, c.pressure, point.strokes)],
        },
      });
    }
  }
  const constraints: OrderingConstraint[] = [];
  const stretchItems: { item: Item; points: Selected[] }[] = [];
  for (const [key, points] of groups) {
    const first = points[0]!.candidate;
    const stretch = first.muscle.stretch;
    const position = allowedPosition(stretch.position, no);
    const reps = draft.stretchReps.get(key) ?? minStretchReps(stretch.repetitions);
    for (const p of points) {
      if (p.candidate.position !== position) constraints.push({ first: p.candidate.position, then: position });
    }
    // A stretch pulls on the whole muscle, so the strictest limit on any of its points holds.
    const limit = strictestLimit(
      points.map((p) => p.candidate.region),
      limits,
    );
    const note = [
      ...(limit ? [limitNote(limit)] : []),
      ...(position !== stretch.position ? [positionNote('stretch', position, stretch.position, mode)] : []),
    ];
    const step: PlanStep = {
      id: `stretch:${first.muscle.id}:${first.side}`,
      kind: 'stretch',
      title: `Stretch: ${stretch.name}${sideLabel(first.midline ? undefined : first.side)}`,
      position,
      seconds: stretchSeconds(stretch.holdSeconds, reps),
      muscle: first.muscle.id,
      side: first.side,
      pressure: limit ? Math.min(STRETCH_PRESSURE, limit.max) : STRETCH_PRESSURE,
      ...(limit ? { limit } : {}),
      holdSeconds: stretch.holdSeconds,
      repetitions: reps,
      instructions: [...note, ...stretchText(mode, first.muscle.name, stretch.holdSeconds, reps)],
    };
    const item = { step, rank: first.rank, sub: 2 };
    stretchItems.push({ item, points });
    items.push(item);
  }
  // Within a block: rank order; a stretch right after the last of its points in the block, or,
  // with none of them in the block, where its first point ranks.
  for (const { item, points } of stretchItems) {
    const here = points.filter((p) => p.candidate.position === item.step.position);
    item.rank = here.length > 0 ? Math.max(...here.map((p) => p.candidate.rank)) : points[0]!.candidate.rank;
  }
  const positions = orderPositions(
    items.map((i) => i.step.position),
    constraints,
  );
  const steps: PlanStep[] = [];
  positions.forEach((position, index) => {
    if (index === 0) {
      const areas = listAreas(draft.points.map((p) => p.candidate.muscle.name));
      steps.push({
        id: 'warm-up',
        kind: 'warm-up',
        title: 'Warm up',
        position,
        seconds: draft.warmUp,
        instructions: warmUpText(mode, noHeat, areas, draft.warmUp),
      });
    } else {
      const from = positions[index - 1]!;
      steps.push({
        id: `transition:${index}`,
        kind: 'transition',
        title: transitionTitle(position),
        position,
        seconds: transitionSeconds(from, position),
        instructions: transitionText(from, position, mode),
      });
    }
    const block = items
      .filter((i) => i.step.position === position)
      .sort((a, b) => a.rank - b.rank || a.sub - b.sub || a.step.id.localeCompare(b.step.id));
    steps.push(...block.map((i) => i.step));
  });
  const last = positions[positions.length - 1];
  if (last) {
    steps.push({
      id: 'after-care',
      kind: 'after-care',
      title: 'After care',
      position: last,
      seconds: AFTER_CARE_SECONDS,
      instructions: afterCareText(mode, last),
    });
  }
  return { steps, positions };
}

const total = (steps: readonly PlanStep[]): number => steps.reduce((sum, s) => sum + s.seconds, 0);

function withPoint(draft: Draft, candidate: Candidate): Draft {
  const key = stretchKey(candidate);
  const stretchReps = new Map(draft.stretchReps);
  if (!stretchReps.has(key)) stretchReps.set(key, minStretchReps(candidate.muscle.stretch.repetitions));
  return {
    ...draft,
    points: [...draft.points, { candidate, reps: minReps(candidate.fullReps), strokes: 0 }],
    stretchReps,
  };
}

function withChange(draft: Draft, index: number, change: Partial<Selected>): Draft {
  return { ...draft, points: draft.points.map((p, i) => (i === index ? { ...p, ...change } : p)) };
}

/**
 * Plans a session: pure and deterministic. Throws a PlanError for invalid input (naming the
 * field and value) and for a budget too short for a warm-up, one point and after-care.
 */
export function planSession(input: PlanInput, atlas: PlannerAtlas = DEFAULT_ATLAS): SessionPlan {
  const parsed = parsePlanInput(input, atlas);
  if (!parsed.ok) throw new PlanError(parsed.issues);
  const resolved = parsed.input;
  const budget = resolved.budgetSeconds;
  const pressureCap = wholeBodyCap(effectiveLimits(resolved.modifications));
  const { candidates, leftOut } = resolveCandidates(resolved, atlas);
  const empty: Draft = { points: [], stretchReps: new Map(), warmUp: WARM_UP_MIN_SECONDS };
  const measure = (draft: Draft): number => total(build(draft, resolved).steps);

  if (candidates.length > 0) {
    const least = Math.min(...candidates.map((c) => measure(withPoint(empty, c))));
    if (budget < least) {
      throw new PlanError([
        {
          path: 'budgetSeconds',
          message: `${budget} seconds is too short: a warm-up, one trigger point and after-care need at least ${least} seconds here`,
        },
      ]);
    }
  }

  let draft = empty;
  const tryDraft = (next: Draft): boolean => {
    if (measure(next) > budget) return false;
    draft = next;
    return true;
  };
  // 1. Breadth.
  for (const candidate of candidates) {
    if (!tryDraft(withPoint(draft, candidate))) {
      leftOut.push({
        triggerPoint: candidate.id,
        side: candidate.side,
        reason: LEFT_OUT_REASONS.budget,
        rank: candidate.rank,
      });
    }
  }
  // 2. Depth.
  draft.points.forEach((point, index) => {
    const c = point.candidate;
    if (c.fullReps > point.reps) tryDraft(withChange(draft, index, { reps: c.fullReps }));
    const key = stretchKey(c);
    const full = c.muscle.stretch.repetitions;
    if ((draft.stretchReps.get(key) ?? full) < full) {
      tryDraft({ ...draft, stretchReps: new Map([...draft.stretchReps, [key, full]]) });
    }
  });
  // 3. A longer warm-up.
  if (!tryDraft({ ...draft, warmUp: WARM_UP_MAX_SECONDS })) {
    tryDraft({ ...draft, warmUp: (WARM_UP_MIN_SECONDS + WARM_UP_MAX_SECONDS) / 2 });
  }
  // 4. Stripping the atlas asks for; 5. stripping where time allows.
  draft.points.forEach((point, index) => {
    if (point.candidate.atlasStrokes > 0) tryDraft(withChange(draft, index, { strokes: point.candidate.atlasStrokes }));
  });
  draft.points.forEach((point, index) => {
    if (point.candidate.extraStrokesOk) tryDraft(withChange(draft, index, { strokes: DEFAULT_STROKES }));
  });

  const { steps, positions } = draft.points.length > 0 ? build(draft, resolved) : { steps: [], positions: [] };
  return {
    steps,
    totalSeconds: total(steps),
    budgetSeconds: budget,
    positions,
    positionChanges: Math.max(0, positions.length - 1),
    leftOut: leftOut
      .sort((a, b) => a.rank - b.rank)
      .map(({ triggerPoint, side, reason }) => ({ triggerPoint, side, reason })),
    pressureCap,
  };
}
