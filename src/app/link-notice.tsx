import { useEffect, useState } from 'react';
import { inspectViewSearch, type IgnoredParam } from '../view-state/search-params';
import { useSetView } from '../view-state/use-view-state';

/**
 * Says, once per opened link, which parts of it were ignored; dismissible. Given the address the
 * page was opened with (it loads on demand, by when other parts may have replaced the address).
 */
export function LinkNotice({ opened }: { opened: { search: string; pathname: string } }) {
  // Only the address the page was opened with is inspected; later changes come from the UI.
  const [ignored, setIgnored] = useState<IgnoredParam[]>(() => inspectViewSearch(opened.search, opened.pathname));
  const setView = useSetView();
  // Once reported, the address bar shows the canonical link of the view actually shown.
  const hadIgnored = ignored.length > 0;
  const droppedCard = ignored.some((entry) => entry.param === 'card');
  useEffect(() => {
    if (hadIgnored) setView(droppedCard ? { card: null } : {}, { replace: true });
  }, [hadIgnored, droppedCard, setView]);
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Link notice">
      <div>
        <p className="notice__title">Parts of this link were ignored; showing the nearest valid view.</p>
        <ul>
          {ignored.map((entry, index) => (
            <li key={`${entry.param}-${index}`}>
              <code>
                {entry.param}={entry.value}
              </code>
              : {entry.reason}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={() => setIgnored([])}>
        Dismiss
      </button>
    </div>
  );
}
