import { describe, expect, it } from 'vitest';
import { httpUrlSchema, entitiesResponseSchema, eventsResponseSchema, fabsResponseSchema, industriesResponseSchema, metaSchema, metricsResponseSchema, observationsResponseSchema, ratesResponseSchema, sourcesResponseSchema, type Figure, type Observation } from '../../src/api/schemas';
import { CITY_IDS } from '../../src/api/vocabulary';
import { entities, events, fabs, industries, meta, metrics, notFound, observations, rates, seedExclusions, sources } from '../../mocks/data';
import { pickPreferred } from '../../src/domain/series';
import seedFacts from '../../mocks/data/reference/seed-facts.json';

type SeedFact = { id: string; value: string; quote: string };
const facts = (seedFacts as { facts: SeedFact[] }).facts;

const entityById = new Map(entities.map((e) => [e.id, e]));
const metricById = new Map(metrics.map((m) => [m.id, m]));
const sourceIds = new Set(sources.map((s) => s.id));

/** Every figure in the dataset: observations plus those nested in industries and fabs. */
function allFigures(): { where: string; figure: Figure | Observation }[] {
  const out: { where: string; figure: Figure | Observation }[] = observations.map((o) => ({ where: `observation ${o.id}`, figure: o }));
  for (const i of industries)
    for (const key of ['output', 'growthPct', 'firms'] as const) {
      const f = i[key];
      if (f) out.push({ where: `industry ${i.id}.${key}`, figure: f });
    }
  for (const fab of fabs)
    for (const key of ['capacityWpm', 'investment'] as const) {
      const f = fab[key];
      if (f) out.push({ where: `fab ${fab.id}.${key}`, figure: f });
    }
  return out;
}

