import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { Finder, FinderOutput, FinderQuery } from '@myomap/core/finder/finder.ts';

/** Runs the same finder as the browser and the CLI, built once over the atlas. */
export class FinderService {
  private readonly finder: Finder = createAtlasFinder();

  find(query: FinderQuery): FinderOutput {
    return this.finder(query);
  }
}
