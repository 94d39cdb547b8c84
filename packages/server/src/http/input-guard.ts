import type { FastifyInstance } from 'fastify';
import { fieldPath, HttpProblem, describeErrors, type FieldError } from './problem.ts';

/**
 * Checks every request's body, query and path parameters before any schema sees them:
 *
 * - No string may hold U+0000. PostgreSQL cannot store it in text (the insert fails: a 500), C
 *   libraries cut strings at it, and no name, note or password needs it.
 * - No value may be nested deeper than MAX_INPUT_DEPTH. Nothing in the API is deeper than a handful
 *   of levels; a list nested 5,000 deep once overflowed the stack when an error message printed it.
 *
 * The walk is iterative (an explicit stack), so the input's depth never becomes the call stack's.
 */
export const MAX_INPUT_DEPTH = 32;

const NUL = '\u0000';

interface Pending {
  value: unknown;
  path: (string | number)[];
}

/** Every NUL-holding string or key and every too-deep value in `input`, in document order. */
export function findBadInput(location: string, input: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Pending[] = [{ value: input, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (value.includes(NUL))
        errors.push({ field: fieldPath(location, path), message: 'must not contain U+0000 (NUL)' });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      errors.push({ field: fieldPath(location, path), message: `nested more than ${MAX_INPUT_DEPTH} levels deep` });
      continue;
    }
    if (!Array.isArray(value) && Object.keys(value).some((key) => key.includes(NUL))) {
      errors.push({ field: fieldPath(location, path), message: 'a key must not contain U+0000 (NUL)' });
      continue;
    }
    const children: Pending[] = Array.isArray(value)
      ? value.map((item: unknown, index) => ({ value: item, path: [...path, index] }))
      : Object.entries(value).map(([key, item]: [string, unknown]) => ({ value: item, path: [...path, key] }));
    // Reversed onto the stack so the errors come out in the order the fields were sent.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return errors;
}

export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...findBadInput('params', request.params),
      ...findBadInput('query', request.query),
      ...findBadInput('body', request.body),
    ];
    if (errors.length > 0) throw new HttpProblem(400, describeErrors(errors), errors);
  });
}
