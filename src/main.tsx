import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { markMockFailed, markMockReady, registerMockScenarioClear } from './api/mock-ready';
import { createQueryClient } from './api/query-client';
import { AppProviders } from './app/providers';
import { AppShell } from './app/app-shell';
import { ViewStateProvider } from './view-state/use-view-state';
import { firstContentShown, markFirstContentShown } from './ui/first-content';
import { isPrintPath } from './app/print/print-path';
import { isPresenterPath } from './app/presenter/presenter-path';
import { preloadSectionAt } from './app/sections';
import './styles/fonts.css';
import './styles/app.css';
import { installMockWorker } from '../mocks/install-worker';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// The print view (`<base>print`) is a root of its own, chosen before any router exists: each of
// its pages has its own router, and react-router forbids one inside another. Loaded only there.
const PrintRoot = lazy(() => import('./app/print/print-root').then((m) => ({ default: m.PrintRoot })));
// The presenter view (`<base>presenter`) likewise: its slide previews each have a router of their own.
const PresenterRoot = lazy(() => import('./app/presenter/presenter-root').then((m) => ({ default: m.PresenterRoot })));
const base = import.meta.env.BASE_URL;

// Tested on the env variable itself, which Vite replaces with a literal, so a real-API build
// (VITE_API_BASE_URL set) drops the mock branches, the dynamic import and MSW with them.
const mocked = !import.meta.env.VITE_API_BASE_URL;
// The mock worker installs on the browser's thread while the shell renders (mocks/install-worker.ts).
const mockWorkerInstalled = mocked ? installMockWorker() : Promise.resolve();

const printing = isPrintPath(window.location.pathname, base);
const presenterView = isPresenterPath(window.location.pathname, base);
// The print and presenter views have no first content to wait for: their pages want their data and charts at once.
if (printing || presenterView) markFirstContentShown();
else preloadSectionAt(window.location.pathname, base);

// Paint the shell at once; data requests wait on mockReady, not the first render.
createRoot(rootElement).render(
  <StrictMode>
    {printing || presenterView ? (
      <AppProviders queryClient={createQueryClient()}>
        <Suspense fallback={null}>
          {printing ? (
            <PrintRoot search={window.location.search} hash={window.location.hash} base={base} origin={window.location.origin} />
          ) : (
            <PresenterRoot search={window.location.search} />
          )}
        </Suspense>
      </AppProviders>
    ) : (
      <BrowserRouter basename={base.replace(/\/$/, '')}>
        <ViewStateProvider>
          <AppProviders queryClient={createQueryClient()}>
            <AppShell />
          </AppProviders>
        </ViewStateProvider>
      </BrowserRouter>
    )}
  </StrictMode>,
);

if (mocked) {
  const latencyMs = import.meta.env.DEV ? Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 300) : 0;
  // Evaluated once the first content has painted (see ui/first-content.ts).
  firstContentShown
    .then(() => import('../mocks/browser'))
    .then(({ startMockWorker }) => startMockWorker({ latencyMs, installed: mockWorkerInstalled }))
    .then(({ clearScenario }) => {
      registerMockScenarioClear(clearScenario);
      markMockReady();
    }, markMockFailed);
} else {
  markMockReady();
}
