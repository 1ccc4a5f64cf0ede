// The setup of the ticket stories (take-ticket, priority-and-appointment): one kiosk stack like
// `npm start` per file, one Chromium, and a fresh portrait page (1080×1920) for each test.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { type KioskStack, type KioskStackOptions, startKioskStack } from '../support/kiosk-stack';

export interface TicketE2e {
  readonly stack: KioskStack;
  /** This test's page. */
  readonly page: Page;
  expectNoAxeViolations(where: string): Promise<void>;
}

export function setUpTicketE2e(options?: KioskStackOptions): TicketE2e {
  let stack: KioskStack | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    stack = await startKioskStack(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    // axe is injected as a script tag, which the kiosk's CSP rightly refuses; the CSP itself is
    // checked with the policy enforced in tests/unit/renderer/screens.test.ts and the contract tests.
    context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterEach(async () => {
    await context?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not set up (outside a test?)`);
    return value;
  };
  return {
    get stack() {
      return started(stack, 'the kiosk stack');
    },
    get page() {
      return started(page, 'the page');
    },
    async expectNoAxeViolations(where) {
      const violations = await axeViolations(started(page, 'the page'));
      expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    },
  };
}
