// A resident asks for priority; another checks in with an appointment code, typed or scanned.
// Real parts: Chromium by accessible names, the browser-mode host, the embedded central API with
// its fixture appointments, the virtual printer. The kiosk's clock is a Tuesday 10:00 in the hall.
import { describe, expect, it } from 'vitest';
import { HomePage } from './pages/home-page';
import { text } from './pages/messages';
import { setUpTicketE2e } from './ticket-e2e';

const e2e = setUpTicketE2e();

async function nextPrintedJob(before: number) {
  const jobs = await e2e.stack.runtime.virtualPrinter?.waitForJobs(before + 1, 5_000);
  return jobs?.at(-1);
}

describe('priority', () => {
  it('asks one question, issues a priority ticket and prints its mark', async () => {
    const home = await new HomePage(e2e.page).open(e2e.stack.host.kioskUrl);
    const picker = await home.takeNumber();
    const question = await picker.chooseService('户籍');
    await e2e.expectNoAxeViolations('priority question (zh-CN)');
    const jobsBefore = e2e.stack.runtime.virtualPrinter?.jobs.length ?? 0;
    const ticket = await question.answer(true);
    const number = await ticket.numberShown();
    expect(number).toMatch(/^F\d{3}$/);
    await e2e.expectNoAxeViolations('priority ticket (zh-CN)');
    const job = await nextPrintedJob(jobsBefore);
    expect(job?.text).toContain(number);
    expect(job?.text).toContain('优先');
    expect(job?.text).toContain('户籍');
  });
});

describe('appointment check-in', () => {
  it('checks in a scanned code, prints an appointment ticket, and refuses the same code twice', async () => {
    const home = await new HomePage(e2e.page).open(e2e.stack.host.kioskUrl);
    let appointment = await home.checkIn();
    await e2e.expectNoAxeViolations('appointment check-in (zh-CN)');
    const jobsBefore = e2e.stack.runtime.virtualPrinter?.jobs.length ?? 0;
    await appointment.scan('YY1000C2');
    const ticket = await appointment.ticketShown();
    const number = await ticket.numberShown();
    expect(number).toMatch(/^F\d{3}$/);
    const job = await nextPrintedJob(jobsBefore);
    expect(job?.text).toContain('预约 10:00');
    expect(job?.text).toContain(number);

    await ticket.done();
    appointment = await new HomePage(e2e.page).checkIn();
    await appointment.tapCode('YY1000C2');
    await appointment.submitButton().click();
    await expect
      .poll(() => appointment.failure().textContent())
      .toContain(text('zh-CN', 'errors.APPOINTMENT_USED'));
    await e2e.expectNoAxeViolations('appointment refused (zh-CN)');
  });

  it('says when it is too early, and offers a regular number instead', async () => {
    const home = await new HomePage(e2e.page).open(e2e.stack.host.kioskUrl);
    await home.chooseLanguage('en');
    const appointment = await home.checkIn();
    await appointment.tapCode('YY1400F1');
    await appointment.submitButton().click();
    await expect
      .poll(() => appointment.failure().textContent())
      .toContain(text('en', 'errors.APPOINTMENT_TOO_EARLY'));
    expect(await appointment.takeRegularNumberButton().isVisible()).toBe(true);
    await e2e.expectNoAxeViolations('appointment too early (en)');
  });
});
