// @vitest-environment node
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';

const DOCUMENT = resolve(import.meta.dirname, '../../src/api/openapi.json');

describe('the OpenAPI document', () => {
  it('matches the zod schemas (run `npm run openapi` after changing them)', () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync(DOCUMENT, generated);
    expect(existsSync(DOCUMENT), 'src/api/openapi.json is missing: run npm run openapi').toBe(true);
    expect(readFileSync(DOCUMENT, 'utf8')).toBe(generated);
  });

  it('describes every resource the mock API serves', () => {
    const paths = Object.keys(buildOpenApiDocument().paths).sort();
    expect(paths).toEqual(['/entities', '/events', '/fabs', '/industries', '/meta', '/metrics', '/observations', '/rates', '/sources']);
  });
});
