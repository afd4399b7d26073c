import { z } from 'zod';

export const ZHealth = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }).meta({ id: 'Health' });
export const ZReady = z
  .object({ status: z.enum(['ready', 'unavailable']), database: z.enum(['up', 'down']) })
  .meta({ id: 'Ready' });
export type THealth = z.infer<typeof ZHealth>;
export type TReady = z.infer<typeof ZReady>;
