// A resident's story through the built renderer in Chromium, against the fake KioskApi.
import { describe, expect, it } from 'vitest';
import { PriorityQuestionPage } from '../../e2e/pages/priority-question-page';
import { ServicePickerPage } from '../../e2e/pages/service-picker-page';
import { TicketPage } from '../../e2e/pages/ticket-page';
import { type OpenOptions, setUpKioskBrowser } from './kiosk-browser';

const { open } = setUpKioskBrowser();

describe('taking a number', () => {
  it('goes from home to a service to the ticket, in Simplified Chinese by default', async () => {
    const { page, home, harness, problems } = await open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(page.url()).not.toContain('token');
    await expect(home.main().textContent()).resolves.not.toContain('token');

    const picker = await home.takeNumber();
    expect(await picker.serviceButtonName('社会保障')).toContain('4 人等候');
    expect(await picker.serviceButtonName('社会保障')).toContain('约 12 分钟');
    expect(await picker.serviceButton('计划生育').isDisabled()).toBe(true);
    expect(await picker.serviceButtonName('计划生育')).toContain('暂停取号');

    const ticket = await picker.choose('社会保障');
    expect(await ticket.numberShown()).toBe('A001');
    const main = (await ticket.main().textContent()) ?? '';
    expect(main).toContain('前面还有 4 人');
    expect(main).toContain('预计等候约 12 分钟');
    expect(main).toContain('请取走您的号票。');
    expect(await ticket.announcement().textContent()).toContain('A001');
    expect(main).not.toContain('优先号');
    expect(await ticket.qrCode().isVisible()).toBe(true);
    expect(main).toContain('扫码在手机上查看排队进度');
    expect(harness.fake.issueCalls).toEqual([
      { serviceId: 'social-security', locale: 'zh-CN', priority: false },
    ]);

    const again = await ticket.done();
    expect(await again.takeNumberButton().isVisible()).toBe(true);
    expect(harness.unauthorizedCount()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('issues one ticket for a double tap, and shows that it is busy meanwhile', async () => {
    const { page, home, harness } = await open({ configure: (fake) => (fake.issueDelayMs = 800) });
    const picker = await home.takeNumber();
    // The second tap of a double tap on the service lands on the question: it is not an answer.
    await picker.serviceButton('居住证办理').dblclick();
    const question = new PriorityQuestionPage(page);
    await question.waitUntilShown();
    await page.waitForTimeout(150);
    expect(harness.fake.issueCalls).toHaveLength(0);

    await question.answerButton(false).dblclick();
    // Impatient taps while it works (force: the buttons say aria-disabled, which Playwright honours).
    await question.answerButton(false).click({ force: true });
    await question.answerButton(true).click({ force: true });
    expect(await question.answerButton(false).getAttribute('aria-busy')).toBe('true');
    expect(await question.main().textContent()).toContain('正在取号');
    const ticket = new TicketPage(page);
    expect(await ticket.numberShown()).toBe('B001');
    expect(harness.fake.issueCalls).toEqual([
      { serviceId: 'residence-permit', locale: 'zh-CN', priority: false },
    ]);
  });

  it('can be driven by keyboard alone (Tab and Enter), each screen starting at its heading', async () => {
    const { page, home, harness } = await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const picker = new ServicePickerPage(page);
    await picker.serviceButton('社会保障').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const question = new PriorityQuestionPage(page);
    await question.waitUntilShown();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Tab past the regular answer to the priority one.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const ticket = new TicketPage(page);
    expect(await ticket.numberShown()).toBe('A001');
    expect(harness.fake.issueCalls).toEqual([
      { serviceId: 'social-security', locale: 'zh-CN', priority: true },
    ]);
    await ticket.printAgainButton().focus();
    await page.keyboard.press('Enter');
    await ticket.reprintMessage('ticket.reprinted').waitFor();
    expect(harness.fake.reprintCalls).toHaveLength(1);
    await ticket.doneButton().focus();
    await page.keyboard.press('Enter');
    await home.waitUntilShown();
  });

  it('switches language on every screen, each language named in itself', async () => {
    const { page, home, harness } = await open();
    expect(await home.languageButton('en').getAttribute('lang')).toBe('en');
    expect(await home.languageButton('zh-CN').getAttribute('lang')).toBe('zh-CN');
    await home.chooseLanguage('en');
    await home.waitUntilShown();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await home.languageButton('en').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('banner').textContent()).toContain(
      'Ping An Community Affairs Service Center',
    );

    const picker = await home.takeNumber();
    expect(await picker.serviceButtonName('Social security')).toContain('4 waiting');
    expect(await picker.serviceButtonName('Family planning')).toContain('Closed now');
    await picker.chooseLanguage('zh-CN');
    await picker.waitUntilShown();
    expect(await picker.serviceButtonName('社会保障')).toContain('4 人等候');
    await picker.chooseLanguage('en');

    const ticket = await picker.choose('Residence permits');
    expect(await ticket.numberShown()).toBe('B001');
    expect(await ticket.main().textContent()).toContain('Please take your ticket.');
    expect(harness.fake.issueCalls).toEqual([
      { serviceId: 'residence-permit', locale: 'en', priority: false },
    ]);
  });
});

describe('when something goes wrong', () => {
  it('says calmly that the ticket did not print and that the number on screen is valid', async () => {
    const { home } = await open({
      configure: (fake) => (fake.printOutcome = { status: 'failed', reason: 'paper-out' }),
    });
    const ticket = await (await home.takeNumber()).choose('社会保障');
    expect(await ticket.numberShown()).toBe('A001');
    const region = ticket.printFailedRegion();
    expect(await region.textContent()).toContain('打印纸用完了');
    expect(await region.textContent()).toContain('您的号码仍然有效');
    expect(await region.textContent()).toContain('拍下屏幕上的二维码');
    expect(await ticket.qrCode().isVisible()).toBe(true);
    expect(await ticket.main().textContent()).not.toContain('请取走您的号票');

    await ticket.chooseLanguage('en');
    expect(await ticket.printFailedRegion().textContent()).toContain('the printer is out of paper');
  });

  it('shows a message with a way forward when a service has no numbers left', async () => {
    const { page, home, harness } = await open({
      configure: (fake) => (fake.issueError = 'NUMBERS_EXHAUSTED'),
    });
    const picker = await home.takeNumber();
    await (await picker.chooseService('社会保障')).answerButton(false).click();
    await picker.errorHeading().waitFor();
    expect(await picker.main().textContent()).toContain('今天的号已经取完了');
    expect(await picker.main().textContent()).not.toMatch(/Error|at \w+ \(/);

    harness.fake.issueError = null;
    await page.getByRole('button', { name: '重新选择业务' }).click();
    const retried = new ServicePickerPage(page);
    await retried.waitUntilShown();
    expect(await (await retried.choose('社会保障')).numberShown()).toBe('A001');
  });

  it('offers to choose again when the service closed meanwhile', async () => {
    const { page, home, harness } = await open();
    const picker = await home.takeNumber();
    const social = harness.fake.services[0];
    if (social) social.open = false;
    await (await picker.chooseService('社会保障')).answerButton(false).click();
    await picker.errorHeading().waitFor();
    expect(await picker.main().textContent()).toContain('这项业务现在暂停取号');
    await page.getByRole('button', { name: '重新选择业务' }).click();
    await picker.waitUntilShown();
    expect(await picker.serviceButton('社会保障').isDisabled()).toBe(true);
    expect(harness.fake.issueCalls).toHaveLength(1);
  });

  it('lets the resident retry when the service list cannot be loaded', async () => {
    const { home, harness } = await open({ configure: (fake) => (fake.listError = 'CENTRAL_UNAVAILABLE') });
    await home.takeNumberButton().click();
    await home.errorHeading().waitFor();
    harness.fake.listError = null;
    await home.retryButton().click();
    const picker = new ServicePickerPage(home.page);
    await picker.serviceButton('社会保障').waitFor();
    expect(await picker.serviceButton('社会保障').isEnabled()).toBe(true);
  });

  it('shows the generic message for a refused token, never a stack', async () => {
    const { page, harness } = await open();
    await page.goto(`${harness.origin}/index.html#token=wrong`);
    const picker = new ServicePickerPage(page);
    await picker.errorHeading().waitFor();
    expect(await picker.main().textContent()).toContain('出了点问题');
    expect(harness.unauthorizedCount()).toBeGreaterThan(0);
  });
});

describe('idle', () => {
  const shortIdle: OpenOptions = {
    configure: (fake) => (fake.info.idleTimeoutsSeconds = { menu: 3, notice: 3, result: 3, warning: 2 }),
  };

  it('warns, continues on one tap, then returns home and resets language and text size', async () => {
    const { page, home } = await open(shortIdle);
    await home.chooseLanguage('en');
    await home.largerTextButton().click();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    const picker = await home.takeNumber();

    // Large text doubles the idle time: 6 s, warning in the last 2.
    const started = Date.now();
    await picker.idleDialog().waitFor({ timeout: 8_000 });
    expect(Date.now() - started).toBeGreaterThan(3_000);
    expect(await picker.idleDialog().textContent()).toMatch(/Going back to the start in [12] seconds/);
    await picker.continueSession();
    await picker.idleDialog().waitFor({ state: 'hidden' });
    await picker.waitUntilShown();

    await picker.idleDialog().waitFor({ timeout: 8_000 });
    const homeAgain = new ServicePickerPage(page, 'zh-CN');
    await page.getByRole('heading', { level: 1, name: '欢迎使用自助服务' }).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('normal');
    expect(await homeAgain.largerTextButton().getAttribute('aria-pressed')).toBe('false');
  });

  it('leaves the ticket screen after its own idle time', async () => {
    const { page, home } = await open(shortIdle);
    const ticket = await (await home.takeNumber()).choose('社会保障');
    await ticket.idleDialog().waitFor({ timeout: 5_000 });
    await page.getByRole('heading', { level: 1, name: '欢迎使用自助服务' }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole('status').textContent()).toBe('');
    // Home in its default state has nothing to reset: no warning keeps popping up on an empty kiosk.
    await page.waitForTimeout(3_500);
    expect(await home.idleDialog().isVisible()).toBe(false);
  });
});
