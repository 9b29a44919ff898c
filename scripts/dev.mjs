// @ts-check
// `npm run dev`: Astro's dev server with hot reload, plus a dev PocketBase behind its proxy
// (astro.config.mjs forwards /api and /_/), so the browser sees one origin.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { ensureServer } from './lib/build.mjs';
import { config, variables } from './lib/config.mjs';
import { migrate, startServer, syncQuizzes } from './lib/pocketbase.mjs';
import { root } from './lib/paths.mjs';

const { devApi: api, dataDir } = config;

await ensureServer();
await migrate(dataDir);
await syncQuizzes(dataDir);
const server = await startServer({ dataDir, http: api, quiet: true });
console.log(`› dev PocketBase on ${server.url} (proxied under /api and /_/)`);

const astro = spawn(
  process.execPath,
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root, env: { ...process.env, [variables.devApi]: api } },
);

async function stopAll() {
  astro.kill('SIGTERM');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
astro.on('exit', async (code) => {
  await server.stop();
  process.exit(code ?? 0);
});
