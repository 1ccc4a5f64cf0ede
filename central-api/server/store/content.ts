// SQL for forms, cases, kiosk heartbeats and seeding (services: services.ts; notices and
// announcements: content-items.ts).
import type Database from 'better-sqlite3';
import type { CaseFixture, Fixtures, FormFixture, ServiceFixture } from '../fixtures';
import { serviceInserter } from './services';

export type Form = FormFixture;
export type CaseRecord = CaseFixture;
/** An appointment of the fixtures, placed at an instant of the hall day it is seeded on. */
export interface AppointmentSeed {
  code: string;
  serviceId: string;
  appointmentTime: string;
  name: string;
}
export interface HeartbeatRecord {
  kioskId: string;
  receivedAt: string;
  sentAt: string;
  appVersion: string;
  printerStatus: string;
  outboxDepth: number;
  lastSyncAt: string | null;
}

interface KioskRow {
  kiosk_id: string;
  last_seen_at: string;
  sent_at: string;
  app_version: string;
  printer_status: string;
  outbox_depth: number;
  last_sync_at: string | null;
}
interface CaseRow {
  case_number: string;
  service_id: string;
  matter_json: string;
  applicant_name: string;
  applicant_id_last4: string;
  accepted_at: string;
  promised_by: string;
  current_stage: CaseFixture['currentStage'];
  stage_started_at_json: string;
  result_json: string | null;
}

const toCase = (r: CaseRow): CaseRecord => ({
  caseNumber: r.case_number,
  serviceId: r.service_id,
  matter: JSON.parse(r.matter_json),
  applicantName: r.applicant_name,
  applicantIdLast4: r.applicant_id_last4,
  acceptedAt: r.accepted_at,
  promisedBy: r.promised_by,
  currentStage: r.current_stage,
  stageStartedAt: JSON.parse(r.stage_started_at_json),
  ...(r.result_json ? { result: JSON.parse(r.result_json) } : {}),
});

export function contentStore(db: Database.Database) {
  const q = {
    getCase: db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE case_number = ?'),
    listForms: db.prepare<[], { form_json: string }>('SELECT form_json FROM forms ORDER BY sort_order'),
    upsertKiosk: db.prepare(
      `INSERT INTO kiosks (kiosk_id, last_seen_at, sent_at, app_version, printer_status, outbox_depth, last_sync_at)
       VALUES (@kioskId, @receivedAt, @sentAt, @appVersion, @printerStatus, @outboxDepth, @lastSyncAt)
       ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_at = excluded.last_seen_at, sent_at = excluded.sent_at,
         app_version = excluded.app_version, printer_status = excluded.printer_status,
         outbox_depth = excluded.outbox_depth, last_sync_at = excluded.last_sync_at`,
    ),
    listKiosks: db.prepare<[], KioskRow>('SELECT * FROM kiosks ORDER BY kiosk_id'),
  };

  /** Seeds the database from the fixtures once, the first time any process opens it. */
  const seedOnce = db.transaction((load: () => Fixtures): boolean => {
    if (db.prepare("SELECT 1 FROM meta WHERE key = 'seeded_at'").get()) return false;
    const fx = load();
    const insertService = serviceInserter(db);
    const at = new Date().toISOString();
    fx.services.forEach((s, i) => {
      insertService(s, i, at);
    });
    const insertForm = db.prepare('INSERT INTO forms (id, form_json, sort_order) VALUES (?, ?, ?)');
    fx.forms.forEach((f, i) => {
      insertForm.run(f.id, JSON.stringify(f), i);
    });
    const insertCase = db.prepare(
      `INSERT INTO cases (case_number, service_id, matter_json, applicant_name, applicant_id_last4, accepted_at,
         promised_by, current_stage, stage_started_at_json, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of fx.cases) {
      insertCase.run(
        c.caseNumber,
        c.serviceId,
        JSON.stringify(c.matter),
        c.applicantName,
        c.applicantIdLast4,
        c.acceptedAt,
        c.promisedBy,
        c.currentStage,
        JSON.stringify(c.stageStartedAt),
        c.result ? JSON.stringify(c.result) : null,
      );
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', ?)").run(new Date().toISOString());
    return true;
  });

  /**
   * What schema version 2 added, seeded once (also into a database seeded before it existed):
   * the appointments, at their times on the given hall day, and the services' required materials.
   */
  const seedAppointmentsOnce = db.transaction(
    (load: () => { appointments: AppointmentSeed[]; services: ServiceFixture[] }): boolean => {
      if (db.prepare("SELECT 1 FROM meta WHERE key = 'appointments_seeded_at'").get()) return false;
      const { appointments, services } = load();
      const insert = db.prepare(
        'INSERT OR IGNORE INTO appointments (code, service_id, appointment_time, name) VALUES (?, ?, ?, ?)',
      );
      for (const a of appointments) insert.run(a.code, a.serviceId, a.appointmentTime, a.name);
      const materials = db.prepare(
        "UPDATE services SET required_materials_json = ? WHERE id = ? AND required_materials_json = '[]'",
      );
      for (const s of services) materials.run(JSON.stringify(s.requiredMaterials), s.id);
      db.prepare("INSERT INTO meta (key, value) VALUES ('appointments_seeded_at', ?)").run(
        new Date().toISOString(),
      );
      return true;
    },
  );

  return {
    seedOnce: (load: () => Fixtures) => seedOnce.immediate(load),
    seedAppointmentsOnce: (load: Parameters<typeof seedAppointmentsOnce>[0]) =>
      seedAppointmentsOnce.immediate(load),
    getCase: (caseNumber: string): CaseRecord | undefined => {
      const row = q.getCase.get(caseNumber);
      return row ? toCase(row) : undefined;
    },
    listForms: (): Form[] => q.listForms.all().map((r) => JSON.parse(r.form_json) as Form),
    recordHeartbeat: (h: HeartbeatRecord): void => {
      q.upsertKiosk.run(h);
    },
    listKiosks: (): HeartbeatRecord[] =>
      q.listKiosks.all().map((r) => ({
        kioskId: r.kiosk_id,
        receivedAt: r.last_seen_at,
        sentAt: r.sent_at,
        appVersion: r.app_version,
        printerStatus: r.printer_status,
        outboxDepth: r.outbox_depth,
        lastSyncAt: r.last_sync_at,
      })),
  };
}
