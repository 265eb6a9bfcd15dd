import { QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';
import { retryFailedResource } from '../api/retry-resource';
import { ErrorText } from './error-text';

export type ErrorPanelProps = { error: unknown; onRetry: () => void; height?: number };

/**
 * What failed, said plainly, with a Retry that refetches this panel's data and every other failed
 * query of the same resource, so one press brings back every card that needs it.
 */
export function ErrorPanel({ error, onRetry, height }: ErrorPanelProps) {
  // Read without throwing: a panel outside the app's providers (a test, say) retries its own data only.
  const client = useContext(QueryClientContext);
  const retry = () => {
    onRetry();
    if (client) retryFailedResource(client, error);
  };
  return (
    <div className="panel-message panel-message--error" role="alert" style={height ? { minHeight: height } : undefined}>
      <div className="panel-message__text">
        <ErrorText error={error} />
      </div>
      <button type="button" className="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
