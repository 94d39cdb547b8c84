import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseScreeningInput, screen } from '@myomap/core/screening/evaluate.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('decide whether trigger point work is safe: answers and medicines in, a decision with reasons out')
    .requiredOption('--answers <file>', 'JSON: {"answers":{…},"medications":["…"],"regions":["…"]}')
    .option('--json', 'machine-readable output')
    .action(async (options: { answers: string; json?: boolean }) => {
      let input: unknown;
      try {
        input = JSON.parse(await readFile(options.answers, 'utf8'));
      } catch (error) {
        throw new UsageError(
          error instanceof SyntaxError
            ? `${options.answers} is not valid JSON`
            : `cannot read ${options.answers}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const parsed = parseScreeningInput(input);
      if (!parsed.ok) throw new UsageError(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      const decision = screen(parsed.input);
      printResult(Boolean(options.json), decision, () => [
        `Outcome: ${decision.outcome.toUpperCase()} (ruleset ${decision.rulesetVersion})`,
        ...decision.reasons.map((r) => `- [${r.outcome}] ${r.reason} ${r.advice}`),
        ...decision.modifications.map((m) => {
          const where = 'regions' in m && m.regions ? `: ${m.regions.join(', ')}` : '';
          if (m.type === 'light-pressure' || m.type === 'moderate-pressure') return `* ${m.type} (${m.why})${where}`;
          if (m.type === 'avoid-muscles') return `* avoid muscles: ${m.muscles.join(', ')} (${m.reason})`;
          return `* ${m.type}${where}`;
        }),
        ...(decision.unrecognisedMedications.length > 0
          ? [
              `Not recognised: ${decision.unrecognisedMedications.join(', ')} — say what each is for in ` +
                '"medicationPurposes" (blood-thinning, pain, steroid, cancer, other, not-sure), and ask your pharmacist',
            ]
          : []),
      ]);
    });
}
