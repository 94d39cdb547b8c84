/** An RFC 9457 problem as the server sends it, with the fields that failed. */
export interface Problem {
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('detail' in value || 'status' in value);
}

/** A sentence for a failed request, for an alert next to the form. */
export function problemMessage(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (isProblem(error) && error.detail) return error.detail;
  return fallback;
}

/**
 * The message for one form field (`body.email` → "must be an email address"), so forms can show each
 * error beside its field.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isProblem(error)) return undefined;
  return error.errors?.find((e) => e.field === `body.${field}` || e.field === field)?.message;
}

/** Thrown by `unwrap` so TanStack Query sees a failed request as an error carrying the problem. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(problem.detail ?? `Request failed (${status})`);
  }
}

/** openapi-fetch's `{ data, error, response }` → the data, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const problem = isProblem(result.error) ? result.error : {};
    throw new ApiError(problem, result.response.status);
  }
  return result.data;
}

/** The problem inside an error from `unwrap` (or the error itself when it is one). */
export function problemOf(error: unknown): Problem | undefined {
  if (error instanceof ApiError) return error.problem;
  return isProblem(error) ? error : undefined;
}
