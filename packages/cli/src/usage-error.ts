/** A problem with what the user typed or gave us: exit code 2, one line on stderr. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
