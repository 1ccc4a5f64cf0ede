// The end-of-test audit of tickets: what the printers received, what the kiosks acknowledged,
// what the central API knows (its SQLite file, read-only) and what the kiosks still hold in
// their outboxes. Every check returns problems as sentences, so a failing test says what broke.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Ticket } from '../../electron/api';
import type { DecodedJob } from '../../fixtures/virtual-printer';

export interface PrintedTicket {
  jobId: number;
  /** "A012", or null when the job was cut before the number. */
  number: string | null;
  /** The ticket id from the QR code (followUrl .../q/<id>), or null when cut before it. */
  ticketId: string | null;
  truncated: boolean;
}

export interface CentralTicket {
  clientTicketId: string;
  number: string;
  serviceId: string;
  date: string;
  kioskId: string;
  offline: boolean;
}

const FOLLOW_ID = /\/q\/([0-9a-fA-F-]{36})(?:[/?#]|$)/;
const TICKET_NUMBER = /^[A-Z]\d{3}$/;

/** Reads each printed job back: the big number and the ticket id in its QR code. */
export function printedTickets(jobs: readonly DecodedJob[]): PrintedTicket[] {
  return jobs.map((job) => {
    const number = job.lines.map((l) => l.trim()).find((l) => TICKET_NUMBER.test(l)) ?? null;
    const ticketId = job.qrCodes.map((q) => FOLLOW_ID.exec(q)?.[1]).find(Boolean) ?? null;
    return { jobId: job.id, number, ticketId: ticketId ?? null, truncated: job.truncated };
  });
}

function openReadOnly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** Every ticket in the central API's database, with its number formatted as printed. */
export function centralTickets(centralDbPath: string): CentralTicket[] {
  const db = openReadOnly(centralDbPath);
  try {
    const rows = db
      .prepare(
        `SELECT t.client_ticket_id, t.number, s.prefix, t.service_id, t.date, t.kiosk_id, t.offline
           FROM tickets t JOIN services s ON s.id = t.service_id ORDER BY t.seq`,
      )
      .all() as Array<{
      client_ticket_id: string;
      number: number;
      prefix: string;
      service_id: string;
      date: string;
      kiosk_id: string;
      offline: number;
    }>;
    return rows.map((r) => ({
      clientTicketId: r.client_ticket_id,
      number: `${r.prefix}${String(r.number).padStart(3, '0')}`,
      serviceId: r.service_id,
      date: r.date,
      kioskId: r.kiosk_id,
      offline: r.offline === 1,
    }));
  } finally {
    db.close();
  }
}

export interface OutboxState {
  /** Items still to hand over. */
  pending: number;
  /** Items the central API refused for good (each one a ticket the central API does not know). */
  rejected: Array<{ clientId: string; reason: string }>;
  /** A sample of what is still pending, with its last error, for failure messages. */
  pendingSample: Array<{ clientId: string; attempts: number; lastError: string | null }>;
}

export function kioskDbPath(dataDir: string): string {
  return path.join(dataDir, 'kiosk.db');
}

export function outboxState(dataDir: string): OutboxState {
  const db = openReadOnly(kioskDbPath(dataDir));
  try {
    const columns = new Set(
      (db.prepare('PRAGMA table_info(outbox)').all() as Array<{ name: string }>).map((c) => c.name),
    );
    const hasRejected = columns.has('rejected_at');
    const open = `delivered_at IS NULL${hasRejected ? ' AND rejected_at IS NULL' : ''}`;
    const pending = (db.prepare(`SELECT count(*) AS n FROM outbox WHERE ${open}`).get() as { n: number }).n;
    const pendingSample = (
      db
        .prepare(`SELECT client_id, attempts, last_error FROM outbox WHERE ${open} ORDER BY id LIMIT 5`)
        .all() as Array<{ client_id: string; attempts: number; last_error: string | null }>
    ).map((r) => ({ clientId: r.client_id, attempts: r.attempts, lastError: r.last_error }));
    const rejected = hasRejected
      ? (
          db
            .prepare('SELECT client_id, rejection FROM outbox WHERE rejected_at IS NOT NULL ORDER BY id')
            .all() as Array<{ client_id: string; rejection: string | null }>
        ).map((r) => ({ clientId: r.client_id, reason: r.rejection ?? '' }))
      : [];
    return { pending, rejected, pendingSample };
  } finally {
    db.close();
  }
}

/** Opens the kiosk database read-write (as the kiosk would after a crash) and runs integrity_check. */
export function kioskIntegrity(dataDir: string): string {
  const db = new Database(kioskDbPath(dataDir), { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/**
 * Waits until every kiosk's outbox is empty and the central API knows every id in `expectIds`.
 * Throws with the outbox's last errors when that does not happen within timeoutMs.
 */
export async function waitForReconciled(opts: {
  dataDirs: readonly string[];
  centralDbPath: string;
  expectIds?: Iterable<string>;
  timeoutMs: number;
}): Promise<number> {
  const started = Date.now();
  const expect = new Set(opts.expectIds ?? []);
  let last = '';
  while (Date.now() - started < opts.timeoutMs) {
    const states = opts.dataDirs.map(outboxState);
    const known = new Set(centralTickets(opts.centralDbPath).map((t) => t.clientTicketId));
    const missing = [...expect].filter((id) => !known.has(id));
    const pending = states.reduce((n, s) => n + s.pending, 0);
    if (pending === 0 && missing.length === 0) return Date.now() - started;
    last = `${pending} outbox item(s) pending (${JSON.stringify(states.flatMap((s) => s.pendingSample).slice(0, 3))}), ${missing.length} acknowledged ticket(s) unknown to the central API`;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not reconciled within ${opts.timeoutMs} ms: ${last}`);
}

export interface LedgerReport {
  problems: string[];
  printed: number;
  central: number;
  offlineCentral: number;
}

/**
 * The promises of issue 3, checked together: every ticket a printer received (and every ticket
 * the KioskApi acknowledged) is known to the central API exactly once, with the number printed;
 * no number is printed for two tickets; no outbox item was refused; no number is held twice centrally.
 */
export function auditTickets(opts: {
  jobs: readonly DecodedJob[];
  centralDbPath: string;
  acknowledged?: readonly Ticket[];
  dataDirs?: readonly string[];
}): LedgerReport {
  const problems: string[] = [];
  const central = centralTickets(opts.centralDbPath);
  const byId = new Map<string, CentralTicket[]>();
  for (const t of central) byId.set(t.clientTicketId, [...(byId.get(t.clientTicketId) ?? []), t]);
  const numbersKnown = new Set(central.map((t) => `${t.date}/${t.number}`));
  const numbersAnyDay = new Set(central.map((t) => t.number));

  const printed = printedTickets(opts.jobs);
  const idsByNumber = new Map<string, Set<string>>();
  for (const p of printed) {
    if (p.ticketId && p.number) {
      const ids = idsByNumber.get(p.number) ?? new Set<string>();
      ids.add(p.ticketId);
      idsByNumber.set(p.number, ids);
    }
    if (p.ticketId) {
      const matches = byId.get(p.ticketId) ?? [];
      if (matches.length !== 1) {
        problems.push(
          `printed job ${p.jobId} (${p.number}, ${p.ticketId}): known ${matches.length}x centrally`,
        );
      } else if (p.number && matches[0]?.number !== p.number) {
        problems.push(`printed job ${p.jobId}: printed ${p.number}, central API has ${matches[0]?.number}`);
      }
    } else if (p.number && !numbersAnyDay.has(p.number)) {
      // Cut before the QR code (a kill mid-print): the number alone must still be known.
      problems.push(`printed job ${p.jobId} (${p.number}, cut before its QR): number unknown centrally`);
    }
  }
  for (const [number, ids] of idsByNumber) {
    if (ids.size > 1) problems.push(`number ${number} printed for ${ids.size} different tickets`);
  }
  for (const ticket of opts.acknowledged ?? []) {
    const matches = byId.get(ticket.id) ?? [];
    if (matches.length !== 1) {
      problems.push(
        `acknowledged ticket ${ticket.number} (${ticket.id}): known ${matches.length}x centrally`,
      );
    } else if (matches[0]?.number !== ticket.number) {
      problems.push(
        `acknowledged ticket ${ticket.id}: kiosk said ${ticket.number}, central has ${matches[0]?.number}`,
      );
    }
  }
  if (numbersKnown.size !== central.length) problems.push('the central API holds a number twice');
  for (const dir of opts.dataDirs ?? []) {
    for (const r of outboxState(dir).rejected) {
      problems.push(`outbox of ${dir}: ${r.clientId} refused by the central API: ${r.reason}`);
    }
  }
  return {
    problems,
    printed: printed.length,
    central: central.length,
    offlineCentral: central.filter((t) => t.offline).length,
  };
}
