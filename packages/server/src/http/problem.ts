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

/**
 * A problem lists at most this many field errors. A request with 15,000 bad entries used to get
 * 15,000 errors back (megabytes); the first twenty show what is wrong, the count says how much.
 */
export const MAX_REPORTED_ERRORS = 20;

/** `field: message; …` for the first errors, then how many more there were. */
export function describeErrors(errors: readonly FieldError[]): string {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS).map((e) => `${e.field}: ${e.message}`);
  const more = errors.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

/** The same problem with its error list cut to MAX_REPORTED_ERRORS and the detail saying so. */
export function capErrors(body: ProblemDetails): ProblemDetails {
  if (!body.errors || body.errors.length <= MAX_REPORTED_ERRORS) return body;
  return { ...body, detail: describeErrors(body.errors), errors: body.errors.slice(0, MAX_REPORTED_ERRORS) };
}

/** Thrown by services for a problem the client can fix or should know about (4xx). */
export class HttpProblem extends Error {
  readonly problem: ProblemDetails;
  /** Sent as Retry-After (seconds) with the problem. */
  retryAfterSeconds: number | undefined;

  constructor(status: number, detail: string, errors?: FieldError[]) {
    super(detail);
    this.problem = problem(status, detail, errors ? { errors } : {});
  }

  static tooManyRequests(detail: string, retryAfterSeconds: number): HttpProblem {
    const error = new HttpProblem(429, detail);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
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