/** The city an entity belongs to (itself, or the nearest city ancestor), if any. */
function cityOf(entityId: string): string | undefined {
  let e = entityById.get(entityId);
  while (e) {
    if (e.kind === 'city') return e.id;
    e = e.parentId ? entityById.get(e.parentId) : undefined;
  }
  return undefined;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
const numbersIn = (s: string) => (s.replace(/,/g, '').match(/\d+(\.\d+)?/g) ?? []).map(Number);

describe('schemas', () => {
  it('parses every resource with its contract schema', () => {
    expect(() => metaSchema.parse(meta)).not.toThrow();
    for (const [schema, data] of [
      [entitiesResponseSchema, entities],
      [metricsResponseSchema, metrics],
      [observationsResponseSchema, observations],
      [sourcesResponseSchema, sources],
      [industriesResponseSchema, industries],
      [fabsResponseSchema, fabs],
      [eventsResponseSchema, events],
      [ratesResponseSchema, rates],
    ] as const) {
      const result = schema.safeParse({ data });
      expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 5), null, 1)).toBe(true);
    }
  });

  it('has unique ids per resource', () => {
    for (const [name, list] of [
      ['entities', entities],
      ['metrics', metrics],
      ['observations', observations],
      ['sources', sources],
      ['industries', industries],
      ['fabs', fabs],
      ['events', events],
    ] as const) {
      const ids = list.map((x) => x.id);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('has one observation per entity × metric × year × source (+ period)', () => {
    const keys = observations.map((o) => `${o.entityId}|${o.metricId}|${o.year}|${o.sourceId}|${o.period ?? ''}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('references resolve', () => {
  it('meta names the seed source', () => {
    expect(sources.find((s) => s.id === meta.seedSourceId)?.kind).toBe('seed');
  });

  it('entity parents exist', () => {
    for (const e of entities) if (e.parentId !== null) expect(entityById.has(e.parentId), e.id).toBe(true);
    for (const city of CITY_IDS) expect(entityById.get(city)?.kind).toBe('city');
  });

  it('observations point at existing entities, metrics and sources', () => {
    for (const o of observations) {
      expect(entityById.has(o.entityId), `${o.id} entity`).toBe(true);
      expect(metricById.has(o.metricId), `${o.id} metric`).toBe(true);
      expect(sourceIds.has(o.sourceId), `${o.id} source`).toBe(true);
    }
  });

  it('nested figures, industries, fabs, events and rates point at existing ids', () => {
    for (const { where, figure } of allFigures()) expect(sourceIds.has(figure.sourceId), where).toBe(true);
    for (const i of industries) for (const s of i.sourceIds) expect(sourceIds.has(s), i.id).toBe(true);
    for (const f of fabs) {
      for (const s of f.sourceIds) expect(sourceIds.has(s), f.id).toBe(true);
      if (f.companyEntityId) expect(entityById.get(f.companyEntityId)?.kind, f.id).toBe('company');
    }
    for (const e of events) {
      expect(entityById.has(e.entityId), e.id).toBe(true);
      for (const s of e.sourceIds) expect(sourceIds.has(s), e.id).toBe(true);
      for (const m of e.metricIds) expect(metricById.has(m), `${e.id} → ${m}`).toBe(true);
    }
    for (const r of rates) expect(sourceIds.has(r.sourceId)).toBe(true);
  });
});

describe('honesty rules', () => {
  it('every value is finite, and every estimate says how it was made', () => {
    for (const { where, figure } of allFigures()) {
      expect(Number.isFinite(figure.value), where).toBe(true);
      if (figure.valueHigh !== undefined) expect(Number.isFinite(figure.valueHigh), where).toBe(true);
      if (figure.status === 'estimate') {
        expect(figure.method, where).toBeDefined();
        expect(figure.method!.detail.length, where).toBeGreaterThan(15);
      }
      if (figure.status === 'seed') expect(figure.sourceId, where).toBe(meta.seedSourceId);
    }
    for (const r of rates) if (r.status === 'estimate') expect(r.method).toBeDefined();
  });

  it('unverified estimates name the publication to check', () => {
    for (const { where, figure } of allFigures())
      if (figure.method?.kind === 'unverified') expect(figure.method.detail, where).toMatch(/check/i);
  });

  it('money values carry a currency; other values do not', () => {
    for (const o of observations) {
      const m = metricById.get(o.metricId)!;
      if (m.valueKind === 'money') expect(o.currency, o.id).toBeDefined();
      else expect(o.currency, o.id).toBeUndefined();
    }
    for (const f of fabs) if (f.investment) expect(f.investment.currency, f.id).toBeDefined();
    for (const i of industries) if (i.output) expect(i.output.currency, i.id).toBeDefined();
  });

  it('each conflict group has at least two rows, exactly one preferred, and notes', () => {
    const groups = new Map<string, { where: string; figure: Figure | Observation }[]>();
    for (const item of allFigures())
      if (item.figure.conflictId) groups.set(item.figure.conflictId, [...(groups.get(item.figure.conflictId) ?? []), item]);
    expect(groups.size).toBeGreaterThan(0);
    for (const [id, rows] of groups) {
      expect(rows.length, id).toBeGreaterThanOrEqual(2);
      expect(rows.filter((r) => r.figure.preferred === true).length, id).toBe(1);
      for (const r of rows) expect(r.figure.note, r.where).toBeTruthy();
    }
    // Required conflicts
    const hsmc = groups.get('hsmc_asml_tool')!;
    expect(hsmc.find((r) => r.figure.seedId === 'S36')?.figure.preferred).toBe(false);
    expect(hsmc.find((r) => r.figure.sourceId === 'btimes_hsmc_2020')?.figure.preferred).toBe(true);
    // Not conflicts: S13 (cable market share) and the 15.2% preform capacity share measure different things;
    // S29 (C$180bn) and IC Insights' US$143.4bn are one amount in two currencies.
    expect(observations.find((o) => o.seedId === 'S13')?.conflictId).toBeUndefined();
    expect(observations.find((o) => o.sourceId === 'asdreports_preform')?.metricId).toBe('ind_preform_share');
    expect(observations.find((o) => o.seedId === 'S29')?.conflictId).toBeUndefined();
  });

  it('zone figures are labelled as zone-level', () => {
    for (const o of observations) {
      const e = entityById.get(o.entityId)!;
      const m = metricById.get(o.metricId)!;
      if (e.kind === 'zone') expect(o.geoLevel ?? m.geoLevel, o.id).toBe('zone');
      if ((o.geoLevel ?? m.geoLevel) === 'zone') expect(e.kind === 'zone' || o.note !== undefined, o.id).toBe(true);
    }
    for (const i of industries) if (i.geoLevel === 'zone') expect(i.geoNote, i.id).toBeTruthy();
  });

  it('source short titles are distinct', () => {
    const titles = sources.map((x) => x.shortTitle);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('observation ids are lower-case and unique', () => {
    for (const o of observations) expect(o.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  });
});

describe('seed article coverage', () => {
  const seeded = new Map<string, string[]>();
  const add = (id: string | undefined, where: string) => {
    if (id) seeded.set(id, [...(seeded.get(id) ?? []), where]);
  };
  for (const { where, figure } of allFigures()) add(figure.seedId, where);
  for (const f of fabs) for (const s of f.seedIds ?? []) add(s, `fab ${f.id}`);
  for (const e of events) add(e.seedId, `event ${e.id}`);
  const excluded = new Map(seedExclusions.map((x) => [x.seedId, x.reason]));

  it('the reference copy lists S01..S40', () => {
    expect(facts.map((f) => f.id)).toEqual(Array.from({ length: 40 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`));
  });

  it('every seed figure is in the data or excluded with a reason, never both', () => {
    for (const f of facts) {
      const inData = seeded.has(f.id);
      const reason = excluded.get(f.id);
      expect(inData || reason !== undefined, `${f.id} missing`).toBe(true);
      expect(inData && reason !== undefined, `${f.id} both in data and excluded`).toBe(false);
      if (reason !== undefined) expect(reason.length, f.id).toBeGreaterThan(40);
    }
    for (const id of excluded.keys()) expect(facts.some((f) => f.id === id), id).toBe(true);
  });

  it('seed observations quote the article and keep its values', () => {
    const quoteOf = (i: number): string => {
      const q = facts[i]!.quote;
      return /^same/.test(q) ? quoteOf(i - 1) : q;
    };
    for (const { where, figure } of allFigures()) {
      if (figure.status !== 'seed' || !figure.seedId) continue;
      const i = facts.findIndex((f) => f.id === figure.seedId);
      const fact = facts[i]!;
      expect(figure.valueText, where).toBeTruthy();
      const fragments = norm(quoteOf(i)).split('…').map((s) => s.trim());
      expect(fragments.some((frag) => frag.includes(norm(figure.valueText!))), `${where}: "${figure.valueText}" not in "${quoteOf(i)}"`).toBe(true);
      const nums = numbersIn(fact.value);
      expect(figure.value, where).toBe(nums[0]);
      if (figure.qualifier === 'range') expect(figure.valueHigh, where).toBe(nums[1]);
    }
  });

  it('S21 is C$255 million also stated as 1,350 million yuan', () => {
    const s21 = observations.find((o) => o.seedId === 'S21')!;
    expect(s21).toMatchObject({ value: 255, currency: 'CAD', alsoStated: { value: 1350, currency: 'CNY', valueText: '1,350 million yuan' } });
    expect(metricById.get(s21.metricId)?.moneyScale).toBe('million');
    expect(observations.find((o) => o.seedId === 'S11')).toMatchObject({ value: 110, currency: 'CAD' });
    expect(observations.find((o) => o.seedId === 'S29')).toMatchObject({ value: 180, currency: 'CAD' });
  });

  it('dated seed events keep the article dates', () => {
    const byId = new Map(events.filter((e) => e.seedId).map((e) => [e.seedId!, e.date]));
    expect(byId.get('S01')).toBe('2021-03-12');
    expect(byId.get('S19')).toBe('2020-10');
    expect(byId.get('S37')).toBe('2020-07');
    expect(byId.get('S08')).toBe('1988');
    expect(byId.get('S23')).toBe('2017');
  });
});

