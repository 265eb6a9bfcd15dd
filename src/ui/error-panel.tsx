import { ErrorText } from './error-text';

export type ErrorPanelProps = { error: unknown; onRetry: () => void; height?: number };

/** What failed, said plainly, with a Retry that refetches only this panel's data. */
export function ErrorPanel({ error, onRetry, height }: ErrorPanelProps) {
  return (
    <div className="panel-message panel-message--error" role="alert" style={height ? { minHeight: height } : undefined}>
      <div className="panel-message__text">
        <ErrorText error={error} />
      </div>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
