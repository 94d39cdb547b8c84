import type { Command } from 'commander';
import { parsePlanInput, planSession, PlanError } from '@myomap/core/planner/index.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

interface PlanOptions {
  triggerPoint: string[];
  minutes: string;
  tools?: string;
  avoid: string[];
  lightPressure?: boolean;
  noProne?: boolean;
  intensity: string;
  mode: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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
    .option('--intensity <level>', 'gentle, moderate or firm', 'moderate')
    .option('--mode <mode>', 'self-care or therapist', 'self-care')
    .option('--json', 'machine-readable output')
    .action((options: PlanOptions) => {
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
      let plan;
      try {
        plan = planSession(parsed.input);
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
        ...plan.steps.map(
          (s) =>
            `${formatSeconds(s.seconds).padStart(6)}  ${s.title}${s.pressure !== undefined ? ` (pressure ${s.pressure}/10)` : ''}`,
        ),
        `Total ${formatSeconds(plan.totalSeconds)} of ${formatSeconds(plan.budgetSeconds)}; positions: ${plan.positions.join(' → ')}`,
        ...plan.leftOut.map((l) => `Left out ${l.triggerPoint} (${l.side}): ${l.reason}`),
      ]);
    });
}
