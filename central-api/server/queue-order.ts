// The order in which waiting tickets are called, as one pure function used both by counters calling
// the next ticket and by the people-ahead count of a new ticket (which simulates the same order).
//
// 1. An appointment ticket is callable from its booked time; from then on it goes before all others
//    (earliest booking first). Before its time it is not called, even if the counter is idle.
// 2. Otherwise, per service: when both wait, one priority ticket after every `priorityEvery` normal
//    ones; when only one kind waits, that kind. Nothing starves: each normal call brings the next
//    priority call closer, and a priority call is followed by normal ones.
// 3. Within a kind: issue time (an offline ticket handed over later keeps its place), then arrival.

export interface QueueRules {
  /** After every N normal calls, one priority call (when both wait). Default 2. */
  priorityEvery: number;
  /** An appointment may check in this many minutes before its time. Default 30. */
  appointmentEarlyMinutes: number;
  /** ... and this many minutes after it. Default 15. */
  appointmentLateMinutes: number;
}

export const DEFAULT_QUEUE_RULES: QueueRules = {
  priorityEvery: 2,
  appointmentEarlyMinutes: 30,
  appointmentLateMinutes: 15,
};

export type TicketKind = 'normal' | 'priority' | 'appointment';

export interface QueuedTicket {
  seq: number;
  serviceId: string;
  kind: TicketKind;
  issuedAt: string;
  appointmentTime: string | null;
}

/** Normal calls since the last priority call, per service; a service not in the map has had none. */
export type Fairness = Map<string, number>;

const byIssue = (a: QueuedTicket, b: QueuedTicket) =>
  a.issuedAt < b.issuedAt ? -1 : a.issuedAt > b.issuedAt ? 1 : a.seq - b.seq;
const byBooking = (a: QueuedTicket, b: QueuedTicket) =>
  (a.appointmentTime ?? '') < (b.appointmentTime ?? '')
    ? -1
    : (a.appointmentTime ?? '') > (b.appointmentTime ?? '')
      ? 1
      : a.seq - b.seq;

/** The waiting line split into sorted queues, so that each call looks only at queue heads. */
class Line {
  private readonly appointments: QueuedTicket[];
  private appointmentAt = 0;
  private readonly services = new Map<
    string,
    { normal: QueuedTicket[]; priority: QueuedTicket[]; n: number; p: number }
  >();

  constructor(waiting: QueuedTicket[]) {
    this.appointments = waiting.filter((t) => t.kind === 'appointment').sort(byBooking);
    for (const t of waiting) {
      if (t.kind === 'appointment') continue;
      let queues = this.services.get(t.serviceId);
      if (!queues) {
        queues = { normal: [], priority: [], n: 0, p: 0 };
        this.services.set(t.serviceId, queues);
      }
      (t.kind === 'priority' ? queues.priority : queues.normal).push(t);
    }
    for (const q of this.services.values()) {
      q.normal.sort(byIssue);
      q.priority.sort(byIssue);
    }
  }

  /** The earliest booking still waiting (ms), if any. */
  nextBookingMs(): number | undefined {
    const t = this.appointments[this.appointmentAt];
    return t?.appointmentTime ? Date.parse(t.appointmentTime) : undefined;
  }

  /** Picks (and removes) the next ticket to call at `atMs`. */
  take(fairness: Fairness, rules: QueueRules, atMs: number): QueuedTicket | undefined {
    const booking = this.nextBookingMs();
    if (booking !== undefined && booking <= atMs) return this.appointments[this.appointmentAt++];
    let best: { ticket: QueuedTicket; priority: boolean; serviceId: string } | undefined;
    for (const [serviceId, q] of this.services) {
      const normal = q.normal[q.n];
      const priority = q.priority[q.p];
      const streak = fairness.get(serviceId) ?? rules.priorityEvery;
      const choice =
        priority && (!normal || streak >= rules.priorityEvery)
          ? { ticket: priority, priority: true, serviceId }
          : normal
            ? { ticket: normal, priority: false, serviceId }
            : undefined;
      if (!choice) continue;
      if (
        !best ||
        (choice.priority && !best.priority) ||
        (choice.priority === best.priority && byIssue(choice.ticket, best.ticket) < 0)
      )
        best = choice;
    }
    if (!best) return undefined;
    const q = this.services.get(best.serviceId);
    if (q) {
      if (best.priority) q.p++;
      else q.n++;
    }
    return best.ticket;
  }
}

/** The ticket a counter serving these tickets' services calls at time `atMs`, if any. */
export function pickNext(
  waiting: QueuedTicket[],
  fairness: Fairness,
  rules: QueueRules,
  atMs: number,
): QueuedTicket | undefined {
  return new Line(waiting).take(fairness, rules, atMs);
}

/** The fairness state after `ticket` was called. */
export function recordCall(fairness: Fairness, ticket: QueuedTicket, rules: QueueRules): void {
  if (ticket.kind === 'priority') fairness.set(ticket.serviceId, 0);
  else if (ticket.kind === 'normal')
    fairness.set(ticket.serviceId, (fairness.get(ticket.serviceId) ?? rules.priorityEvery) + 1);
}

/**
 * The waiting line in call order, from `startMs`, one call every `minutesPerCall`; an appointment
 * not yet due is placed when the simulated clock reaches its time. Stops after `untilSeq` if given.
 */
export function simulateOrder(
  waiting: QueuedTicket[],
  fairness: Fairness,
  rules: QueueRules,
  startMs: number,
  minutesPerCall: number,
  untilSeq?: number,
): QueuedTicket[] {
  const line = new Line(waiting);
  const state: Fairness = new Map(fairness);
  const order: QueuedTicket[] = [];
  let at = startMs;
  for (let i = 0; i < waiting.length; i++) {
    let next = line.take(state, rules, at);
    if (!next) {
      // Only appointments not yet due are left: the next call happens at the earliest booking.
      const booking = line.nextBookingMs();
      if (booking === undefined) break;
      at = Math.max(at, booking);
      next = line.take(state, rules, at);
      if (!next) break;
    }
    order.push(next);
    recordCall(state, next, rules);
    if (next.seq === untilSeq) break;
    at += minutesPerCall * 60_000;
  }
  return order;
}
