/**
 * Pairs of region bases that share a border on the body surface. A pair of two bilateral
 * bases joins them on the same side; a bilateral base with a midline one joins both sides;
 * a base paired with itself joins its left and right across the midline.
 */
export const REGION_NEIGHBOURS: readonly (readonly [string, string])[] = [];
