import { useQueryClient } from '@tanstack/react-query';
import { cancelRequests, type InFlightRequest } from '../api/in-flight';
import { getRequestSettings } from '../api/query-client';

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * "Still loading observations: the data service is slow", once for the page, per resource, with
 * Retry (start those requests again now) and Cancel (stop waiting: the cards say so and offer
 * Retry). A request that never answers is abandoned at the client's timeout (12 s) anyway.
 */
export function SlowDataNotice({ slow }: { slow: readonly InFlightRequest[] }) {
  const client = useQueryClient();
  const endpoints = [...new Set(slow.map((r) => r.endpoint))];
  const resources = [...new Set(slow.map((r) => r.resource))];
  return (
    <div className="banner" role="status" aria-label="Slow data">
      <p>
        <strong>Still loading {listFormat.format(resources)}:</strong> the data service is slow. Hubscope stops waiting after{' '}
        {Math.round(getRequestSettings(client).timeoutMs / 1000)} s and says so.
      </p>
      <div className="banner__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void client.refetchQueries(
              { predicate: (query) => endpoints.includes(String(query.queryKey[0])) && query.state.fetchStatus === 'fetching' },
              { cancelRefetch: true },
            )
          }
        >
          Retry
        </button>
        <button type="button" className="button button--quiet" onClick={() => cancelRequests(endpoints)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
