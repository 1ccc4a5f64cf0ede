// A resident takes a queue ticket, for real: Chromium clicks by accessible name on the kiosk
// served by the browser-mode host, the embedded central API assigns the number, the ticket
// goes over TCP to the virtual ESC/POS printer, and we read what the printer decoded.
import { describe, expect, it } from 'vitest';
import { httpKioskClient } from '../support/kiosk-client';
import { HomePage } from './pages/home-page';
import { text } from './pages/messages';
import { setUpTicketE2e } from './ticket-e2e';

const e2e = setUpTicketE2e({
  extraConfig: 'idleTimeoutsSeconds:\n  menu: 45\n  result: 25\n  warning: 20\n',
});

describe('taking a queue ticket', () => {
  it('prints the ticket the central API assigned and shows it with the people ahead', async () => {
    const client = httpKioskClient(e2e.stack.host.origin, e2e.stack.host.token);
    const before = (await client.services.list()).services.find((s) => s.id === 'social-insurance');
    expect(before).toBeDefined();

    const home = await new HomePage(e2e.page).open(e2e.stack.host.kioskUrl);
    // A resident who reads no Chinese is told, in English, where to tap.
    expect(await e2e.page.getByText(text('en', 'home.inThisLanguage')).getAttribute('lang')).toBe('en');
    await e2e.expectNoAxeViolations('home (zh-CN)');
    const picker = await home.takeNumber();
    await e2e.expectNoAxeViolations('service picker (zh-CN)');
    const ticketPage = await picker.choose('社会保险');
    const number = await ticketPage.numberShown();
    await e2e.expectNoAxeViolations('ticket (zh-CN)');

    expect(number).toMatch(/^B\d{3}$/);
    const peopleAhead = before?.waiting ?? 0;
    await expect
      .poll(() => ticketPage.main().textContent())
      .toContain(peopleAhead === 0 ? '您是下一位' : `前面还有 ${peopleAhead} 人`);

    const [job] = await (e2e.stack.runtime.virtualPrinter?.waitForJobs(1, 5_000) ?? Promise.resolve([]));
    expect(job).toBeDefined();
    expect(job?.chineseMode).toBe(true);
    expect(job?.text).toContain('社会保险');
    expect(job?.text).toContain('测试街道社区事务受理服务中心');
    expect(job?.text).toContain(number);
    expect(job?.qrCodes).toHaveLength(1);
    // The QR is the central API's public page to follow this ticket (ASCII, as the printer needs).
    expect(job?.qrCodes[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/q\/[0-9a-f-]{36}$/);
    expect((await fetch(job?.qrCodes[0] as string)).status).toBe(200);
    expect(job?.cuts).toBe(1);

    const after = (await client.services.list()).services.find((s) => s.id === 'social-insurance');
    expect(after?.waiting).toBe(peopleAhead + 1);

    await ticketPage.done();
  });

  it('works in English, every screen clean for axe, and the printed ticket stays bilingual', async () => {
    const home = await new HomePage(e2e.page).open(e2e.stack.host.kioskUrl);
    await home.chooseLanguage('en');
    await expect.poll(() => e2e.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await e2e.expectNoAxeViolations('home (en)');
    const picker = await home.takeNumber();
    await e2e.expectNoAxeViolations('service picker (en)');
    const jobsBefore = e2e.stack.runtime.virtualPrinter?.jobs.length ?? 0;
    const ticketPage = await picker.choose('Shanghai residence permit');
    const number = await ticketPage.numberShown();
    await e2e.expectNoAxeViolations('ticket (en)');
    expect(number).toMatch(/^D\d{3}$/);
    const jobs = await e2e.stack.runtime.virtualPrinter?.waitForJobs(jobsBefore + 1, 5_000);
    const job = jobs?.at(-1);
    expect(job?.text).toContain('来沪人员居住证');
    expect(job?.text).toContain(number);
  });
});
