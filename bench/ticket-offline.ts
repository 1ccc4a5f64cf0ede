// Offline ticket latency once the outage is known: the central API is unreachable (the fault
// proxy refuses connections), the kiosk has noticed, and each ticket comes from its leased block.
// Measured from the KioskApi call (HTTP, as the screen makes it) to the last ticket byte at the
// virtual printer. Kiosk and central API are separate processes. Target: p95 ≤ 50 ms.
// Usage: npm run bench:offline [-- COUNT]
import { performance } from 'node:perf_hooks';
import type { DecodedJob } from '../fixtures/virtual-printer';
import { startFaultStack, waitForLeasedBlocks } from '../tests/faults/fault-stack';
import { summarize } from './lib';

const count = Number(process.argv[2] ?? 200);
const SERVICES = ['labour-employment', 'social-insurance', 'social-assistance', 'residence-permit'];
const stack = await startFaultStack({
  kiosks: 1,
  kioskConfig: {
    centralApi: { timeoutMs: 1000, ticketTimeoutMs: 500 },
    queue: { offlineBlockSize: Math.min(200, Math.ceil(count / SERVICES.length) + 20), renewBelow: 10 },
  },
});
const { kiosk, printer } = stack.kiosks[0] ?? {};
if (!kiosk || !printer) throw new Error('no kiosk');
try {
  for (const serviceId of SERVICES) await kiosk.api.tickets.issue({ serviceId, locale: 'zh-CN' });
  await waitForLeasedBlocks(kiosk.dataDir, SERVICES, 10_000);
  await stack.proxy.setMode('refuse');
  // Let the kiosk learn of the outage (the first offline tickets pay for finding out).
  for (let i = 0; i < 3; i++) {
    const { ticket } = await kiosk.api.tickets.issue({ serviceId: 'labour-employment', locale: 'zh-CN' });
    if (!ticket.offline) throw new Error('expected an offline ticket while the central API refuses');
  }

  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const jobDone = new Promise<DecodedJob>((resolve) => {
      const onJob = (job: DecodedJob) => {
        printer.off('job', onJob);
        resolve(job);
      };
      printer.on('job', onJob);
    });
    const started = performance.now();
    const { ticket } = await kiosk.api.tickets.issue({
      serviceId: SERVICES[i % SERVICES.length] as string,
      locale: 'zh-CN',
    });
    if (!ticket.offline) throw new Error(`ticket ${ticket.number} was not issued offline`);
    const job = await jobDone;
    latencies.push(job.lastByteAt - started);
  }
  console.log(
    summarize(
      `offline (outage known): KioskApi call -> last ticket byte (${count} tickets)`,
      latencies,
      'p95 ≤ 50 ms',
    ),
  );
} finally {
  await stack.close();
}
