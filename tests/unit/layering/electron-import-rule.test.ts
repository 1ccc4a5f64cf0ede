// The one layering rule that matters (STYLE.md): only electron/shell/ may import 'electron'.
// Proves the Biome rule is live by linting two probe files, one in each room.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../electron/boot';

const PROBE = "import { app } from 'electron';\nexport const probe = app;\n";
const probes: string[] = [];
afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

function lint(folder: string) {
  const dir = path.join(PROJECT_ROOT, folder, `lint-probe-${process.pid}`);
  probes.push(dir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'probe.ts');
  writeFileSync(file, PROBE);
  const result = spawnSync('npx', ['biome', 'lint', '--colors=off', file], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('only electron/shell may import electron', () => {
  it('flags an electron import in a service', () => {
    const { status, output } = lint('electron/services');
    expect(status).not.toBe(0);
    expect(output).toContain('noRestrictedImports');
  });

  it('allows it in the shell', () => {
    const { status, output } = lint('electron/shell');
    expect(output).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });
});
