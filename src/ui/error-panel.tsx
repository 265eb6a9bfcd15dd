import { describeError } from '../api/errors';

export type ErrorPanelProps = { error: unknown; onRetry: () => void; height?: number };

/** What failed, said plainly, with a Retry that refetches only this panel's data. */
export function ErrorPanel({ error, onRetry, height }: ErrorPanelProps) {
  return (
    <div className="panel-message panel-message--error" role="alert" style={height ? { minHeight: height } : undefined}>
      <p>{describeError(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
