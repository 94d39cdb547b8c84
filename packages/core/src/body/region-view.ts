import { CHOIR_BY_REGION } from './choir.ts';
import { viewsOfRegion } from './figures/index.ts';
import { REGIONS } from './regions.ts';
import type { BodyArea, Region, RegionSide, ViewId } from './region.types.ts';

/** A region as the API and the CLI list it. */
export interface RegionView {
  id: string;
  label: string;
  anatomicalLabel: string;
  side: RegionSide;
  area: BodyArea;
  views: ViewId[];
  neighbours: string[];
  snomed?: string;
  /** CHOIR body map region keys this region falls in. */
  choir: string[];
}

export function viewRegion(region: Region): RegionView {
  return {
    id: region.id,
    label: region.label,
    anatomicalLabel: region.anatomicalLabel,
    side: region.side,
    area: region.area,
    views: viewsOfRegion(region.id),
    neighbours: [...region.neighbours],
    ...(region.snomed ? { snomed: region.snomed } : {}),
    choir: [...(CHOIR_BY_REGION[region.id] ?? [])],
  };
}

/** Every region, or those a view draws. */
export function listRegions(view?: ViewId): RegionView[] {
  return REGIONS.map(viewRegion).filter((r) => !view || r.views.includes(view));
}
