export const API_ERROR_KINDS = ['http', 'network', 'timeout', 'cancelled', 'malformed', 'schema', 'unavailable'] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** Every failure of the data layer, with enough detail for a panel to say what went wrong. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** Which data failed, in words ("observations"). */
    readonly resource: string,
    message: string,
    readonly details: { status?: number; parameter?: string; field?: string } = {},
  ) {
    super(message);
  }

  /**
   * The API path that failed ('observations'), which is also the root of its query keys, so one
   * Retry can refetch every query of the resource. Set by getJson.
   */
  endpoint: string | undefined;

  /**
   * Worth an automatic second try: 5xx answers and dropped connections. A timeout is not (the
   * reader has waited long enough: the panel says so and offers Retry), nor is a cancel.
   */
  get retryable(): boolean {
    if (this.kind === 'network') return true;
    return this.kind === 'http' && (this.details.status ?? 0) >= 500;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Unknown error';
}
