// The first ticket after the central API stops answering (it hangs: accepts connections, never
// answers, the worst case for a client): time from the moment it starts hanging to the ticket's
// last byte at the printer, and the KioskApi call's own time. Each trial starts online (a ticket
// numbered by the central API), then the proxy hangs and a resident takes a ticket at once.
// Target: ≤ 1.5 s. Runs with the kiosk's default timeouts (what a site gets out of the box).
// Usage: npm run bench:first-offline [-- TRIALS]
import { performance } from 'node:perf_hooks';
import type { DecodedJob } from '../fixtures/virtual-printer';
import { startFaultStack, waitForLeasedBlocks } from '../tests/faults/fault-stack';
import { summarize } from './lib';

const trials = Number(process.argv[2] ?? 5);
const SERVICE = 'labour-employment';
const stack = await startFaultStack({ kiosks: 1, kioskConfig: {} });
const { kiosk, printer } = stack.kiosks[0] ?? {};
if (!kiosk || !printer) throw new Error('no kiosk');

/** Issues tickets until one is numbered online again (the kiosk noticed the recovery). */
async function waitUntilOnline(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { ticket } = (await kiosk?.api.tickets.issue({ serviceId: SERVICE, locale: 'zh-CN' })) ?? {};
    if (ticket && !ticket.offline) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the kiosk did not come back online within 60 s');
}

try {
  const untilPrinted: number[] = [];
  const callTimes: number[] = [];
  for (let trial = 0; trial < trials; trial++) {
    await stack.proxy.setMode('pass');
    await waitUntilOnline();
    await waitForLeasedBlocks(kiosk.dataDir, [SERVICE], 10_000);
    const jobDone = new Promise<DecodedJob>((resolve) => {
      const onJob = (job: DecodedJob) => {
        printer.off('job', onJob);
        resolve(job);
      };
      printer.on('job', onJob);
    });
    const hangAt = performance.now();
    await stack.proxy.setMode('hang');
    const callStart = performance.now();
    const { ticket } = await kiosk.api.tickets.issue({ serviceId: SERVICE, locale: 'zh-CN' });
    const callEnd = performance.now();
    const job = await jobDone;
    if (!ticket.offline) throw new Error('the first ticket after the hang was not issued offline');
    untilPrinted.push(job.lastByteAt - hangAt);
    callTimes.push(callEnd - callStart);
    console.log(
      `trial ${trial + 1}: ${ticket.number} printed ${(job.lastByteAt - hangAt).toFixed(0)} ms after the hang (call ${(callEnd - callStart).toFixed(0)} ms)`,
    );
  }
  console.log(
    summarize('first ticket after the central API hangs: hang -> last byte', untilPrinted, '≤ 1500 ms'),
  );
  console.log(summarize('first ticket after the central API hangs: KioskApi call', callTimes));
} finally {
  await stack.close();
}
