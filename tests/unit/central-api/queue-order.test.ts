// The fairness rule for priority tickets, over long sequences: the pure order function and the real
// server's counters calling through it.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveQueueRules } from '../../../central-api/server';
import {
  DEFAULT_QUEUE_RULES,
  type Fairness,
  pickNext,
  type QueuedTicket,
  recordCall,
  simulateOrder,
} from '../../../central-api/server/queue-order';
import { type Harness, startCentral } from './harness';

const T0 = Date.parse('2025-03-04T02:00:00.000Z');
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
let seq = 0;
const ticket = (
  kind: QueuedTicket['kind'],
  minute: number,
  extra: Partial<QueuedTicket> = {},
): QueuedTicket => ({
  seq: ++seq,
  serviceId: 'residence-permit',
  kind,
  issuedAt: at(minute),
  appointmentTime: null,
  ...extra,
});

/** Calls everything in order, one call per minute, returning the kinds. */
function callAll(waiting: QueuedTicket[], priorityEvery: number): QueuedTicket[] {
  const rules = { ...DEFAULT_QUEUE_RULES, priorityEvery };
  const left = [...waiting];
  const fairness: Fairness = new Map();
  const order: QueuedTicket[] = [];
  for (let i = 0; left.length > 0 && i < 10_000; i++) {
    const next = pickNext(left, fairness, rules, T0 + i * 60_000);
    if (!next) break;
    order.push(next);
    recordCall(fairness, next, rules);
    left.splice(left.indexOf(next), 1);
  }
  return order;
}

describe('priority fairness (pure)', () => {
  it.each([1, 2, 3, 5])(
    'serves one priority per %i normal while both wait, each kind in issue order',
    (n) => {
      const waiting = [
        ...Array.from({ length: 60 }, (_, i) => ticket('normal', i)),
        ...Array.from({ length: 25 }, (_, i) => ticket('priority', i + 0.5)),
      ];
      const order = callAll(waiting, n);
      expect(order).toHaveLength(85);
      const kinds = order.map((t) => (t.kind === 'priority' ? 'P' : 'N')).join('');
      // While both wait: P first (none called yet today), then exactly n N, then P, ...
      const bothWaiting = Math.min(25, Math.floor(60 / n));
      const expected = `P${'N'.repeat(n)}`.repeat(bothWaiting);
      expect(kinds.startsWith(expected)).toBe(true);
      // Then whichever kind is left, with nothing starved.
      const rest = kinds.slice(expected.length);
      expect(new Set(rest).size).toBeLessThanOrEqual(1);
      for (const kind of ['normal', 'priority'] as const) {
        const same = order.filter((t) => t.kind === kind).map((t) => t.issuedAt);
        expect(same).toEqual([...same].sort());
      }
    },
  );

  it('serves the other queue when one is empty, and never starves either as tickets keep arriving', () => {
    const rules = { ...DEFAULT_QUEUE_RULES, priorityEvery: 2 };
    const fairness: Fairness = new Map();
    const waiting: QueuedTicket[] = [];
    const kinds: string[] = [];
    // A long day: every minute 1 normal arrives, every 3rd minute a priority; 1 call per minute.
    let maxPriorityWait = 0;
    for (let minute = 0; minute < 600; minute++) {
      waiting.push(ticket('normal', minute));
      if (minute % 3 === 0) waiting.push(ticket('priority', minute));
      const next = pickNext(waiting, fairness, rules, T0 + minute * 60_000);
      if (!next) continue;
      if (next.kind === 'priority')
        maxPriorityWait = Math.max(maxPriorityWait, minute - (Date.parse(next.issuedAt) - T0) / 60_000);
      kinds.push(next.kind[0] ?? '');
      recordCall(fairness, next, rules);
      waiting.splice(waiting.indexOf(next), 1);
    }
    const joined = kinds.join('');
    expect(joined).not.toMatch(/nnn/); // never 3 normal in a row while priority waits
    expect(joined).toContain('n');
    expect(maxPriorityWait).toBeLessThan(10);
    // Only normal waiting: served; only priority waiting: served back to back.
    expect(callAll([ticket('normal', 0), ticket('normal', 1)], 2).map((t) => t.kind)).toEqual([
      'normal',
      'normal',
    ]);
    expect(callAll([ticket('priority', 0), ticket('priority', 1)], 2).map((t) => t.kind)).toEqual([
      'priority',
      'priority',
    ]);
  });

  it('calls an appointment from its booked time, before everyone; not before it', () => {
    const appt = ticket('appointment', 0, { appointmentTime: at(10) });
    const waiting = [ticket('normal', 0), ticket('priority', 1), appt, ticket('normal', 2)];
    expect(pickNext(waiting, new Map(), DEFAULT_QUEUE_RULES, T0 + 9 * 60_000)?.kind).toBe('priority');
    expect(pickNext(waiting, new Map(), DEFAULT_QUEUE_RULES, T0 + 10 * 60_000)).toBe(appt);
    // Simulated at 4 minutes per call from minute 0: calls at 0, 4, 8, then 12 >= 10: the appointment.
    const order = simulateOrder(waiting, new Map(), DEFAULT_QUEUE_RULES, T0, 4);
    expect(order.indexOf(appt)).toBe(3);
    // Alone in the line, it waits for its time rather than being called early.
    expect(pickNext([appt], new Map(), DEFAULT_QUEUE_RULES, T0)).toBeUndefined();
    expect(simulateOrder([appt], new Map(), DEFAULT_QUEUE_RULES, T0, 4)).toEqual([appt]);
  });
});

