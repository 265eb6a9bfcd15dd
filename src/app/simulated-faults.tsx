import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { clearMockScenario } from '../api/mock-ready';

/** Only the mocked build answers `_scenario`; a real API never sees it. */
const MOCKED = !import.meta.env.VITE_API_BASE_URL;

const KIND_WORDS: Record<string, string> = {
  serverError: 'server error (500)',
  dropped: 'connection dropped',
  hang: 'no answer',
  slow: 'slow answer',
  malformed: 'malformed JSON',
  schemaBreak: 'unexpected shape',
  empty: 'empty',
  hostile: 'hostile text',
  synthetic: 'synthetic data at scale',
};

/** `fabs:serverError,all:slow` in words: ["fabs: server error (500)", "every endpoint: slow answer"]; unknown parts as written. */
export function describeScenario(param: string): string[] {
  return param
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [endpoint = '', kind = ''] = part.split(':');
      return `${endpoint === 'all' ? 'every endpoint' : endpoint}: ${KIND_WORDS[kind] ?? kind}`;
    });
}

/** The mock worker's fault handlers reset, and every query loaded again from the dataset. */
export function clearSimulatedFaults(queryClient: QueryClient) {
  clearMockScenario();
  void queryClient.resetQueries();
}

/**
 * Takes the simulated faults away: `_scenario` leaves the address, the mock worker's fault
 * handlers are reset, and every query loads again from the dataset.
 */
function useClearSimulatedFaults() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(
    () => {
      // Removed as written, so the other settings keep their spelling (URLSearchParams would encode their commas).
      const text = location.search
        .replace(/^\?/, '')
        .split('&')
        .filter((part) => part !== '' && part.split('=')[0] !== '_scenario')
        .join('&');
      void navigate({ pathname: location.pathname, search: text ? `?${text}` : '', hash: location.hash }, { replace: true });
      clearSimulatedFaults(queryClient);
    },
    [location.pathname, location.search, location.hash, navigate, queryClient],
  );
}

/** In the mocked build, an active `_scenario` says so at the top of the page: its faults are simulated, not real. */
export function SimulatedFaultBanner() {
  const location = useLocation();
  const clear = useClearSimulatedFaults();
  const param = new URLSearchParams(location.search).get('_scenario');
  if (!MOCKED || param === null || param.trim() === '') return null;
  const faults = describeScenario(param);
  return (
    <div className="banner banner--simulated" role="note" aria-label="Simulated fault">
      <p>
        <strong>
          Simulated {faults.length === 1 ? 'fault' : 'faults'}: {faults.join('; ')}.
        </strong>{' '}
        A demonstration switch in the address (<code>_scenario</code>), not a real failure of the data.
      </p>
      <button type="button" className="button" onClick={() => clear()}>
        Clear simulated faults
      </button>
    </div>
  );
}
