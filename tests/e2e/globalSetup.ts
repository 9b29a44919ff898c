import { variables } from '../../scripts/lib/config.mjs';
import { startTestServer } from '../support/server';

/** Starts the server once for all e2e workers; they read its URL from JINDU_BASE_URL. */
export default async function globalSetup() {
  const server = await startTestServer();
  process.env[variables.testBaseUrl] = server.url;
  return () => server.stop();
}
