import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { observations, sources } from '../../mocks/data';
import { syntheticDataset } from '../../mocks/synthetic';
import { getJson } from '../../src/api/client';
import { findLongText, MAX_RESPONSE_BYTES, MAX_TEXT_FIELD_CHARS } from '../../src/api/read-response';
import { ApiError } from '../../src/api/errors';

describe('limits on what the API may send', () => {
  it('refuses an answer that declares more than 10 MB, without reading it', async () => {
    server.use(http.get('/api/v1/sources', () => new HttpResponse('{"data": []}', { headers: { 'Content-Length': String(MAX_RESPONSE_BYTES + 1), 'Content-Type': 'application/json' } })));
    await expect(getJson('sources', 'sources', 'sourcesResponseSchema')).rejects.toThrow('The server sent sources larger than 10 MB, far more than the dataset; it was not read.');
  });

  it('stops reading an answer that grows past 10 MB without saying its size', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1_000_000)}",`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 30) controller.close();
        else controller.enqueue(chunk);
      },
    });
    server.use(http.get('/api/v1/sources', () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
    await expect(getJson('sources', 'sources', 'sourcesResponseSchema')).rejects.toThrow('larger than 10 MB');
    // It stopped soon after the limit rather than reading all 30 MB.
    expect(sent).toBeLessThan(14);
  });

  it('refuses a text field longer than 2,000 characters, naming where it is', async () => {
    const long = { ...sources[2], title: 'A'.repeat(MAX_TEXT_FIELD_CHARS + 1) };
    server.use(http.get('/api/v1/sources', () => HttpResponse.json({ data: [sources[0], sources[1], long] })));
    const error: unknown = await getJson('sources', 'sources', 'sourcesResponseSchema').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('The server sent sources with a text longer than 2,000 characters (data[2].title); it was not shown.');
    expect((error as ApiError).endpoint).toBe('sources');
  });

  it('still reads the largest answer the app is built for: the benchmark’s 36,000 synthetic observations in one response', () => {
    const body = JSON.stringify({ data: [...observations, ...syntheticDataset().observations] });
    expect(new TextEncoder().encode(body).length).toBeLessThan(MAX_RESPONSE_BYTES);
  });

  it('finds the first long text anywhere in a body', () => {
    expect(findLongText({ a: ['ok', { b: 'toolong' }] }, 5)).toBe('a[1].b');
    expect(findLongText({ a: ['ok', 5, null] }, 5)).toBeUndefined();
  });
});
