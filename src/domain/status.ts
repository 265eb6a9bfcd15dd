import type { Status } from '../api/schemas';

const WEAKNESS: Record<Status, number> = { reported: 0, seed: 1, estimate: 2 };

/** The weakest status among a derived value's inputs: an estimated input makes an estimate. */
export function weakestStatus(...statuses: Status[]): Status {
  return statuses.reduce<Status>((weakest, s) => (WEAKNESS[s] > WEAKNESS[weakest] ? s : weakest), 'reported');
}
