import { ApiError, problemOf, type Problem } from '../api/problems.ts';

/** `body.email` → `email`. */
function fieldName(field: string): string {
  return field.replace(/^body\./, '');
}

/** A server message read beside its field: "is required" → "Email is required"; otherwise capitalised. */
function sentence(label: string | undefined, message: string): string {
  if (label && /^(is|are|must|does|should|has)\b/.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The message for one field of a failed request, as a sentence beside that field. */
export function fieldMessage(error: unknown, field: string, label: string): string | undefined {
  const problem = problemOf(error);
  const found = problem?.errors?.find((e) => fieldName(e.field) === field);
  return found ? sentence(label, found.message) : undefined;
}

export interface ErrorSummary {
  /** The sentence to show first. */
  message: string;
  /** One line per field that failed. */
  fields: string[];
}

/** What to tell the person about a failed request: the server's own words, field by field when it gave them. */
export function summariseError(error: unknown, labels: Readonly<Record<string, string>> = {}): ErrorSummary {
  if (error instanceof TypeError) {
    return { message: 'Myomap could not be reached. Check your connection and try again.', fields: [] };
  }
  const problem: Problem | undefined = problemOf(error);
  const status = error instanceof ApiError ? error.status : problem?.status;
  const known = (problem?.errors ?? []).filter((e) => labels[fieldName(e.field)] !== undefined);
  if (known.length > 0 && status === 400) {
    return {
      message: 'Please check the form:',
      fields: known.map((e) => {
        const label = labels[fieldName(e.field)]!;
        return /^(is|are|must|does|should|has)\b/.test(e.message) ? `${label} ${e.message}` : `${label}: ${e.message}`;
      }),
    };
  }
  if (problem?.detail) return { message: problem.detail.replace(/^body\.[\w.[\]]+: /, ''), fields: [] };
  if (status === 429) return { message: 'Too many attempts: please wait a minute and try again.', fields: [] };
  return { message: 'Something went wrong. Please try again.', fields: [] };
}
