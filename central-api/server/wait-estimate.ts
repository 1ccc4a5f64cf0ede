// Honest waits: people ahead come from simulating the real call order (fairness rule, appointments
// at their time); minutes come from how long this service has recently taken at the counters,
// divided among the counters open for it now.
import { hallDay } from '../../electron/services/queue/hall-day';
import { type QueuedTicket, type QueueRules, simulateOrder } from './queue-order';
import type { CentralStore, TicketRecord } from './store';

/** A counter that called within this window counts as open. */
export const OPEN_COUNTER_WINDOW_MS = 30 * 60_000;
/** How many recent services the mean is taken over. */
export const SERVICE_TIME_SAMPLES = 10;
/** Longer samples are a counter that paused (lunch, a meeting) between two calls, not a service. */
const PAUSE_FACTOR = 3;

export interface WaitEstimate {
  peopleAhead: number;
  estimatedWaitMinutes: number;
}

export interface WaitEstimator {
  /** The recent mean minutes per resident of a service (the catalog average when none served yet). */
  meanServiceMinutes(serviceId: string): number;
  openCounters(serviceId: string, at: Date): number;
  forTicket(ticket: TicketRecord, at: Date): WaitEstimate;
  /** What a normal ticket taken now would be told. */
  forNewTicket(serviceId: string, at: Date): WaitEstimate;
}

export function createWaitEstimator(store: CentralStore, rules: QueueRules, timeZone: string): WaitEstimator {
  const catalogMinutes = (serviceId: string) => store.getService(serviceId)?.averageServiceMinutes ?? 10;

  function meanServiceMinutes(serviceId: string): number {
    const fallback = catalogMinutes(serviceId);
    const samples = store
      .recentServiceMinutes(serviceId, SERVICE_TIME_SAMPLES)
      .filter((m) => m > 0 && m <= fallback * PAUSE_FACTOR);
    if (samples.length === 0) return fallback;
    return samples.reduce((a, b) => a + b, 0) / samples.length;
  }

  /**
   * Open counters serving the service, each counted by its share: a counter that also serves
   * other services with people waiting gives this one 1/k of its time (k = its services with a
   * queue). At least 1, so that a service nobody has called for yet still gets an estimate.
   */
  function counters(serviceId: string, at: Date): { share: number; idle: number } {
    const open = store.openCounters(serviceId, new Date(at.getTime() - OPEN_COUNTER_WINDOW_MS).toISOString());
    // Nobody has called lately: no desk is known to be busy.
    if (open.length === 0) return { share: 1, idle: 1 };
    const date = hallDay(at, timeZone).date;
    const waiting = store.waitingByService(date);
    const busy = store.busyCounters(date);
    const share = open.reduce((sum, c) => {
      const queued = c.serviceIds.filter((id) => id === serviceId || (waiting.get(id) ?? 0) > 0).length;
      return sum + 1 / Math.max(1, queued);
    }, 0);
    return { share: Math.max(1, share), idle: open.filter((c) => !busy.has(c.counterId)).length };
  }
  const openCounters = (serviceId: string, at: Date) => counters(serviceId, at).share;

  function estimate(serviceId: string, date: string, at: Date, target: QueuedTicket, extra: boolean) {
    const { waiting, fairness } = store.queueState(date, [serviceId]);
    const line = extra ? [...waiting, target] : waiting;
    const open = counters(serviceId, at);
    const minutesPerCall = meanServiceMinutes(serviceId) / open.share;
    const order = simulateOrder(line, fairness, rules, at.getTime(), minutesPerCall, target.seq);
    const peopleAhead = Math.max(0, order.length - 1);
    // Once the people ahead are called, this resident still waits for a desk to free up, unless
    // one stands idle now: residents at the desks count like people ahead.
    const busyDesks = Math.min(1, Math.max(0, 1 - open.idle));
    let minutes = (peopleAhead + busyDesks) * minutesPerCall;
    if (target.appointmentTime) {
      minutes = Math.max(minutes, (Date.parse(target.appointmentTime) - at.getTime()) / 60_000);
    }
    return { peopleAhead, estimatedWaitMinutes: Math.max(0, Math.round(minutes)) };
  }

  return {
    meanServiceMinutes,
    openCounters,
    forTicket(ticket, at) {
      if (ticket.status !== 'waiting') return { peopleAhead: 0, estimatedWaitMinutes: 0 };
      return estimate(ticket.serviceId, ticket.date, at, ticket, false);
    },
    forNewTicket(serviceId, at) {
      const phantom: QueuedTicket = {
        seq: Number.MAX_SAFE_INTEGER,
        serviceId,
        kind: 'normal',
        issuedAt: at.toISOString(),
        appointmentTime: null,
      };
      return estimate(serviceId, hallDay(at, timeZone).date, at, phantom, true);
    },
  };
}
