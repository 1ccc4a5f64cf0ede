// Replay after an outage: 1,000 tickets issued offline through the KioskApi (the central API
// refusing connections), then the central API comes back; measured from that moment until the
// kiosk's outbox is empty (read from its SQLite file), and checked against the central API's own
// count. Kiosk and central API are separate processes. Target: ≤ 5 s.
// Usage: npm run bench:replay [-- COUNT]
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startFaultStack, waitForLeasedBlocks } from '../tests/faults/fault-stack';
import { centralTickets, outboxState } from '../tests/faults/ticket-ledger';

const count = Number(process.argv[2] ?? 1000);
// Spread over five services: one service has 999 numbers a day.
const SERVICES = [
  'labour-employment',
  'social-insurance',
  'social-assistance',
  'residence-permit',
  'family-planning',
];
const perService = Math.ceil(count / SERVICES.length);
const stack = await startFaultStack({
  kiosks: 1,
  kioskConfig: {
    // The end of the outage is noticed within half a second, so the figure is the hand-over itself.
    centralApi: {
      timeoutMs: 1000,
      ticketTimeoutMs: 500,
      breaker: { failuresToOpen: 2, halfOpenAfterMs: 500 },
    },
    queue: { offlineBlockSize: Math.min(200, perService + 20), renewBelow: 10 },
    sync: { intervalMs: 500 },
  },
});
const { kiosk } = stack.kiosks[0] ?? {};
if (!kiosk) throw new Error('no kiosk');
try {
  for (const serviceId of SERVICES) await kiosk.api.tickets.issue({ serviceId, locale: 'zh-CN' });
  await waitForLeasedBlocks(kiosk.dataDir, SERVICES, 10_000);
  await stack.proxy.setMode('refuse');
  const issueStart = performance.now();
  for (let i = 0; i < count; i++) {
    const { ticket } = await kiosk.api.tickets.issue({
      serviceId: SERVICES[i % SERVICES.length] as string,
      locale: 'zh-CN',
    });
    if (!ticket.offline) throw new Error(`ticket ${ticket.number} was not issued offline`);
  }
  const pendingBefore = outboxState(kiosk.dataDir).pending;
  console.log(
    `issued ${count} tickets offline in ${((performance.now() - issueStart) / 1000).toFixed(1)} s; outbox holds ${pendingBefore}`,
  );

  const recoveredAt = performance.now();
  await stack.proxy.setMode('pass');
  const deadline = recoveredAt + 120_000;
  let pending = pendingBefore;
  while (pending > 0 && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    pending = outboxState(kiosk.dataDir).pending;
  }
  const elapsed = performance.now() - recoveredAt;
  const offlineKnown = centralTickets(stack.central.dbPath).filter((t) => t.offline).length;
  if (pending > 0) throw new Error(`outbox still holds ${pending} after ${(elapsed / 1000).toFixed(1)} s`);
  const span = deliverySpanMs(kiosk.dataDir);
  console.log(
    `replay: ${pendingBefore} offline tickets handed over ${(elapsed / 1000).toFixed(2)} s after the ` +
      `central API came back (target ≤ 5 s); first to last delivery ${(span / 1000).toFixed(2)} s; ` +
      `the central API knows ${offlineKnown} offline tickets`,
  );
} finally {
  await stack.close();
}

/** First to last delivered_at in the outbox: the hand-over itself, without noticing the recovery. */
function deliverySpanMs(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true });
  try {
    const row = db
      .prepare(
        'SELECT min(delivered_at) AS first, max(delivered_at) AS last FROM outbox WHERE delivered_at IS NOT NULL',
      )
      .get() as { first: string; last: string };
    return Date.parse(row.last) - Date.parse(row.first);
  } finally {
    db.close();
  }
}
