// SQL of the waiting line: a counter calling the next ticket (with the fairness rule between
// priority and normal tickets), the counters open now, and what the wait estimate reads. Issuing
// tickets is in queue-tickets.ts.
import type Database from 'better-sqlite3';
import { type Fairness, pickNext, type QueuedTicket, type QueueRules, recordCall } from '../queue-order';
import { type QueuedRow, type TicketRow, toTicket } from './queue-records';

export function queueLineStore(db: Database.Database) {
  const q = {
    bySeq: db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE seq = ?'),
    waiting: db.prepare<[string, string], QueuedRow>(
      `SELECT seq, service_id, kind, issued_at, appointment_time FROM tickets
       WHERE date = ? AND status = 'waiting' AND service_id IN (SELECT value FROM json_each(?))`,
    ),
    waitingOne: db.prepare<[string, string], QueuedRow>(
      `SELECT seq, service_id, kind, issued_at, appointment_time FROM tickets
       WHERE date = ? AND status = 'waiting' AND service_id = ?`,
    ),
    fairness: db.prepare<[string, string], { service_id: string; normal_since_priority: number }>(
      `SELECT service_id, normal_since_priority FROM queue_fairness
       WHERE date = ? AND service_id IN (SELECT value FROM json_each(?))`,
    ),
    setFairness: db.prepare(
      `INSERT INTO queue_fairness (service_id, date, normal_since_priority) VALUES (?, ?, ?)
       ON CONFLICT (service_id, date) DO UPDATE SET normal_since_priority = excluded.normal_since_priority`,
    ),
    upsertCounter: db.prepare(
      `INSERT INTO counters (counter_id, service_ids_json, last_call_at) VALUES (?, ?, ?)
       ON CONFLICT (counter_id) DO UPDATE SET service_ids_json = excluded.service_ids_json,
         last_call_at = excluded.last_call_at`,
    ),
    busyCounters: db.prepare<[string], { counter_id: string }>(
      `SELECT DISTINCT counter_id FROM tickets WHERE date = ? AND status = 'called' AND counter_id IS NOT NULL`,
    ),
    openCounters: db.prepare<[string, string], { counter_id: string; service_ids_json: string }>(
      `SELECT counter_id, service_ids_json FROM counters
       WHERE last_call_at >= ? AND EXISTS (SELECT 1 FROM json_each(service_ids_json) WHERE value = ?)`,
    ),
    serviceTimes: db.prepare<[string, number], { minutes: number }>(
      `SELECT (julianday(served_at) - julianday(called_at)) * 1440 AS minutes FROM tickets
       WHERE service_id = ? AND status = 'served' AND served_at IS NOT NULL AND called_at IS NOT NULL
       ORDER BY served_at DESC LIMIT ?`,
    ),
    waitingByService: db.prepare<[string], { service_id: string; waiting: number }>(
      `SELECT service_id, count(*) AS waiting FROM tickets WHERE date = ? AND status = 'waiting' GROUP BY service_id`,
    ),
    serveAtCounter: db.prepare(
      `UPDATE tickets SET status = 'served', served_at = ? WHERE counter_id = ? AND status = 'called'`,
    ),
    call: db.prepare(`UPDATE tickets SET status = 'called', counter_id = ?, called_at = ? WHERE seq = ?`),
  };

  const loadWaiting = (date: string, serviceIds: string[]): QueuedTicket[] =>
    (serviceIds.length === 1
      ? q.waitingOne.all(date, serviceIds[0] ?? '')
      : q.waiting.all(date, JSON.stringify(serviceIds))
    ).map((r) => ({
      seq: r.seq,
      serviceId: r.service_id,
      kind: r.kind,
      issuedAt: r.issued_at,
      appointmentTime: r.appointment_time,
    }));
  const loadFairness = (date: string, serviceIds: string[]): Fairness =>
    new Map(
      q.fairness.all(date, JSON.stringify(serviceIds)).map((r) => [r.service_id, r.normal_since_priority]),
    );

  const callNext = db.transaction(
    (counterId: string, serviceIds: string[], date: string, at: string, rules: QueueRules) => {
      q.serveAtCounter.run(at, counterId);
      q.upsertCounter.run(counterId, JSON.stringify(serviceIds), at);
      const fairness = loadFairness(date, serviceIds);
      const next = pickNext(loadWaiting(date, serviceIds), fairness, rules, Date.parse(at));
      if (!next) return undefined;
      q.call.run(counterId, at, next.seq);
      recordCall(fairness, next, rules);
      const streak = fairness.get(next.serviceId);
      if (streak !== undefined) q.setFairness.run(next.serviceId, date, streak);
      const row = q.bySeq.get(next.seq);
      return row ? toTicket(row) : undefined;
    },
  );

  return {
    callNext: (counterId: string, serviceIds: string[], date: string, at: string, rules: QueueRules) =>
      callNext.immediate(counterId, serviceIds, date, at, rules),
    /** The waiting tickets of these services on this day, and how the fairness rule stands for them. */
    queueState: db.transaction((date: string, serviceIds: string[]) => ({
      waiting: loadWaiting(date, serviceIds),
      fairness: loadFairness(date, serviceIds),
    })),
    /** The service lists of the counters that called for this service since `sinceIso` (open ones). */
    openCounters: (serviceId: string, sinceIso: string): { counterId: string; serviceIds: string[] }[] =>
      q.openCounters
        .all(sinceIso, serviceId)
        .map((r) => ({ counterId: r.counter_id, serviceIds: JSON.parse(r.service_ids_json) as string[] })),
    /** Counters with a resident at the desk now (a called ticket not yet followed by the next call). */
    busyCounters: (date: string): Set<string> => new Set(q.busyCounters.all(date).map((r) => r.counter_id)),
    /** Minutes between call and served of the last `limit` served tickets, newest first. */
    recentServiceMinutes: (serviceId: string, limit: number): number[] =>
      q.serviceTimes.all(serviceId, limit).map((r) => r.minutes),
    waitingByService: (date: string): Map<string, number> =>
      new Map(q.waitingByService.all(date).map((r) => [r.service_id, r.waiting])),
  };
}
