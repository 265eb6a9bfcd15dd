import type { Source } from '../api/schemas';

export type SourceLineProps = { sources: readonly Source[] };

const SHOWN_SOURCES = 3;

/** "Sources: A; B; C and 2 other sources", short titles, the full title on hover. */
export function SourceLine({ sources }: SourceLineProps) {
  if (sources.length === 0) return <span>Source: none recorded</span>;
  const shown = sources.slice(0, SHOWN_SOURCES);
  const rest = sources.length - shown.length;
  return (
    <span>
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {shown.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? '; ' : ''}
          <abbr title={`${source.title} (${source.publisher}${source.year ? `, ${source.year}` : ''})`}>{source.shortTitle}</abbr>
        </span>
      ))}
      {rest > 0 ? ` and ${rest} other source${rest === 1 ? '' : 's'}` : ''}
    </span>
  );
}
