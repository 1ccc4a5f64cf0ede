// `npm start` (scripts/launch.mjs, the bundled start) as a newcomer meets it: the three lines, a kiosk that answers, a clean stop, and a
// broken configuration explained without a stack trace.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../electron/boot';
import { writeTestConfig } from '../support/kiosk-stack';

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

function start(args: string[]) {
  const child = spawn(process.execPath, ['scripts/launch.mjs', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', KIOSK_CONFIG: '' },
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    while (!pattern.test(stdout)) {
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${pattern}; stdout: ${stdout} stderr: ${stderr}`);
      if (child.exitCode !== null)
        throw new Error(`exited ${child.exitCode}; stdout: ${stdout} stderr: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return stdout;
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}

describe('npm start', () => {
  it('starts the central API, the printer and the kiosk, prints where they are, and stops cleanly', async () => {
    const config = writeTestConfig(mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-start-')));
    const run = start(['--no-window', '--config', config]);
    const out = await run.waitFor(/^printer: .*$/m);
    expect(out).toMatch(/^electron: .+; running browser mode$/m);
    const kiosk = /^kiosk: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(out)?.[1];
    const central = /^central-api: (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)?.[1];
    expect(out).toMatch(/^printer: tcp:\/\/127\.0\.0\.1:\d+ \(decoded tickets in .+printer-jobs\)$/m);
    expect(kiosk).toBeTruthy();
    expect(central).toBeTruthy();
    expect((await fetch(kiosk as string)).status).toBe(200);
    expect((await fetch(`${central}/healthz`)).status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await expect(fetch(kiosk as string)).rejects.toThrow();
  });

  it('documents its options with --help', async () => {
    const run = start(['--help']);
    expect(await run.exited).toBe(0);
    const { stdout } = run.output();
    for (const option of ['--config', '--port', '--no-window', '--browser-mode'])
      expect(stdout).toContain(option);
  });

  it('stops on a broken configuration, naming file, key, found and expected, with no stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-badconfig-'));
    const config = writeTestConfig(dir).replace(/kiosk\.yaml$/, 'broken.yaml');
    writeFileSync(
      config,
      `kioskId: k1\nhallName: { zh-CN: 厅, en: Hall }\nlayout: floor-standing\nstaff: { accounts: [] }\ncentralApi: { url: embedded }\nprinters: { ticket: { uri: lpt1 } }\n`,
    );
    const run = start(['--no-window', '--config', config]);
    expect(await run.exited).toBe(2);
    const { stderr } = run.output();
    expect(stderr).toContain('broken.yaml');
    expect(stderr).toContain('printers.ticket.uri');
    expect(stderr).toContain('"lpt1"');
    expect(stderr).toMatch(/expected/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
