import { lazy, useEffect, useSyncExternalStore, type ComponentType } from 'react';

/**
 * A lazily loaded component that never suspends once its code is here. React.lazy suspends on
 * its first render even when the module has long arrived, and React 19 holds every Suspense
 * reveal until 300 ms after the last fallback was shown (its reveal throttle): a chart whose code
 * came before its data would still wait behind a skeleton. Here the factory hands React an
 * already-resolved thenable when the module is loaded, so the component renders at once; and
 * `useLoaded` lets a caller show its own placeholder, without Suspense, until the code arrives.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let component: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const listeners = new Set<() => void>();
  const start = () => {
    loading ??= load().then(
      (loaded) => {
        component = loaded;
        for (const listener of listeners) listener();
        return loaded;
      },
      (error: unknown) => {
        // A failed download may be retried by the next render.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() =>
    component
      ? // A thenable that resolves synchronously: React.lazy then renders without suspending.
        ({ then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component as ComponentType<P> }) } as unknown as Promise<{ default: ComponentType<P> }>)
      : start().then((loaded) => ({ default: loaded })),
  );
  /** True once the code is here; starts the download when asked and not yet started. */
  function useLoaded(): boolean {
    const loaded = useSyncExternalStore(
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      () => component !== undefined,
    );
    useEffect(() => {
      if (!loaded) start().catch(() => undefined);
    }, [loaded]);
    return loaded;
  }
  return { Component, start, useLoaded };
}
