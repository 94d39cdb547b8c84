import { BODY_AREAS, VIEWS } from '@myomap/core/body/region.types.ts';
import { z } from 'zod';

export const viewSchema = z.enum(VIEWS);

export const regionSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    anatomicalLabel: z.string(),
    side: z.enum(['left', 'right', 'midline']),
    area: z.enum(BODY_AREAS),
    views: z.array(viewSchema),
    neighbours: z.array(z.string()),
    snomed: z.string().optional().describe('SNOMED CT body structure concept id'),
    choir: z.array(z.string()).describe('CHOIR body map region keys (f01–f36, b01–b38)'),
  })
  .meta({ id: 'Region' });
