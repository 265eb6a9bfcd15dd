/*
 * Stand-ins for the two parts of TanStack Query's core that Hubscope never uses: mutations (the
 * app only reads) and infinite queries. QueryClient creates a MutationCache and imports the
 * infinite-query behaviour whether or not they are used, which put about 11 KB of code (3.5 KB
 * gzip) into the shell; vite.config.ts resolves the core's own imports of those two modules here.
 * A use of either fails loudly instead of doing nothing.
 */

const NOT_USED = 'Hubscope does not use TanStack Query mutations or infinite queries (see src/api/query-core-unused.ts)';

/** What QueryClient asks of its mutation cache: nothing is ever in it. */
export class MutationCache {
  /** Tells a test that the stand-in is the one in use. */
  readonly standIn = true;
  build(): never {
    throw new Error(NOT_USED);
  }
  add(): never {
    throw new Error(NOT_USED);
  }
  remove(): void {}
  canRun(): boolean {
    return false;
  }
  runNext(): Promise<void> {
    return Promise.resolve();
  }
  clear(): void {}
  getAll(): [] {
    return [];
  }
  find(): undefined {
    return undefined;
  }
  findAll(): [] {
    return [];
  }
  notify(): void {}
  subscribe(): () => void {
    return () => undefined;
  }
  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }
}

export function infiniteQueryBehavior(): never {
  throw new Error(NOT_USED);
}

export function hasNextPage(): boolean {
  return false;
}

export function hasPreviousPage(): boolean {
  return false;
}
