/**
 * The benchmark's minimal app: one Recharts line chart fed by TanStack Query from an MSW worker,
 * set up the way MSW's documentation shows (import the mocks on their own, start the worker, then
 * render). Hubscope's load figures are read against this app's, measured in the same run, so they
 * hold as ratios on a noisy machine.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CITIES, type GdpRow } from './gdp';

function GdpChart() {
  const gdp = useQuery({
    queryKey: ['gdp'],
    queryFn: async (): Promise<GdpRow[]> => {
      const response = await fetch('/api/gdp');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as GdpRow[];
    },
  });
  useEffect(() => {
    if (gdp.data) performance.mark('hubscope:first-chart');
  }, [gdp.data]);

  if (gdp.isPending) return <p>Loading…</p>;
  if (gdp.isError) return <p role="alert">Could not load the data: {gdp.error.message}</p>;
  return (
    <figure style={{ height: 360, margin: 0 }} aria-label="Line chart of GDP by year for Wuhan, Xi'an and Chengdu">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={gdp.data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis width={56} />
          <Tooltip />
          <Legend />
          {CITIES.map((city) => (
            <Line key={city.id} dataKey={city.id} name={city.name} stroke={city.colour} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

const queryClient = new QueryClient();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// MSW's documented set-up: load the worker's module apart from the app, start it, then render.
const { startWorker } = await import('./mocks');
await startWorker();
createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 960, margin: '0 auto', padding: 16 }}>
        <h1>GDP, CNY bn</h1>
        <GdpChart />
      </main>
    </QueryClientProvider>
  </StrictMode>,
);
