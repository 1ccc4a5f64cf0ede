// Bundles the Electron shell: main (ESM, Node) and the sandboxed preload (one CJS file that
// requires only 'electron'). Runs without the Electron binary: esbuild only reads sources.
//   npm run build:electron   ->   dist/electron/main.mjs, dist/electron/preload.cjs
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { copyRuntimeAssets } from './lib/runtime-assets';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'dist', 'electron');
// Electron 45 runs Node 22 and Chromium 140+.
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

/** Imports a bundle left unresolved, e.g. ['electron']. */
function externalImports(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) found.add(imported.path);
  }
  return [...found].sort();
}

async function buildMain(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/shell/main.ts'],
    outfile: path.join(OUT_DIR, 'main.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    // Native: rebuilt for Electron's ABI by electron-builder and loaded from node_modules.
    // pdfkit/fontkit read data files beside their own modules: loaded from node_modules too.
    external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit'],
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __kioskCreateRequire } from 'node:module';\nconst require = __kioskCreateRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

async function buildPreload(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['electron/shell/preload.ts'],
    outfile: path.join(OUT_DIR, 'preload.cjs'),
    bundle: true,
    // A sandboxed preload runs in the renderer with a reduced require(): browser semantics.
    platform: 'browser',
    format: 'cjs',
    target: CHROME_TARGET,
    external: ['electron'],
    metafile: true,
    logLevel: 'warning',
  });
  const externals = externalImports(result.metafile);
  if (externals.join(',') !== 'electron') {
    throw new Error(
      `the sandboxed preload may require only 'electron', it requires: ${externals.join(', ')}`,
    );
  }
  return result.metafile;
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(OUT_DIR, { recursive: true, force: true });
  const [mainMeta] = await Promise.all([buildMain(), buildPreload()]);
  const assets = copyRuntimeAssets(ROOT, OUT_DIR);
  const builtins = new Set(builtinModules);
  const mainExternals = externalImports(mainMeta).filter(
    (name) => !name.startsWith('node:') && !builtins.has(name),
  );
  console.log(
    `electron shell bundled to ${path.relative(ROOT, OUT_DIR)}/ in ${Date.now() - started} ms ` +
      `(main externals: ${mainExternals.join(', ')}; assets: ${assets.join(', ') || 'none'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
