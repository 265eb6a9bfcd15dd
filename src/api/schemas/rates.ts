import { currencySchema, listEnvelope, methodSchema, idSchema, yearSchema } from './common';
import { STATUSES } from '../vocabulary';
import { z } from './zod';

/** One conversion: 1 unit of `from` buys `rate` units of `to`. */
export const rateSchema = z.object({
  from: currencySchema,
  to: currencySchema,
  rate: z.number().check(z.positive()),
  year: yearSchema,
  status: z.enum(STATUSES),
  sourceId: idSchema,
  method: z.optional(methodSchema),
  note: z.optional(z.string()),
});
export type Rate = z.infer<typeof rateSchema>;
export const ratesResponseSchema = listEnvelope(rateSchema);
