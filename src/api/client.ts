import type { z } from 'zod/mini';
import type * as schemaModule from './schemas';
import type * as readResponseModule from './read-response';
import { apiUrl } from './config';
import { ApiError } from './errors';
import { trackRequest } from './in-flight';
import { mockReady } from './mock-ready';

export type RequestOptions = {
  signal?: AbortSignal | undefined;
  params?: URLSearchParams | undefined;
  /** Abandon the request after this long. */
  timeoutMs?: number | undefined;
};

type ApiSchemas = typeof schemaModule;
type ReadResponseModule = typeof readResponseModule;
/** The name of a response schema in api/schemas, e.g. `'metaSchema'`. */
export type SchemaName = { [Name in keyof ApiSchemas]: ApiSchemas[Name] extends z.ZodMiniType ? Name : never }[keyof ApiSchemas];
export type SchemaOutput<Name extends SchemaName> = z.infer<ApiSchemas[Name]>;

/**
 * The schemas, and zod with them, load with the first request rather than with the shell: the
 * first paint never parses anything, and the chunk downloads while the request is in flight.
 */
let schemasLoading: Promise<ApiSchemas> | undefined;
const loadSchemas = () => (schemasLoading ??= import('./schemas').catch((error: unknown) => {
  schemasLoading = undefined;
  throw error;
}));
let readingLoading: Promise<ReadResponseModule> | undefined;
const loadReading = () => (readingLoading ??= import('./read-response').catch((error: unknown) => {
  readingLoading = undefined;
  throw error;
}));

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * GET a resource and parse it with its schema. Throws `ApiError` for a bad status, a dropped
 * connection, a timeout or a cancel, a body that is not JSON or is too large, a text field that
 * is too long, or a body that breaks the schema (naming the field). The error carries the path
 * (`endpoint`), so one Retry can reach every query of the resource.
 */
export async function getJson<Name extends SchemaName>(
  resource: string,
  path: string,
  schemaName: Name,
  options: RequestOptions = {},
): Promise<SchemaOutput<Name>> {
  try {
    return await requestJson(resource, path, schemaName, options);
  } catch (error) {
    if (error instanceof ApiError) error.endpoint ??= path;
    throw error;
  }
}

function secondsOrMs(ms: number): string {
  // Whole seconds for the real timeout; a sub-second one (tests) would otherwise read "0 s".
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

async function requestJson<Name extends SchemaName>(
  resource: string,
  path: string,
  schemaName: Name,
  { signal, params, timeoutMs }: RequestOptions,
): Promise<SchemaOutput<Name>> {
  // A failed download of the schemas is a dropped connection like any other: said in the panel,
  // retried, and tried afresh by the next request (loadSchemas forgets a failure).
  const schemas = loadSchemas().catch(() => {
    throw new ApiError('network', resource, `Could not load what Hubscope needs to read ${resource} (connection failed).`);
  });
  const reading = loadReading();
  // Caught here and rethrown where awaited, so a failed download is never an unhandled rejection.
  schemas.catch(() => undefined);
  reading.catch(() => undefined);
  await mockReady.catch((error: unknown) => {
    throw new ApiError('unavailable', resource, error instanceof Error ? error.message : String(error));
  });

  // Timers of the page (not AbortSignal.timeout), so a test's fake clock drives them too.
  const stop = new AbortController();
  let ended: 'timeout' | 'cancelled' | undefined;
  const timer = timeoutMs
    ? setTimeout(() => {
        ended = 'timeout';
        stop.abort();
      }, timeoutMs)
    : undefined;
  const untrack = trackRequest(resource, path, () => {
    ended ??= 'cancelled';
    stop.abort();
  });
  const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  let response: Response;
  let text: string | null;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal: combined });
    // Reading the body is inside the same guard: a timeout or a dropped connection can strike here too.
    const { readLimited, MAX_RESPONSE_BYTES } = await reading;
    text = await readLimited(response, MAX_RESPONSE_BYTES);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (ended === 'timeout') throw new ApiError('timeout', resource, `Loading ${resource} took longer than ${secondsOrMs(timeoutMs ?? 0)} and was abandoned.`);
    if (ended === 'cancelled') throw new ApiError('cancelled', resource, `Loading ${resource} was cancelled.`);
    throw new ApiError('network', resource, `Could not reach the server for ${resource} (connection failed).`);
  } finally {
    clearTimeout(timer);
    untrack();
  }
  const { findLongText, MAX_RESPONSE_BYTES, MAX_TEXT_FIELD_CHARS } = await reading;
  if (text === null) {
    throw new ApiError('malformed', resource, `The server sent ${resource} larger than ${Math.round(MAX_RESPONSE_BYTES / 1024 / 1024)} MB, far more than the dataset; it was not read.`);
  }

  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    if (!response.ok) throw httpError(resource, response.status, undefined);
    throw new ApiError('malformed', resource, `The server sent ${resource} that is not valid JSON.`);
  }

  // An HTTP failure is told with or without the schemas (without them, the body's detail is left out).
  if (!response.ok) throw httpError(resource, response.status, body, await schemas.catch(() => undefined));
  const longText = findLongText(body, MAX_TEXT_FIELD_CHARS);
  if (longText) {
    throw new ApiError(
      'schema',
      resource,
      `The server sent ${resource} with a text longer than ${MAX_TEXT_FIELD_CHARS.toLocaleString('en-GB')} characters (${longText}); it was not shown.`,
      { field: longText },
    );
  }
  const { [schemaName]: schema } = await schemas;

  const parsed = (schema as ApiSchemas[Name]).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? describeIssuePath(issue.path) || '(root)' : '(root)';
    throw new ApiError(
      'schema',
      resource,
      `The server sent ${resource} in an unexpected shape: ${field}: ${issue?.message ?? 'invalid'}.`,
      { field },
    );
  }
  return parsed.data as SchemaOutput<Name>;
}

function httpError(resource: string, status: number, body: unknown, schemas?: ApiSchemas): ApiError {
  const parsed = schemas?.apiErrorSchema.safeParse(body);
  const detail = parsed?.success ? parsed.data.error : undefined;
  const reason = detail?.message ?? (status >= 500 ? 'server error' : 'request refused');
  return new ApiError('http', resource, `Loading ${resource} failed (HTTP ${status}: ${reason}).`, {
    status,
    ...(detail?.parameter ? { parameter: detail.parameter } : {}),
  });
}
