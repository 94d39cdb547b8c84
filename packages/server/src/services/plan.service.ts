import { parsePlanInput, planSession, PlanError, type SessionPlan } from '@myomap/core/planner/index.ts';
import { combineModifications, parseDecision } from '@myomap/core/screening/decision.ts';
import { outcomeAllowsPlan } from '@myomap/core/screening/plan-modifications.ts';
import { HttpProblem } from '../http/problem.ts';

type Issue = { path: string; message: string };

function toProblem(issues: readonly Issue[], prefix = 'body'): HttpProblem {
  const errors = issues.map((i) => ({ field: i.path ? `${prefix}.${i.path}` : prefix, message: i.message }));
  return new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Plans a session with the same planner the web app and the CLI use. With `screening` (a decision
 * as the screening API returns it) its limits reach every step they concern, and an outcome that
 * stops treatment (urgent, refer, postpone) refuses the plan with the decision's reasons.
 */
export class PlanService {
  plan(body: unknown): SessionPlan {
    const { screening, ...rest } = isObject(body) ? body : { screening: undefined };
    const parsed = parsePlanInput(screening === undefined ? body : rest);
    if (!parsed.ok) throw toProblem(parsed.issues);
    let input = parsed.input;
    if (screening !== undefined) {
      const decision = parseDecision(screening);
      if (!decision.ok) throw toProblem(decision.issues, 'body.screening');
      if (!outcomeAllowsPlan(decision.decision.outcome)) {
        const message = `screening outcome is ${decision.decision.outcome}: no session until that is resolved`;
        throw new HttpProblem(422, message, [{ field: 'body.screening.outcome', message }]);
      }
      input = { ...input, modifications: combineModifications(decision.decision, input.modifications) };
    }
    try {
      return planSession(input);
    } catch (error) {
      if (error instanceof PlanError) throw toProblem(error.issues);
      throw error;
    }
  }
}
