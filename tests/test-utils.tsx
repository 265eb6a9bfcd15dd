import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactElement, type ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { createQueryClient, type RequestSettings } from '../src/api/query-client';
import { AppShell } from '../src/app/app-shell';
import { AppProviders } from '../src/app/providers';
import { ViewStateProvider } from '../src/view-state/use-view-state';

/** Fast, deterministic request settings: no retries unless a test asks for them. */
export const TEST_REQUEST_SETTINGS: RequestSettings = { maxRetries: 0, retryBaseDelayMs: 1, timeoutMs: 2_000 };

let currentLocation = '';
function LocationProbe() {
  const location = useLocation();
  useEffect(() => {
    currentLocation = `${location.pathname}${location.search}${location.hash}`;
  }, [location]);
  return null;
}

/** The address the app is at now (path and query), as the router sees it. */
export function currentUrl(): string {
  return currentLocation;
}

/** Renders `ui` inside the app's providers with a fresh QueryClient and a router at `url`. */
export function renderWithProviders(ui: ReactElement, { url = '/', settings = {} }: { url?: string; settings?: Partial<RequestSettings> } = {}) {
  const queryClient = createQueryClient({ ...TEST_REQUEST_SETTINGS, ...settings });
  const user = userEvent.setup();
  // As a wrapper, so `rerender` keeps the router and providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>
      <ViewStateProvider>
        <AppProviders queryClient={queryClient}>
          {children}
          <LocationProbe />
        </AppProviders>
      </ViewStateProvider>
    </MemoryRouter>
  );
  const result = render(ui, { wrapper });
  return { ...result, user, queryClient };
}

/** The whole app at `url`. */
export function renderApp(url = '/', options: { settings?: Partial<RequestSettings> } = {}) {
  return renderWithProviders(<AppShell />, { url, ...options });
}
