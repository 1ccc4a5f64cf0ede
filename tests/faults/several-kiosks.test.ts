// Three kiosks (processes) issuing at the same time against one central API, online and during
// an outage they share (the proxy refuses every connection), then after recovery: every number
// is issued once per service and day, and every ticket is known to the central API exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../electron/api';
import { type FaultStack, LEAN_KIOSK_CONFIG, startFaultStack, waitForLeasedBlocks } from './fault-stack';
import { auditTickets, centralTickets, waitForReconciled } from './ticket-ledger';

const SERVICES = ['labour-employment', 'social-insurance'] as const;
const PER_KIOSK = 10;

let stack: FaultStack;
const acknowledged: Ticket[] = [];

beforeAll(async () => {
  // Three kiosks and the central API share two cores here: a ticket timeout long enough that the
  // online phase stays online (the outage is a refused connection, noticed at once anyway); for the
  // same reason one slow background call (sync every 300 ms) must not open the breaker alone.
  stack = await startFaultStack({
    kiosks: 3,
    kioskConfig: {
      ...LEAN_KIOSK_CONFIG,
      centralApi: {
        ...(LEAN_KIOSK_CONFIG.centralApi as object),
        timeoutMs: 3000,
        ticketTimeoutMs: 2500,
        breaker: { failuresToOpen: 4, halfOpenAfterMs: 500 },
      },
    },
  });
}, 90_000);

afterAll(async () => {
  await stack?.close();
});

/** Every kiosk issues `count` tickets, the kiosks at the same time, each one after the other. */
async function issueOnAllKiosks(count: number): Promise<Ticket[]> {
  const perKiosk = await Promise.all(
    stack.kiosks.map(async ({ kiosk }) => {
      const tickets: Ticket[] = [];
      for (let i = 0; i < count; i++) {
        const serviceId = SERVICES[i % SERVICES.length] as string;
        tickets.push((await kiosk.api.tickets.issue({ serviceId, locale: 'zh-CN' })).ticket);
      }
      return tickets;
    }),
  );
  const tickets = perKiosk.flat();
  acknowledged.push(...tickets);
  return tickets;
}

function duplicateNumbers(tickets: readonly Ticket[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const t of tickets) {
    const key = `${t.issuedAt.slice(0, 10)}/${t.number}`;
    if (seen.has(key)) duplicates.push(t.number);
    seen.add(key);
  }
  return duplicates;
}

describe('several kiosks against one central API', () => {
  it('online: numbers unique across kiosks', async () => {
    // Kiosks that have been up for a while: each holds its blocks (leased at start, in the background).
    for (const { kiosk } of stack.kiosks) await waitForLeasedBlocks(kiosk.dataDir, SERVICES, 20_000);
    const tickets = await issueOnAllKiosks(PER_KIOSK);
    expect(tickets.every((t) => !t.offline)).toBe(true);
    expect(duplicateNumbers(tickets)).toEqual([]);
  }, 60_000);

  it('during a shared outage: each kiosk issues from its own block, numbers unique', async () => {
    for (const { kiosk } of stack.kiosks) await waitForLeasedBlocks(kiosk.dataDir, SERVICES, 10_000);
    await stack.proxy.setMode('refuse');
    const outageStart = performance.now();
    const tickets = await issueOnAllKiosks(PER_KIOSK);
    expect(tickets.every((t) => t.offline)).toBe(true);
    expect(duplicateNumbers(acknowledged)).toEqual([]);
    // Thirty offline tickets from three kiosks at once: the outage does not slow anyone down.
    expect(performance.now() - outageStart).toBeLessThan(15_000);
  }, 60_000);

  it('after recovery: handed over once each, online numbers still unique', async () => {
    await stack.proxy.setMode('pass');
    await waitForReconciled({
      dataDirs: stack.dataDirs(),
      centralDbPath: stack.central.dbPath,
      expectIds: acknowledged.map((t) => t.id),
      timeoutMs: 30_000,
    });
    await issueOnAllKiosks(5);
    await waitForReconciled({
      dataDirs: stack.dataDirs(),
      centralDbPath: stack.central.dbPath,
      expectIds: acknowledged.map((t) => t.id),
      timeoutMs: 10_000,
    });
    const central = centralTickets(stack.central.dbPath);
    const keys = central.map((t) => `${t.serviceId}/${t.date}/${t.number}`);
    expect(new Set(keys).size).toBe(central.length);
    expect(new Set(central.map((t) => t.kioskId)).size).toBe(3);
    const report = auditTickets({
      jobs: stack.jobs(),
      centralDbPath: stack.central.dbPath,
      acknowledged,
      dataDirs: stack.dataDirs(),
    });
    expect(report.problems).toEqual([]);
    expect(report.central).toBe(acknowledged.length);
    expect(report.offlineCentral).toBe(acknowledged.filter((t) => t.offline).length);
  }, 60_000);
});
