import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { CardSlideContext, type SaveCardSlide } from '../export/pptx/card-slide';

export type AppProvidersProps = { queryClient: QueryClient; children: ReactNode };

/** Everything but the router, which main.tsx (browser history) and tests (memory) each supply. */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  // A card's Export menu saves a PowerPoint slide through this: the code loads when it is pressed.
  const saveCardSlide = useMemo<SaveCardSlide>(
    () => (cardId, search) => import('./pptx/download-deck').then((m) => m.downloadCardPptx(cardId, search, queryClient)),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <CardSlideContext.Provider value={saveCardSlide}>{children}</CardSlideContext.Provider>
    </QueryClientProvider>
  );
}
