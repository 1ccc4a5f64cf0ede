// Touch on the service button -> last ticket byte received by the virtual printer, in browser
// mode (Chromium, real host, embedded central API on loopback, TCP printer).
// Target (issue 2): p95 ≤ 150 ms over 200 tickets.
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../electron/boot';
import type { DecodedJob } from '../fixtures/virtual-printer';
import { ensureRendererBuilt } from '../scripts/lib/renderer-build';
import { HomePage } from '../tests/e2e/pages/home-page';
import { ServicePickerPage } from '../tests/e2e/pages/service-picker-page';
import { TicketPage } from '../tests/e2e/pages/ticket-page';
import { httpKioskClient } from '../tests/support/kiosk-client';
import { startKioskStack } from '../tests/support/kiosk-stack';
import { launchChromium, summarize } from './lib';

const count = Number(process.argv[2] ?? 200);
await ensureRendererBuilt(PROJECT_ROOT);
const stack = await startKioskStack({ extraConfig: 'idleTimeoutsSeconds:\n  menu: 600\n  result: 600\n' });
const printer = stack.runtime.virtualPrinter;
if (!printer) throw new Error('the bench needs the virtual printer');
const browser = await launchChromium();
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
await page.goto(stack.host.kioskUrl);

const home = new HomePage(page);
const picker = new ServicePickerPage(page);
const ticketPage = new TicketPage(page);
const { services } = await httpKioskClient(stack.host.origin, stack.host.token).services.list();
const names = services.filter((s) => s.open).map((s) => s.name['zh-CN']);

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
console.log(summarize(`touch -> last ticket byte (${count} tickets)`, latencies, 'p95 ≤ 150 ms'));
await browser.close();
await stack.close();
