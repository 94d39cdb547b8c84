import { CHOIR_BY_REGION, CHOIR_REGIONS, type ChoirFigure } from '@myomap/core/body/choir.ts';
import type { PainDrawing } from '@myomap/core/body/pain-drawing.ts';

/**
 * Pain drawings in the terms of the CHOIR body map (74 regions on a front and a back figure), for registries
 * and research tools that use it. Myomap's regions are finer: each falls in one or more CHOIR regions (a
 * midline region in both halves), and a CHOIR region takes the strongest intensity drawn in it.
 */

export const CHOIR_ATTRIBUTION =
  'The CHOIR body map was devised by Dr. Ming-Chih J Kao and Professor Sean Mackey at Stanford University as ' +
  'part of CHOIR, the Collaborative Health Outcomes Information Registry (choir.stanford.edu). Region keys and ' +
  'titles come from the REDCap imagemap module (ctsit/imagemap 1.14.0, copyright 2017 University of Florida, ' +
  'Apache License 2.0).';

export const CHOIR_CITATION =
  'Scherrer KH, Ziadni MS, Kong JT, et al. Development and validation of the Collaborative Health Outcomes ' +
  'Information Registry body map. PAIN Reports 2021;6(1):e880. doi:10.1097/PR9.0000000000000880.';

export interface ChoirArea {
  /** f01–f36 (front figure) or b01–b38 (back figure). */
  key: string;
  title: string;
  figure: ChoirFigure;
  /** The strongest intensity (1–10) drawn in the Myomap regions that fall in this CHOIR region. */
  intensity: number;
  /** Those Myomap regions. */
  regions: string[];
}

const CHOIR_BY_KEY = new Map(CHOIR_REGIONS.map((r, index) => [r.key, { ...r, index }]));

export function choirTitle(key: string): string {
  return CHOIR_BY_KEY.get(key)?.title ?? key;
}

/** The CHOIR regions a pain drawing covers, in the CHOIR order (front figure first), with intensities. */
export function drawingInChoir(drawing: PainDrawing): ChoirArea[] {
  const areas = new Map<string, ChoirArea>();
  for (const painful of drawing.regions) {
    for (const key of CHOIR_BY_REGION[painful.region] ?? []) {
      const choir = CHOIR_BY_KEY.get(key);
      if (!choir) continue;
      const area = areas.get(key) ?? { key, title: choir.title, figure: choir.figure, intensity: 0, regions: [] };
      area.intensity = Math.max(area.intensity, painful.intensity);
      if (!area.regions.includes(painful.region)) area.regions.push(painful.region);
      areas.set(key, area);
    }
  }
  return [...areas.values()]
    .map((a) => ({ ...a, regions: [...a.regions].sort() }))
    .sort((a, b) => (CHOIR_BY_KEY.get(a.key)?.index ?? 0) - (CHOIR_BY_KEY.get(b.key)?.index ?? 0));
}
