import type { Command } from 'commander';
import { CONDITIONS, findMuscle, MUSCLES } from '@myomap/core/atlas/atlas.ts';
import { viewMuscle, type MuscleView } from '@myomap/core/atlas/atlas-views.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

function label(regionId: string): string {
  return findRegion(regionId)?.label.toLowerCase() ?? regionId;
}

function muscleLines(muscle: MuscleView): string[] {
  const lines = [`${muscle.name} (${muscle.id}) — ${muscle.area}`, `  ${muscle.action}`];
  for (const tp of muscle.triggerPoints) {
    lines.push(`  • ${tp.label} [${tp.id}] at ${label(tp.region)}`);
    lines.push(`      refers to: ${tp.essential.map(label).join(', ')}`);
    if (tp.spillover.length > 0) lines.push(`      sometimes: ${tp.spillover.map(label).join(', ')}`);
    if (tp.symptoms.length > 0) lines.push(`      symptoms: ${tp.symptoms.join(', ')}`);
  }
  lines.push(`  Stretch: ${muscle.stretch.name}`);
  lines.push(`  Sources: ${[...new Set(muscle.sources.map((s) => s.citation))].join(' | ')}`);
  return lines;
}

export function registerAtlas(program: Command): void {
  program
    .command('atlas')
    .description('list every muscle with its trigger points and referral zones, and the conditions')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const muscles = MUSCLES.map((m) => viewMuscle(m));
      const atlas = {
        muscles: muscles.map((m) => ({
          id: m.id,
          name: m.name,
          area: m.area,
          commonNames: m.commonNames,
          triggerPoints: m.triggerPoints.map((tp) => ({
            id: tp.id,
            label: tp.label,
            side: tp.side,
            region: tp.region,
            essential: tp.essential,
            spillover: tp.spillover,
            symptoms: tp.symptoms,
            sources: tp.sources.map((s) => ({
              ref: s.ref,
              ...(s.locator ? { locator: s.locator } : {}),
              citation: s.citation,
            })),
          })),
        })),
        conditions: CONDITIONS.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          evidenceLevel: c.evidence.level,
          muscles: [...c.muscles],
        })),
      };
      printResult(Boolean(options.json), atlas, () => [
        ...muscles.map((m) => `${m.name.padEnd(36)} ${m.id.padEnd(36)} ${m.triggerPoints.length} trigger point(s)`),
        '',
        `${muscles.length} muscles, ${muscles.reduce((s, m) => s + m.triggerPoints.length, 0)} trigger points, ${CONDITIONS.length} conditions`,
        'Trigger points are shown on the right side; each has a mirror on the left.',
      ]);
    });

  program
    .command('muscle')
    .description('show one muscle: trigger points, referral zones, self-treatment, stretch, sources')
    .argument('<id>', 'muscle id, e.g. upper-trapezius (see `myomap atlas`)')
    .option('--side <side>', 'left or right', 'right')
    .option('--json', 'machine-readable output')
    .action((id: string, options: { side: string; json?: boolean }) => {
      const muscle = findMuscle(id);
      if (!muscle) throw new UsageError(`unknown muscle "${id}" (see \`myomap atlas\` for the ids)`);
      if (options.side !== 'left' && options.side !== 'right') {
        throw new UsageError(`--side must be left or right, got "${options.side}"`);
      }
      const view = viewMuscle(muscle, options.side);
      printResult(Boolean(options.json), view, () => muscleLines(view));
    });
}
