import { CONDITIONS, findCondition, findMuscle, MUSCLES } from '@myomap/core/atlas/atlas.ts';
import { searchAtlas } from '@myomap/core/atlas/atlas-search.ts';
import {
  summariseCondition,
  summariseMuscle,
  viewCondition,
  viewMuscle,
  type ConditionSummary,
  type ConditionView,
  type MuscleSummary,
  type MuscleView,
} from '@myomap/core/atlas/atlas-views.ts';
import { HttpProblem } from '../http/problem.ts';

export interface MuscleQuery {
  q?: string | undefined;
  area?: string | undefined;
}

/** Read-only access to the atlas (static data compiled into the core). */
export class AtlasService {
  listMuscles({ q, area }: MuscleQuery): MuscleSummary[] {
    const muscles = q ? searchAtlas(q, MUSCLES.length).muscles : MUSCLES;
    return muscles.filter((m) => !area || m.area === area).map(summariseMuscle);
  }

  getMuscle(id: string, side: 'left' | 'right' = 'right'): MuscleView {
    const muscle = findMuscle(id);
    if (!muscle) throw new HttpProblem(404, `No muscle with id "${id}"`);
    return viewMuscle(muscle, side);
  }

  listConditions(q?: string): ConditionSummary[] {
    const conditions = q ? searchAtlas(q, CONDITIONS.length).conditions : CONDITIONS;
    return conditions.map(summariseCondition);
  }

  getCondition(id: string): ConditionView {
    const condition = findCondition(id);
    if (!condition) throw new HttpProblem(404, `No condition with id "${id}"`);
    return viewCondition(condition);
  }
}
