import { summariseError } from '../account/errors.ts';
import { problemOf } from '../api/problems.ts';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Why the clinic refused a change to a visit, in the client's words: the notice rule ("at least 24 hours'
 * notice"), a time that is not free, or whatever else the server said.
 */
export function visitProblemText(error: unknown): string {
  const problem = problemOf(error);
  const clashes = (problem?.errors ?? []).filter((e) => e.field.startsWith('occurrences'));
  if (clashes.length > 0) {
    return `That time is not free (${clashes.map((c) => c.message).join('; ')}). Please choose another time.`;
  }
  const message = capitalise(summariseError(error).message);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
