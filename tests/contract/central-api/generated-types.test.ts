// central-api/generated/schema.d.ts is committed; it must be exactly what openapi-typescript makes of
// openapi.yaml today (run `npm run gen:central-types` after changing the contract).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO, SPEC_PATH, tempDir } from '../../unit/central-api/harness';

it('the committed schema.d.ts equals a fresh generation from openapi.yaml', () => {
  const dir = tempDir();
  try {
    const out = join(dir, 'schema.d.ts');
    execFileSync(
      process.execPath,
      [join(REPO, 'node_modules/openapi-typescript/bin/cli.js'), SPEC_PATH, '-o', out],
      {
        cwd: REPO,
        stdio: 'pipe',
      },
    );
    const fresh = readFileSync(out, 'utf8');
    const committed = readFileSync(join(REPO, 'central-api/generated/schema.d.ts'), 'utf8');
    expect(fresh.length).toBeGreaterThan(1000);
    expect(committed).toBe(fresh);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
