// @ts-check
// `npm start`: build what is missing or stale, migrate, then serve site + API from one process.
import { ensureServer, ensureSite } from './lib/build.mjs';
import { config } from './lib/config.mjs';
import { migrate, startServer, syncQuizzes, upsertSuperuser } from './lib/pocketbase.mjs';

const { http, dataDir, admin } = config;

await ensureServer();
await ensureSite();
await migrate(dataDir);

if (admin) {
  await upsertSuperuser(dataDir, admin.email, admin.password);
  console.log(`› superuser ${admin.email} is ready`);
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
