// One Chromium per test file, and what each test opens in it closed after that test: the setup
// the kiosk and staff renderer tests share (kiosk-browser.ts, staff-browser.ts).
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../support/browser';

export interface ChromiumPerFile<T> {
  /** The file's Chromium; only inside a test (it is launched in beforeAll). */
  browser(): Browser;
  /** Closes `opened` after the current test; returns it. */
  track(opened: T): T;
}

/**
 * Registers the hooks. `checkAfterTest` runs on each thing the test opened, before it is closed,
 * and fails the test when it throws (an `expect`); everything is closed whatever the check says.
 */
export function chromiumPerFile<T extends { close(): Promise<void> }>(
  checkAfterTest?: (opened: T) => void,
): ChromiumPerFile<T> {
  let browser: Browser | undefined;
  const opened: T[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const closing = opened.splice(0);
    try {
      if (checkAfterTest) for (const item of closing) checkAfterTest(item);
    } finally {
      for (const item of closing) await item.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('chromiumPerFile: the browser is there only inside a test');
      return browser;
    },
    track: (item) => {
      opened.push(item);
      return item;
    },
  };
}
