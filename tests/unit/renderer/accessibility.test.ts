// Every screen, in each language (and in large text), checked with axe-core (WCAG 2.x A/AA/AAA and
// best practices) and against DESIGN.md's sizes: zero findings.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../electron/api';
import { todayAt } from '../../support/renderer-harness';
import { setUpKioskBrowser } from './kiosk-browser';
import { checkScreen, expectInView, type Findings, KIOSK_VIEWPORTS } from './screen-checks';

const { open } = setUpKioskBrowser({ bypassCSP: true });

function fontSize(control: Locator): Promise<number> {
  return control.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

async function sweep(locale: Locale, largeText: boolean): Promise<Findings> {
  const findings: Findings = {};
  const { page, home, harness } = await open({
    configure: (fake) => {
      // One service closed until later today, one disabled: both ways of being closed are on screen.
      const permits = fake.services[1];
      if (permits) Object.assign(permits, { open: false, opensAt: todayAt(23, 55) });
    },
  });
  if (locale !== 'zh-CN') await home.chooseLanguage(locale);
  if (largeText) await home.largerTextButton().click();
  await home.waitUntilShown();
  const name = (service: { 'zh-CN': string; en: string }) => service[locale];
  const social = harness.fake.services[0]?.name ?? { 'zh-CN': '', en: '' };
  await checkScreen(page, 'home', findings);
  expect(await fontSize(home.takeNumberButton())).toBeGreaterThanOrEqual(32);
  expect(await fontSize(home.checkInButton())).toBeGreaterThanOrEqual(32);

  const picker = await home.takeNumber();
  await picker.serviceButton(name(social)).waitFor();
  await checkScreen(page, 'services', findings);

  const question = await picker.chooseService(name(social));
  await checkScreen(page, 'priority question', findings);
  expect(await fontSize(question.answerButton(true))).toBeGreaterThanOrEqual(32);

  let ticket = await question.answer(false);
  await ticket.numberShown();
  await ticket.qrCode().waitFor();
  await checkScreen(page, 'ticket printed', findings);
  expect(await fontSize(ticket.doneButton())).toBeGreaterThanOrEqual(32);
  await ticket.printAgainButton().click();
  await ticket.reprintMessage('ticket.reprinted').waitFor();
  await checkScreen(page, 'ticket printed again', findings);

  harness.fake.printOutcome = { status: 'failed', reason: 'cover-open' };
  harness.fake.offline = true;
  const offlinePicker = await (await ticket.done()).takeNumber();
  await offlinePicker.offlineNote().waitFor();
  await checkScreen(page, 'services offline', findings);
  ticket = await offlinePicker.choose(name(social), { priority: true });
  await ticket.printFailedRegion().waitFor();
  await checkScreen(page, 'ticket priority, offline, print failed', findings);
  harness.fake.offline = false;
  harness.fake.printOutcome = { status: 'printed' };

  const appointment = await (await ticket.done()).checkIn();
  await checkScreen(page, 'appointment check-in', findings);
  await appointment.tapCode('123');
  await appointment.submitButton().click();
  await appointment.invalidCodeMessage().waitFor();
  await checkScreen(page, 'appointment invalid code', findings);
  await appointment.key('clear').click();
  await appointment.tapCode('ZZ9999');
  await appointment.submitButton().click();
  await appointment.failure().waitFor();
  await checkScreen(page, 'appointment not found', findings);
  await appointment.key('clear').click();
  await appointment.tapCode('AB1234');
  ticket = await appointment.submitExpectingTicket();
  await checkScreen(page, 'ticket appointment', findings);

  harness.fake.issueError = 'NUMBERS_EXHAUSTED';
  const again = await (await ticket.done()).takeNumber();
  await (await again.chooseService(name(social))).answerButton(false).click();
  await again.errorHeading().waitFor();
  await checkScreen(page, 'issue error', findings);
  return findings;
}

// A sweep runs axe on every screen of the ticket flow: on a loaded two-core machine that takes
// more than the default 30 s (as the notice screens' sweep).
describe('accessibility of every screen', () => {
  for (const locale of LOCALES) {
    it(`has no findings in ${locale}`, async () => {
      expect(await sweep(locale, false)).toEqual({});
    }, 90_000);
  }

  it('has no findings in large text', async () => {
    expect(await sweep('zh-CN', true)).toEqual({});
  }, 90_000);

  it('has no findings on the idle warning, in both languages', async () => {
    const findings: Findings = {};
    const { page, home } = await open({
      configure: (fake) =>
        (fake.info.idleTimeoutsSeconds = { menu: 23, notice: 23, result: 23, warning: 20 }),
    });
    for (const locale of LOCALES) {
      await home.chooseLanguage(locale);
      const picker = await home.takeNumber();
      await picker.idleDialog().waitFor({ timeout: 6_000 });
      await checkScreen(page, `idle warning ${locale}`, findings);
      expect(await fontSize(picker.idleDialog().getByRole('button'))).toBeGreaterThanOrEqual(32);
      await picker.continueSession();
      await picker.back();
    }
    expect(findings).toEqual({});
  });
});

describe('layout', () => {
  for (const viewport of KIOSK_VIEWPORTS) {
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
      await expectInView(ticket.qrCode(), viewport);
      await expectInView(ticket.printAgainButton(), viewport);

      const appointment = await (await ticket.done()).checkIn();
      for (const control of [
        appointment.key('1'),
        appointment.key('Z'),
        appointment.key('clear'),
        appointment.submitButton(),
        appointment.backButton(),
      ])
        await expectInView(control, viewport);
    });
  }
});
