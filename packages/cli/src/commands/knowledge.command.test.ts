import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'myomap-cli-knowledge-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface AtlasJson {
  muscles: {
    id: string;
    name: string;
    triggerPoints: { id: string; region: string; essential: string[]; sources: unknown[] }[];
  }[];
  conditions: { id: string; name: string; muscles: string[] }[];
}

describe('myomap atlas, muscle and find', () => {
  it('reports at least 120 muscles and 200 trigger points as JSON', async () => {
    const result = await runCli(['atlas', '--json']);
    expect(result.code).toBe(0);
    const atlas = JSON.parse(result.stdout) as AtlasJson;
    expect(atlas.muscles.length).toBeGreaterThanOrEqual(120);
    expect(atlas.muscles.flatMap((m) => m.triggerPoints).length).toBeGreaterThanOrEqual(200);
    for (const m of atlas.muscles)
      for (const tp of m.triggerPoints) expect(tp.sources.length, tp.id).toBeGreaterThan(0);
    expect(atlas.conditions.find((c) => c.id === 'plantar-heel-pain')?.muscles).toContain('soleus');
  });

  it('prints one muscle, and exits 2 naming an unknown one', async () => {
    const soleus = await runCli(['muscle', 'soleus']);
    expect(soleus.code).toBe(0);
    expect(soleus.stdout).toContain('Soleus (soleus)');
    expect(soleus.stdout).toContain('right heel');
    const unknown = await runCli(['muscle', 'solus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('myomap: unknown muscle "solus" (see `myomap atlas` for the ids)');
  });

  it('finds soleus and quadratus plantae for the heel, as JSON', async () => {
    const result = await runCli(['find', '--region', 'heel.under.right', '--top', '5', '--json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as {
      results: {
        muscle: string;
        name: string;
        score: number;
        triggerPoints: string[];
        explains: string[];
        reason: string;
      }[];
      cover: string[];
      unexplained: string[];
      ask: string[];
      redFlags: unknown[];
    };
    expect(output.results.map((r) => r.muscle)).toEqual(expect.arrayContaining(['soleus', 'quadratus-plantae']));
    expect(output.results[0]?.explains).toEqual(['heel.under.right']);
    expect(output).toHaveProperty('cover');
    expect(output).toHaveProperty('unexplained');
    expect(output).toHaveProperty('ask');
    expect(output.redFlags).toEqual([]);
  });

  it('reads a saved drawing with --drawing', async () => {
    const file = path.join(dir, 'drawing.json');
    await writeFile(
      file,
      JSON.stringify({ regions: [{ region: 'temple.right', intensity: 7, qualities: ['aching'] }] }),
    );
    const result = await runCli(['find', '--drawing', file, '--json']);
    expect(result.code).toBe(0);
    const top5 = (JSON.parse(result.stdout) as { results: { muscle: string }[] }).results
      .slice(0, 5)
      .map((r) => r.muscle);
    expect(top5).toEqual(expect.arrayContaining(['upper-trapezius', 'temporalis', 'sternocleidomastoid']));
  });

  it.each([
    [['find', '--region', 'elbow.lateal.right'], 'regions[0].region: unknown region "elbow.lateal.right"'],
    [['find', '--region', 'heel.under.right', '--symptom', 'hiccups'], 'symptoms[0]: unknown symptom "hiccups"'],
    [['find'], 'mark at least one --region <id> (or give --drawing <file>)'],
    [['find', '--region', 'heel.under.right', '--top', '0'], '--top must be a whole number from 1 to'],
  ])('exits 2 naming the problem: %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('myomap regions', () => {
  it('lists the vocabulary as JSON in the documented shape', async () => {
    const result = await runCli(['regions', '--json']);
    expect(result.code).toBe(0);
    const regions = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(regions.length).toBeGreaterThanOrEqual(200);
    const temple = regions.find((r) => r.id === 'temple.right');
    expect(Object.keys(temple ?? {})).toEqual(
      expect.arrayContaining(['id', 'label', 'anatomicalLabel', 'side', 'area', 'views', 'neighbours']),
    );
  });

  it('exits 2 naming an unknown view', async () => {
    const result = await runCli(['regions', '--view', 'sideways']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown view "sideways"');
  });
});

describe('myomap plan', () => {
  it('prints the steps with their seconds and the total, within the budget', async () => {
    const result = await runCli([
      'plan',
      '--trigger-point',
      'temporalis.tp1',
      '--trigger-point',
      'upper-trapezius.tp1:left',
      '--minutes',
      '10',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { steps: { seconds: number }[]; totalSeconds: number };
    expect(plan.totalSeconds).toBeLessThanOrEqual(600);
    expect(plan.steps.reduce((s, step) => s + step.seconds, 0)).toBe(plan.totalSeconds);
    const text = await runCli(['plan', '--trigger-point', 'temporalis.tp1', '--minutes', '10']);
    expect(text.stdout).toMatch(/Total \d+:\d\d of 10:00/);
  });

  it('applies a screening decision from `myomap screen --json`: every step within its limit, with the rule', async () => {
    const answers = path.join(dir, 'tramadol.json');
    await writeFile(answers, JSON.stringify({ answers: {}, medications: ['Tramadol 50 mg'] }));
    const screened = await runCli(['screen', '--answers', answers, '--json']);
    const decisionFile = path.join(dir, 'decision.json');
    await writeFile(decisionFile, screened.stdout);
    const args = ['plan', '--trigger-point', 'upper-trapezius.tp1:left', '--intensity', 'firm'];
    const free = JSON.parse((await runCli([...args, '--json'])).stdout) as {
      steps: { kind: string; pressure?: number }[];
    };
    expect(free.steps.find((s) => s.kind === 'compression')?.pressure).toBeGreaterThan(5);
    const result = await runCli([...args, '--screening', decisionFile, '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      steps: { kind: string; pressure?: number; limit?: { max: number; rule?: string } }[];
    };
    const press = plan.steps.find((s) => s.kind === 'compression');
    expect(press?.pressure).toBe(5);
    expect(press?.limit).toMatchObject({ max: 5, rule: 'pain-feedback-dulled' });
    const text = await runCli([...args, '--screening', decisionFile]);
    expect(text.stdout).toContain('5/10 at most: strong painkillers dull feedback');
  });

  it('refuses a plan when the screening decision says see a doctor, with one line on stderr', async () => {
    const decisionFile = path.join(dir, 'refer.json');
    await writeFile(decisionFile, JSON.stringify({ outcome: 'refer', modifications: [] }));
    const result = await runCli(['plan', '--trigger-point', 'soleus.tp1', '--screening', decisionFile]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('myomap: screening outcome is refer: no session until that is resolved');
    expect(result.stdout).toBe('');
  });

  it.each([
    [['plan', '--trigger-point', 'nope.tp1'], 'unknown trigger point "nope.tp1"'],
    [['plan', '--trigger-point', 'soleus.tp1', '--minutes', '0.5'], '--minutes'],
    [['plan'], 'give at least one --trigger-point <id>'],
    [['plan', '--trigger-point', 'soleus.tp1', '--screening', '/nonexistent.json'], 'cannot read /nonexistent.json'],
  ])('exits 2 with a clear message: %j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('myomap screen', () => {
  it('decides from an answers file, as JSON', async () => {
    const file = path.join(dir, 'answers.json');
    await writeFile(file, JSON.stringify({ answers: {}, medications: ['Eliquis 5 mg', 'blue pill'] }));
    const result = await runCli(['screen', '--answers', file, '--json']);
    expect(result.code).toBe(0);
    const decision = JSON.parse(result.stdout) as {
      outcome: string;
      unrecognisedMedications: string[];
      rulesetVersion: string;
    };
    expect(decision.outcome).toBe('caution');
    expect(decision.unrecognisedMedications).toEqual(['blue pill']);
    expect(decision.rulesetVersion).toBeTruthy();
  });

  it('exits 2 naming unknown answers', async () => {
    const file = path.join(dir, 'bad-answers.json');
    await writeFile(file, JSON.stringify({ answers: { frobnicate: true }, medications: [] }));
    const result = await runCli(['screen', '--answers', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('answers.frobnicate: unknown question');
  });
});
