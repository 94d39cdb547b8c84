import type { BodyPosition } from '../atlas/atlas.types.ts';
import type { BodyArea } from '../body/region.types.ts';
import type { ScreeningResult } from './evaluate.ts';
import type { ScreeningOutcome } from './outcomes.ts';
import type { ModificationType, ScreeningModification } from './rules.types.ts';

/**
 * What a screening result is expected to contain, for the rule tests and the vignettes. Kept
 * partial on purpose: a vignette names what matters clinically, not every region id.
 */
export type ExpectedModification =
  /** A pressure limit, no-heat or skin check: everywhere when `includes` is absent, else at least there. */
  | {
      type: 'light-pressure' | 'moderate-pressure' | 'no-heat' | 'check-skin';
      includes?: string[];
      excludes?: string[];
    }
  | { type: 'avoid-regions'; includes: string[]; excludes?: string[] }
  | { type: 'avoid-area'; area: BodyArea }
  /** Muscles (atlas ids) that must be among those avoided. */
  | { type: 'avoid-muscles'; includes: string[] }
  | { type: 'no-position'; position: BodyPosition }
  | { type: 'rise-slowly' };

export interface ScreeningExpectation {
  outcome: ScreeningOutcome;
  /** Rules that must be among the reasons. */
  rules?: string[];
  /** Rules that must not fire. */
  notRules?: string[];
  modifications?: ExpectedModification[];
  /** Kinds of modification that must be absent. */
  noModifications?: ModificationType[];
  /** Generic names that must be recognised. */
  medications?: string[];
  /** Lines that must be reported as unrecognised. */
  unrecognised?: string[];
}

function candidates(result: ScreeningResult, expected: ExpectedModification): ScreeningModification[] {
  return result.modifications.filter(
    (m) =>
      m.type === expected.type &&
      (m.type !== 'avoid-area' || expected.type !== 'avoid-area' || m.area === expected.area) &&
      (m.type !== 'no-position' || expected.type !== 'no-position' || m.position === expected.position),
  );
}

function checkOne(actual: ScreeningModification, expected: ExpectedModification): string[] {
  if (actual.type === 'avoid-muscles') {
    const wanted = 'includes' in expected ? (expected.includes ?? []) : [];
    const missing = wanted.filter((muscle) => !actual.muscles.includes(muscle));
    return missing.length > 0 ? [`avoid-muscles misses ${missing.join(', ')}`] : [];
  }
  if (!('includes' in expected) && !('excludes' in expected)) {
    return 'regions' in actual && actual.regions && actual.type !== 'avoid-regions'
      ? [`expected ${expected.type} everywhere, got only ${actual.regions.length} regions`]
      : [];
  }
  const regions = 'regions' in actual ? actual.regions : undefined;
  const failures: string[] = [];
  if ('includes' in expected && expected.includes && regions) {
    const missing = expected.includes.filter((r) => !regions.includes(r));
    if (missing.length > 0) failures.push(`${expected.type} misses ${missing.join(', ')}`);
  }
  if ('excludes' in expected && expected.excludes) {
    if (!regions) failures.push(`${expected.type} applies everywhere, expected not on ${expected.excludes.join(', ')}`);
    else {
      const extra = expected.excludes.filter((r) => regions.includes(r));
      if (extra.length > 0) failures.push(`${expected.type} should not cover ${extra.join(', ')}`);
    }
  }
  return failures;
}

/** Met when some modification of the kind meets it (pressure limits and avoided regions come one per rule or reason). */
function checkModification(result: ScreeningResult, expected: ExpectedModification): string[] {
  const found = candidates(result, expected);
  if (found.length === 0) return [`missing modification ${JSON.stringify(expected)}`];
  const checks = found.map((actual) => checkOne(actual, expected));
  return checks.some((failures) => failures.length === 0) ? [] : checks[0]!;
}

/** Every way the result falls short of the expectation; empty when it meets it. */
export function checkExpectation(result: ScreeningResult, expect: ScreeningExpectation): string[] {
  const failures: string[] = [];
  if (result.outcome !== expect.outcome) failures.push(`outcome ${result.outcome}, expected ${expect.outcome}`);
  const fired = new Set(result.reasons.map((r) => r.rule));
  for (const rule of expect.rules ?? []) if (!fired.has(rule)) failures.push(`rule ${rule} did not fire`);
  for (const rule of expect.notRules ?? []) if (fired.has(rule)) failures.push(`rule ${rule} fired`);
  for (const mod of expect.modifications ?? []) failures.push(...checkModification(result, mod));
  for (const type of expect.noModifications ?? [])
    if (result.modifications.some((m) => m.type === type)) failures.push(`unexpected modification ${type}`);
  const names = new Set(result.medications.map((m) => m.name));
  for (const name of expect.medications ?? []) if (!names.has(name)) failures.push(`medicine ${name} not recognised`);
  for (const line of expect.unrecognised ?? [])
    if (!result.unrecognisedMedications.includes(line)) failures.push(`"${line}" not reported as unrecognised`);
  return failures;
}
