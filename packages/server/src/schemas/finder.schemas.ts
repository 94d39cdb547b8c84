import { painDrawingSchema } from '@myomap/core/body/pain-drawing.ts';
import { z } from 'zod';

export const finderRequestSchema = painDrawingSchema
  .extend({
    side: z.enum(['left', 'right']).optional().describe('Only consider trigger points on this side'),
    top: z.number().int().min(1).max(130).optional().describe('How many results (default 10)'),
  })
  .meta({ id: 'FinderRequest' });

export const redFlagSchema = z
  .object({
    id: z.string(),
    urgency: z.enum(['urgent', 'refer']),
    title: z.string(),
    advice: z.string(),
    because: z.array(z.string()),
  })
  .meta({ id: 'RedFlag' });

export const finderResponseSchema = z
  .object({
    results: z.array(
      z.object({
        muscle: z.string(),
        name: z.string(),
        score: z.number(),
        triggerPoints: z.array(z.string()),
        explains: z.array(z.string()),
        essential: z.array(z.string()),
        spillover: z.array(z.string()),
        sides: z.array(z.enum(['left', 'right'])),
        symptoms: z.array(z.string()),
        reason: z.string(),
      }),
    ),
    cover: z.array(z.string()).describe('The smallest set of muscles that explains every explainable marked region'),
    unexplained: z.array(z.string()).describe('Marked regions no trigger point refers to'),
    ask: z.array(z.string()).describe('Regions to ask about next to separate the leading candidates'),
    redFlags: z.array(redFlagSchema),
  })
  .meta({ id: 'FinderResponse' });
