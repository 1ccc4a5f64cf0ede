import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test for real SQLite files; `cleanup` removes it. */
export function tempDbDir(): { dir: string; dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-store-'));
  return { dir, dbPath: join(dir, 'kiosk.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
