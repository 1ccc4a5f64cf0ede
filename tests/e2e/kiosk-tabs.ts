// A resident's or a staff member's browser tab on the kiosk of a content stack (content-stack.ts):
// a tab that reopens the app for each notice story, and a tab that records whatever a hostile
// payload could make the page do.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../electron/api';
import { HomePage } from './pages/home-page';
import { HomeNotices, type NoticesHomePage } from './pages/notices-page';

/** A resident's browser tab on the kiosk; every `openNotices` starts the app afresh. */
export interface KioskTab {
  readonly page: Page;
  /** The kiosk from its start, then its notices home (a goto to the same address would not reload). */
  openNotices(locale?: Locale): Promise<NoticesHomePage>;
  close(): Promise<void>;
}

export async function openKioskTab(browser: Browser, kioskUrl: string): Promise<KioskTab> {
  // axe is injected as a script tag, which the kiosk's CSP rightly refuses (see take-ticket.test.ts).
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true });
  // Generous timeouts: the suite runs on a loaded two-core machine.
  let page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    get page() {
      return page;
    },
    async openNotices(locale = 'zh-CN') {
      await page.close();
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const home = await new HomePage(page).open(kioskUrl);
      if (locale !== 'zh-CN') await home.chooseLanguage(locale);
      return HomeNotices.of(home).openNotices();
    },
    close: () => context.close(),
  };
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Dialogs opened (alert, confirm …), console errors and uncaught page errors: all must stay empty. */
  problems: string[];
}

/** The browser's own line for a wrong PIN (401) or a locked sign-in (423): answers, not faults. */
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|423)\b/;

/** A fresh kiosk page that records any dialog, console error or page error a payload could cause. */
export async function openWatchedPage(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  // Generous: the kiosk and the central API share two loaded cores with Chromium in CI.
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_REFUSAL.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}
