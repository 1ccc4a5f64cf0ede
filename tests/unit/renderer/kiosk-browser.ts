// Chromium driving the built renderer against the fake KioskApi.
import type { Browser, Page } from 'playwright-core';
import type { Locale } from '../../../electron/api';
import { HomePage } from '../../e2e/pages/home-page';
import { type FakeKiosk, type RendererHarness, startRendererHarness } from '../../support/renderer-harness';
import { chromiumPerFile } from './chromium-per-file';

export { AXE_TAGS, axeViolations, launchChromium, sizeProblems } from '../../support/browser';

export interface OpenKiosk {
  harness: RendererHarness;
  page: Page;
  home: HomePage;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  configure?: (fake: FakeKiosk) => void;
  viewport?: { width: number; height: number };
  /** Only for axe: its script is injected inline, which the page's CSP rightly refuses. */
  bypassCSP?: boolean;
  locale?: Locale;
}

export async function openKiosk(browser: Browser, options: OpenOptions = {}): Promise<OpenKiosk> {
  const harness = await startRendererHarness(options.configure);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1080, height: 1920 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  // Fail a step well inside the test's own timeout, with the step's name.
  page.setDefaultTimeout(8_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const home = await new HomePage(page, options.locale ?? 'zh-CN').open(harness.url);
  return {
    harness,
    page,
    home,
    problems,
    close: async () => {
      await context.close();
      await harness.close();
    },
  };
}

export interface KioskBrowser {
  /** Opens the renderer in a fresh context; closed after the test. */
  open(options?: OpenOptions): Promise<OpenKiosk>;
}

/**
 * A test file's kiosk browser: one Chromium for the file, every page it opened closed after each
 * test. `always` is laid over every open's options (the axe files open everything with bypassCSP).
 * The tests check `problems` themselves: some stories expect a console error.
 */
export function setUpKioskBrowser(always: Partial<OpenOptions> = {}): KioskBrowser {
  const chromium = chromiumPerFile<OpenKiosk>();
  return {
    open: async (options = {}) =>
      chromium.track(await openKiosk(chromium.browser(), { ...options, ...always })),
  };
}
