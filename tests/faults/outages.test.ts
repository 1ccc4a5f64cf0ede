// Tickets never stop: for each way the central API can fail (stopped, hanging, answering 500,
// answering broken JSON, flapping), a resident keeps getting tickets, offline ones marked, and
// once the fault ends the outbox hands them over: every printed ticket is known to the central
// API exactly once and no number is issued twice. Real parts: the central API in its own process
// behind a fault proxy, the kiosk in its own process, a TCP virtual printer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../electron/api';
import type { FaultMode } from '../support/fault-proxy';
import { type FaultStack, startFaultStack, waitForLeasedBlocks } from './fault-stack';
import { auditTickets, waitForReconciled } from './ticket-ledger';

const SERVICES = ['labour-employment', 'social-insurance'] as const;
const TICKETS_PER_FAULT = 8;
/** Well above the lean config's 300 ms ticket timeout, well below "the screen is stuck". */
const ISSUE_BUDGET_MS = 2000;

let stack: FaultStack;
const acknowledged: Ticket[] = [];

beforeAll(async () => {
  stack = await startFaultStack({ kiosks: 1 });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

async function issue(serviceId: string): Promise<{ ticket: Ticket; ms: number; printed: boolean }> {
  const kiosk = stack.kiosks[0]?.kiosk;
  if (!kiosk) throw new Error('no kiosk');
  const started = performance.now();
  const { ticket, print } = await kiosk.api.tickets.issue({ serviceId, locale: 'zh-CN' });
  acknowledged.push(ticket);
  return { ticket, ms: performance.now() - started, printed: print.status === 'printed' };
}

const faults: Array<{ mode: FaultMode; label: string }> = [
  { mode: 'refuse', label: 'stopped (connection refused)' },
  { mode: 'hang', label: 'hanging (accepts, never answers)' },
  { mode: 'error-500', label: 'answering 500' },
  { mode: 'malformed', label: 'answering malformed JSON' },
  { mode: 'flap', label: 'flapping (up and down every 700 ms)' },
];

describe('tickets keep coming through central-API faults, then reconcile', () => {
  it.each(faults)(
    'central API $label',
    async ({ mode }) => {
      const { kiosk, printer } = stack.kiosks[0] ?? {};
      if (!kiosk || !printer) throw new Error('no kiosk');
      await stack.proxy.setMode('pass');

      // Online first: the central API numbers these, and the kiosk leases its blocks.
      for (const serviceId of SERVICES) {
        const { ticket } = await issue(serviceId);
        expect(ticket.offline).toBe(false);
      }
      await waitForLeasedBlocks(kiosk.dataDir, SERVICES, 10_000);

      await stack.proxy.setMode(mode, { flapMs: 700 });
      const during: Array<{ ticket: Ticket; ms: number; printed: boolean }> = [];
      for (let i = 0; i < TICKETS_PER_FAULT; i++) {
        during.push(await issue(SERVICES[i % SERVICES.length] as string));
        if (mode === 'flap') await new Promise((r) => setTimeout(r, 150));
      }
      for (const { ticket, ms, printed } of during) {
        expect(ticket.number).toMatch(/^[A-Z]\d{3}$/);
        expect(printed).toBe(true);
        expect(ms).toBeLessThan(ISSUE_BUDGET_MS);
        // An offline ticket's queue figures are estimates, and it says so.
        if (ticket.offline) expect(ticket.approximate).toBe(true);
      }
      const offline = during.filter((d) => d.ticket.offline).length;
      if (mode === 'flap') expect(offline).toBeGreaterThan(0);
      else expect(offline).toBe(TICKETS_PER_FAULT);

      await stack.proxy.setMode('pass');
      await waitForReconciled({
        dataDirs: stack.dataDirs(),
        centralDbPath: stack.central.dbPath,
        expectIds: acknowledged.map((t) => t.id),
        timeoutMs: 20_000,
      });
      await printer.waitForJobs(acknowledged.length, 5000);
      const report = auditTickets({
        jobs: stack.jobs(),
        centralDbPath: stack.central.dbPath,
        acknowledged,
        dataDirs: stack.dataDirs(),
      });
      expect(report.problems).toEqual([]);
      expect(report.printed).toBe(acknowledged.length);
      expect(report.central).toBe(acknowledged.length);
      expect(report.offlineCentral).toBe(acknowledged.filter((t) => t.offline).length);
    },
    60_000,
  );
});
