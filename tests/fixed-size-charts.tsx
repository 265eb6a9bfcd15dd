import { cloneElement, isValidElement, type ReactNode } from 'react';
import type * as Recharts from 'recharts';

/**
 * Recharts with a fixed-size ResponsiveContainer (900 x 420), for `vi.mock('recharts', ...)`:
 * jsdom measures every box as zero, so the real one would draw nothing.
 */
export function withFixedSizeCharts(actual: typeof Recharts): typeof Recharts {
  return {
    ...actual,
    ResponsiveContainer: (({ children }: { children: ReactNode }) =>
      isValidElement<{ width?: number; height?: number }>(children) ? cloneElement(children, { width: 900, height: 420 }) : children) as typeof Recharts.ResponsiveContainer,
  };
}
