import { z } from 'zod';
import type { HttpControls } from './http_controls';

/** HTTP controls as a link or saved view carries them; unknown keys are refused so a typo is reported. */
export const httpControlsSchema = z
  .object({
    intervalMinutes: z.number().int().min(1).max(1440),
    period: z.number().int().min(2).max(10_000),
    decomposition: z.enum(['classical', 'stl']),
    threshold: z.number().min(0.5).max(10),
    scale: z.enum(['std', 'mad']),
    gaps: z.enum(['zero', 'missing']),
    methods: z.array(z.string().min(1).max(64)).max(100),
    externalDestinationsOnly: z.boolean(),
    metric: z.enum(['count', 'sum_bytes_out']),
  })
  .strict() satisfies z.ZodType<HttpControls>;
