import { parseScreeningInput, screen, type ScreeningResult } from '@myomap/core/screening/evaluate.ts';
import { SCREENING_QUESTIONS, SCREENING_SECTIONS } from '@myomap/core/screening/questions.data.ts';
import { RULESET_VERSION } from '@myomap/core/screening/rules.data.ts';
import { describeErrors, HttpProblem } from '../http/problem.ts';

/** The safety screening the web app runs in the browser, also offered over HTTP. */
export class ScreeningService {
  questions(): { rulesetVersion: string; sections: typeof SCREENING_SECTIONS; questions: typeof SCREENING_QUESTIONS } {
    return { rulesetVersion: RULESET_VERSION, sections: SCREENING_SECTIONS, questions: SCREENING_QUESTIONS };
  }

  evaluate(body: unknown): ScreeningResult {
    const parsed = parseScreeningInput(body);
    if (!parsed.ok) {
      const errors = parsed.issues.map((i) => ({ field: `body.${i.path}`, message: i.message }));
      throw new HttpProblem(400, describeErrors(errors), errors);
    }
    return screen(parsed.input);
  }
}
