// SQL for the queue: ticket numbers, leased number blocks, the waiting line and counters.
// Every allocation runs in BEGIN IMMEDIATE so that two server processes on one file stay correct.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';

/** Numbers are a one-letter prefix and three digits, so a service has 999 a day. */
export const MAX_NUMBER = 999;

export interface TicketRecord {
  seq: number;
  id: string;
  clientTicketId: string;
  serviceId: string;
  kioskId: string;
  date: string;
  number: number;
  priority: boolean;
  offline: boolean;
  issuedAt: string;
  status: 'waiting' | 'called' | 'served';
  counterId?: string;
  calledAt?: string;
}

interface TicketRow {
  seq: number;
  id: string;
  client_ticket_id: string;
  service_id: string;
  kiosk_id: string;
  date: string;
  number: number;
  priority: number;
  offline: number;
  issued_at: string;
  status: TicketRecord['status'];
  counter_id: string | null;
  called_at: string | null;
}

const toTicket = (r: TicketRow): TicketRecord => ({
  seq: r.seq,
  id: r.id,
  clientTicketId: r.client_ticket_id,
  serviceId: r.service_id,
  kioskId: r.kiosk_id,
  date: r.date,
  number: r.number,
  priority: r.priority === 1,
  offline: r.offline === 1,
  issuedAt: r.issued_at,
  status: r.status,
  ...(r.counter_id ? { counterId: r.counter_id } : {}),
  ...(r.called_at ? { calledAt: r.called_at } : {}),
});

export interface IssueTicketInput {
  clientTicketId: string;
  serviceId: string;
  kioskId: string;
  priority: boolean;
  /** The hall's date of issuedAt (YYYY-MM-DD): numbers restart each day. */
  date: string;
  issuedAt: string;
  /** A number the kiosk issued itself from a leased block during an outage. */
  offlineNumber?: number;
}

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
      `INSERT INTO tickets (id, client_ticket_id, service_id, kiosk_id, date, number, priority, offline, issued_at, status)
       VALUES (@id, @clientTicketId, @serviceId, @kioskId, @date, @number, @priority, @offline, @issuedAt, 'waiting')`,
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
    // Priority tickets (70+, disabled) go first; then issue time; seq breaks ties.
    peopleAhead: db.prepare<[Record<string, unknown>], { n: number }>(
      `SELECT count(*) AS n FROM tickets w
       WHERE w.date = @date AND w.service_id = @serviceId AND w.status = 'waiting'
         AND (w.priority > @priority OR (w.priority = @priority
           AND (w.issued_at < @issuedAt OR (w.issued_at = @issuedAt AND w.seq < @seq))))`,
    ),
    waitingByService: db.prepare<[string], { service_id: string; waiting: number }>(
      `SELECT service_id, count(*) AS waiting FROM tickets WHERE date = ? AND status = 'waiting' GROUP BY service_id`,
    ),
    serveAtCounter: db.prepare(
      `UPDATE tickets SET status = 'served', served_at = ? WHERE counter_id = ? AND status = 'called'`,
    ),
    nextWaiting: db.prepare<[string, string], TicketRow>(
      `SELECT * FROM tickets WHERE date = ? AND status = 'waiting'
         AND service_id IN (SELECT value FROM json_each(?))
       ORDER BY priority DESC, issued_at, seq LIMIT 1`,
    ),
    call: db.prepare(`UPDATE tickets SET status = 'called', counter_id = ?, called_at = ? WHERE seq = ?`),
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

  const issue = db.transaction((input: IssueTicketInput): { ticket: TicketRecord; created: boolean } => {
    const existing = q.byClientId.get(input.clientTicketId);
    if (existing) {
      if (existing.service_id !== input.serviceId || existing.kiosk_id !== input.kioskId) {
        throw new ApiError(
          409,
          'IDEMPOTENCY_CONFLICT',
          `clientTicketId ${input.clientTicketId} was already used for another service or kiosk`,
        );
      }
      return { ticket: toTicket(existing), created: false };
    }
    checkService(input.serviceId);
    let number: number;
    if (input.offlineNumber !== undefined) {
      number = input.offlineNumber;
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

  const callNext = db.transaction((counterId: string, serviceIds: string[], date: string, at: string) => {
    q.serveAtCounter.run(at, counterId);
    const next = q.nextWaiting.get(date, JSON.stringify(serviceIds));
    if (!next) return undefined;
    q.call.run(counterId, at, next.seq);
    const row = q.bySeq.get(next.seq);
    return row ? toTicket(row) : undefined;
  });

  return {
    issueTicket: (input: IssueTicketInput) => issue.immediate(input),
    leaseNumberBlock: (kioskId: string, serviceId: string, date: string, size: number, at: string) =>
      lease.immediate(kioskId, serviceId, date, size, at),
    callNext: (counterId: string, serviceIds: string[], date: string, at: string) =>
      callNext.immediate(counterId, serviceIds, date, at),
    peopleAhead: (t: TicketRecord): number =>
      t.status !== 'waiting'
        ? 0
        : (q.peopleAhead.get({
            date: t.date,
            serviceId: t.serviceId,
            priority: t.priority ? 1 : 0,
            issuedAt: t.issuedAt,
            seq: t.seq,
          })?.n ?? 0),
    waitingByService: (date: string): Map<string, number> =>
      new Map(q.waitingByService.all(date).map((r) => [r.service_id, r.waiting])),
  };
}
