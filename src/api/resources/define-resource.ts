import { queryOptions } from '@tanstack/react-query';
import { getJson, type SchemaName, type SchemaOutput } from '../client';
import { getRequestSettings } from '../query-client';

/**
 * The key factory and queryOptions of a whole-collection resource (`GET /api/v1/{path}` returning
 * `{ data: [...] }`). Each resource module wraps this and adds its own `useX` hook.
 */
/** The response schemas of whole collections: `{ data: [...] }`. */
type ListSchemaName = { [Name in SchemaName]: SchemaOutput<Name> extends { data: unknown[] } ? Name : never }[SchemaName];

export function defineListResource<Name extends ListSchemaName>(path: string, label: string, schemaName: Name) {
  type Item = SchemaOutput<Name> extends { data: (infer Row)[] } ? Row : never;
  const keys = { all: [path] as const };
  const options = () =>
    // `path` is in the key; `label` and `schemaName` are fixed for a path, so they add nothing to it.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: keys.all,
      queryFn: async ({ signal, client }): Promise<Item[]> =>
        ((await getJson(label, path, schemaName, { signal, timeoutMs: getRequestSettings(client).timeoutMs })) as { data: Item[] }).data,
    });
  return { keys, queryOptions: options };
}
