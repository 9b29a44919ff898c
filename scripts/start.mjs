// @ts-check
// `npm start`: build what is missing or stale, migrate, then serve site + API from one process.
import path from 'node:path';
import { ensureServer, ensureSite } from './lib/build.mjs';
import { migrate, startServer, syncQuizzes, upsertSuperuser } from './lib/pocketbase.mjs';
import { root } from './lib/paths.mjs';

const http = process.env.JINDU_HTTP ?? '127.0.0.1:8090';
const dataDir = path.resolve(root, process.env.JINDU_DATA_DIR ?? 'pocketbase/pb_data');

await ensureServer();
await ensureSite();
await migrate(dataDir);

const email = process.env.JINDU_ADMIN_EMAIL;
const password = process.env.JINDU_ADMIN_PASSWORD;
if (email && password) {
  await upsertSuperuser(dataDir, email, password);
  console.log(`› superuser ${email} is ready`);
}

await syncQuizzes(dataDir);

const server = await startServer({ dataDir, http });
console.log(`
  Jindu is running (Ctrl-C to stop)
  ├─ site (中文)   ${server.url}/
  ├─ site (English) ${server.url}/en/
  ├─ API health     ${server.url}/api/health
  └─ dashboard      ${server.url}/_/
  data: ${dataDir}
`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
server.child.on('exit', (code) => process.exit(code ?? 1));
