// `npm start`: runs scripts/start.ts from a bundle, so that start-up does not pay for compiling
// TypeScript and resolving hundreds of modules on every launch (about 0.7 s on our machines).
// The bundle is rebuilt (scripts/build-start.ts) whenever a source is newer than it. Plain JavaScript on purpose:
// this file must run before anything is compiled (docs/decisions/007-start-bundle.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist', 'node', 'start.mjs');
const SOURCES = [
  'electron',
  'central-api/server',
  'kiosk-config',
  'fixtures/virtual-printer',
  'scripts',
  'package-lock.json',
];

/** @param {string} target @returns {number} */
function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const sources = SOURCES.map((p) => path.join(ROOT, p)).filter((p) => existsSync(p));
if (!existsSync(BUNDLE) || Math.max(...sources.map(newestMtime)) > statSync(BUNDLE).mtimeMs) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-start.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(pathToFileURL(BUNDLE).href);
