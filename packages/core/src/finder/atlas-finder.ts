import { CONDITIONS, MUSCLES } from '../atlas/atlas.ts';
import { createFinder, type Finder } from './finder.ts';

/** The finder over Myomap's own atlas: its muscles, and its conditions as the clinical prior. */
export function createAtlasFinder(): Finder {
  return createFinder(MUSCLES, CONDITIONS);
}
