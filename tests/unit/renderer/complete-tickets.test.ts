// Issue 3 in the resident's words, through the built renderer in Chromium against the fake KioskApi:
// honest waits and opening times, priority, the QR code and "print again", appointment check-in.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FAKE_FOLLOW_BASE, todayAt } from '../../support/renderer-harness';
import { setUpKioskBrowser } from './kiosk-browser';

const run = promisify(execFile);
const { open } = setUpKioskBrowser();

/** Reads a QR code from PNG bytes with zbarimg (a real decoder, not ours). */
async function decodeQr(png: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-qr-'));
  try {
    const file = join(dir, 'qr.png');
    await writeFile(file, png);
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', file]);
    return stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('choosing a service', () => {
  it('shows closed services with when they open, in local time', async () => {
    const { home, harness } = await open({
      configure: (fake) => {
        const [, permits, planning] = fake.services;
        if (permits) Object.assign(permits, { open: false, opensAt: todayAt(23, 50) });
        if (planning) planning.opensAt = null;
      },
    });
    const picker = await home.takeNumber();
    expect(await picker.serviceButtonName('居住证办理')).toContain('23:50 开始取号');
    expect(await picker.serviceButton('居住证办理').isDisabled()).toBe(true);
    expect(await picker.serviceButtonName('计划生育')).toContain('暂停取号');
    expect(await picker.serviceButtonName('计划生育')).not.toContain('开始取号');
    await picker.chooseLanguage('en');
    expect(await picker.serviceButtonName('Residence permits')).toContain('Opens at 23:50');
    expect(harness.fake.issueCalls).toEqual([]);
  });

  it('says waits are approximate while offline, and still issues (the ticket says so too)', async () => {
    const { home, harness } = await open({ configure: (fake) => (fake.offline = true) });
    const picker = await home.takeNumber();
    expect(await picker.offlineNote().isVisible()).toBe(true);
    expect(await picker.serviceButtonName('社会保障')).toContain('约 4 人等候');
    const ticket = await picker.choose('社会保障');
    const main = (await ticket.main().textContent()) ?? '';
    expect(main).toContain('前面大约还有 4 人');
    expect(main).toContain('（估算）');
    expect(main).toContain('本号在网络中断时发出，同样有效');

    harness.fake.offline = false;
    const online = await (await ticket.done()).takeNumber();
    expect(await online.offlineNote().count()).toBe(0);
    expect(await online.serviceButtonName('社会保障')).not.toContain('约 4');
  });
});

describe('priority', () => {
  it('asks one question, demands no proof, and issues a priority ticket when asked', async () => {
    const { home, harness } = await open();
    const question = await (await home.takeNumber()).chooseService('社会保障');
    const text = (await question.main().textContent()) ?? '';
    expect(text).toContain('70 岁以上老人、残疾人、孕妇、携带幼儿者');
    expect(text).toContain('这里不需要证明');
    expect(await question.answerButton(false).isVisible()).toBe(true);
    const ticket = await question.answer(true);
    expect(await ticket.numberShown()).toBe('A001');
    expect(await ticket.main().textContent()).toContain('优先号');
    expect(harness.fake.issueCalls).toEqual([
      { serviceId: 'social-security', locale: 'zh-CN', priority: true },
    ]);
  });

  it('goes back to the list from the question without issuing', async () => {
    const { home, harness } = await open();
    const picker = await home.takeNumber();
    const question = await picker.chooseService('居住证办理');
    await question.backButton().click();
    await picker.waitUntilShown();
    expect(harness.fake.issueCalls).toEqual([]);
  });
});

describe('the ticket screen', () => {
  it('draws the followUrl as a QR code that a phone can read', async () => {
    const { home } = await open();
    const ticket = await (await home.takeNumber()).choose('社会保障');
    await ticket.qrCode().waitFor();
    const decoded = await decodeQr(await ticket.qrCode().screenshot());
    expect(decoded.startsWith(FAKE_FOLLOW_BASE)).toBe(true);
    expect(decoded.slice(FAKE_FOLLOW_BASE.length)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await ticket.main().textContent()).toContain('扫码在手机上查看排队进度');
  });

  it('prints again on request and says what happened, also when the printer fails again', async () => {
    const { home, harness } = await open({
      configure: (fake) => (fake.printOutcome = { status: 'failed', reason: 'paper-out' }),
    });
    const ticket = await (await home.takeNumber()).choose('社会保障');
    expect(await ticket.printFailedRegion().textContent()).toContain('打印纸用完了');

    harness.fake.reprintOutcome = { status: 'failed', reason: 'cover-open' };
    await ticket.printAgainButton().click();
    await ticket.reprintMessage('ticket.reprintFailed', 'cover-open').waitFor();

    harness.fake.reprintOutcome = { status: 'printed' };
    await ticket.printAgainButton().click();
    await ticket.reprintMessage('ticket.reprinted').waitFor();
    expect(harness.fake.reprintCalls).toHaveLength(2);
    expect(new Set(harness.fake.reprintCalls).size).toBe(1);
    expect(await ticket.numberShown()).toBe('A001');
  });
});

describe('appointment check-in', () => {
  it('checks in with the on-screen keypad and shows the appointment ticket', async () => {
    const { home, harness, problems } = await open();
    const appointment = await home.checkIn();
    await appointment.tapCode('AB12345');
    expect(await appointment.codeShown()).toBe('AB12345');
    await appointment.key('delete').click();
    expect(await appointment.codeShown()).toBe('AB1234');
    const ticket = await appointment.submitExpectingTicket();
    expect(await ticket.numberShown()).toBe('B001');
    expect(await ticket.main().textContent()).toContain('预约号，预约时间 10:30');
    expect(harness.fake.checkInCalls).toEqual([{ code: 'AB1234', locale: 'zh-CN' }]);
    expect(problems).toEqual([]);
  });

  it('accepts a scanner (fast keys and Enter) without any field focused', async () => {
    const { page, home, harness } = await open();
    const appointment = await home.checkIn();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await appointment.scan('AB1234');
    await appointment.ticketShown();
    expect(harness.fake.checkInCalls).toEqual([{ code: 'AB1234', locale: 'zh-CN' }]);
  });

  it('accepts a scan even after a key of the keypad was tapped (the scan replaces it)', async () => {
    const { home, harness } = await open();
    const appointment = await home.checkIn();
    await appointment.key('7').click();
    await appointment.scan('AB1234');
    await appointment.ticketShown();
    expect(harness.fake.checkInCalls).toEqual([{ code: 'AB1234', locale: 'zh-CN' }]);
  });

  it('takes typing on a physical keyboard, slowly, in lower case', async () => {
    const { page, home, harness } = await open();
    const appointment = await home.checkIn();
    await page.keyboard.type('ab1234', { delay: 150 });
    expect(await appointment.codeShown()).toBe('AB1234');
    await page.keyboard.press('Enter');
    await appointment.ticketShown();
    expect(harness.fake.checkInCalls).toEqual([{ code: 'AB1234', locale: 'zh-CN' }]);
  });

  it('refuses a code of the wrong shape before asking anyone', async () => {
    const { home, harness } = await open();
    const appointment = await home.checkIn();
    await appointment.tapCode('12345');
    await appointment.submitButton().click();
    await appointment.invalidCodeMessage().waitFor();
    expect(harness.fake.checkInCalls).toEqual([]);
  });

  const refusals = [
    { name: 'an unknown code', code: 'ZZ9999', error: null, says: '没有找到这个预约码' },
    { name: 'too early', code: 'AB1234', error: 'APPOINTMENT_TOO_EARLY', says: '现在签到还太早' },
    { name: 'too late', code: 'AB1234', error: 'APPOINTMENT_TOO_LATE', says: '已经过了这个预约的签到时间' },
    {
      name: 'no central system',
      code: 'AB1234',
      error: 'CENTRAL_UNAVAILABLE',
      says: '请取普通号，或到咨询台',
    },
  ] as const;
  for (const refusal of refusals) {
    it(`explains ${refusal.name} and offers a regular number instead`, async () => {
      const { home, harness } = await open({ configure: (fake) => (fake.checkInError = refusal.error) });
      const appointment = await home.checkIn();
      await appointment.tapCode(refusal.code);
      await appointment.submitButton().click();
      await appointment.failure().waitFor();
      expect(await appointment.failure().textContent()).toContain(refusal.says);
      expect(await appointment.main().textContent()).not.toMatch(/Error|at \w+ \(/);
      await appointment.takeRegularNumberButton().click();
      const picker = new (await import('../../e2e/pages/service-picker-page')).ServicePickerPage(home.page);
      await picker.waitUntilShown();
      expect(harness.fake.checkInCalls).toHaveLength(1);
    });
  }

  it('says a used code was already checked in, and lets the resident type another', async () => {
    const { home, harness } = await open();
    let appointment = await home.checkIn();
    await appointment.scan('AB1234');
    const ticket = await appointment.ticketShown();
    appointment = await (await ticket.done()).checkIn();
    await appointment.scan('AB1234');
    await appointment.failure().waitFor();
    expect(await appointment.failure().textContent()).toContain('这个预约已经签到过了');
    await appointment.key('clear').click();
    expect(await appointment.codeShown()).toBe('（还没有输入）');
    expect(harness.fake.checkInCalls).toHaveLength(2);
  });

  it('works in English and by keyboard alone', async () => {
    const { page, home, harness } = await open();
    await home.chooseLanguage('en');
    await home.checkInButton().focus();
    await page.keyboard.press('Enter');
    const appointment = new (await import('../../e2e/pages/appointment-page')).AppointmentPage(page, 'en');
    await appointment.waitUntilShown();
    await page.keyboard.type('AB1234', { delay: 150 });
    // Tab to the keypad's first key and use it: Enter acts on the focused key, not as "submit".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await appointment.codeShown()).toBe('AB12341');
    await page.keyboard.press('Backspace');
    await appointment.submitButton().focus();
    await page.keyboard.press('Enter');
    const ticket = await appointment.ticketShown();
    expect(await ticket.main().textContent()).toContain('Appointment ticket, booked for 10:30');
    expect(harness.fake.checkInCalls).toEqual([{ code: 'AB1234', locale: 'en' }]);
  });
});
