import type { Side } from '../body/region.types.ts';
import { conditionsForMuscle, findMuscle, findSource, sideTriggerPoint } from './atlas.ts';
import type {
  BibliographyEntry,
  Condition,
  Muscle,
  SelfTreatment,
  SourceCitation,
  Stretch,
  TriggerPointLocation,
} from './atlas.types.ts';

/**
 * The atlas as the API, the CLI and the web app show it: sources resolved to full citations and
 * trigger points placed on a side (the right by default; every point has a mirror on the left).
 */

export interface SourceView {
  ref: string;
  locator?: string;
  citation: string;
  kind: BibliographyEntry['kind'];
  url?: string;
}

export interface TriggerPointView {
  id: string;
  label: string;
  side: Side;
  /** Where the trigger point lies (a concrete region id on `side`). */
  region: string;
  location: TriggerPointLocation;
  essential: string[];
  spillover: string[];
  symptoms: string[];
  howToFind: string;
  selfTreatment: SelfTreatment;
  precautions: string[];
  sources: SourceView[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface MuscleView {
  id: string;
  name: string;
  commonNames: string[];
  area: string;
  action: string;
  triggerPoints: TriggerPointView[];
  stretch: Stretch;
  perpetuatingFactors: string[];
  precautions: string[];
  relatedMuscles: NamedRef[];
  conditions: NamedRef[];
  sources: SourceView[];
}

export interface MuscleSummary {
  id: string;
  name: string;
  commonNames: string[];
  area: string;
  triggerPoints: number;
}

export interface ConditionView {
  id: string;
  name: string;
  aka: string[];
  kind: Condition['kind'];
  description: string;
  regions: string[];
  muscles: NamedRef[];
  evidence: { level: Condition['evidence']['level']; summary: string; sources: SourceView[] };
  redFlags: string[];
  askYourDoctor: string[];
  sources: SourceView[];
}

export interface ConditionSummary {
  id: string;
  name: string;
  kind: Condition['kind'];
  evidenceLevel: Condition['evidence']['level'];
  muscles: string[];
}

export function viewSources(citations: readonly SourceCitation[]): SourceView[] {
  return citations.map((c) => {
    const entry = findSource(c.ref);
    return {
      ref: c.ref,
      ...(c.locator ? { locator: c.locator } : {}),
      citation: entry?.citation ?? c.ref,
      kind: entry?.kind ?? 'textbook',
      ...(entry?.url ? { url: entry.url } : {}),
    };
  });
}

function named(id: string): NamedRef {
  return { id, name: findMuscle(id)?.name ?? id };
}

export function viewMuscle(muscle: Muscle, side: Side = 'right'): MuscleView {
  return {
    id: muscle.id,
    name: muscle.name,
    commonNames: [...muscle.commonNames],
    area: muscle.area,
    action: muscle.action,
    triggerPoints: muscle.triggerPoints.map((tp) => {
      const sided = sideTriggerPoint(muscle, tp, side);
      return {
        id: tp.id,
        label: tp.label,
        side,
        region: sided.region,
        location: tp.location,
        essential: sided.essential,
        spillover: sided.spillover,
        symptoms: [...tp.symptoms],
        howToFind: tp.howToFind,
        selfTreatment: tp.selfTreatment,
        precautions: [...(tp.precautions ?? [])],
        sources: viewSources(tp.sources),
      };
    }),
    stretch: muscle.stretch,
    perpetuatingFactors: [...muscle.perpetuatingFactors],
    precautions: [...muscle.precautions],
    relatedMuscles: muscle.relatedMuscles.map(named),
    conditions: conditionsForMuscle(muscle.id).map((c) => ({ id: c.id, name: c.name })),
    sources: viewSources(muscle.sources),
  };
}

export function summariseMuscle(muscle: Muscle): MuscleSummary {
  return {
    id: muscle.id,
    name: muscle.name,
    commonNames: [...muscle.commonNames],
    area: muscle.area,
    triggerPoints: muscle.triggerPoints.length,
  };
}

export function viewCondition(condition: Condition): ConditionView {
  return {
    id: condition.id,
    name: condition.name,
    aka: [...condition.aka],
    kind: condition.kind,
    description: condition.description,
    regions: [...condition.regions],
    muscles: condition.muscles.map(named),
    evidence: {
      level: condition.evidence.level,
      summary: condition.evidence.summary,
      sources: viewSources(condition.evidence.sources),
    },
    redFlags: [...condition.redFlags],
    askYourDoctor: [...condition.askYourDoctor],
    sources: viewSources(condition.sources),
  };
}

export function summariseCondition(condition: Condition): ConditionSummary {
  return {
    id: condition.id,
    name: condition.name,
    kind: condition.kind,
    evidenceLevel: condition.evidence.level,
    muscles: [...condition.muscles],
  };
}
