import { findRegion } from '@myomap/core/body/regions.ts';
import { symptomLabel, type SymptomId } from '@myomap/core/body/symptoms.ts';

export function regionLabel(id: string): string {
  return findRegion(id)?.label ?? id;
}

export function symptomText(id: string): string {
  return symptomLabel(id as SymptomId);
}

export const AREA_LABELS: Readonly<Record<string, string>> = {
  head: 'Head and face',
  neck: 'Neck',
  shoulder: 'Shoulder',
  arm: 'Upper arm',
  elbow: 'Elbow',
  forearm: 'Forearm',
  wrist: 'Wrist',
  hand: 'Hand',
  chest: 'Chest',
  abdomen: 'Abdomen',
  'upper back': 'Upper back',
  'lower back': 'Low back',
  pelvis: 'Pelvis and buttock',
  hip: 'Hip',
  thigh: 'Thigh',
  knee: 'Knee',
  leg: 'Lower leg',
  ankle: 'Ankle',
  foot: 'Foot',
};

export const EVIDENCE_LABELS: Readonly<Record<string, string>> = {
  moderate: 'Moderate evidence',
  low: 'Low-quality evidence',
  'very-low': 'Very low-quality evidence',
  insufficient: 'Not enough evidence',
  'not-applicable': 'A caution, not a treatment',
};

export const POSITION_LABELS: Readonly<Record<string, string>> = {
  seated: 'Sitting',
  supine: 'Lying on your back',
  prone: 'Lying face down',
  'side-lying': 'Lying on your side',
  standing: 'Standing',
  'standing-wall': 'Standing against a wall',
};

export const TOOL_LABELS: Readonly<Record<string, string>> = {
  hands: 'your hands',
  ball: 'a ball',
  'foam-roller': 'a foam roller',
  'hooked-cane': 'a hooked massage cane',
};
