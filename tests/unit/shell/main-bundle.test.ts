// Runs the real bundle dist/electron/main.mjs in plain Node with a stand-in 'electron' module
// (fake-electron/), booting the real services from a copy of the demo configuration. Proves
// what type-checking cannot: the bundle loads, boots, serves app://kiosk/ with the CSP, wires
// the lockdown, serves the KioskApi over a MessagePort, and shuts down cleanly on SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MAIN_BUNDLE = path.join(ROOT, 'dist', 'electron', 'main.mjs');
const REGISTER_FAKE = path.join(ROOT, 'tests', 'unit', 'shell', 'fake-electron', 'register.mjs');
const HAS_RENDERER = existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'));

interface Run {
  exitCode: number | null;
  reports: Array<Record<string, unknown>>;
  stderr: string;
}

let tempDir: string;
let run: Run;

function runBundle(configPath: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REGISTER_FAKE, MAIN_BUNDLE], {
      cwd: tempDir,
      env: { ...process.env, KIOSK_CONFIG: configPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bundle did not finish in 40 s\n${stdout}\n${stderr}`));
    }, 40_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      const reports = stdout
        .split('\n')
        .filter((line) => line.startsWith('FAKE_ELECTRON_REPORT '))
        .map((line) => JSON.parse(line.slice('FAKE_ELECTRON_REPORT '.length)) as Record<string, unknown>);
      resolve({ exitCode, reports, stderr });
    });
  });
}

beforeAll(async () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-electron.ts'], { cwd: ROOT });
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'kiosk-main-bundle-'));
  const demo = YAML.parse(readFileSync(path.join(ROOT, 'kiosk-config', 'demo.yaml'), 'utf8'));
  const configPath = path.join(tempDir, 'kiosk.yaml');
  writeFileSync(configPath, YAML.stringify({ ...demo, dataDir: './var' }));
  run = await runBundle(configPath);
}, 90_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

function checks(): Record<string, unknown> {
  const found = run.reports.find((r) => r.event === 'checks');
  if (!found)
    throw new Error(`no checks reported; stderr:\n${run.stderr}\nreports: ${JSON.stringify(run.reports)}`);
  return found;
}

describe('the bundled Electron main, run against a stand-in electron module', () => {
  it('prepares Electron before ready: sandbox everywhere, app:// privileged, no pinch', () => {
    const c = checks();
    expect(c.sandbox).toBe(true);
    expect(c.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(c.switches).toContainEqual(['disable-pinch']);
  });

  it('opens one locked-down kiosk window on app://kiosk/', () => {
    const { window } = checks() as { window: { options: Record<string, unknown>; menuRemoved: boolean } };
    expect(window.options).toMatchObject({ fullscreen: true, kiosk: true, autoHideMenuBar: true });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      preload: path.join(ROOT, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window.menuRemoved).toBe(true);
    expect(checks().window).toMatchObject({ loadedUrl: 'app://kiosk/index.html' });
    expect(checks().blockers).toEqual(['prevent-display-sleep']);
  });

  it.skipIf(!HAS_RENDERER)('serves the renderer with the CSP, and index.html for routes', () => {
    const c = checks() as Record<string, { status: number; contentType: string; csp: string; body: string }>;
    expect(c.index).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(c.index?.csp).toContain("default-src 'self'");
    expect(c.index?.body.toLowerCase()).toContain('<!doctype html>');
    expect(c.route).toMatchObject({ status: 200, body: c.index?.body });
  });

  it('refuses traversal and writes on app://, still with the CSP', () => {
    const c = checks() as Record<string, { status: number; csp: string }>;
    expect(c.traversal?.status).toBe(400);
    expect(c.traversal?.csp).toContain("object-src 'none'");
    expect(c.post?.status).toBe(405);
  });

  it('applies the lockdown to the window it created', () => {
    const c = checks();
    expect(c.navigateAwayPrevented).toBe(true);
    expect(c.navigateHomePrevented).toBe(false);
    expect(c.f12Prevented).toBe(true);
    expect(c.typingPrevented).toBe(false);
    expect(c.windowOpen).toEqual({ action: 'deny' });
    expect(c.permissionGranted).toBe(false);
    expect(c.remoteRequest).toEqual({ cancel: true });
  });

  it('serves the real KioskApi over a MessagePort to the kiosk page only', () => {
    const c = checks();
    expect(c.postedToForeign).toBe(0);
    expect(c.handOverChannel).toBe('kiosk-api:port');
    expect(c.kioskId).toBe('demo-kiosk-1');
  });

  it('shuts down on SIGTERM with exit code 0 and releases the display', () => {
    const exit = run.reports.find((r) => r.event === 'exit');
    expect(exit).toEqual({ event: 'exit', code: 0, blockerStopped: true });
    expect(run.exitCode).toBe(0);
  });
});
