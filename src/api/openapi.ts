import { z } from './schemas/zod';
import {
  apiErrorSchema,
  entitiesResponseSchema,
  eventsResponseSchema,
  fabsResponseSchema,
  industriesResponseSchema,
  metaSchema,
  metricsResponseSchema,
  observationsResponseSchema,
  ratesResponseSchema,
  sourcesResponseSchema,
} from './schemas';

const LIST_RESOURCES = {
  entities: [entitiesResponseSchema, 'Cities, provinces, countries, zones, companies and universities.'],
  metrics: [metricsResponseSchema, 'The metric catalogue.'],
  sources: [sourcesResponseSchema, 'Every source cited by a value.'],
  industries: [industriesResponseSchema, "Each city's pillar industries."],
  fabs: [fabsResponseSchema, 'Known chip plants: front-end fabs, assembly/test and materials plants.'],
  events: [eventsResponseSchema, 'Dated events per city or national.'],
  rates: [ratesResponseSchema, 'Currency conversions with their source or estimate method.'],
} as const;

const json = (schema: z.ZodMiniType) => z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

/**
 * The API contract as an OpenAPI 3 document, generated from the zod schemas the client and the
 * mocks share, for whoever builds the real backend. tests/contract keeps src/api/openapi.json in step.
 */
export function buildOpenApiDocument() {
  const ok = (schemaName: string, description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
  });
  const paths: Record<string, unknown> = {
    '/meta': { get: { summary: 'Dataset version and as-of date', responses: { 200: ok('Meta', 'The dataset') } } },
    '/observations': {
      get: {
        summary: 'One row per entity, metric, year and source',
        parameters: [
          { name: 'metrics', in: 'query', schema: { type: 'string' }, description: 'Comma-separated metric ids' },
          { name: 'entities', in: 'query', schema: { type: 'string' }, description: 'Comma-separated entity ids' },
          { name: 'from', in: 'query', schema: { type: 'string', pattern: '^\\d{4}$' }, description: 'First year, inclusive' },
          { name: 'to', in: 'query', schema: { type: 'string', pattern: '^\\d{4}$' }, description: 'Last year, inclusive' },
        ],
        responses: {
          200: ok('ObservationsResponse', 'Matching observations'),
          400: errorResponse('A bad parameter, named in error.parameter'),
        },
      },
    },
  };
  const schemas: Record<string, unknown> = {
    Meta: json(metaSchema),
    ObservationsResponse: json(observationsResponseSchema),
    ApiError: json(apiErrorSchema),
  };
  for (const [name, [schema, summary]] of Object.entries(LIST_RESOURCES)) {
    const schemaName = `${name[0]?.toUpperCase()}${name.slice(1)}Response`;
    schemas[schemaName] = json(schema);
    paths[`/${name}`] = { get: { summary, responses: { 200: ok(schemaName, summary) } } };
  }
  for (const path of Object.values(paths) as { get: { responses: Record<number, unknown> } }[]) {
    path.get.responses[404] = errorResponse('Unknown path');
    path.get.responses[500] = errorResponse('Server error');
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Hubscope API',
      version: '1',
      description:
        'Figures comparing Wuhan, Xi’an and Chengdu, each with its source, year and status (reported, seed, estimate). Generated from src/api/schemas.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    components: { schemas },
  };
}
