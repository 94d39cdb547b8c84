import type { Reporter, TestModule } from 'vitest/node';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function tally(): Tally {
  return { passed: 0, failed: 0, skipped: 0 };
}

function line(label: string, t: Tally): string {
  return `${label}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
}

/**
 * Ends the run with counts CI can read: one line per project, one for the PostgreSQL runs
 * of the integration tests, and a last plain "Tests: N passed, N failed" line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const total = tally();
    const postgres = tally();
    const byProject = new Map<string, Tally>();
    for (const module of testModules) {
      const project = byProject.get(module.project.name) ?? tally();
      byProject.set(module.project.name, project);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        for (const t of [total, project]) t[key] += 1;
        if (test.fullName.includes("'postgres'")) postgres[key] += 1;
      }
    }
    const out: string[] = [''];
    for (const [name, t] of [...byProject].sort(([a], [b]) => a.localeCompare(b))) out.push(line(`project ${name}`, t));
    out.push(line('postgres', postgres));
    out.push(line('Tests', total));
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
