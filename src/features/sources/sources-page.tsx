import { ChangesPanel } from './changes-panel';
import { ConflictsPanel } from './conflicts-panel';
import { SeriesBreaksPanel } from './series-breaks-panel';
import { SourceListPanel } from './source-list-panel';
import { StatusCompositionPanel } from './status-composition-panel';
import { ValuesPanel } from './values-panel';

export function SourcesPage() {
  return (
    <div className="card-grid card-grid--wide">
      <StatusCompositionPanel />
      <ValuesPanel />
      <ConflictsPanel />
      <SeriesBreaksPanel />
      <SourceListPanel />
      <ChangesPanel />
    </div>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
