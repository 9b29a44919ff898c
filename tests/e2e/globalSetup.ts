import { startTestServer } from '../support/server';

/** Starts the server once for all e2e workers; they read its URL from JINDU_BASE_URL. */
export default async function globalSetup() {
  const server = await startTestServer();
  process.env.JINDU_BASE_URL = server.url;
  return () => server.stop();
}
