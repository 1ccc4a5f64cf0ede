// Bundles scripts/start.ts and all it imports (boot, services, host, the embedded central API
// and virtual printer) into dist/node/start.mjs, which `npm start` runs (scripts/launch.mjs).
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { copyRuntimeAssets } from './lib/runtime-assets';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'node');

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ['scripts/start.ts'],
  outfile: path.join(OUT_DIR, 'start.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The native addon, and the build tools loaded only when the renderer is stale.
  // pdfkit reads its data files beside its own module (__dirname): it stays a package.
  external: ['better-sqlite3', 'vite', 'esbuild', 'pdfkit', 'fontkit'],
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
  // Written below, each file atomically: a kiosk starting while another rebuilds never reads half a bundle.
  write: false,
});
copyRuntimeAssets(ROOT, OUT_DIR);
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
