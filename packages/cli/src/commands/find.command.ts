import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { MUSCLES } from '@myomap/core/atlas/atlas.ts';
import { describePainDrawingIssues, parsePainDrawing, type PainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

interface FindOptions {
  region: string[];
  symptom: string[];
  drawing?: string;
  side?: string;
  top: string;
  intensity: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

async function drawingFrom(options: FindOptions): Promise<PainDrawing> {
  const intensity = Number(options.intensity);
  let input: unknown;
  if (options.drawing) {
    if (options.region.length > 0) throw new UsageError('give either --drawing or --region, not both');
    let text: string;
    try {
      text = await readFile(options.drawing, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${options.drawing}: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      input = JSON.parse(text);
    } catch {
      throw new UsageError(`${options.drawing} is not valid JSON`);
    }
    if (options.symptom.length > 0 && typeof input === 'object' && input !== null) {
      input = { ...input, symptoms: [...((input as { symptoms?: string[] }).symptoms ?? []), ...options.symptom] };
    }
  } else {
    if (options.region.length === 0) throw new UsageError('mark at least one --region <id> (or give --drawing <file>)');
    input = {
      regions: [...new Set(options.region)].map((region) => ({ region, intensity, qualities: [] })),
      ...(options.symptom.length > 0 ? { symptoms: options.symptom } : {}),
    };
  }
  const parsed = parsePainDrawing(input);
  if (!parsed.ok) throw new UsageError(describePainDrawingIssues(parsed.issues).split('\n').join('; '));
  return parsed.drawing;
}

export function registerFind(program: Command): void {
  program
    .command('find')
    .description('rank the muscles whose trigger points best explain where it hurts')
    .option('--region <id>', 'a painful region (repeatable), e.g. temple.right', collect, [])
    .option('--symptom <id>', 'a symptom (repeatable), e.g. dizziness', collect, [])
    .option('--drawing <file>', 'a saved pain drawing (JSON) instead of --region')
    .option('--side <side>', 'only trigger points on this side (left or right)')
    .option('--intensity <n>', 'intensity for --region marks, 1–10', '6')
    .option('--top <n>', 'how many results', '10')
    .option('--json', 'machine-readable output')
    .action(async (options: FindOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1 || top > MUSCLES.length) {
        throw new UsageError(`--top must be a whole number from 1 to ${MUSCLES.length}, got "${options.top}"`);
      }
      const intensity = Number(options.intensity);
      if (!Number.isInteger(intensity) || intensity < 1 || intensity > 10) {
        throw new UsageError(`--intensity must be a whole number from 1 to 10, got "${options.intensity}"`);
      }
      if (options.side !== undefined && options.side !== 'left' && options.side !== 'right') {
        throw new UsageError(`--side must be left or right, got "${options.side}"`);
      }
      const drawing = await drawingFrom(options);
      const output = createAtlasFinder()({
        regions: drawing.regions,
        ...(drawing.symptoms ? { symptoms: drawing.symptoms } : {}),
        ...(options.side ? { side: options.side } : {}),
        top,
      });
      const label = (id: string): string => findRegion(id)?.label ?? id;
      printResult(Boolean(options.json), output, () => [
        ...output.redFlags.map(
          (f) => `!! ${f.urgency === 'urgent' ? 'URGENT' : 'See a doctor first'}: ${f.title}. ${f.advice}`,
        ),
        ...output.results.map(
          (r, i) => `${String(i + 1).padStart(2)}. ${r.name} (${r.muscle}) ${r.score.toFixed(2)} — ${r.reason}`,
        ),
        `Smallest set explaining everything: ${output.cover.join(', ') || '—'}`,
        ...(output.unexplained.length > 0
          ? [`Not explained by any pattern: ${output.unexplained.map(label).join(', ')}`]
          : []),
        ...(output.ask.length > 0
          ? [`To narrow it down, does it also hurt: ${output.ask.map(label).join('; ')}?`]
          : []),
        'Referral patterns show where to look, not what is wrong.',
      ]);
    });
}
