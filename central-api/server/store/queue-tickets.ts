// SQL of issuing tickets: online and offline tickets, batch hand-over of offline ones, appointment
// check-in and number blocks. Every allocation runs in BEGIN IMMEDIATE so that two server processes
// on one file stay correct. Calling tickets to a counter is in queue-line.ts.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';
import { queueNumbers } from './queue-numbers';
import {
  type AppointmentRow,
  type CheckInInput,
  type HandOverOutcome,
  type IssueOutcome,
  type IssueTicketInput,
  type TicketRecord,
  type TicketRow,
  toTicket,
} from './queue-records';

interface NewTicket {
  clientTicketId: string;
  serviceId: string;
  kioskId: string;
  date: string;
  number: number;
  kind: TicketRecord['kind'];
  appointmentTime: string | null;
  priority: 0 | 1;
  offline: 0 | 1;
  issuedAt: string;
}

export function ticketsStore(db: Database.Database) {
  const numbers = queueNumbers(db);
  const q = {
    byClientId: db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE client_ticket_id = ?'),
    bySeq: db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE seq = ?'),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, client_ticket_id, service_id, kiosk_id, date, number, kind, appointment_time,
         priority, offline, issued_at, status)
       VALUES (@id, @clientTicketId, @serviceId, @kioskId, @date, @number, @kind, @appointmentTime,
         @priority, @offline, @issuedAt, 'waiting')`,
    ),
    appointment: db.prepare<[string], AppointmentRow>('SELECT * FROM appointments WHERE code = ?'),
    useAppointment: db.prepare('UPDATE appointments SET client_ticket_id = ? WHERE code = ?'),
    becomeOffline: db.prepare(
      'UPDATE tickets SET number = ?, date = ?, issued_at = ?, priority = ?, kind = ?, offline = 1 WHERE seq = ?',
    ),
  };

  function insertTicket(ticket: NewTicket): TicketRecord {
    const info = q.insertTicket.run({ id: randomUUID(), ...ticket });
    const row = q.bySeq.get(Number(info.lastInsertRowid));
    if (!row) throw new Error('ticket vanished after insert');
    return toTicket(row);
  }

  function nextNumber(serviceId: string, date: string): number {
    const reserved = numbers.reserveNumbers(serviceId, date, 1);
    if (!reserved) throw new ApiError(409, 'NUMBERS_EXHAUSTED', `all numbers of ${serviceId} are used today`);
    return reserved.first;
  }

  /**
   * The hand-over of an offline ticket whose id the central API knows as an ONLINE ticket: the
   * kiosk's online call timed out after the commit, so the resident holds the offline number and
   * the online one was never printed. Still waiting: the offline number becomes the truth. Already
   * called or served: kept as it is (`kept` says so).
   */
  function replaceGhost(existing: TicketRow, input: IssueTicketInput, number: number): IssueOutcome {
    if (existing.status !== 'waiting') return { ticket: toTicket(existing), created: false, kept: true };
    numbers.checkOfflineNumber(input, number);
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
    numbers.checkService(input.serviceId);
    let number: number;
    if (input.offlineNumber !== undefined) {
      number = input.offlineNumber;
      numbers.checkOfflineNumber(input, number);
    } else {
      number = nextNumber(input.serviceId, input.date);
    }
    const ticket = insertTicket({
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
    return { ticket, created: true };
  });

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
    numbers.checkService(appointment.service_id);
    const ticket = insertTicket({
      clientTicketId: input.clientTicketId,
      serviceId: appointment.service_id,
      kioskId: input.kioskId,
      date: input.date,
      number: nextNumber(appointment.service_id, input.date),
      kind: 'appointment',
      appointmentTime: appointment.appointment_time,
      priority: 0,
      offline: 0,
      issuedAt: input.at,
    });
    q.useAppointment.run(input.clientTicketId, input.code);
    return { ticket, created: true };
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

  const lease = db.transaction(numbers.leaseBlock);

  return {
    issueTicket: (input: IssueTicketInput) => issue.immediate(input),
    handOverTickets: (inputs: IssueTicketInput[]) => handOver.immediate(inputs),
    checkInAppointment: (input: CheckInInput) => checkIn.immediate(input),
    leaseNumberBlock: (kioskId: string, serviceId: string, date: string, size: number, at: string) =>
      lease.immediate(kioskId, serviceId, date, size, at),
    getTicket: (clientTicketId: string): TicketRecord | undefined => {
      const row = q.byClientId.get(clientTicketId);
      return row ? toTicket(row) : undefined;
    },
  };
}
