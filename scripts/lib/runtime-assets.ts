// Files that modules read at run time beside themselves (new URL('./x.sql', import.meta.url)).
// Bundled, every module's import.meta.url is the bundle's, so bundlers copy them beside it.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const RUNTIME_ASSETS = [{ dir: 'electron/services/store/migrations', pattern: /\.sql$/ }];

/** Copies the runtime assets into outDir; returns the names copied. */
export function copyRuntimeAssets(root: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const copied: string[] = [];
  for (const asset of RUNTIME_ASSETS) {
    for (const name of readdirSync(path.join(root, asset.dir))) {
      if (!asset.pattern.test(name)) continue;
      cpSync(path.join(root, asset.dir, name), path.join(outDir, name));
      copied.push(name);
    }
  }
  return copied;
}
