// The reference server's store: the only module that holds SQL (store/*.ts), over one SQLite file in WAL mode.
import Database from 'better-sqlite3';
import { auditStore } from './audit';
import { contentStore } from './content';
import { contentItemsStore } from './content-items';
import { migrate } from './migrations';
import { queueLineStore } from './queue-line';
import { ticketsStore } from './queue-tickets';
import { servicesStore } from './services';

export type { AuditRecord } from './audit';
export type { AppointmentSeed, CaseRecord, Form, HeartbeatRecord } from './content';
export type {
  ContentChangeRecord,
  ContentItem,
  ContentKind,
  ContentSeed,
  ContentWriteInput,
  FeedKind,
  ItemContent,
} from './content-items';
export type { CheckInInput, IssueTicketInput, TicketRecord } from './queue-records';
export type { Service, ServiceEdit, ServiceUpdateInput } from './services';

export type CentralStore = ReturnType<typeof contentStore> &
  ReturnType<typeof servicesStore> &
  ReturnType<typeof contentItemsStore> &
  ReturnType<typeof auditStore> &
  ReturnType<typeof ticketsStore> &
  ReturnType<typeof queueLineStore> & { ping(): boolean; close(): void };

export function openCentralStore(dbPath: string): CentralStore {
  const db = new Database(dbPath);
  // Another server process may hold the write lock; wait for it rather than fail.
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const ping = db.prepare('SELECT 1 AS ok');
  const audit = auditStore(db);
  const services = servicesStore(db, audit.recordAudit);
  return {
    ...contentStore(db),
    ...services,
    ...contentItemsStore(db, audit.recordAudit, services.servicesChangedSince),
    ...audit,
    ...ticketsStore(db),
    ...queueLineStore(db),
    ping: () => (ping.get() as { ok: number } | undefined)?.ok === 1,
    close: () => db.close(),
  };
}
