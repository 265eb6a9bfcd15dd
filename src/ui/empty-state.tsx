export type EmptyStateProps = { message?: string; height?: number };

export function EmptyState({ message = 'No data for this selection.', height }: EmptyStateProps) {
  return (
    <div className="panel-message" style={height ? { minHeight: height } : undefined}>
      <p>{message}</p>
    </div>
  );
}
