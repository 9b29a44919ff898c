// @ts-check
// `npm run build`: the PocketBase binary and the static site, always rebuilt.
import { ensureServer, ensureSite } from './lib/build.mjs';

await ensureServer({ force: true });
await ensureSite({ force: true });
console.log('✓ built pocketbase/bin/jindu and dist/');
