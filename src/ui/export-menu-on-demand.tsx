import { useState } from 'react';
import type { ExportMenuProps } from '../export/image/export-menu';
import { preloadable } from './preloadable';
import '../export/image/export-menu.css';

// The menu's code (its items, the PNG, SVG, slide and CSV handlers) loads when a reader reaches
// for it, not with every card.
const exportMenu = preloadable(() => import('../export/image/export-menu').then((m) => m.ExportMenu));

const preload = () => void exportMenu.start().catch(() => undefined);

/**
 * The card's Export button. Until it is first pressed it is a stand-in of the same look: pointing
 * at it or focusing it starts loading the menu's code, and the press opens the menu once the
 * code is here, with the focus on its button. (The stand-in is not swapped on hover: a press
 * under way would land on a button that has gone.)
 */
export function ExportMenuOnDemand(props: ExportMenuProps) {
  const [pressed, setPressed] = useState(false);
  const { status, retry } = exportMenu.useLoad(pressed);
  if (props.hasChart === false && !props.csv) return null;
  if (pressed && status === 'loaded') return <exportMenu.Component {...props} arrived={{ focus: true, open: true }} />;
  return (
    <div className="export-menu">
      <button
        type="button"
        className="button button--quiet button--small export-menu__trigger"
        // Not expanded until the menu is really there (a press waits for its code): assistive technology and tests see the truth.
        aria-expanded={false}
        aria-busy={pressed && status === 'loading'}
        aria-label={`Export ${props.title}`}
        disabled={props.ready === false}
        title={props.ready === false ? 'Export is ready once this card has data' : status === 'failed' ? 'The export menu did not load; press again to retry' : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => (status === 'failed' ? retry() : setPressed(true))}
      >
        Export
        <svg className="export-menu__caret" width="10" height="6" viewBox="0 0 10 6" aria-hidden="true">
          <path d="M0 0h10L5 6z" fill="currentColor" />
        </svg>
      </button>
      <p role="status" className="export-menu__status" />
    </div>
  );
}
