import { z } from 'zod/mini';

// zod 4 probes `new Function` on first use to pick a fast path; our CSP forbids eval, so
// switch the probe off before any schema is defined. Every schema module imports `z` from here.
z.config({ jitless: true });

export { z };
