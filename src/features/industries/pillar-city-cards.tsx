import type { ReactNode } from 'react';
import { CitySwatch } from '../../charts/status-marks';
import { cityLabel } from '../../domain/cities';
import { formatMoneyFigure, formatQualifiedNumber } from '../../domain/format';
import { CITY_COLOURS } from '../../domain/palette';
import { FigureCell } from './figure-cell';
import type { CityPillars, PillarEntry } from './to-city-pillars';

export type PillarCityCardsProps = { cities: readonly CityPillars[] };

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="pillar-item__figure">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Largest({ city }: { city: CityPillars }) {
  const [first] = city.largest;
  if (!first?.output) return <p className="pillar-city__lead missing">No city-level output figure listed.</p>;
  const names = city.largest.map((e) => e.industry.name).join(' and ');
  return (
    <p className="pillar-city__lead">
      Largest stated output{city.largest.length > 1 ? ' (tie)' : ''}: <strong>{names}</strong>, {formatMoneyFigure(first.output)} ({first.output.year})
    </p>
  );
}

function PillarItem({ entry }: { entry: PillarEntry }) {
  const { industry } = entry;
  return (
    <li className={industry.headline ? 'pillar-item pillar-item--headline' : 'pillar-item'}>
      <p className="pillar-item__name">
        {industry.name}
        {industry.nameZh ? <span lang="zh-CN"> {industry.nameZh}</span> : null}
        {industry.headline ? <span className="pillar-tag pillar-tag--headline">Headline</span> : null}
        {entry.isZone ? <span className="pillar-tag">Zone-level, not a city total</span> : null}
      </p>
      <dl className="pillar-item__figures">
        <Figure label="Output">
          <FigureCell
            figure={entry.output}
            format={(f) => formatMoneyFigure(f)}
            missing={entry.outputNotConverted && industry.output ? `${formatMoneyFigure(industry.output)} as stated; no rate to convert` : 'no figure'}
          />
        </Figure>
        {industry.growthPct ? (
          <Figure label="Growth">
            <FigureCell figure={industry.growthPct} format={(f) => `${formatQualifiedNumber(f, 1)}%`} />
          </Figure>
        ) : null}
        {industry.firms ? (
          <Figure label="Firms">
            <FigureCell figure={industry.firms} format={(f) => formatQualifiedNumber(f, 0)} />
          </Figure>
        ) : null}
        {industry.anchorCompanies.length > 0 ? <Figure label="Anchors">{industry.anchorCompanies.join(', ')}</Figure> : null}
        {industry.designation ? <Figure label="Designation">{industry.designation}</Figure> : null}
      </dl>
    </li>
  );
}

/** Headline industries always get a full entry; the others only when they have a figure. */
const hasFigures = (e: PillarEntry): boolean =>
  e.industry.headline || e.output !== undefined || e.outputNotConverted || e.industry.growthPct !== undefined || e.industry.firms !== undefined;

/** Pillars without any figure, on a few lines with their anchor companies, so the figures stand out. */
function OtherPillars({ entries }: { entries: readonly PillarEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="pillar-city__others">
      <p className="pillar-city__others-title">Also pillars (no figure found)</p>
      <ul>
        {entries.map((e) => (
          <li key={e.industry.id}>
            {e.industry.name}
            {e.isZone ? ' (zone-level)' : ''}
            {e.industry.anchorCompanies.length > 0 ? `: ${e.industry.anchorCompanies.join(', ')}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One column per selected city listing its pillar industries, headline industries first. */
export function PillarCityCards({ cities }: PillarCityCardsProps) {
  return (
    <div className="pillar-cards">
      {cities.map((city) => (
        <article key={city.cityId} className="pillar-city" style={{ borderTopColor: CITY_COLOURS[city.cityId] }} aria-label={cityLabel(city.cityId)}>
          <h3 className="pillar-city__name">
            <CitySwatch colour={CITY_COLOURS[city.cityId]} /> {cityLabel(city.cityId)}
          </h3>
          <Largest city={city} />
          {city.entries.length === 0 ? (
            <p className="missing">No pillar industries listed for this city.</p>
          ) : (
            <ul className="pillar-city__list">
              {city.entries.filter(hasFigures).map((entry) => (
                <PillarItem key={entry.industry.id} entry={entry} />
              ))}
            </ul>
          )}
          <OtherPillars entries={city.entries.filter((e) => !hasFigures(e))} />
        </article>
      ))}
    </div>
  );
}
