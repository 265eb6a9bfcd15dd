import { delay } from 'msw';

let latencyMs = 0;

/** Simulated network latency for every handler: a few hundred ms in development, zero in tests. */
export function setMockLatency(ms: number) {
  latencyMs = Math.max(0, ms);
}

export async function simulateLatency() {
  if (latencyMs > 0) await delay(latencyMs);
}
