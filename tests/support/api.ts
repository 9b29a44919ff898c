import { inject } from 'vitest';

/** How integration tests talk to the test server: one fetch wrapper, one error shape. */

let ownServer: string | null = null;

/**
 * The server this test file talks to: the shared test server, or one the file started for
 * itself (`useServer`), for tests whose load or counts must not mix with other files'.
 */
export function baseURL(): string {
  return ownServer ?? inject('baseURL');
}

/** Points every helper of this test file at another server (each file runs in its own module scope). */
export function useServer(url: string) {
  ownServer = url;
}

/** The error shape of every Jindu route. */
export interface Problem {
  status: number;
  code: string;
  message: string;
}

/** A reply as the client sees it: status, parsed body (if JSON), raw text, headers, arrival time. */
export interface Reply<T> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
  receivedAt: number;
}

export interface Request {
  method?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, e.g. malformed JSON. */
  rawBody?: string;
}

/**
 * Sends a request to the test server (POST when there is a body, else GET).
 * @example await request<Verified>(`/api/jindu/pledges/verify?code=${code}`)
 */
export async function request<T = unknown>(path: string, options: Request = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseURL()}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (CSV, an HTML page, an empty body): the text is still there
  }
  return {
    status: response.status,
    body: parsed as T,
    text,
    headers: response.headers,
    receivedAt: Date.now(),
  };
}

/** The error code of a refused reply, with its status, e.g. `[409, 'already_answered']`. */
export function problemOf(reply: Reply<unknown>): [number, string | undefined] {
  return [reply.status, (reply.body as Partial<Problem> | undefined)?.code];
}
