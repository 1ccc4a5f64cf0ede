// A real CUPS print queue for the A4 tests: cupsd started directly (there is no systemd here), a
// queue backed by cups-pdf (printer-driver-cups-pdf), and the folder where cups-pdf writes what
// it "printed". cupsd keeps running after the tests, as it would on a kiosk.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ENV = { ...process.env, LC_ALL: 'C', LANG: 'C' };
const CUPS_PDF_CONF = '/etc/cups/cups-pdf.conf';

/** Why CUPS cannot be used on this machine, or null when it can. */
export function cupsMissing(): string | null {
  for (const binary of ['/usr/sbin/cupsd', '/usr/sbin/lpadmin', '/usr/bin/lp', '/usr/bin/lpstat']) {
    if (!existsSync(binary)) return `${binary} is missing (apt-get install cups)`;
  }
  if (!existsSync('/usr/lib/cups/backend/cups-pdf')) {
    return 'the cups-pdf backend is missing (apt-get install printer-driver-cups-pdf)';
  }
  return null;
}

function schedulerRunning(): boolean {
  const result = spawnSync('lpstat', ['-r'], { env: ENV, encoding: 'utf8', timeout: 5000 });
  return result.stdout.includes('scheduler is running');
}

/** Starts cupsd unless it runs already, and waits (at most 15 s) until it answers. */
export async function ensureCupsd(): Promise<void> {
  if (schedulerRunning()) return;
  // cupsd forks into the background by itself and the parent exits.
  await run('/usr/sbin/cupsd', [], { env: ENV, timeout: 10_000 });
  for (let i = 0; i < 60; i++) {
    if (schedulerRunning()) return;
    await sleep(250);
  }
  throw new Error('cupsd was started but does not answer lpstat -r');
}

/** The cups-pdf PPD as lpinfo lists it, e.g. lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd. */
export async function cupsPdfModel(): Promise<string> {
  const { stdout } = await run('lpinfo', ['-m'], { env: ENV, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  const models = stdout
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((model) => /cups-pdf/i.test(model));
  const model = models.find((m) => /noopt/i.test(m)) ?? models[0];
  if (!model) throw new Error('lpinfo -m lists no cups-pdf model');
  return model;
}

/** Where cups-pdf writes a job of the current user (the `Out` line of cups-pdf.conf). */
export function cupsPdfOutputDir(): string {
  const conf = existsSync(CUPS_PDF_CONF) ? readFileSync(CUPS_PDF_CONF, 'utf8') : '';
  // cups-pdf's own placeholders, written as ${HOME} and ${USER} in the file.
  const out = /^Out\s+(.+)$/m.exec(conf)?.[1]?.trim() ?? '/var/spool/cups-pdf/$' + '{USER}';
  const variables: Record<string, string> = { HOME: os.homedir(), USER: os.userInfo().username };
  return out.replace(/\$\{(HOME|USER)\}/g, (_, name: string) => variables[name] ?? '');
}

export interface CupsPdfQueue {
  name: string;
  outputDir: string;
  /** Waits (bounded) for cups-pdf's output of a job titled `title`, fully written. */
  waitForOutput(title: string, timeoutMs?: number): Promise<string>;
  disable(): Promise<void>;
  enable(): Promise<void>;
}

/**
 * (Re)creates an enabled, accepting queue with the cups-pdf model, printing to cups-pdf itself
 * unless another device is given (e.g. socket://127.0.0.1:PORT for a printer that never answers).
 */
export async function createCupsPdfQueue(name = 'kiosk-a4', device = 'cups-pdf:/'): Promise<CupsPdfQueue> {
  await ensureCupsd();
  const model = await cupsPdfModel();
  await run('lpadmin', ['-p', name, '-E', '-v', device, '-m', model], { env: ENV, timeout: 30_000 });
  await run('cupsenable', [name], { env: ENV, timeout: 10_000 });
  await run('cupsaccept', [name], { env: ENV, timeout: 10_000 });
  const outputDir = cupsPdfOutputDir();
  return {
    name,
    outputDir,
    async waitForOutput(title, timeoutMs = 30_000) {
      // cups-pdf names the file after the job title (characters it dislikes become "_").
      const stem = title.replace(/[^A-Za-z0-9-]/g, '_');
      const deadline = Date.now() + timeoutMs;
      let lastSize = -1;
      while (Date.now() < deadline) {
        const file = existsSync(outputDir)
          ? readdirSync(outputDir).find((f) => f.startsWith(stem) && f.endsWith('.pdf'))
          : undefined;
        if (file) {
          const full = path.join(outputDir, file);
          const size = statSync(full).size;
          if (size > 0 && size === lastSize) return full;
          lastSize = size;
        }
        await sleep(200);
      }
      throw new Error(`no cups-pdf output for "${title}" in ${outputDir} after ${timeoutMs} ms`);
    },
    async disable() {
      await run('cupsdisable', [name], { env: ENV, timeout: 10_000 });
    },
    async enable() {
      await run('cupsenable', [name], { env: ENV, timeout: 10_000 });
    },
  };
}

/** Removes a queue made by the tests (its pending jobs go with it). */
export async function removeQueue(name: string): Promise<void> {
  await run('lpadmin', ['-x', name], { env: ENV, timeout: 10_000 }).catch(() => {});
}
