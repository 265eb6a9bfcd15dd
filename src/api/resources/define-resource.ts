import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { getJson } from '../client';
import { getRequestSettings } from '../query-client';

/**
 * The key factory and queryOptions of a whole-collection resource (`GET /api/v1/{path}` returning
 * `{ data: [...] }`). Each resource module wraps this and adds its own `useX` hook.
 */
export function defineListResource<Item, Schema extends z.ZodMiniType<{ data: Item[] }>>(
  path: string,
  label: string,
  schema: Schema,
) {
  const keys = { all: [path] as const };
  const options = () =>
    // `path` is in the key; `label` and `schema` are fixed for a path, so they add nothing to it.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: keys.all,
      queryFn: async ({ signal, client }): Promise<Item[]> =>
        (await getJson(label, path, schema, { signal, timeoutMs: getRequestSettings(client).timeoutMs })).data,
    });
  return { keys, queryOptions: options };
}
