/**
 * Everything the atlas and finder pages need from the core, in one module so Vite puts it in its
 * own chunk: loaded when a person first opens the atlas or the body map, not with the first page,
 * and cached by the service worker for offline use.
 */
export {
  CONDITIONS,
  MUSCLES,
  findCondition,
  findMuscle,
  findTriggerPoint,
  TECHNIQUES,
} from '@myomap/core/atlas/atlas.ts';
export { searchAtlas } from '@myomap/core/atlas/atlas-search.ts';
export { summariseMuscle, viewCondition, viewMuscle, viewSources } from '@myomap/core/atlas/atlas-views.ts';
export { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
