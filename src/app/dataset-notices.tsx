import { useState } from 'react';
import { useMeta } from '../api/resources';
import { useViewParam } from '../view-state/use-view-state';

/** When the API says its data are not the real dataset (synthetic benchmark rows), every page says so. */
export function DataNotice() {
  const meta = useMeta();
  if (!meta.data?.dataNotice) return null;
  return (
    <div className="banner banner--error banner--pinned" role="alert" aria-label="Not real data">
      <p>
        <strong>{meta.data.dataNotice}</strong>
      </p>
    </div>
  );
}

/** A link made with another dataset version opens with a notice saying so. */
export function VersionNotice() {
  const v = useViewParam('v');
  const meta = useMeta();
  const [dismissed, setDismissed] = useState(false);
  if (!v || !meta.data || v === meta.data.datasetVersion || dismissed) return null;
  return (
    <div className="notice" role="status" aria-label="Dataset version">
      <p>
        This link was made with dataset <strong>{v}</strong>; you are seeing dataset <strong>{meta.data.datasetVersion}</strong> (as of{' '}
        {meta.data.asOf}). Figures may differ from what the link’s author saw.
      </p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
