import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMeta } from '../api/resources';
import { serializeViewSearch } from '../view-state/search-params';
import { useViewState } from '../view-state/use-view-state';
import { clearSimulatedFaults } from './simulated-faults';

/**
 * "Copy link": the address of this view with its year range written out and the dataset version,
 * so the link never silently follows newer data; mock-only parameters are dropped. "Reset view"
 * returns to the defaults, and takes simulated faults (`_scenario`) away with their data.
 */
export function LinkTools() {
  const [state] = useViewState();
  const meta = useMeta();
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();

  const copy = async () => {
    const params = new URLSearchParams(serializeViewSearch({ ...state, v: null }));
    params.set('from', String(state.from));
    params.set('to', String(state.to));
    if (meta.data) params.set('v', meta.data.datasetVersion);
    // A slide number means nothing without its deck: a presentation link carries the deck too.
    let fragment = '';
    if (state.slide !== null) {
      try {
        const [{ deckLinkFragment }, { getCurrentDeck }] = await Promise.all([
          import('../features/presentation/model/deck-link'),
          import('../features/presentation/model/deck-store'),
        ]);
        // After '#', so the deck never reaches a server or its logs.
        fragment = deckLinkFragment(getCurrentDeck());
      } catch {
        setMessage('The deck could not be added to the link (the connection dropped, or Hubscope was updated): reload the page and copy again.');
        return;
      }
    }
    params.delete('deck');
    const url = `${window.location.origin}${location.pathname}?${params.toString()}${fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  };

  const reset = () => {
    const hadFaults = new URLSearchParams(location.search).has('_scenario');
    void navigate({ pathname: location.pathname, search: '' });
    // Simulated faults go too, and the data loads again without them.
    if (hadFaults) clearSimulatedFaults(queryClient);
    setMessage(hadFaults ? 'View reset to the defaults; simulated faults cleared and the data reloaded.' : 'View reset to the defaults.');
  };

  return (
    <div className="link-tools">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <button type="button" className="button button--quiet" onClick={reset}>
        Reset view
      </button>
      <span role="status" className="link-tools__message">
        {message}
      </span>
    </div>
  );
}
