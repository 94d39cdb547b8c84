import type { BodyPosition } from '../atlas/atlas.types.ts';
import { transitionSeconds } from './timing.ts';

/**
 * Ordering the position groups. Every step of one position is done in one block, so a plan
 * with k positions has exactly k − 1 changes, the least possible. What is left to choose is
 * the order of the blocks (at most 6! = 720 orders, so every order is tried). Orders are
 * compared by, in turn:
 *  1. stretches after pressure work: how many stretches would come before pressure work on
 *     the same muscle and side (the technique says: press, stroke, then stretch);
 *  2. the time spent changing position (getting up from lying costs the most, so the floor
 *     work goes last and the person gets down once);
 *  3. the comfortable fixed sequence below: upright first, then lying down, ending face down.
 *     The plan is deterministic: the first order in this sequence wins every tie.
 */
export const COMFORT_SEQUENCE: readonly BodyPosition[] = [
  'standing',
  'standing-wall',
  'seated',
  'side-lying',
  'supine',
  'prone',
];

/** Pressure work in `first` ought to come before a stretch, of the same muscle and side, in `then`. */
export interface OrderingConstraint {
  first: BodyPosition;
  then: BodyPosition;
}

/** All orders of the items, in lexicographic order of their positions in `items`. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The planner orders the same few position sets again and again while it fits the budget. */
const PERMUTATIONS = new Map<string, BodyPosition[][]>();

function positionOrders(sorted: readonly BodyPosition[]): BodyPosition[][] {
  const key = sorted.join(',');
  let orders = PERMUTATIONS.get(key);
  if (!orders) {
    orders = permutations(sorted);
    PERMUTATIONS.set(key, orders);
  }
  return orders;
}

export function transitionTotal(order: readonly BodyPosition[]): number {
  let total = 0;
  for (let i = 1; i < order.length; i++) total += transitionSeconds(order[i - 1]!, order[i]!);
  return total;
}

export function countViolations(order: readonly BodyPosition[], constraints: readonly OrderingConstraint[]): number {
  const rank = new Map(order.map((p, i) => [p, i]));
  return constraints.filter((c) => (rank.get(c.first) ?? 0) > (rank.get(c.then) ?? 0)).length;
}

/** The best order of the given positions (each once), by the rules above. */
export function orderPositions(
  positions: Iterable<BodyPosition>,
  constraints: readonly OrderingConstraint[],
): BodyPosition[] {
  const distinct = new Set(positions);
  const sorted = COMFORT_SEQUENCE.filter((p) => distinct.has(p));
  let best: BodyPosition[] = sorted;
  let bestScore: [number, number] = [countViolations(sorted, constraints), transitionTotal(sorted)];
  for (const order of positionOrders(sorted)) {
    const score: [number, number] = [countViolations(order, constraints), transitionTotal(order)];
    if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
      best = [...order];
      bestScore = score;
    }
  }
  return best;
}
