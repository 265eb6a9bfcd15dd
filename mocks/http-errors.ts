import { HttpResponse } from 'msw';
import type { ApiErrorBody } from '../src/api/schemas';

/** A JSON error body in the API's documented shape. */
export function errorResponse(status: number, code: string, message: string, parameter?: string) {
  const body: ApiErrorBody = { error: { status, code, message, ...(parameter ? { parameter } : {}) } };
  return HttpResponse.json<ApiErrorBody>(body, { status });
}
