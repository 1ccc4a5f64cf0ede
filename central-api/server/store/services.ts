// SQL of the service catalog. Services are seeded from the fixtures and changed by the hall's back
// office (PUT /v1/services/{id}); each change takes a new version and the next place in the global
// change sequence, so kiosks pick up only what changed. Services are never deleted (tickets refer to
// them): a service is disabled instead.
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';
import type { ServiceFixture } from '../fixtures';
import type { AuditRecord } from './audit';
import { changeSequence } from './change-seq';

/** A service as the API returns it: the catalog entry, its place in the list, its version. */
export type Service = ServiceFixture & { sortOrder: number; version: number; updatedAt: string };
/** What the back office may change: everything but the id and the ticket prefix. */
export type ServiceEdit = Partial<Omit<ServiceFixture, 'id' | 'prefix'> & { sortOrder: number }>;

export interface ServiceRow {
  id: string;
  prefix: string;
  name_json: string;
  area_json: string;
  description_json: string;
  required_materials_json: string;
  opening_hours_json: string;
  average_service_minutes: number;
  enabled: number;
  sort_order: number;
  version: number;
  updated_at: string;
  seq: number;
}

export const toService = (r: ServiceRow): Service => ({
  id: r.id,
  prefix: r.prefix,
  name: JSON.parse(r.name_json),
  area: JSON.parse(r.area_json),
  description: JSON.parse(r.description_json),
  requiredMaterials: JSON.parse(r.required_materials_json),
  openingHours: JSON.parse(r.opening_hours_json),
  averageServiceMinutes: r.average_service_minutes,
  enabled: r.enabled === 1,
  sortOrder: r.sort_order,
  version: r.version,
  updatedAt: r.updated_at,
});

const toRow = (s: Service, seq: number) => ({
  id: s.id,
  prefix: s.prefix,
  name: JSON.stringify(s.name),
  area: JSON.stringify(s.area),
  description: JSON.stringify(s.description),
  materials: JSON.stringify(s.requiredMaterials),
  hours: JSON.stringify(s.openingHours),
  minutes: s.averageServiceMinutes,
  enabled: s.enabled ? 1 : 0,
  sortOrder: s.sortOrder,
  version: s.version,
  updatedAt: s.updatedAt,
  seq,
});

/** Inserts a new service at the next place of the change sequence (seeding). Call inside a transaction. */
export function serviceInserter(
  db: Database.Database,
): (s: ServiceFixture, sortOrder: number, at: string) => void {
  const nextSeq = changeSequence(db);
  const insert = db.prepare(
    `INSERT INTO services (id, prefix, name_json, area_json, description_json, required_materials_json,
       opening_hours_json, average_service_minutes, enabled, sort_order, version, updated_at, seq)
     VALUES (@id, @prefix, @name, @area, @description, @materials, @hours, @minutes, @enabled, @sortOrder,
       @version, @updatedAt, @seq)`,
  );
  return (s, sortOrder, at) =>
    void insert.run(toRow({ ...s, sortOrder, version: 1, updatedAt: at }, nextSeq()));
}

export interface ServiceUpdateInput {
  id: string;
  baseVersion: number;
  edit: ServiceEdit;
  editedBy: string;
  /** ISO time of the change (the server's clock). */
  at: string;
}

export function servicesStore(db: Database.Database, recordAudit: (r: AuditRecord) => boolean) {
  const nextSeq = changeSequence(db);
  const q = {
    list: db.prepare<[], ServiceRow>('SELECT * FROM services ORDER BY sort_order, id'),
    get: db.prepare<[string], ServiceRow>('SELECT * FROM services WHERE id = ?'),
    since: db.prepare<[number, number], ServiceRow>(
      'SELECT * FROM services WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    update: db.prepare(
      `UPDATE services SET name_json = @name, area_json = @area, description_json = @description,
         required_materials_json = @materials, opening_hours_json = @hours, average_service_minutes = @minutes,
         enabled = @enabled, sort_order = @sortOrder, version = @version, updated_at = @updatedAt, seq = @seq
       WHERE id = @id`,
    ),
  };

  const updateService = db.transaction((u: ServiceUpdateInput): Service => {
    const row = q.get.get(u.id);
    if (!row) throw new ApiError(404, 'SERVICE_NOT_FOUND', `no service ${u.id}`);
    const current = toService(row);
    if (u.baseVersion !== current.version) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        `service ${u.id} is at version ${current.version}, the change started from ${u.baseVersion}`,
        { currentVersion: current.version, current },
      );
    }
    const next: Service = { ...current, ...u.edit, version: current.version + 1, updatedAt: u.at };
    q.update.run(toRow(next, nextSeq()));
    const changed = Object.keys(u.edit).filter(
      (k) => JSON.stringify(current[k as keyof Service]) !== JSON.stringify(next[k as keyof Service]),
    );
    recordAudit({
      id: `service:${u.id}:v${next.version}`,
      kioskId: 'back-office',
      at: u.at,
      staffId: u.editedBy,
      action: 'service.update',
      target: `service:${u.id}`,
      summary: `v${current.version} → v${next.version}; changed: ${changed.length ? changed.join(', ') : 'nothing'}`,
      receivedAt: u.at,
    });
    return next;
  });

  return {
    /** The catalog in its order, enabled or not. */
    listServices: (): Service[] => q.list.all().map(toService),
    getService: (id: string): Service | undefined => {
      const row = q.get.get(id);
      return row ? toService(row) : undefined;
    },
    /** A new version of one service; 404 unknown, 409 VERSION_CONFLICT on a stale base. */
    updateService: (u: ServiceUpdateInput): Service => updateService.immediate(u),
    /** Services whose latest change is after `since`, oldest first (the change feed merges them in). */
    servicesChangedSince: (since: number, limit: number): { seq: number; service: Service }[] =>
      q.since.all(since, limit).map((r) => ({ seq: r.seq, service: toService(r) })),
  };
}
