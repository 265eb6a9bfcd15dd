import type { z } from 'zod/mini';
import type * as schemaModule from './schemas';
import { apiUrl } from './config';
import { ApiError } from './errors';
import { mockReady } from './mock-ready';

export type RequestOptions = {
  signal?: AbortSignal | undefined;
  params?: URLSearchParams | undefined;
  /** Abandon the request after this long. */
  timeoutMs?: number | undefined;
};

type ApiSchemas = typeof schemaModule;
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

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * GET a resource and parse it with its schema. Throws `ApiError` for a bad status, a dropped
 * connection, a timeout, a body that is not JSON, or a body that breaks the schema (naming the field).
 */
export async function getJson<Name extends SchemaName>(
  resource: string,
  path: string,
  schemaName: Name,
  { signal, params, timeoutMs }: RequestOptions = {},
): Promise<SchemaOutput<Name>> {
  // A failed download of the schemas is a dropped connection like any other: said in the panel,
  // retried, and tried afresh by the next request (loadSchemas forgets a failure).
  const schemas = loadSchemas().catch(() => {
    throw new ApiError('network', resource, `Could not load what Hubscope needs to read ${resource} (connection failed).`);
  });
  // Caught here and rethrown where awaited, so a failed download is never an unhandled rejection.
  schemas.catch(() => undefined);
  await mockReady.catch((error: unknown) => {
    throw new ApiError('unavailable', resource, error instanceof Error ? error.message : String(error));
  });

  const timeoutSignal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
  const combined = [signal, timeoutSignal].filter((s): s is AbortSignal => s !== undefined);
  let response: Response;
  let text: string;
  try {
    response = await fetch(apiUrl(path, params), {
      headers: { Accept: 'application/json' },
      signal: combined.length > 0 ? AbortSignal.any(combined) : null,
    });
    // Reading the body is inside the same guard: a timeout or a dropped connection can strike here too.
    text = await response.text();
  } catch (error) {
    if (timeoutSignal?.aborted && !signal?.aborted) {
      // Whole seconds for the real timeout (10 s); a sub-second one (tests) would otherwise read "0 s".
      const limit = (timeoutMs ?? 0) >= 1000 ? `${Math.round((timeoutMs ?? 0) / 1000)} s` : `${timeoutMs ?? 0} ms`;
      throw new ApiError('timeout', resource, `Loading ${resource} took longer than ${limit} and was abandoned.`);
    }
    if (signal?.aborted) throw error;
    throw new ApiError('network', resource, `Could not reach the server for ${resource} (connection failed).`);
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
