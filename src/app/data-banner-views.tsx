import type { UseQueryResult } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { retryFailedResource } from '../api/retry-resource';
import { ErrorText } from '../ui/error-text';

/*
 * What the page-level banners say (data-banners.tsx decides when): loaded only when one has
 * something to say, so their text is not part of the shell.
 */

/** The demo data worker could not start: say so instead of showing empty charts. */
export function MockUnavailableView({ message }: { message: string }) {
  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>Hubscope’s built-in data could not start.</strong> {message} Open the app over https or from localhost, or build it with{' '}
        <code>VITE_API_BASE_URL</code> pointing at a real API.
      </p>
    </div>
  );
}

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** One page-level message for the resources every panel needs: what failed (with one Retry), and what came back empty. */
export function ReferenceDataView({ failed, empty }: { failed: readonly UseQueryResult<unknown>[]; empty: readonly string[] }) {
  const client = useQueryClient();
  if (failed.length === 0) {
    return (
      <div className="banner" role="status" aria-label="Empty data">
        <p>
          <strong>The data service sent no {listFormat.format(empty)}</strong>, so names, units or sources are missing where the cards would show
          them. This is the service’s answer, not a figure of zero.
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>Some reference data did not load</strong>, so names, units or sources may be missing:{' '}
        {failed.map((q, index) => (
          <span key={index}>
            {index > 0 ? ' ' : null}
            <ErrorText error={q.error} />
          </span>
        ))}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          for (const q of failed) {
            void q.refetch();
            retryFailedResource(client, q.error);
          }
        }}
      >
        Retry
      </button>
    </div>
  );
}

/** Going offline is said once; queries pause and refetch by themselves when the connection returns. */
export function OfflineView() {
  return (
    <div className="banner" role="status" aria-label="Connection">
      <p>
        <strong>You are offline.</strong> The figures on screen stay; anything still loading resumes when the connection returns.
      </p>
    </div>
  );
}
