// SQL for the queue: ticket numbers, leased number blocks, the waiting line and counters.
// Every allocation runs in BEGIN IMMEDIATE so that two server processes on one file stay correct.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';
import { type Fairness, pickNext, type QueuedTicket, type QueueRules, recordCall } from '../queue-order';
import {
  type AppointmentRow,
  type CheckInInput,
  type HandOverOutcome,
  type IssueOutcome,
  type IssueTicketInput,
  type QueuedRow,
  type TicketRecord,
  type TicketRow,
  toTicket,
} from './queue-records';

/** Numbers are a one-letter prefix and three digits, so a service has 999 a day. */
export const MAX_NUMBER = 999;

export type {
  CheckInInput,
  HandOverOutcome,
  IssueOutcome,
  IssueTicketInput,
  TicketRecord,
} from './queue-records';

export function queueStore(db: Database.Database) {
  const q = {
    byClientId: db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE client_ticket_id = ?'),
    bySeq: db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE seq = ?'),
    service: db.prepare<[string], { enabled: number }>('SELECT enabled FROM services WHERE id = ?'),
    nextNumber: db.prepare<[string, string], { next_number: number }>(
      'SELECT next_number FROM number_counters WHERE service_id = ? AND date = ?',
    ),
    setNextNumber: db.prepare(
      `INSERT INTO number_counters (service_id, date, next_number) VALUES (?, ?, ?)
       ON CONFLICT (service_id, date) DO UPDATE SET next_number = excluded.next_number`,
    ),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, client_ticket_id, service_id, kiosk_id, date, number, kind, appointment_time,
         priority, offline, issued_at, status)
       VALUES (@id, @clientTicketId, @serviceId, @kioskId, @date, @number, @kind, @appointmentTime,
         @priority, @offline, @issuedAt, 'waiting')`,
    ),
    blockHolding: db.prepare<[string, string, string, number, number], { id: number }>(
      `SELECT id FROM number_blocks WHERE kiosk_id = ? AND service_id = ? AND date = ? AND first <= ? AND last >= ?`,
    ),
    numberTaken: db.prepare<[string, string, number], { seq: number }>(
      'SELECT seq FROM tickets WHERE service_id = ? AND date = ? AND number = ?',
    ),
    insertBlock: db.prepare(
      'INSERT INTO number_blocks (kiosk_id, service_id, date, first, last, leased_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
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
    appointment: db.prepare<[string], AppointmentRow>('SELECT * FROM appointments WHERE code = ?'),
    useAppointment: db.prepare('UPDATE appointments SET client_ticket_id = ? WHERE code = ?'),
    waitingByService: db.prepare<[string], { service_id: string; waiting: number }>(
      `SELECT service_id, count(*) AS waiting FROM tickets WHERE date = ? AND status = 'waiting' GROUP BY service_id`,
    ),
    serveAtCounter: db.prepare(
      `UPDATE tickets SET status = 'served', served_at = ? WHERE counter_id = ? AND status = 'called'`,
    ),
    call: db.prepare(`UPDATE tickets SET status = 'called', counter_id = ?, called_at = ? WHERE seq = ?`),
    becomeOffline: db.prepare(
      'UPDATE tickets SET number = ?, date = ?, issued_at = ?, priority = ?, kind = ?, offline = 1 WHERE seq = ?',
    ),
  };

  function checkService(serviceId: string): void {
    const service = q.service.get(serviceId);
    if (!service) throw new ApiError(404, 'SERVICE_NOT_FOUND', `no service ${serviceId}`);
    if (service.enabled !== 1)
      throw new ApiError(409, 'SERVICE_DISABLED', `service ${serviceId} is not taking tickets`);
  }

  function reserveNumbers(
    serviceId: string,
    date: string,
    size: number,
  ): { first: number; last: number } | null {
    const first = q.nextNumber.get(serviceId, date)?.next_number ?? 1;
    if (first > MAX_NUMBER) return null;
    const last = Math.min(MAX_NUMBER, first + size - 1);
    q.setNextNumber.run(serviceId, date, last + 1);
    return { first, last };
  }

  /** An offline number must lie in a block leased to the kiosk that day and be unused. */
  function checkOfflineNumber(input: IssueTicketInput, number: number): void {
    const held = q.blockHolding.get(input.kioskId, input.serviceId, input.date, number, number);
    if (!held) {
      throw new ApiError(
        409,
        'NUMBER_NOT_LEASED',
        `number ${number} of ${input.serviceId} on ${input.date} is not in a block leased to kiosk ${input.kioskId}`,
      );
    }
    if (q.numberTaken.get(input.serviceId, input.date, number)) {
      throw new ApiError(
        409,
        'NUMBER_TAKEN',
        `number ${number} of ${input.serviceId} on ${input.date} is already used`,
      );
    }
  }

  /**
   * The hand-over of an offline ticket whose id the central API knows as an ONLINE ticket: the
   * kiosk's online call timed out after the commit, so the resident holds the offline number and
   * the online one was never printed. Still waiting: the offline number becomes the truth. Already
   * called or served: kept as it is (`kept` says so).
   */
  function replaceGhost(existing: TicketRow, input: IssueTicketInput, number: number): IssueOutcome {
    if (existing.status !== 'waiting') return { ticket: toTicket(existing), created: false, kept: true };
    checkOfflineNumber(input, number);
    q.becomeOffline.run(
      number,
      input.date,
      input.issuedAt,
      input.priority ? 1 : 0,
      input.priority ? 'priority' : 'normal',
      existing.seq,
    );
    const row = q.bySeq.get(existing.seq);
    if (!row) throw new Error('ticket vanished after update');
    return { ticket: toTicket(row), created: false, replacedOnline: existing.number };
  }

  const issue = db.transaction((input: IssueTicketInput): IssueOutcome => {
    const existing = q.byClientId.get(input.clientTicketId);
    if (existing) {
      if (existing.service_id !== input.serviceId || existing.kiosk_id !== input.kioskId) {
        throw new ApiError(
          409,
          'IDEMPOTENCY_CONFLICT',
          `clientTicketId ${input.clientTicketId} was already used for another service or kiosk`,
        );
      }
      const offlineNumber = input.offlineNumber;
      if (
        offlineNumber !== undefined &&
        existing.offline === 0 &&
        existing.kind !== 'appointment' &&
        existing.number !== offlineNumber
      ) {
        return replaceGhost(existing, input, offlineNumber);
      }
      return { ticket: toTicket(existing), created: false };
    }
    checkService(input.serviceId);
    let number: number;
    if (input.offlineNumber !== undefined) {
      number = input.offlineNumber;
      checkOfflineNumber(input, number);
    } else {
      const reserved = reserveNumbers(input.serviceId, input.date, 1);
      if (!reserved)
        throw new ApiError(409, 'NUMBERS_EXHAUSTED', `all numbers of ${input.serviceId} are used today`);
      number = reserved.first;
    }
    const info = q.insertTicket.run({
      id: randomUUID(),
      clientTicketId: input.clientTicketId,
      serviceId: input.serviceId,
      kioskId: input.kioskId,
      date: input.date,
      number,
      kind: input.priority ? 'priority' : 'normal',
      appointmentTime: null,
      priority: input.priority ? 1 : 0,
      offline: input.offlineNumber !== undefined ? 1 : 0,
      issuedAt: input.issuedAt,
    });
    const row = q.bySeq.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('ticket vanished after insert');
    return { ticket: toTicket(row), created: true };
  });

  const lease = db.transaction(
    (kioskId: string, serviceId: string, date: string, size: number, at: string) => {
      checkService(serviceId);
      const block = reserveNumbers(serviceId, date, size);
      if (!block)
        throw new ApiError(409, 'NUMBERS_EXHAUSTED', `all numbers of ${serviceId} on ${date} are used`);
      q.insertBlock.run(kioskId, serviceId, date, block.first, block.last, at);
      return { serviceId, date, ...block };
    },
  );

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

  /** Appointment check-in: one ticket per appointment, idempotent on the kiosk's clientTicketId. */
  const checkIn = db.transaction((input: CheckInInput): { ticket: TicketRecord; created: boolean } => {
    const appointment = q.appointment.get(input.code);
    if (!appointment) throw new ApiError(404, 'APPOINTMENT_NOT_FOUND', `no appointment ${input.code}`);
    if (appointment.client_ticket_id !== null) {
      const given = q.byClientId.get(appointment.client_ticket_id);
      if (appointment.client_ticket_id === input.clientTicketId && given)
        return { ticket: toTicket(given), created: false };
      throw new ApiError(409, 'APPOINTMENT_USED', `appointment ${input.code} has already been checked in`);
    }
    if (q.byClientId.get(input.clientTicketId)) {
      throw new ApiError(
        409,
        'IDEMPOTENCY_CONFLICT',
        `clientTicketId ${input.clientTicketId} was already used for another ticket`,
      );
    }
    const booked = Date.parse(appointment.appointment_time);
    const now = Date.parse(input.at);
    const details = { appointmentTime: appointment.appointment_time };
    if (now < booked - input.rules.appointmentEarlyMinutes * 60_000) {
      throw new ApiError(
        409,
        'APPOINTMENT_TOO_EARLY',
        `appointment ${input.code} is at ${appointment.appointment_time}; check-in opens ${input.rules.appointmentEarlyMinutes} min before`,
        details,
      );
    }
    if (now > booked + input.rules.appointmentLateMinutes * 60_000) {
      throw new ApiError(
        409,
        'APPOINTMENT_TOO_LATE',
        `appointment ${input.code} was at ${appointment.appointment_time}; check-in closed ${input.rules.appointmentLateMinutes} min after`,
        details,
      );
    }
    checkService(appointment.service_id);
    const reserved = reserveNumbers(appointment.service_id, input.date, 1);
    if (!reserved)
      throw new ApiError(409, 'NUMBERS_EXHAUSTED', `all numbers of ${appointment.service_id} are used today`);
    const info = q.insertTicket.run({
      id: randomUUID(),
      clientTicketId: input.clientTicketId,
      serviceId: appointment.service_id,
      kioskId: input.kioskId,
      date: input.date,
      number: reserved.first,
      kind: 'appointment',
      appointmentTime: appointment.appointment_time,
      priority: 0,
      offline: 0,
      issuedAt: input.at,
    });
    q.useAppointment.run(input.clientTicketId, input.code);
    const row = q.bySeq.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('ticket vanished after insert');
    return { ticket: toTicket(row), created: true };
  });

  /**
   * Offline tickets handed over in one transaction; each item runs in its own savepoint, so a
   * refused one is rolled back alone and answered as rejected.
   */
  const handOver = db.transaction((inputs: IssueTicketInput[]): HandOverOutcome[] =>
    inputs.map((input) => {
      try {
        return { clientTicketId: input.clientTicketId, status: 'accepted', ...issue(input) };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { clientTicketId: input.clientTicketId, status: 'rejected', error };
      }
    }),
  );

  return {
    issueTicket: (input: IssueTicketInput) => issue.immediate(input),
    handOverTickets: (inputs: IssueTicketInput[]) => handOver.immediate(inputs),
    checkInAppointment: (input: CheckInInput) => checkIn.immediate(input),
    leaseNumberBlock: (kioskId: string, serviceId: string, date: string, size: number, at: string) =>
      lease.immediate(kioskId, serviceId, date, size, at),
    callNext: (counterId: string, serviceIds: string[], date: string, at: string, rules: QueueRules) =>
      callNext.immediate(counterId, serviceIds, date, at, rules),
    getTicket: (clientTicketId: string): TicketRecord | undefined => {
      const row = q.byClientId.get(clientTicketId);
      return row ? toTicket(row) : undefined;
    },
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
