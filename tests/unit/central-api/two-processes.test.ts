// Two reference-server processes on one SQLite file (as when the hall runs a standby): ticket numbers
// must still be unique and consecutive, because allocation runs under BEGIN IMMEDIATE.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURES_DIR, OPEN_TUESDAY, REPO, TOKEN, tempDir } from './harness';

const children: ChildProcess[] = [];
const dir = tempDir();

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `central-api/server/main.ts` in its own Node process and waits for the URL it prints. */
function startProcess(dbPath: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO, 'central-api/server/main.ts'),
      '--port',
      '0',
      '--db',
      dbPath,
      '--token',
      TOKEN,
      '--fixtures',
      FIXTURES_DIR,
      // Opening hours apply: start the clock in them, whatever the time the test runs.
      '--clock',
      OPEN_TUESDAY,
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL within 20 s: ${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /central-api: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`central-api exited with ${code}: ${out}`));
    });
  });
}

it('two server processes on one DB file never give the same number twice', async () => {
  const dbPath = join(dir, 'shared.sqlite');
  // Started together: migrations and fixture seeding must also cope with the race.
  const urls = await Promise.all([startProcess(dbPath), startProcess(dbPath)]);
  const issue = (url: string) =>
    fetch(`${url}/v1/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientTicketId: randomUUID(),
        serviceId: 'general-consultation',
        kioskId: 'kiosk-1',
      }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { number: string } }));
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => issue(urls[i % 2] as string)));
  expect(results.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
  const numbers = results.map((r) => Number(r.body.number.slice(1))).sort((a, b) => a - b);
  expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  // Both processes see one catalog, seeded once.
  const services = await Promise.all(
    urls.map((u) =>
      fetch(`${u}/v1/services`, { headers: { authorization: `Bearer ${TOKEN}` } }).then(
        (r) => r.json() as Promise<{ services: unknown[] }>,
      ),
    ),
  );
  expect(services[0]?.services.length).toBe(services[1]?.services.length);
  expect(services[0]?.services.length).toBeGreaterThanOrEqual(10);
});
