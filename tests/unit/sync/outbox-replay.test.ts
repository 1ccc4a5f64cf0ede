// Hand-over after an outage: in issue-time order, idempotent, backoff on an outage, a permanent
// refusal kept with its reason (real central API, real SQLite).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { issueOffline } from '../../../electron/services/queue/offline-issue';
import { createServiceCatalog } from '../../../electron/services/queue/service-catalog';
import { createOutboxReplayer } from '../../../electron/services/sync/outbox-replay';
import { openHallClock, pause, type QueueRig, startQueueRig } from '../queue/support/queue-rig';

let rig: QueueRig;
afterEach(async () => {
  await rig?.close();
});
const SERVICE = 'social-insurance';

async function issueOfflineTickets(
  n: number,
): Promise<Array<{ id: string; number: string; issuedAt: string }>> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const { ticket } = await rig.queue.issueTicket({ serviceId: SERVICE, locale: 'zh-CN' });
    expect(ticket.offline).toBe(true);
    out.push(ticket);
  }
  return out;
}

async function comeBack(): Promise<void> {
  await rig.proxy.setMode('pass');
  await pause(250); // the breaker is due for its half-open probe
}

describe('outbox replay', () => {
  it('hands offline tickets over once the central API is back, keeping their numbers', async () => {
    rig = await startQueueRig();
    await rig.proxy.setMode('refuse');
    const tickets = await issueOfflineTickets(5);
    expect(rig.store.outbox.depth()).toBe(5);
    const failed = await rig.sync.syncNow();
    expect(failed.online).toBe(false);
    expect(rig.store.outbox.depth()).toBe(5);

    await comeBack();
    const report = await rig.sync.syncNow();
    expect(report.replay).toEqual({ delivered: 5, rejected: 0, interrupted: false });
    expect(rig.store.outbox.depth()).toBe(0);
    expect(rig.sync.lastSyncAt()).not.toBeNull();
    // A second hand-over of the same items (a crash before marking them) changes nothing.
    for (const t of tickets) {
      const again = await rig.direct.issueTicket({
        clientTicketId: t.id,
        serviceId: SERVICE,
        kioskId: 'rig-kiosk-1',
        offline: { number: t.number, issuedAt: t.issuedAt },
      });
      expect(again).toMatchObject({ clientTicketId: t.id, number: t.number, offline: true });
    }
    // Online numbers after the outage never repeat an offline one.
    const next = await rig.queue.issueTicket({ serviceId: SERVICE, locale: 'zh-CN' });
    expect(next.ticket.offline).toBe(false);
    expect(tickets.map((t) => t.number)).not.toContain(next.ticket.number);
  });

  it('delivers in issue-time order and stops at an outage, backing off the oldest item', async () => {
    rig = await startQueueRig();
    await rig.proxy.setMode('refuse');
    const tickets = await issueOfflineTickets(4);
    const seen: string[] = [];
    let failNext = true;
    const replayer = createOutboxReplayer({
      store: rig.store,
      clock: { now: () => new Date() },
      handlers: {
        'ticket.offline': async (item) => {
          if (failNext) {
            failNext = false;
            const { CentralApiError } = await import('../../../electron/services/central');
            throw new CentralApiError('unreachable', 'ECONNREFUSED');
          }
          seen.push(item.clientId);
        },
      },
      backoffBaseMs: 100,
    });
    const first = await replayer.replayDue();
    expect(first).toEqual({ delivered: 0, rejected: 0, interrupted: true });
    expect(rig.store.outbox.get(tickets[0]?.id ?? '')).toMatchObject({
      attempts: 1,
      lastError: 'ECONNREFUSED',
    });
    // While the oldest backs off, nothing behind it overtakes it.
    expect(await replayer.replayDue()).toEqual({ delivered: 0, rejected: 0, interrupted: false });
    await pause(150);
    expect(await replayer.replayDue()).toMatchObject({ delivered: 4 });
    expect(seen).toEqual(tickets.map((t) => t.id));
  });

  it('keeps a permanent refusal with its reason and delivers the rest', async () => {
    rig = await startQueueRig();
    const bogus = randomUUID();
    rig.store.outbox.enqueue({
      clientId: bogus,
      kind: 'ticket.offline',
      payload: {
        clientTicketId: bogus,
        serviceId: SERVICE,
        number: 'B999',
        issuedAt: new Date().toISOString(),
        priority: false,
      },
      createdAt: '2025-03-04T01:59:00.000Z',
    });
    await rig.proxy.setMode('refuse');
    await issueOfflineTickets(2);
    await comeBack();
    const report = await rig.sync.syncNow();
    expect(report.replay).toEqual({ delivered: 2, rejected: 1, interrupted: false });
    const [rejected] = rig.store.outbox.rejected(10);
    expect(rejected).toMatchObject({ clientId: bogus, deliveredAt: null });
    expect(rejected?.rejection).toMatch(/409|NUMBER_NOT_LEASED/);
    expect(rig.store.outbox.depth()).toBe(0);
  });

  it('hands 300 offline tickets over in one pass, all delivered (rate logged; target 1,000 in 5 s)', async () => {
    rig = await startQueueRig({ blockSize: 200, renewBelow: 1 });
    const services = [
      'labour-employment',
      'social-insurance',
      'social-assistance',
      'residence-permit',
      'family-planning',
    ];
    await rig.proxy.setMode('refuse');
    const catalog = createServiceCatalog({
      central: rig.direct,
      guard: rig.guard,
      store: rig.store,
      clock: openHallClock(),
    });
    const deps = {
      store: rig.store,
      catalog,
      clock: openHallClock(),
      timeZone: 'Asia/Shanghai',
      publicUrl: 'https://hall.example.gov.cn',
      hallName: { 'zh-CN': '测试中心', en: 'Test hall' },
      paperWidth: 80 as const,
    };
    // Issued as the queue service does offline, without printing 1,000 tickets.
    for (let i = 0; i < 300; i++) {
      issueOffline(deps, {
        clientTicketId: randomUUID(),
        serviceId: services[i % services.length] ?? SERVICE,
        priority: i % 7 === 0,
      });
    }
    expect(rig.store.outbox.depth()).toBe(300);
    await comeBack();
    const started = performance.now();
    const report = await rig.sync.syncNow();
    const ms = performance.now() - started;
    expect(report.replay).toMatchObject({ delivered: 300, rejected: 0, interrupted: false });
    expect(rig.store.outbox.depth()).toBe(0);
    console.info(`replay: 300 items in ${Math.round(ms)} ms (${(ms / 300).toFixed(1)} ms each)`);
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});