describe('coverage', () => {
  it('has at least 32 metrics in all four categories, and six headline metrics', () => {
    expect(metrics.length).toBeGreaterThanOrEqual(32);
    expect(new Set(metrics.map((m) => m.category))).toEqual(new Set(['context', 'pillar', 'talent', 'chips']));
    expect(metrics.filter((m) => m.headline).map((m) => m.id).sort()).toEqual(
      ['chip_capacity_wpm', 'ctx_gdp', 'ctx_population', 'ind_einfo_scale', 'tal_rd_intensity', 'tal_students'].sort(),
    );
    for (const m of metrics) if (m.valueKind === 'money' && m.unit !== 'per person') expect(m.moneyScale, m.id).toBeDefined();
    for (const m of metrics)
      if (m.valueKind === 'percent' || m.valueKind === 'rank') expect(m.normalisable, m.id).toEqual({ perCapita: false, perGdp: false, indexed: false });
  });

  it.each(CITY_IDS)('%s has at least 20 metrics with values, 12 of them reported or seed', (city) => {
    const rows = observations.filter((o) => cityOf(o.entityId) === city);
    const all = new Set(rows.map((o) => o.metricId));
    const firm = new Set(rows.filter((o) => o.status !== 'estimate').map((o) => o.metricId));
    expect(all.size).toBeGreaterThanOrEqual(20);
    expect(firm.size).toBeGreaterThanOrEqual(12);
  });

  it.each(CITY_IDS)('%s has GDP and year-end population for most of 2015–2024', (city) => {
    const years = (metric: string) =>
      new Set(observations.filter((o) => o.entityId === city && o.metricId === metric && o.year >= 2015 && o.year <= 2024 && !o.period).map((o) => o.year));
    expect(years('ctx_gdp').size).toBeGreaterThanOrEqual(7);
    expect(years('ctx_population').size).toBeGreaterThanOrEqual(8);
  });

  it('fabs cover all facility types and operating/halted plants in more than one city', () => {
    expect(new Set(fabs.map((f) => f.facilityType))).toEqual(new Set(['frontEnd', 'assemblyTest', 'materials']));
    const citiesWith = (status: string) => new Set(fabs.filter((f) => f.status === status).map((f) => f.cityId)).size;
    expect(citiesWith('operating')).toBe(3);
    expect(citiesWith('halted')).toBeGreaterThanOrEqual(2);
    // The research supports a cancelled plant only in Chengdu (Tsinghua Unigroup, 2022).
    expect(citiesWith('cancelled')).toBeGreaterThanOrEqual(1);
    expect(fabs.find((f) => f.id === 'hsmc')?.seedIds).toEqual(expect.arrayContaining(['S36', 'S37']));
  });

  it('has enough events, industries and series breaks', () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    // Boundary changes (Chengdu + Jianyang 2016, Xi'an + Xixian 2017) and census revisions are marked.
    const breaks = events.filter((e) => e.kind === 'seriesBreak');
    expect(breaks.some((e) => e.entityId === 'chengdu' && e.date.startsWith('2016'))).toBe(true);
    expect(breaks.some((e) => e.entityId === 'xian' && e.date.startsWith('2017'))).toBe(true);
    for (const city of CITY_IDS) {
      const n = industries.filter((i) => i.cityId === city).length;
      expect(n, city).toBeGreaterThanOrEqual(4);
      expect(n, city).toBeLessThanOrEqual(7);
    }
  });
});

