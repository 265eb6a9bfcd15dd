/** The minimal app's one series: GDP by year, one column per city. */
export const CITIES = [
  { id: 'wuhan', name: 'Wuhan', colour: '#0072B2' },
  { id: 'xian', name: "Xi'an", colour: '#D55E00' },
  { id: 'chengdu', name: 'Chengdu', colour: '#9A3FE0' },
] as const;

export type CityKey = (typeof CITIES)[number]['id'];
export type GdpRow = { year: number } & Partial<Record<CityKey, number>>;
