import type { Source } from '../api/schemas';
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../api/vocabulary';

export type SourceLineProps = {
  /** The sources found; a list from resolveSources also names the ids whose details are missing. */
  sources: readonly Source[] & { readonly missing?: readonly string[] };
};

const SHOWN_SOURCES = 3;

/** "5 official statistics, 2 mirror or aggregator": how many sources of each kind, strongest first. */
export function kindCounts(sources: readonly Source[]): string {
  return SOURCE_KINDS.flatMap((kind) => {
    const n = sources.filter((s) => s.kind === kind).length;
    return n > 0 ? [`${n} ${SOURCE_KIND_LABELS[kind]}`] : [];
  }).join(', ');
}

/**
 * "Sources: A, official statistics; B, press; C, mirror or aggregator and 2 other sources (…)":
 * short titles with their kind, the full title and kind on hover, and the kinds of the rest counted.
 */
export function SourceLine({ sources }: SourceLineProps) {
  const missing = sources.missing?.length ?? 0;
  const unavailable = `source details unavailable for ${missing === 1 ? '1 source' : `${missing} sources`} (the list of sources did not load)`;
  if (sources.length === 0) return <span>{missing > 0 ? `Sources: ${unavailable}` : 'Source: none recorded'}</span>;
  const shown = sources.slice(0, SHOWN_SOURCES);
  const rest = sources.slice(SHOWN_SOURCES);
  return (
    <span>
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {shown.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : ''}
          <abbr title={`${source.title} (${source.publisher}${source.year ? `, ${source.year}` : ''}; ${SOURCE_KIND_LABELS[source.kind]})`}>{source.shortTitle}</abbr>
          <span className="source-kind">, {SOURCE_KIND_LABELS[source.kind]}</span>
        </span>
      ))}
      {rest.length > 0 ? ` and ${rest.length} other source${rest.length === 1 ? '' : 's'} (${kindCounts(rest)})` : ''}
      {missing > 0 ? `; ${unavailable}` : ''}
    </span>
  );
}
