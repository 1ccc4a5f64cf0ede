// Builds the renderer when dist/renderer is missing or older than its sources, so that
// `npm start` and the tests always serve what is in the tree.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function rendererIsStale(projectRoot: string): boolean {
  const built = path.join(projectRoot, 'dist', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  // The renderer imports the contract files (electron/api*.ts) and the content model.
  const contract = readdirSync(path.join(projectRoot, 'electron')).filter((f) => /^api.*\.ts$/.test(f));
  const sources = [
    'renderer',
    ...contract.map((f) => `electron/${f}`),
    'electron/notice-model.ts',
    'electron/shell/ipc-protocol.ts',
    'vite.config.ts',
  ].map((p) => path.join(projectRoot, p));
  const newestSource = Math.max(...sources.filter((p) => existsSync(p)).map(newestMtime));
  return newestSource > statSync(built).mtimeMs;
}

export async function ensureRendererBuilt(projectRoot: string): Promise<boolean> {
  if (!rendererIsStale(projectRoot)) return false;
  const { build } = await import('vite');
  // Under vitest NODE_ENV is "test", and Vite would build React's development variant: tests
  // must serve what the kiosk serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
