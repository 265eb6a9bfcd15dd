import { lazy, Suspense } from 'react';
import { describeError } from '../api/errors';

// The disclosure with the full text loads only for a message long enough to be cut.
const FullMessage = lazy(() => import('./full-message').then((m) => ({ default: m.FullMessage })));

/** Longer messages (an API may send a page of HTML or a stack trace) are cut here; the full text stays one click away. */
export const MAX_SHOWN_ERROR_CHARS = 240;

/** The message as shown: whole when short, else cut at a word boundary near the limit with an ellipsis. */
export function shortenMessage(text: string, max = MAX_SHOWN_ERROR_CHARS): { shown: string; cut: boolean } {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return { shown: oneLine, cut: false };
  const slice = oneLine.slice(0, max);
  const lastSpace = slice.lastIndexOf(' ');
  return { shown: `${(lastSpace > max * 0.6 ? slice.slice(0, lastSpace) : slice).trimEnd()}…`, cut: true };
}

/** An error's message, cut when long (an API may send a page of HTML), with the full text one click away. */
export function ErrorText({ error }: { error: unknown }) {
  const full = describeError(error);
  const { shown, cut } = shortenMessage(full);
  if (!cut) return <>{shown}</>;
  return (
    <>
      <span>{shown}</span>{' '}
      <Suspense fallback={null}>
        <FullMessage text={full} />
      </Suspense>
    </>
  );
}
