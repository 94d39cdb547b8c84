/** Prints a result as JSON (`--json`) or as the human lines given. */
export function printResult(json: boolean, value: unknown, lines: () => string[]): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else for (const line of lines()) process.stdout.write(`${line}\n`);
}
