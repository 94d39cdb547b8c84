import { parsePlanInput, planSession, PlanError, type SessionPlan } from '@myomap/core/planner/index.ts';
import { HttpProblem } from '../http/problem.ts';

function toProblem(issues: readonly { path: string; message: string }[]): HttpProblem {
  const errors = issues.map((i) => ({ field: i.path ? `body.${i.path}` : 'body', message: i.message }));
  return new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** Plans a session with the same planner the web app and the CLI use. */
export class PlanService {
  plan(body: unknown): SessionPlan {
    const parsed = parsePlanInput(body);
    if (!parsed.ok) throw toProblem(parsed.issues);
    try {
      return planSession(parsed.input);
    } catch (error) {
      if (error instanceof PlanError) throw toProblem(error.issues);
      throw error;
    }
  }
}
