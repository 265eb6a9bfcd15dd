import { lazy, useCallback, useEffect, useState, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from 'react';

export type LoadStatus = 'loading' | 'loaded' | 'failed';

/**
 * A lazily loaded component that never suspends once its code is here. React.lazy suspends on
 * its first render even when the module has long arrived, and React 19 holds every Suspense
 * reveal until 300 ms after the last fallback was shown (its reveal throttle): a chart whose code
 * came before its data would still wait behind a skeleton. Here the factory hands React an
 * already-resolved thenable when the module is loaded, so the component renders at once; and
 * `useLoad` lets a caller show its own placeholder (or the failure, with a retry), without
 * Suspense, until the code arrives. A failed download can be tried again: React.lazy keeps a
 * rejection for good, so a failure replaces the lazy component with a fresh one.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  let failed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const start = () => {
    loading ??= load().then(
      (loaded) => {
        component = loaded;
        failed = false;
        notify();
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        failed = true;
        Lazy = makeLazy();
        notify();
        throw error;
      },
    );
    return loading;
  };
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      component
        ? // A thenable that resolves synchronously: React.lazy then renders without suspending.
          ({ then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component as ComponentType<P> }) } as unknown as Promise<{ default: ComponentType<P> }>)
        : start().then((loaded) => ({ default: loaded })),
    );
  let Lazy = makeLazy();
  function Component(props: P) {
    // Subscribed, so a retry after a failure renders the fresh lazy component.
    useSyncExternalStore(subscribe, () => Lazy);
    return <Lazy {...props} />;
  }
  function subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }
  const status = (): LoadStatus => (component ? 'loaded' : failed ? 'failed' : 'loading');
  /**
   * Where the code is (starting the download if it has not started, unless `wanted` is false), and
   * a retry after a failure.
   */
  function useLoad(wanted = true): { status: LoadStatus; retry: () => void } {
    const current = useSyncExternalStore(subscribe, status);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      // Once per caller and retry (the app keys each section's page, so a new section is a new caller).
      if (wanted && status() === 'loading') start().catch(() => undefined);
    }, [attempt, wanted]);
    const retry = useCallback(() => {
      failed = false;
      notify();
      setAttempt((n) => n + 1);
      start().catch(() => undefined);
    }, []);
    return { status: current, retry };
  }
  return { Component, start, useLoad };
}
