import type { EventKind } from '../../api/schemas';

export type KindMarkProps = { kind: EventKind; cx: number; cy: number; colour: string; size?: number };

function polygon(points: readonly (readonly [number, number])[]): string {
  return `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
}

function star(cx: number, cy: number, r: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r * 1.2 : r * 0.5;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return polygon(points);
}

/**
 * One shape per event category, so a meeting can tell fab news from plans without hovering; the
 * colour stays the city's. A series break is hollow and dashed, as on the time-series charts.
 */
export function KindMark({ kind, cx, cy, colour, size = 9 }: KindMarkProps) {
  const r = size;
  const common = { fill: colour, stroke: 'var(--bg)', strokeWidth: 1.5 };
  switch (kind) {
    case 'zone':
      return <rect x={cx - r * 0.85} y={cy - r * 0.85} width={r * 1.7} height={r * 1.7} {...common} />;
    case 'programme':
      return <circle cx={cx} cy={cy} r={r * 0.9} {...common} />;
    case 'plan':
      return <path d={star(cx, cy, r)} {...common} />;
    case 'fab':
      return (
        <path
          d={polygon([
            [cx, cy - r * 1.1],
            [cx + r, cy + r * 0.75],
            [cx - r, cy + r * 0.75],
          ])}
          {...common}
        />
      );
    case 'bid':
      return (
        <path
          d={polygon([
            [cx - r, cy - r * 0.75],
            [cx + r, cy - r * 0.75],
            [cx, cy + r * 1.1],
          ])}
          {...common}
        />
      );
    case 'exportControl': {
      const a = r * 0.9;
      const w = r * 0.32;
      // An X of two thick bars.
      return (
        <g {...common}>
          <path
            d={polygon([
              [cx - a, cy - a + w],
              [cx - a + w, cy - a],
              [cx + a, cy + a - w],
              [cx + a - w, cy + a],
            ])}
          />
          <path
            d={polygon([
              [cx + a, cy - a + w],
              [cx + a - w, cy - a],
              [cx - a, cy + a - w],
              [cx - a + w, cy + a],
            ])}
          />
        </g>
      );
    }
    case 'seriesBreak':
      return (
        <rect
          x={cx - r * 0.8}
          y={cy - r * 0.8}
          width={r * 1.6}
          height={r * 1.6}
          fill="var(--bg)"
          stroke={colour}
          strokeWidth={2.5}
          strokeDasharray="4 2"
        />
      );
    case 'milestone':
    default:
      return (
        <path
          d={polygon([
            [cx, cy - r * 1.15],
            [cx + r, cy],
            [cx, cy + r * 1.15],
            [cx - r, cy],
          ])}
          {...common}
        />
      );
  }
}

/** A mark as a small inline icon for legends and controls. */
export function KindIcon({ kind, colour = 'var(--text)' }: { kind: EventKind; colour?: string }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="kind-icon">
      <KindMark kind={kind} cx={10} cy={10} colour={colour} size={7.5} />
    </svg>
  );
}
