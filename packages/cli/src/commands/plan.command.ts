import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parsePlanInput, planSession, PlanError } from '@myomap/core/planner/index.ts';
import type { PlanStep, ResolvedPlanInput } from '@myomap/core/planner/planner.types.ts';
import { combineModifications, parseDecision } from '@myomap/core/screening/decision.ts';
import { outcomeAllowsPlan } from '@myomap/core/screening/plan-modifications.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

interface PlanOptions {
  triggerPoint: string[];
  minutes: string;
  tools?: string;
  avoid: string[];
  lightPressure?: boolean;
  noProne?: boolean;
  screening?: string;
  intensity: string;
  mode: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The screening decision in a file (as `myomap screen --json` or the screening API writes it). */
async function readDecision(file: string): Promise<ReturnType<typeof parseDecision>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      error instanceof SyntaxError
        ? `${file} is not valid JSON`
        : `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseDecision(raw);
}

/** Applies a decision's limits; an outcome that stops treatment ends here with its reason. */
async function withScreening(input: ResolvedPlanInput, file: string): Promise<ResolvedPlanInput> {
  const parsed = await readDecision(file);
  if (!parsed.ok) throw new UsageError(parsed.issues.map((i) => `--screening ${i.path}: ${i.message}`).join('; '));
  const { decision } = parsed;
  if (!outcomeAllowsPlan(decision.outcome)) {
    throw new Error(`screening outcome is ${decision.outcome}: no session until that is resolved`);
  }
  return { ...input, modifications: combineModifications(decision, input.modifications) };
}

function pressureText(step: PlanStep): string {
  if (step.pressure === undefined) return '';
  return step.limit
    ? ` (pressure ${step.pressure}/10; ${step.limit.max}/10 at most: ${step.limit.reason})`
    : ` (pressure ${step.pressure}/10)`;
}

function formatSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('plan a guided session: ordered, timed steps within a time budget')
    .option(
      '--trigger-point <id>',
      'atlas trigger point id, optionally with a side: upper-trapezius.tp1:left (repeatable)',
      collect,
      [],
    )
    .option('--minutes <n>', 'time budget in minutes', '20')
    .option('--tools <list>', 'tools at hand, comma separated: hands,ball,foam-roller,hooked-cane')
    .option('--avoid <region>', 'a region to avoid (repeatable), e.g. calf.lower.left', collect, [])
    .option('--light-pressure', 'light pressure only (as screening may ask)')
    .option('--no-prone', 'no lying face down')
    .option('--screening <file>', 'a screening decision (JSON, as `myomap screen --json` writes it): its limits apply')
    .option('--intensity <level>', 'gentle, moderate or firm', 'moderate')
    .option('--mode <mode>', 'self-care or therapist', 'self-care')
    .option('--json', 'machine-readable output')
    .action(async (options: PlanOptions) => {
      if (options.triggerPoint.length === 0) throw new UsageError('give at least one --trigger-point <id>');
      const minutes = Number(options.minutes);
      if (!Number.isFinite(minutes) || minutes <= 0) {
        throw new UsageError(`--minutes must be a positive number, got "${options.minutes}"`);
      }
      const input = {
        triggerPoints: options.triggerPoint.map((value) => {
          const [id, side = 'right'] = value.split(':');
          return { id, side };
        }),
        budgetSeconds: Math.round(minutes * 60),
        mode: options.mode,
        intensity: options.intensity,
        tools: options.tools
          ? options.tools
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean)
          : ['hands'],
        modifications: {
          lightPressure: Boolean(options.lightPressure),
          avoidRegions: options.avoid,
          noPositions: options.noProne === false ? ['prone'] : [],
        },
      };
      const parsed = parsePlanInput(input);
      if (!parsed.ok) {
        throw new UsageError(
          parsed.issues.map((i) => `${i.path.replace(/^budgetSeconds/, '--minutes')}: ${i.message}`).join('; '),
        );
      }
      const resolved = options.screening ? await withScreening(parsed.input, options.screening) : parsed.input;
      let plan;
      try {
        plan = planSession(resolved);
      } catch (error) {
        if (error instanceof PlanError)
          throw new UsageError(
            error.message
              .split('\n')
              .join('; ')
              .replace(/^budgetSeconds/, '--minutes'),
          );
        throw error;
      }
      printResult(Boolean(options.json), plan, () => [
        ...plan.steps.map((s) => `${formatSeconds(s.seconds).padStart(6)}  ${s.title}${pressureText(s)}`),
        `Total ${formatSeconds(plan.totalSeconds)} of ${formatSeconds(plan.budgetSeconds)}; positions: ${plan.positions.join(' → ')}`,
        ...plan.leftOut.map((l) => `Left out ${l.triggerPoint} (${l.side}): ${l.reason}`),
      ]);
    });
}
