// SQL for the hall's catalog: services, forms, cases, kiosk heartbeats, seeding (notices and
// announcements are in content-items.ts).
import type Database from 'better-sqlite3';
import type { CaseFixture, Fixtures, FormFixture, ServiceFixture } from '../fixtures';

export type Service = ServiceFixture;
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

interface ServiceRow {
  id: string;
  prefix: string;
  name_json: string;
  area_json: string;
  description_json: string;
  required_materials_json: string;
  opening_hours_json: string;
  average_service_minutes: number;
  enabled: number;
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

const toService = (r: ServiceRow): Service => ({
  id: r.id,
  prefix: r.prefix,
  name: JSON.parse(r.name_json),
  area: JSON.parse(r.area_json),
  description: JSON.parse(r.description_json),
  requiredMaterials: JSON.parse(r.required_materials_json),
  openingHours: JSON.parse(r.opening_hours_json),
  averageServiceMinutes: r.average_service_minutes,
  enabled: r.enabled === 1,
});
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
    listServices: db.prepare<[], ServiceRow>('SELECT * FROM services ORDER BY sort_order'),
    getService: db.prepare<[string], ServiceRow>('SELECT * FROM services WHERE id = ?'),
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

  const services = new Map<string, Service>();

  /** Seeds the database from the fixtures once, the first time any process opens it. */
  const seedOnce = db.transaction((load: () => Fixtures): boolean => {
    if (db.prepare("SELECT 1 FROM meta WHERE key = 'seeded_at'").get()) return false;
    const fx = load();
    const insertService = db.prepare(
      `INSERT INTO services (id, prefix, name_json, area_json, description_json, required_materials_json,
         opening_hours_json, average_service_minutes, enabled, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    fx.services.forEach((s, i) => {
      insertService.run(
        s.id,
        s.prefix,
        JSON.stringify(s.name),
        JSON.stringify(s.area),
        JSON.stringify(s.description),
        JSON.stringify(s.requiredMaterials),
        JSON.stringify(s.openingHours),
        s.averageServiceMinutes,
        s.enabled ? 1 : 0,
        i,
      );
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
    listServices: (): Service[] => q.listServices.all().map(toService),
    // The catalog never changes while the server runs (it is seeded from the fixtures): read once.
    getService: (id: string): Service | undefined => {
      if (!services.has(id)) {
        const row = q.getService.get(id);
        if (row) services.set(id, toService(row));
      }
      return services.get(id);
    },
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