const sourceById = new Map(sources.map((x) => [x.id, x]));
const CORE_METRICS = ['ctx_gdp', 'ctx_gdp_growth', 'ctx_population', 'ctx_gdp_pc', 'tal_rd_spend', 'tal_rd_intensity', 'ind_hitech_firms', 'tal_patents', 'tal_invention_patents', 'tal_students', 'tal_postgrads', 'tal_graduates', 'ind_tech_contracts', 'ctx_fdi'];
const firm = (o: Observation) => o.status === 'reported' || o.status === 'seed';
/** The values a chart draws: preferred, whole-city, whole-year. */
const drawn = pickPreferred(observations.filter((o) => o.period === undefined && o.geoLevel === undefined));

describe('sources say what they are', () => {
  it('every reported value cites a source with a kind, a publication year, an address (or where a print copy is held) and the date it was read', () => {
    const problems: string[] = [];
    for (const { where, figure } of allFigures()) {
      if (figure.status !== 'reported') continue;
      const source = sourceById.get(figure.sourceId);
      if (!source) continue;
      if (source.year === null) problems.push(`${where}: ${source.id} has no year`);
      if (source.url === null && !source.heldAt) problems.push(`${where}: ${source.id} has no address`);
      if (source.url !== null && !httpUrlSchema.safeParse(source.url).success) problems.push(`${where}: ${source.id} address is not http(s)`);
      if (!source.accessed) problems.push(`${where}: ${source.id} has no read date`);
    }
    expect(problems).toEqual([]);
  });

  it('no source is "research notes", and the general-knowledge kind is gone', () => {
    for (const source of sources) {
      expect(`${source.title} ${source.shortTitle}`, source.id).not.toMatch(/research notes/i);
      expect(source.kind as string, source.id).not.toBe('generalKnowledge');
    }
  });

  it('reported values of the core series keep the figure as the source wrote it', () => {
    const bare = observations.filter((o) => o.status === 'reported' && CORE_METRICS.includes(o.metricId) && [...CITY_IDS, 'china'].includes(o.entityId) && !o.valueText).map((o) => o.id);
    expect(bare).toEqual([]);
  });
});

