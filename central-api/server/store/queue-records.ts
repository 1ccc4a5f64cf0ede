// The queue's records: tickets as the API sees them, the rows they come from, and the inputs and
// outcomes of issuing, handing over and checking in. The SQL that reads and writes them is in
// queue-tickets.ts (issuing), queue-numbers.ts (numbers and blocks) and queue-line.ts (calling).
import type { ApiError } from '../errors';
import type { QueueRules, TicketKind } from '../queue-order';

export interface TicketRecord {
  seq: number;
  id: string;
  clientTicketId: string;
  serviceId: string;
  kioskId: string;
  date: string;
  number: number;
  kind: TicketKind;
  appointmentTime: string | null;
  priority: boolean;
  offline: boolean;
  issuedAt: string;
  status: 'waiting' | 'called' | 'served';
  counterId?: string;
  calledAt?: string;
}

export interface TicketRow {
  seq: number;
  id: string;
  client_ticket_id: string;
  service_id: string;
  kiosk_id: string;
  date: string;
  number: number;
  kind: TicketKind;
  appointment_time: string | null;
  priority: number;
  offline: number;
  issued_at: string;
  status: TicketRecord['status'];
  counter_id: string | null;
  called_at: string | null;
}

export const toTicket = (r: TicketRow): TicketRecord => ({
  seq: r.seq,
  id: r.id,
  clientTicketId: r.client_ticket_id,
  serviceId: r.service_id,
  kioskId: r.kiosk_id,
  date: r.date,
  number: r.number,
  kind: r.kind,
  appointmentTime: r.appointment_time,
  priority: r.priority === 1,
  offline: r.offline === 1,
  issuedAt: r.issued_at,
  status: r.status,
  ...(r.counter_id ? { counterId: r.counter_id } : {}),
  ...(r.called_at ? { calledAt: r.called_at } : {}),
});

export interface IssueOutcome {
  ticket: TicketRecord;
  created: boolean;
  /** The online number this offline hand-over replaced (a ticket the kiosk never printed). */
  replacedOnline?: number;
  /** The hand-over met an online ticket already called or served: that one was kept. */
  kept?: boolean;
}

/** One item of a batch hand-over: accepted with its ticket, or refused with the reason. */
export type HandOverOutcome =
  | ({ clientTicketId: string; status: 'accepted' } & IssueOutcome)
  | { clientTicketId: string; status: 'rejected'; error: ApiError };

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

export interface QueuedRow {
  seq: number;
  service_id: string;
  kind: TicketKind;
  issued_at: string;
  appointment_time: string | null;
}
export interface AppointmentRow {
  code: string;
  service_id: string;
  appointment_time: string;
  name: string;
  client_ticket_id: string | null;
}

export interface CheckInInput {
  code: string;
  clientTicketId: string;
  kioskId: string;
  /** The hall's date of `at`. */
  date: string;
  at: string;
  rules: QueueRules;
}
