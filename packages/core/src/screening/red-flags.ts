import { findRegion } from '../body/regions.ts';
import { RED_FLAG_RULES, type RedFlagRule } from './red-flags.data.ts';

export interface RedFlag {
  id: string;
  urgency: RedFlagRule['urgency'];
  title: string;
  advice: string;
  /** Why it fired: the symptoms or marked regions that matched. */
  because: string[];
}

export interface RedFlagInput {
  regions: readonly string[];
  symptoms: readonly string[];
}

/** The red flags present in a pain drawing and its symptoms, most urgent first, in rule order. */
export function findRedFlags(input: RedFlagInput): RedFlag[] {
  const symptoms = new Set(input.symptoms);
  const bases = new Map<string, string>();
  for (const id of input.regions) {
    const region = findRegion(id);
    if (region && !bases.has(region.base)) bases.set(region.base, id);
  }
  const flags: RedFlag[] = [];
  for (const rule of RED_FLAG_RULES) {
    const because: string[] = (rule.symptoms ?? []).filter((s) => symptoms.has(s));
    if (rule.regionGroups && rule.regionGroups.length > 0) {
      const matches = rule.regionGroups.map((group) =>
        group.map((base) => bases.get(base)).find((id) => id !== undefined),
      );
      if (matches.every((id) => id !== undefined)) because.push(...matches);
    }
    if (because.length > 0) {
      flags.push({ id: rule.id, urgency: rule.urgency, title: rule.title, advice: rule.advice, because });
    }
  }
  return flags.sort((a, b) => (a.urgency === b.urgency ? 0 : a.urgency === 'urgent' ? -1 : 1));
}
