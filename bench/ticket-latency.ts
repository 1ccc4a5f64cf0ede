// Touch on the service button -> last ticket byte received by the virtual printer, online, in
// browser mode: Chromium drives the real screens of a kiosk running as its own process
// (scripts/launch.mjs), the reference central API in its own process (services open all day, so
// the figure does not depend on the hour), a TCP virtual printer in this process.
// Target (issue 3): p95 ≤ 150 ms over 500 tickets. Usage: npm run bench:ticket [-- COUNT]
import { performance } from 'node:perf_hooks';
import type { DecodedJob } from '../fixtures/virtual-printer';
import { HomePage } from '../tests/e2e/pages/home-page';
import { ServicePickerPage } from '../tests/e2e/pages/service-picker-page';
import { TicketPage } from '../tests/e2e/pages/ticket-page';
import { startFaultStack } from '../tests/faults/fault-stack';
import { launchChromium, summarize } from './lib';

const count = Number(process.argv[2] ?? 500);
// Ten services at most ~50 tickets each: far from the 999-a-day cap of one service.
const stack = await startFaultStack({ kiosks: 1, direct: true, kioskConfig: {} });
const { kiosk, printer } = stack.kiosks[0] ?? {};
if (!kiosk || !printer) throw new Error('no kiosk');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  // Stamp the touch itself (pointerdown, capture phase) in wall-clock ms, comparable across processes.
  await page.addInitScript(() => {
    window.addEventListener(
      'pointerdown',
      () => {
        (window as unknown as { __touchAt: number }).__touchAt = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  await page.goto(`${kiosk.origin}/#token=${kiosk.token}`);

  const home = new HomePage(page);
  const picker = new ServicePickerPage(page);
  const ticketPage = new TicketPage(page);
  const { services } = await kiosk.api.services.list();
  const names = services.filter((s) => s.open).map((s) => s.name['zh-CN']);
  if (names.length === 0) throw new Error('no service is open');

  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    await home.takeNumber();
    const jobDone = new Promise<DecodedJob>((resolve) => {
      const onJob = (job: DecodedJob) => {
        printer.off('job', onJob);
        resolve(job);
      };
      printer.on('job', onJob);
    });
    await picker.choose(names[i % names.length] as string);
    const job = await jobDone;
    await ticketPage.numberShown();
    const touchAt = await page.evaluate(() => (window as unknown as { __touchAt: number }).__touchAt);
    latencies.push(performance.timeOrigin + job.lastByteAt - touchAt);
    await ticketPage.done();
  }
  console.log(summarize(`online: touch -> last ticket byte (${count} tickets)`, latencies, 'p95 ≤ 150 ms'));
} finally {
  await browser.close();
  await stack.close();
}
