import { onlineManager, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { MutationCache } from './query-core-unused';

describe('the stand-in mutation cache', () => {
  it('does all that QueryClient asks of it while the app only reads', async () => {
    // The build resolves the core's own import to the stand-in; here it is passed in, as a test
    // runs the published core.
    const client = new QueryClient({ mutationCache: new MutationCache() as never, defaultOptions: { queries: { retry: false } } });
    client.mount();
    expect(await client.fetchQuery({ queryKey: ['a'], queryFn: () => Promise.resolve(42) })).toBe(42);
    expect(client.isMutating()).toBe(0);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.clear();
    expect(client.getQueryData(['a'])).toBeUndefined();
    client.unmount();
  });

  it('fails loudly if a mutation is ever built', () => {
    expect(() => new MutationCache().build()).toThrow(/does not use TanStack Query mutations/);
  });
});
