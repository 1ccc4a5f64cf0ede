// What only Electron can show: the kiosk window and its lockdown, driven by Playwright's
// _electron against dist/electron/main.mjs. Everything else is tested in browser mode and in
// tests/unit/shell. Without the Electron binary (our dev and CI machines) the suite is skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../scripts/lib/electron-binary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN_BUNDLE = path.join(ROOT, 'dist', 'electron', 'main.mjs');
const RENDERER_INDEX = path.join(ROOT, 'dist', 'renderer', 'index.html');

const electronBinary = findElectronBinary();
const hasBinary = 'path' in electronBinary;
if (!hasBinary) console.info(`electron: ${electronBinary.reason}; tests/electron skipped`);

const TAKE_A_NUMBER = /取号|take a number/i;

describe.skipIf(!hasBinary)('the Electron kiosk window', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!('path' in electronBinary)) return;
    if (!existsSync(RENDERER_INDEX)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(MAIN_BUNDLE)) {
      execFileSync('npm', ['run', 'build:electron'], { cwd: ROOT, stdio: 'inherit' });
    }
    app = await _electron.launch({
      executablePath: electronBinary.path,
      args: [MAIN_BUNDLE],
      cwd: ROOT,
      timeout: 30_000,
    });
    page = await app.firstWindow();
    await page.getByRole('button', { name: TAKE_A_NUMBER }).first().waitFor({ state: 'visible' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is one full-screen kiosk window without a menu', async () => {
    const state = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((win) => ({
        kiosk: win.isKiosk(),
        fullScreen: win.isFullScreen(),
        menuBarVisible: win.isMenuBarVisible(),
      })),
    );
    expect(state).toEqual([{ kiosk: true, fullScreen: true, menuBarVisible: false }]);
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  });

  it('shows the home screen with the take-a-number button', async () => {
    await expect(page.getByRole('button', { name: TAKE_A_NUMBER }).first().isVisible()).resolves.toBe(true);
  });

  it('serves its pages with the strict CSP', async () => {
    const csp = await page.evaluate(async () =>
      (await fetch('/index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it('blocks window.open', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/', '_blank') !== null);
    await page.waitForTimeout(500);
    expect(opened).toBe(false);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('blocks navigation away from app://kiosk/', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toMatch(/^app:\/\/kiosk\//);
  });

  it('gives the page no Node: no require, no process, no module', async () => {
    const types = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer'].map((name) => typeof scope[name]);
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('exposes only kioskBridge.connect', async () => {
    const bridge = await page.evaluate(() => {
      const candidate = (globalThis as { kioskBridge?: object }).kioskBridge;
      return candidate ? Object.keys(candidate) : null;
    });
    expect(bridge).toEqual(['connect']);
  });

  it('cannot open devtools', async () => {
    const opened = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0];
      win?.webContents.openDevTools();
      return win?.webContents.isDevToolsOpened() ?? true;
    });
    expect(opened).toBe(false);
  });
});
