// Every screen, in each language (and in large text), checked with axe-core (WCAG 2.x A/AA/AAA and
// best practices) and against DESIGN.md's sizes: zero findings.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../electron/api';
import {
  axeViolations,
  launchChromium,
  type OpenKiosk,
  type OpenOptions,
  openKiosk,
  sizeProblems,
} from './kiosk-browser';

let browser: Browser;
const opened: OpenKiosk[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const kiosk of opened.splice(0)) await kiosk.close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: OpenOptions): Promise<OpenKiosk> {
  const kiosk = await openKiosk(browser, { ...options, bypassCSP: true });
  opened.push(kiosk);
  return kiosk;
}

/** Findings per screen; the test expects an empty object, so a failure names screen and rule. */
type Findings = Record<string, string[]>;

async function check(page: Page, screen: string, findings: Findings): Promise<void> {
  const found = [
    ...(await axeViolations(page)).map((v) => `axe ${v.id} (${v.impact}): ${v.nodes.join(' | ')}`),
    ...(await sizeProblems(page)).map((p) => `size ${p.what}: ${p.detail}`),
  ];
  if (found.length > 0) findings[screen] = found;
}

function fontSize(control: Locator): Promise<number> {
  return control.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

async function sweep(locale: Locale, largeText: boolean): Promise<Findings> {
  const findings: Findings = {};
  const { page, home, harness } = await open({});
  if (locale !== 'zh-CN') await home.chooseLanguage(locale);
  if (largeText) await home.largerTextButton().click();
  await home.waitUntilShown();
  const name = (service: { 'zh-CN': string; en: string }) => service[locale];
  const social = harness.fake.services[0]?.name ?? { 'zh-CN': '', en: '' };
  await check(page, 'home', findings);
  expect(await fontSize(home.takeNumberButton())).toBeGreaterThanOrEqual(32);

  const picker = await home.takeNumber();
  await picker.serviceButton(name(social)).waitFor();
  await check(page, 'services', findings);

  let ticket = await picker.choose(name(social));
  await ticket.numberShown();
  await check(page, 'ticket printed', findings);
  expect(await fontSize(ticket.doneButton())).toBeGreaterThanOrEqual(32);

  harness.fake.printOutcome = { status: 'failed', reason: 'cover-open' };
  ticket = await (await (await ticket.done()).takeNumber()).choose(name(social));
  await ticket.printFailedRegion().waitFor();
  await check(page, 'ticket print failed', findings);

  harness.fake.issueError = 'CENTRAL_UNAVAILABLE';
  const again = await (await ticket.done()).takeNumber();
  await again.serviceButton(name(social)).click();
  await again.errorHeading().waitFor();
  await check(page, 'issue error', findings);
  return findings;
}

describe('accessibility of every screen', () => {
  for (const locale of LOCALES) {
    it(`has no findings in ${locale}`, async () => {
      expect(await sweep(locale, false)).toEqual({});
    });
  }

  it('has no findings in large text', async () => {
    expect(await sweep('zh-CN', true)).toEqual({});
  });

  it('has no findings on the idle warning, in both languages', async () => {
    const findings: Findings = {};
    const { page, home } = await open({
      configure: (fake) => (fake.info.idleTimeoutsSeconds = { menu: 23, result: 23, warning: 20 }),
    });
    for (const locale of LOCALES) {
      await home.chooseLanguage(locale);
      const picker = await home.takeNumber();
      await picker.idleDialog().waitFor({ timeout: 6_000 });
      await check(page, `idle warning ${locale}`, findings);
      expect(await fontSize(picker.idleDialog().getByRole('button'))).toBeGreaterThanOrEqual(32);
      await picker.continueSession();
      await picker.back();
    }
    expect(findings).toEqual({});
  });
});

describe('layout', () => {
  const viewports = [
    { width: 1080, height: 1920 },
    { width: 1280, height: 800 },
  ];
  for (const viewport of viewports) {
    it(`keeps the main action and the settings visible and low at ${viewport.width}×${viewport.height}`, async () => {
      const { home, harness } = await open({ viewport });
      for (const control of [home.takeNumberButton(), home.languageButton('en'), home.largerTextButton()]) {
        const box = await control.boundingBox();
        expect(box).not.toBeNull();
        if (!box) continue;
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        expect(box.y + box.height / 2).toBeGreaterThan(viewport.height / 2);
      }
      const picker = await home.takeNumber();
      const back = await picker.backButton().boundingBox();
      expect(back && back.y + back.height).toBeLessThanOrEqual(viewport.height);
      harness.fake.printOutcome = { status: 'failed', reason: 'offline' };
      const ticket = await picker.choose('社会保障');
      const done = await ticket.doneButton().boundingBox();
      expect(done && done.y + done.height).toBeLessThanOrEqual(viewport.height);
    });
  }
});
