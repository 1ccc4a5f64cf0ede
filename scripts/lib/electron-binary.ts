// Where the Electron binary is, or why there is none. The electron package installs without
// its binary on machines that cannot download it, and its `require('electron')` then tries to
// download it again: read the package's path.txt instead, which touches no network.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ELECTRON_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../node_modules/electron',
);

export function findElectronBinary(): { path: string } | { reason: string } {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(path.join(ELECTRON_DIR, 'dist')) || !existsSync(pathFile)) {
    return { reason: 'binary not installed (node_modules/electron/dist missing)' };
  }
  const binary = path.join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `binary not found at ${binary}` };
}
