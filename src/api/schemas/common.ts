import { z } from './zod';
import { CITY_IDS, CURRENCIES, ESTIMATE_METHODS, MONEY_SCALES, QUALIFIERS, STATUSES, type Qualifier, type Status } from '../vocabulary';
export type { CityId, Status, Qualifier, Currency, MoneyScale, EstimateMethodKind } from '../vocabulary';

export const cityIdSchema = z.enum(CITY_IDS);

export const currencySchema = z.enum(CURRENCIES);

export const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be a lower-case id'));
export const seedIdSchema = z.string().check(z.regex(/^S(0[1-9]|[1-3][0-9]|40)$/, 'must be S01 to S40'));
export const yearSchema = z.int().check(z.gte(1900), z.lte(2100));
/** A date as precise as the source gives it: `2020`, `2020-07` or `2020-07-30`. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
/** Only http(s) links are ever rendered as links. */
export const httpUrlSchema = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an http or https URL'));

export const methodSchema = z.object({
  kind: z.enum(ESTIMATE_METHODS),
  detail: z.string().check(z.minLength(3)),
});
export type EstimateMethod = z.infer<typeof methodSchema>;

/** The same amount as the source also wrote it in another currency (kept exactly as stated). */
export const alsoStatedSchema = z.object({
  value: z.number(),
  currency: currencySchema,
  valueText: z.string(),
});

/**
 * One sourced value with its provenance. Shared by observations and by the figures inside
 * industries and fabs, so every number on screen carries the same honesty fields.
 */
export const figureShape = {
  value: z.number(),
  valueHigh: z.optional(z.number()),
  qualifier: z.optional(z.enum(QUALIFIERS)),
  valueText: z.optional(z.string()),
  currency: z.optional(currencySchema),
  /** Scale of a money value outside observations (where the metric gives it): 1.5 + billion = 1.5 bn. */
  moneyScale: z.optional(z.enum(MONEY_SCALES)),
  alsoStated: z.optional(alsoStatedSchema),
  year: yearSchema,
  status: z.enum(STATUSES),
  sourceId: idSchema,
  seedId: z.optional(seedIdSchema),
  method: z.optional(methodSchema),
  conflictId: z.optional(idSchema),
  preferred: z.optional(z.boolean()),
  note: z.optional(z.string()),
};

type FigureLike = {
  value: number;
  valueHigh?: number | undefined;
  qualifier?: Qualifier | undefined;
  status: Status;
  seedId?: string | undefined;
  method?: EstimateMethod | undefined;
  conflictId?: string | undefined;
  preferred?: boolean | undefined;
};

/** The honesty rules every figure obeys; returns the problems found (empty when valid). */
export function figureProblems(figure: FigureLike): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!Number.isFinite(figure.value)) problems.push({ path: 'value', message: 'must be a finite number' });
  if (figure.status === 'estimate' && !figure.method)
    problems.push({ path: 'method', message: 'an estimate must say how it was made' });
  if (figure.status === 'seed' && !figure.seedId)
    problems.push({ path: 'seedId', message: 'a seed figure must name its seed id' });
  if (figure.qualifier === 'range' && figure.valueHigh === undefined)
    problems.push({ path: 'valueHigh', message: 'a range needs its upper bound' });
  if (figure.valueHigh !== undefined && figure.valueHigh < figure.value)
    problems.push({ path: 'valueHigh', message: 'must not be below value' });
  if (figure.conflictId !== undefined && figure.preferred === undefined)
    problems.push({ path: 'preferred', message: 'a conflicting figure must say whether it is preferred' });
  return problems;
}

/** A figure inside an industry or a fab: it has no metric, so money states its own scale. */
export const figureSchema = z.object(figureShape).check(
  z.superRefine((figure, ctx) => {
    for (const p of figureProblems(figure)) ctx.issues.push({ code: 'custom', message: p.message, path: [p.path], input: figure });
    if (figure.currency && !figure.moneyScale)
      ctx.issues.push({ code: 'custom', message: 'a money figure must state its moneyScale', path: ['moneyScale'], input: figure });
  }),
);
export type Figure = z.infer<typeof figureSchema>;

export function listEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item) });
}

export const apiErrorSchema = z.object({
  error: z.object({
    status: z.int(),
    code: z.string(),
    message: z.string(),
    parameter: z.optional(z.string()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
