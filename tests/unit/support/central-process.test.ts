// The central API process the fault tests start takes any token, also one that begins with "-"
// (base64url tokens do one time in 64; parseArgs once took it for an option and CI failed).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type CentralProcess, startCentralProcess } from '../../support/central-process';

const dir = mkdtempSync(path.join(os.tmpdir(), 'central-process-'));
let central: CentralProcess | undefined;
afterAll(async () => {
  await central?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('starts with a token that begins with a dash, and answers only that token', async () => {
  const token = '-dash-first_token';
  central = await startCentralProcess({ dbPath: path.join(dir, 'central.db'), token });
  const asked = (bearer: string) =>
    fetch(`${central?.url}/v1/services`, { headers: { authorization: `Bearer ${bearer}` } });
  expect((await asked(token)).status).toBe(200);
  expect((await asked('dash-first_token')).status).toBe(401);
});
