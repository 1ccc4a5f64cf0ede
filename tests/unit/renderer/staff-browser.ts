// Chromium driving the staff screens against the fake KioskApi. The app does not mount staff mode
// yet (the lead wires StaffEntry/StaffFlow into App.tsx), so the tests bundle a small sandbox page
// (renderer/src/staff/testing/sandbox-main.tsx) with esbuild and serve it, under the kiosk's CSP,
// from the harness's own origin, where /rpc is the fake.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Locale } from '../../../electron/api';
import { securityHeaders } from '../../../electron/shell/lockdown/content-security-policy';
import { StaffPages } from '../../e2e/pages/staff-pages';
import { type FakeKiosk, type RendererHarness, startRendererHarness } from '../../support/renderer-harness';
import { chromiumPerFile } from './chromium-per-file';

export { axeViolations, launchChromium } from '../../support/browser';

const ENTRY = resolve(import.meta.dirname, '../../../renderer/src/staff/testing/sandbox-main.tsx');
const SANDBOX_PATH = '/staff-sandbox/';

/** Bundles the sandbox page into a temp folder; returns the folder and a way to remove it. */
export async function buildStaffSandbox(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'staff-sandbox-'));
  await build({
    entryPoints: { sandbox: ENTRY },
    bundle: true,
    format: 'esm',
    target: 'chrome130',
    jsx: 'automatic',
    outdir: dir,
    loader: { '.woff2': 'file', '.png': 'file', '.svg': 'file' },
    // React's production build, as the app ships it (and quicker on two cores).
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
  });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>staff</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="sandbox.css"></head>
<body><div id="root"></div><script type="module" src="sandbox.js"></script></body></html>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|423)\b/;

export interface OpenStaff {
  harness: RendererHarness;
  page: Page;
  pages: StaffPages;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface StaffOpenOptions {
  configure?: (fake: FakeKiosk) => void;
  /** Open at sign-in (skipping the 3-second press), or at the plain frame with the hidden entry. */
  start?: 'flow' | 'entry';
  locale?: Locale;
  /** Only for axe: its script is injected inline, which the page's CSP rightly refuses. */
  bypassCSP?: boolean;
}

export async function openStaff(
  browser: Browser,
  sandboxDir: string,
  options: StaffOpenOptions = {},
): Promise<OpenStaff> {
  const harness = await startRendererHarness(options.configure);
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    bypassCSP: options.bypassCSP ?? false,
  });
  await context.route(`${harness.origin}${SANDBOX_PATH}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(SANDBOX_PATH.length) || 'index.html';
    const body = name === 'index.html' ? HTML : await readFile(join(sandboxDir, name)).catch(() => null);
    if (body === null) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      headers: { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', ...securityHeaders() },
      body,
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    // PIN_REJECTED, STAFF_SESSION_ENDED (401) and STAFF_LOCKED (423) are answers the screens expect.
    if (m.type() === 'error' && !EXPECTED_REFUSAL.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const query = new URLSearchParams();
  if (options.start !== 'entry') query.set('start', 'flow');
  if (options.locale === 'en') query.set('lang', 'en');
  await page.goto(`${harness.origin}${SANDBOX_PATH}index.html?${query}#token=${harness.token}`);
  const pages = new StaffPages(page, options.locale ?? 'zh-CN');
  return {
    harness,
    page,
    pages,
    problems,
    close: async () => {
      await context.close();
      await harness.close();
    },
  };
}

export interface StaffBrowser {
  /** Opens the sandbox in a fresh context; closed (and checked) after the test. */
  open(options?: StaffOpenOptions): Promise<OpenStaff>;
}

/**
 * A test file's staff browser: one Chromium and one sandbox bundle for the file; after each test,
 * every page it opened must have seen no problem, and is closed whatever it saw.
 */
export function setUpStaffBrowser(): StaffBrowser {
  let sandbox: Awaited<ReturnType<typeof buildStaffSandbox>> | undefined;
  beforeAll(async () => {
    sandbox = await buildStaffSandbox();
  });
  afterAll(async () => {
    await sandbox?.remove();
  });
  const chromium = chromiumPerFile<OpenStaff>((staff) => expect(staff.problems).toEqual([]));
  return {
    open: async (options) => {
      if (!sandbox) throw new Error('setUpStaffBrowser: open() runs inside a test');
      return chromium.track(await openStaff(chromium.browser(), sandbox.dir, options));
    },
  };
}
