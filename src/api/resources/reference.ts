import { useMemo } from 'react';
import type { Entity, Metric, Source } from '../schemas';
import { useEntities } from './entities';
import { useMeta } from './meta';
import { useMetrics } from './metrics';
import { useSources } from './sources';

/**
 * The resources every panel needs (entities, metrics, sources, meta), with lookups by id.
 * Their failure is shown once, by the page-level banner, not in every card.
 */
export function useReferenceData() {
  const meta = useMeta();
  const entities = useEntities();
  const metrics = useMetrics();
  const sources = useSources();
  const lookups = useMemo(
    () => ({
      entityById: new Map<string, Entity>((entities.data ?? []).map((e) => [e.id, e])),
      metricById: new Map<string, Metric>((metrics.data ?? []).map((m) => [m.id, m])),
      sourceById: new Map<string, Source>((sources.data ?? []).map((s) => [s.id, s])),
    }),
    [entities.data, metrics.data, sources.data],
  );
  return { meta, entities, metrics, sources, queries: [meta, entities, metrics, sources] as const, ...lookups };
}

/** Sources found for a set of ids, and the ids whose details are missing (the source list failed or came back without them). */
export type ResolvedSources = Source[] & { readonly missing: readonly string[] };

/**
 * The sources behind a set of ids, in first-seen order. An id without details is not dropped in
 * silence: it is listed in `missing`, so the card can say "source details unavailable".
 */
export function resolveSources(ids: Iterable<string>, sourceById: ReadonlyMap<string, Source>): ResolvedSources {
  const seen = new Set<string>();
  const result: Source[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const source = sourceById.get(id);
    if (source) result.push(source);
    else missing.push(id);
  }
  return Object.assign(result, { missing });
}
