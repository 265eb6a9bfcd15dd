export type SkeletonProps = { height: number; label: string };

/** Holds a chart's space while its data loads, so nothing jumps when it arrives. */
export function Skeleton({ height, label }: SkeletonProps) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
