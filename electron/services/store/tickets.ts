// The kiosk's own record of every ticket it issued, and how its printing went.
import type { Database } from 'better-sqlite3';
import type { PrintOutcome } from '../../api';
import { type Measure, toStoredTime } from './measure';

export type TicketSource = 'online' | 'offline';
export type PrintStatus = 'pending' | 'printed' | 'failed';

export interface IssuedTicketRecord {
  clientId: string;
  serviceId: string;
  number: string;
  issuedAt: string;
  source: TicketSource;
  printStatus: PrintStatus;
  /** Why printing failed (PrintOutcome reason); null unless printStatus is 'failed'. */
  printReason: string | null;
}

interface TicketRow {
  client_id: string;
  service_id: string;
  number: string;
  issued_at: string;
  source: TicketSource;
  print_status: PrintStatus;
  print_reason: string | null;
}

export interface Tickets {
  /** Records a ticket with print status 'pending'; a repeated clientId is ignored (`false`). */
  record(ticket: {
    clientId: string;
    serviceId: string;
    number: string;
    issuedAt: Date | string;
    source: TicketSource;
  }): boolean;
  /** Returns false when no ticket has that clientId. */
  updatePrint(clientId: string, outcome: PrintOutcome): boolean;
  /** Latest first. */
  recent(limit: number): IssuedTicketRecord[];
  get(clientId: string): IssuedTicketRecord | null;
}

const toRecord = (row: TicketRow): IssuedTicketRecord => ({
  clientId: row.client_id,
  serviceId: row.service_id,
  number: row.number,
  issuedAt: row.issued_at,
  source: row.source,
  printStatus: row.print_status,
  printReason: row.print_reason,
});

export function createTickets(db: Database, measure: Measure): Tickets {
  const insert = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO issued_tickets (client_id, service_id, number, issued_at, source)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING`,
  );
  const print = db.prepare<[string, string | null, string]>(
    'UPDATE issued_tickets SET print_status = ?, print_reason = ? WHERE client_id = ?',
  );
  const recent = db.prepare<[number], TicketRow>(
    'SELECT * FROM issued_tickets ORDER BY issued_at DESC, rowid DESC LIMIT ?',
  );
  const one = db.prepare<[string], TicketRow>('SELECT * FROM issued_tickets WHERE client_id = ?');

  return {
    record(ticket) {
      const issuedAt = toStoredTime(ticket.issuedAt);
      return measure(
        'tickets.record',
        () =>
          insert.run(ticket.clientId, ticket.serviceId, ticket.number, issuedAt, ticket.source).changes === 1,
      );
    },
    updatePrint(clientId, outcome) {
      const reason = outcome.status === 'failed' ? outcome.reason : null;
      return measure('tickets.updatePrint', () => print.run(outcome.status, reason, clientId).changes === 1);
    },
    recent(limit) {
      return measure('tickets.recent', () => recent.all(limit).map(toRecord));
    },
    get(clientId) {
      const row = measure('tickets.get', () => one.get(clientId));
      return row ? toRecord(row) : null;
    },
  };
}
