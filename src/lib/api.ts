import PocketBase, { ClientResponseError } from 'pocketbase';

/**
 * The one client for Jindu's server: the official PocketBase SDK on our own origin. Our routes
 * under /api/jindu/ answer errors as `{status, code, message}`; `ApiError.code` names the
 * translation (`errors.<code>`) an island shows. PocketBase's own errors (its IP rate limiter,
 * a dropped network) get a code from their status.
 */
export const pb = new PocketBase(typeof location === 'undefined' ? '/' : location.origin);
// Retries and parallel calls are intended; the SDK must not cancel "duplicate" requests.
pb.autoCancellation(false);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A refused records-API write: PocketBase's validation codes per field (e.g.
 * `{ email: 'validation_not_unique' }`), which the form shows next to each field.
 */
export class FieldErrors extends Error {
  constructor(readonly fields: Record<string, string>) {
    super('invalid fields');
  }
}

/** Turns anything an API call threw into an ApiError with a translatable code. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ClientResponseError) {
    const body = error.response as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string')
      return new ApiError(error.status, body.code, String(body.message ?? ''));
    if (error.status === 0) return new ApiError(0, 'network', error.message);
    if (error.status === 429) return new ApiError(429, 'too_many_requests', error.message);
    return new ApiError(error.status, 'internal', error.message);
  }
  return new ApiError(0, 'network', String(error));
}

/**
 * Calls one of our routes and returns its JSON, or throws an ApiError.
 * @example await call<Board>('GET', '/api/jindu/quizzes/daily/leaderboard', { query: { period: 'week' } })
 */
export async function call<T>(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: {
    body?: unknown;
    query?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  try {
    return await pb.send<T>(path, {
      method,
      body: options.body,
      query: options.query ?? {},
      headers: options.headers ?? {},
      requestKey: null,
    });
  } catch (error) {
    throw toApiError(error);
  }
}
