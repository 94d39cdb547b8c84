import { CONDITIONS, MUSCLES } from '../atlas/atlas.ts';
import { createFinder, type Finder } from './finder.ts';
import { PAIN_GUIDES } from './pain-guides.data.ts';

/** The finder over Myomap's own atlas: its muscles, and the pain guides and its conditions as the clinical prior. */
export function createAtlasFinder(): Finder {
  return createFinder(MUSCLES, CONDITIONS, PAIN_GUIDES);
}
