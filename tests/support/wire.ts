import { request } from 'node:http';
import { inject } from 'vitest';

/** A reply as it went over the wire: the body still compressed, if it was. */
export interface WireReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A raw request to the test server that keeps the body as it was sent (fetch would decompress
 * it), so a test sees what a browser receives.
 */
export function rawRequest(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<WireReply> {
  return new Promise<WireReply>((resolve, reject) => {
    request(`${inject('baseURL')}${path}`, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}
