// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root, whatever directory a script is started from. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

export const serverDir = path.join(root, 'pocketbase');
export const serverBinary = path.join(serverDir, 'bin', 'jindu');
export const siteDir = path.join(root, 'dist');
export const cacheDir = path.join(root, 'node_modules', '.cache', 'jindu');
