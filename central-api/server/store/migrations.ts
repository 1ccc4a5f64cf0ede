// Numbered schema migrations of the reference server's database. Append only: never edit a
// migration that has shipped; add the next number instead. PRAGMA user_version records the last one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE services (
        id TEXT PRIMARY KEY,
        prefix TEXT NOT NULL UNIQUE,
        name_json TEXT NOT NULL,
        area_json TEXT NOT NULL,
        description_json TEXT NOT NULL,
        opening_hours_json TEXT NOT NULL,
        average_service_minutes INTEGER NOT NULL,
        enabled INTEGER NOT NULL,
        sort_order INTEGER NOT NULL
      );
      -- next_number is shared by online tickets and leased blocks, so neither can overlap the other.
      CREATE TABLE number_counters (
        service_id TEXT NOT NULL REFERENCES services(id),
        date TEXT NOT NULL,
        next_number INTEGER NOT NULL,
        PRIMARY KEY (service_id, date)
      );
      CREATE TABLE number_blocks (
        id INTEGER PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        service_id TEXT NOT NULL REFERENCES services(id),
        date TEXT NOT NULL,
        first INTEGER NOT NULL,
        last INTEGER NOT NULL,
        leased_at TEXT NOT NULL
      );
      CREATE INDEX number_blocks_by_kiosk ON number_blocks (kiosk_id, service_id, date);
      CREATE TABLE tickets (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        client_ticket_id TEXT NOT NULL UNIQUE,
        service_id TEXT NOT NULL REFERENCES services(id),
        kiosk_id TEXT NOT NULL,
        date TEXT NOT NULL,
        number INTEGER NOT NULL,
        priority INTEGER NOT NULL,
        offline INTEGER NOT NULL,
        issued_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served')),
        counter_id TEXT,
        called_at TEXT,
        served_at TEXT,
        UNIQUE (service_id, date, number)
      );
      CREATE INDEX tickets_waiting ON tickets (date, status, service_id, priority, issued_at);
      CREATE INDEX tickets_by_counter ON tickets (counter_id, status);
      CREATE TABLE notices (
        id TEXT PRIMARY KEY,
        service_id TEXT NOT NULL,
        title_json TEXT NOT NULL,
        body_json TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Every version of every notice, so that a change can always be traced.
      CREATE TABLE notice_revisions (
        notice_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        service_id TEXT NOT NULL,
        title_json TEXT NOT NULL,
        body_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (notice_id, version)
      );
      CREATE TABLE cases (
        case_number TEXT PRIMARY KEY,
        service_id TEXT NOT NULL,
        matter_json TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        applicant_id_last4 TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        promised_by TEXT NOT NULL,
        current_stage TEXT NOT NULL,
        stage_started_at_json TEXT NOT NULL,
        result_json TEXT
      );
      CREATE TABLE forms (
        id TEXT PRIMARY KEY,
        form_json TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE kiosks (
        kiosk_id TEXT PRIMARY KEY,
        last_seen_at TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        app_version TEXT NOT NULL,
        printer_status TEXT NOT NULL,
        outbox_depth INTEGER NOT NULL
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'complete tickets: kinds, appointments, counters, fairness, service times, materials',
    sql: `
      ALTER TABLE services ADD COLUMN required_materials_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE tickets ADD COLUMN kind TEXT NOT NULL DEFAULT 'normal'
        CHECK (kind IN ('normal', 'priority', 'appointment'));
      ALTER TABLE tickets ADD COLUMN appointment_time TEXT;
      UPDATE tickets SET kind = 'priority' WHERE priority = 1;
      -- Recent service times per service, for the estimated wait.
      CREATE INDEX tickets_served ON tickets (service_id, status, served_at);
      CREATE TABLE appointments (
        code TEXT PRIMARY KEY,
        service_id TEXT NOT NULL REFERENCES services(id),
        appointment_time TEXT NOT NULL,
        name TEXT NOT NULL,
        -- Set at check-in: the one ticket this appointment gave.
        client_ticket_id TEXT UNIQUE
      );
      -- A counter is open for a service while it has called for it recently.
      CREATE TABLE counters (
        counter_id TEXT PRIMARY KEY,
        service_ids_json TEXT NOT NULL,
        last_call_at TEXT NOT NULL
      );
      -- Normal tickets called since the last priority ticket, per service and day.
      CREATE TABLE queue_fairness (
        service_id TEXT NOT NULL,
        date TEXT NOT NULL,
        normal_since_priority INTEGER NOT NULL,
        PRIMARY KEY (service_id, date)
      );
      ALTER TABLE kiosks ADD COLUMN last_sync_at TEXT;
    `,
  },
  {
    version: 3,
    name: 'notices with the full content model, announcements, change feed, idempotent edits, audit',
    sql: `
      -- The old notices (title + body) are kept for the record; content is reseeded from the fixtures.
      ALTER TABLE notices RENAME TO legacy_notices;
      ALTER TABLE notice_revisions RENAME TO legacy_notice_revisions;
      -- Notices and announcements: the latest state of each, a removed one as a tombstone
      -- (content_json NULL) so that the change feed can report it. seq is the item's place in the
      -- one global change sequence: every put or remove moves it to MAX(seq) + 1.
      CREATE TABLE content_items (
        kind TEXT NOT NULL CHECK (kind IN ('notice', 'announcement')),
        id TEXT NOT NULL,
        content_json TEXT,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        seq INTEGER NOT NULL UNIQUE,
        PRIMARY KEY (kind, id)
      );
      -- Every version of every item, so that a change can always be traced.
      CREATE TABLE content_revisions (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        content_json TEXT,
        updated_at TEXT NOT NULL,
        updated_by TEXT,
        kiosk_id TEXT,
        change_id TEXT,
        PRIMARY KEY (kind, id, version)
      );
      -- Changes applied, by the kiosk's change id: a repeat gets the first answer again.
      CREATE TABLE content_change_ids (
        change_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('put', 'remove')),
        status INTEGER NOT NULL,
        response_json TEXT
      );
      CREATE TABLE audit_entries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kiosk_id TEXT NOT NULL,
        at TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        staff_id TEXT,
        action TEXT NOT NULL,
        target TEXT,
        summary TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX audit_newest ON audit_entries (at_ms DESC, seq DESC);
    `,
  },
  {
    version: 4,
    name: 'services join the change feed: version, updated_at and a place in the global sequence',
    sql: `
      ALTER TABLE services ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE services ADD COLUMN updated_at TEXT NOT NULL DEFAULT '1970-01-01T00:00:00.000Z';
      ALTER TABLE services ADD COLUMN seq INTEGER;
      UPDATE services SET updated_at = COALESCE((SELECT value FROM meta WHERE key = 'seeded_at'), updated_at);
      -- After every content change so far, in catalog order, so that every kiosk's cursor sees them.
      UPDATE services SET seq = (SELECT COALESCE(MAX(seq), 0) FROM content_items) + 1 +
        (SELECT COUNT(*) FROM services AS before WHERE before.sort_order < services.sort_order);
      CREATE UNIQUE INDEX services_by_seq ON services (seq);
    `,
  },
];

/** Applies the migrations not yet applied; safe when two processes open the same file at once. */
export function migrate(db: Database.Database): number {
  const apply = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const m of migrations) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
    return db.pragma('user_version', { simple: true }) as number;
  });
  return apply.immediate();
}
