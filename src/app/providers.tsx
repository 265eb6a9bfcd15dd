import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export type AppProvidersProps = { queryClient: QueryClient; children: ReactNode };

/** Everything but the router, which main.tsx (browser history) and tests (memory) each supply. */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
