import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../client';
import { getRequestSettings } from '../query-client';

export const metaKeys = {
  all: ['meta'] as const,
};

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal, client }) =>
      getJson('dataset information', 'meta', 'metaSchema', { signal, timeoutMs: getRequestSettings(client).timeoutMs }),
  });

export const useMeta = () => useQuery(metaQueryOptions());
