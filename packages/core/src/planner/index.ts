export { planSession } from './planner.ts';
export { BODY_POSITIONS, parsePlanInput, TOOLS, type PlanInputResult } from './plan-input.ts';
export { COMFORT_SEQUENCE } from './ordering.ts';
export { DEFAULT_BUDGET_SECONDS, MAX_BUDGET_SECONDS, pressureTarget, transitionSeconds } from './timing.ts';
export * from './planner.types.ts';
