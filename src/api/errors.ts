export const API_ERROR_KINDS = ['http', 'network', 'timeout', 'malformed', 'schema', 'unavailable'] as const;
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

  /** 5xx, dropped connections and timeouts may succeed on a second try; the rest will not. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && (this.details.status ?? 0) >= 500;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Unknown error';
}
