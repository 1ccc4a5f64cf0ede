// The kiosk's own record of every ticket it issued, how its printing went, and what was printed
// (so "print again" prints the same ticket).
import type { Database } from 'better-sqlite3';
import type { PrintOutcome, TicketKind } from '../../api';
import { type Measure, toStoredTime } from './measure';

export type TicketSource = 'online' | 'offline';
export type PrintStatus = 'pending' | 'printed' | 'failed';

export interface IssuedTicketRecord {
  clientId: string;
  serviceId: string;
  number: string;
  issuedAt: string;
  source: TicketSource;
  kind: TicketKind;
  printStatus: PrintStatus;
  /** Why printing failed (PrintOutcome reason); null unless printStatus is 'failed'. */
  printReason: string | null;
  /** The print job as sent to the printer (JSON; the queue service validates it), or null. */
  printJob: unknown;
}

interface TicketRow {
  client_id: string;
  service_id: string;
  number: string;
  issued_at: string;
  source: TicketSource;
  kind: TicketKind;
  print_status: PrintStatus;
  print_reason: string | null;
  print_job: string | null;
}

export interface Tickets {
  /** Records a ticket with print status 'pending'; a repeated clientId is ignored (`false`). */
  record(ticket: {
    clientId: string;
    serviceId: string;
    number: string;
    issuedAt: Date | string;
    source: TicketSource;
    kind?: TicketKind;
    printJob?: unknown;
  }): boolean;
  /** Returns false when no ticket has that clientId. */
  updatePrint(clientId: string, outcome: PrintOutcome): boolean;
  /** Latest first. */
  recent(limit: number): IssuedTicketRecord[];
  get(clientId: string): IssuedTicketRecord | null;
  /** How many tickets this kiosk issued per service at or after `since`. */
  countSince(since: Date | string): Map<string, number>;
}

const toRecord = (row: TicketRow): IssuedTicketRecord => ({
  clientId: row.client_id,
  serviceId: row.service_id,
  number: row.number,
  issuedAt: row.issued_at,
  source: row.source,
  kind: row.kind,
  printStatus: row.print_status,
  printReason: row.print_reason,
  printJob: row.print_job === null ? null : JSON.parse(row.print_job),
});

export function createTickets(db: Database, measure: Measure): Tickets {
  const insert = db.prepare<[string, string, string, string, string, string, string | null]>(
    `INSERT INTO issued_tickets (client_id, service_id, number, issued_at, source, kind, print_job)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING`,
  );
  const print = db.prepare<[string, string | null, string]>(
    'UPDATE issued_tickets SET print_status = ?, print_reason = ? WHERE client_id = ?',
  );
  const recent = db.prepare<[number], TicketRow>(
    'SELECT * FROM issued_tickets ORDER BY issued_at DESC, rowid DESC LIMIT ?',
  );
  const one = db.prepare<[string], TicketRow>('SELECT * FROM issued_tickets WHERE client_id = ?');
  const since = db.prepare<[string], { service_id: string; n: number }>(
    'SELECT service_id, count(*) AS n FROM issued_tickets WHERE issued_at >= ? GROUP BY service_id',
  );

  return {
    record(ticket) {
      const issuedAt = toStoredTime(ticket.issuedAt);
      const job = ticket.printJob === undefined ? null : JSON.stringify(ticket.printJob);
      return measure(
        'tickets.record',
        () =>
          insert.run(
            ticket.clientId,
            ticket.serviceId,
            ticket.number,
            issuedAt,
            ticket.source,
            ticket.kind ?? 'normal',
            job ?? null,
          ).changes === 1,
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
    countSince(at) {
      const rows = measure('tickets.countSince', () => since.all(toStoredTime(at)));
      return new Map(rows.map((r) => [r.service_id, r.n]));
    },
  };
}
