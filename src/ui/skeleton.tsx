import type { ReactNode } from 'react';

export type SkeletonProps = {
  /** Pixels, or a CSS length such as 100% inside a box that already has its height. */
  height: number | string;
  label: string;
  /** The layout the figures will take, to hold instead of a plain box of `height`; its `.skeleton-box` parts shimmer. */
  shape?: () => ReactNode;
};

/** Holds a chart's space while its data loads, so nothing jumps when it arrives. */
export function Skeleton({ height, label, shape }: SkeletonProps) {
  return (
    <div className={shape ? 'skeleton skeleton--shaped' : 'skeleton'} style={shape ? undefined : { height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {shape?.()}
    </div>
  );
}
