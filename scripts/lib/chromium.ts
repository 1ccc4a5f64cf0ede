// Opens the kiosk page in Chromium's kiosk/app mode: browser mode as a deployment option.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function openKioskWindow(executable: string, url: string, kioskMode: boolean): ChildProcess {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-chromium-'));
  const args = [
    `--user-data-dir=${profile}`,
    kioskMode ? '--kiosk' : '--start-maximized',
    `--app=${url}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--noerrdialogs',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return spawn(executable, args, { stdio: 'ignore' });
}
