import './chips.css';
import { CapacityPanel } from './capacity-panel';
import { InvestmentPanel } from './investment-panel';
import { NationalPanel } from './national-panel';
import { OtherPlantsPanel } from './other-plants-panel';
import { PlantsPanel } from './plants-panel';
import { ProvincePanel } from './province-panel';

/** How real is each city's chip ambition: plants, capacity, money committed and lost, and the national gap. */
export function ChipsPage() {
  return (
    <div className="card-grid card-grid--wide">
      <PlantsPanel />
      <CapacityPanel />
      <OtherPlantsPanel />
      <InvestmentPanel />
      <ProvincePanel />
      <NationalPanel />
    </div>
  );
}

// The shaping the PowerPoint export uses, loaded with this page (pptx-shaping.ts says why).
export * from './pptx-shaping';
