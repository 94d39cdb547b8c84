import { STATUS_CODES } from 'node:http';
import { z } from 'zod';

/** One failed field of a request, e.g. `{ field: 'body.regions[2].region', message: 'unknown region …' }`. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, with a list of field errors for validation failures. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export function problem(status: number, detail?: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

/** Thrown by services for a problem the client can fix or should know about (4xx). */
export class HttpProblem extends Error {
  readonly problem: ProblemDetails;

  constructor(status: number, detail: string, errors?: FieldError[]) {
    super(detail);
    this.problem = problem(status, detail, errors ? { errors } : {});
  }
}

/** `['regions', 2, 'region']` → `regions[2].region`, prefixed by where it came from (`body`, `query`). */
export function fieldPath(location: string, segments: readonly (string | number)[]): string {
  let out = location;
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
