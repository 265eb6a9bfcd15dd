// Types for report.mjs, so the TypeScript tests of the benchmark's table are checked.
export type Row = { group: string; measure: string; hubscope: string; minimal: string; ratio: string; budget: string; result: 'pass' | 'MISS' | 'n/a' | '—' };

export type LighthouseFigures = {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  observedFcp?: number | null;
  observedLcp: number | null;
  firstChart: number | null;
};
type ByForm = Partial<Record<'mobile' | 'desktop', LighthouseFigures>>;
type InteractionFigures = { medianInp: number | null; medianSettled: number | null };

export type BenchResults = {
  lighthouse?: { app: Partial<Record<'overview' | 'chips', ByForm>>; minimal: ByForm };
  transfer?: {
    shellKB: number;
    minimalShellKB: number;
    sections: Record<string, { sectionKB: number; workerKB: number }>;
    minimal: { sectionKB: number; workerKB: number };
  };
  interactions?: Partial<Record<'real' | 'realAllDrawn' | 'synthetic', { cls: number; interactions: Record<string, InteractionFigures> }>>;
  valuesTable?: {
    rows: number;
    loadLongestTask: number;
    interactions: Record<string, { longestTask: number[]; totalBlocking: number[]; maxLongestTask: number; medianTotalBlocking: number | null }>;
  };
};

export const BUDGETS: {
  performance: { mobile: number; desktop: number };
  otherScores: number;
  cls: number;
  shellKB: number;
  sectionKB: number;
  settledMs: { real: number; realAllDrawn: number; synthetic: number };
  valuesLongTaskMs: number;
};
export const VALUES_INTERACTION_LABELS: Record<string, string>;
export function median(values: readonly unknown[]): number | null;
export function medianOfRuns(runs: readonly Record<string, unknown>[]): Record<string, unknown>;
export function formatMs(ms: number | null | undefined): string;
export function formatKB(kb: number | null | undefined): string;
export function formatCls(cls: number | null | undefined): string;
export function buildRows(results: BenchResults, options?: { runs?: number }): Row[];
export function formatTable(rows: readonly Row[]): string;
