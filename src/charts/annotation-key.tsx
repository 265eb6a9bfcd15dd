import { EVENT_KIND_LABELS } from '../api/vocabulary';
import type { ChartAnnotation } from '../domain/annotations';
import { textOnFill } from '../domain/palette';
import { annotationColour } from './city-year-layout';

export type AnnotationKeyProps = {
  annotations: readonly ChartAnnotation[];
  place: (annotation: ChartAnnotation) => string;
  /** Shown above the list (in the table view); the chart view lets the badges speak for it. */
  heading?: string;
};

const KEY_LINE_HEIGHT = 22;
const KEY_CHARS_PER_LINE = 62;

/** The text of a key entry, also used to estimate how much room the key takes. */
function keyText(annotation: ChartAnnotation, place: string): string {
  const { event } = annotation;
  const what = annotation.isSeriesBreak
    ? `Series break: ${event.title}; values either side of the break are not comparable`
    : `${EVENT_KIND_LABELS[event.kind]}: ${event.title}`;
  return `${event.date} · ${place} · ${what}`;
}

/**
 * Pixels the key needs at a card's narrowest width, so the figure can hold chart and key
 * (the figure's height is fixed; the key wraps to more lines in a narrow card).
 */
export function annotationKeyHeight(annotations: readonly ChartAnnotation[], place: (annotation: ChartAnnotation) => string): number {
  if (annotations.length === 0) return 0;
  const lines = annotations.reduce((sum, a) => sum + Math.ceil(keyText(a, place(a)).length / KEY_CHARS_PER_LINE), 0);
  return 8 + lines * KEY_LINE_HEIGHT + annotations.length * 4;
}

/** The numbered key to a chart's annotations, readable without hovering; also shown in the table view. */
export function AnnotationKey({ annotations, place, heading }: AnnotationKeyProps) {
  if (annotations.length === 0) return null;
  return (
    <div style={{ marginTop: heading ? '1rem' : '0.5rem' }}>
      {heading ? <p style={{ margin: '0 0 0.25rem', fontWeight: 700 }}>{heading}</p> : null}
      <ol
        aria-label="Events marked on this chart"
        style={{ listStyle: 'none', margin: 0, padding: 0, fontSize: '0.95rem', lineHeight: `${KEY_LINE_HEIGHT}px` }}
      >
        {annotations.map((annotation) => {
          const colour = annotationColour(annotation);
          return (
            <li
              key={annotation.event.id}
              data-annotation={annotation.number}
              style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start', marginBottom: 4 }}
            >
              <span
                aria-hidden="true"
                style={{
                  flex: '0 0 auto',
                  display: 'inline-flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  width: KEY_LINE_HEIGHT + 2,
                  height: KEY_LINE_HEIGHT + 2,
                  boxSizing: 'border-box',
                  borderRadius: annotation.isSeriesBreak ? 3 : '50%',
                  background: annotation.isSeriesBreak ? 'var(--bg)' : colour,
                  border: annotation.isSeriesBreak ? `2px dashed ${colour}` : 'none',
                  color: annotation.isSeriesBreak ? 'var(--text)' : textOnFill(colour),
                  fontWeight: 700,
                  fontSize: 15,
                  lineHeight: 1,
                }}
              >
                {annotation.number}
              </span>
              <span>
                <span className="visually-hidden">{annotation.number}. </span>
                {keyText(annotation, place(annotation))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