describe('queue rules', () => {
  it('fills in defaults and refuses nonsense at start', () => {
    expect(resolveQueueRules({ priorityEvery: 3 })).toEqual({ ...DEFAULT_QUEUE_RULES, priorityEvery: 3 });
    expect(() => resolveQueueRules({ priorityEvery: 0 })).toThrow(/priorityEvery/);
    expect(() => resolveQueueRules({ appointmentLateMinutes: -5 })).toThrow(/appointmentLateMinutes/);
  });
});

describe('priority fairness (server)', () => {
  let central: Harness | undefined;
  afterEach(async () => {
    await central?.stop();
    central = undefined;
  });

  it.each([2, 3])(
    'counters follow priorityEvery=%i; peopleAhead of a new ticket is its real place',
    async (n) => {
      central = await startCentral({ queueRules: { priorityEvery: n } });
      const h = central;
      const issue = (priority: boolean) =>
        h.request('POST', '/v1/tickets', {
          clientTicketId: randomUUID(),
          serviceId: 'residence-permit',
          kioskId: 'kiosk-1',
          priority,
        });
      const promised = new Map<string, number>();
      for (let i = 0; i < 12; i++) {
        const res = await issue(false);
        promised.set(
          (res.body as { number: string }).number,
          (res.body as { peopleAhead: number }).peopleAhead,
        );
        if (i % 2 === 0) {
          const p = await issue(true);
          promised.set(
            (p.body as { number: string }).number,
            (p.body as { peopleAhead: number }).peopleAhead,
          );
        }
      }
      const called: { number: string; priority: boolean }[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await h.request('POST', '/v1/counters/c1/call-next', {
          serviceIds: ['residence-permit'],
        });
        if (res.status === 204) break;
        called.push(res.body as { number: string; priority: boolean });
      }
      expect(called).toHaveLength(18);
      const kinds = called.map((t) => (t.priority ? 'P' : 'N')).join('');
      expect(kinds.startsWith(`P${'N'.repeat(n)}P${'N'.repeat(n)}P`)).toBe(true);
      // Each ticket was told, at issue, how many would be called before it, for the tickets
      // issued before it; later priority tickets may pass it by the rule, never more than that.
      for (const [index, t] of called.entries()) {
        const told = promised.get(t.number) ?? -1;
        expect(told).toBeLessThanOrEqual(index);
      }
      expect(called.filter((t) => promised.get(t.number) === called.indexOf(t)).length).toBeGreaterThan(6);
    },
  );
});