describe('official series and what was not found', () => {
  it('every not-found entry names a known entity and metric, with years in 2015–2024 and how it was searched', () => {
    for (const entry of notFound) {
      expect(entityById.has(entry.entityId), entry.entityId).toBe(true);
      expect(metricById.has(entry.metricId), entry.metricId).toBe(true);
      for (const year of entry.years) expect(year >= 2015 && year <= 2024, `${entry.entityId} ${entry.metricId} ${year}`).toBe(true);
      expect(entry.searched.length, `${entry.entityId} ${entry.metricId}`).toBeGreaterThan(30);
    }
  });

  it('nobody fills a metric-year listed as searched and not found', () => {
    const filled = notFound.flatMap((entry) =>
      entry.years.flatMap((year) =>
        observations
          .filter((o) => o.entityId === entry.entityId && o.metricId === entry.metricId && o.year === year && o.period === undefined && o.geoLevel === undefined)
          .map((o) => `${o.id} is listed as not found`),
      ),
    );
    expect(filled).toEqual([]);
  });

  it.each(CITY_IDS)('%s has at least three metrics with a reported or seed value in 8 of the 10 years 2015–2024', (city) => {
    const long = CORE_METRICS.filter((metric) => new Set(drawn.filter((o) => o.entityId === city && o.metricId === metric && o.year >= 2015 && o.year <= 2024 && firm(o)).map((o) => o.year)).size >= 8);
    expect(long.length, long.join(', ')).toBeGreaterThanOrEqual(3);
  });

  // Issue 12 asks for eight; the searches found six (listed, with what is missing, in the
  // not-found lists). This pins what was found so coverage never slides back.
  it('at least six metrics have a reported or seed value for all three cities in the same year since 2019', () => {
    const cityLevel = metrics.filter((m) => m.geoLevel === 'city').map((m) => m.id);
    const sameYear = cityLevel.filter((metric) =>
      [2019, 2020, 2021, 2022, 2023, 2024].some((year) => CITY_IDS.every((city) => drawn.some((o) => o.entityId === city && o.metricId === metric && o.year === year && firm(o)))),
    );
    expect(sameYear.length, sameYear.join(', ')).toBeGreaterThanOrEqual(6);
  });
});

describe('series bases and breaks', () => {
  it('no series mixes bases without a series-break event for that place and metric', () => {
    const problems: string[] = [];
    const groups = new Map<string, Observation[]>();
    for (const o of drawn) groups.set(`${o.entityId}|${o.metricId}`, [...(groups.get(`${o.entityId}|${o.metricId}`) ?? []), o]);
    for (const [key, rows] of groups) {
      const bases = new Set(rows.map((o) => o.basis ?? ''));
      if (bases.size < 2) continue;
      const [entityId, metricId] = key.split('|');
      const marked = events.some((e) => e.kind === 'seriesBreak' && e.entityId === entityId && e.metricIds.includes(metricId!));
      if (!marked) problems.push(`${key} mixes bases ${[...bases].join(' / ')} with no series-break event`);
    }
    expect(problems).toEqual([]);
  });

  it('series-break events name metrics that exist and cite a source', () => {
    for (const e of events.filter((x) => x.kind === 'seriesBreak')) {
      expect(e.metricIds.length, e.id).toBeGreaterThan(0);
      expect(e.sourceIds.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('source addresses', () => {
  it('are public http(s) URLs or null, as the contract promises', () => {
    for (const source of sources) {
      if (source.url !== null) expect(httpUrlSchema.safeParse(source.url).success, `${source.id}: ${source.url}`).toBe(true);
    }
  });
});
