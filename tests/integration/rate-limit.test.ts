import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer } from '../support/server';

// A server of its own: exhausting the login limit here must not lock out the other tests.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

test('password guessing from one address is slowed down with 429', async () => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await fetch(`${server.url}/api/collections/_superusers/auth-with-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: 'someone@jindu.test', password: `guess-${attempt}` }),
    });
    statuses.push(response.status);
  }
  expect(statuses[0]).toBe(400);
  expect(statuses).toContain(429);
});
