// A database made by the schema before issue 4 (notices with title + body only) opens with the
// new server: the old rows are kept aside as legacy_notices, the notices are reseeded from the
// fixtures in the full model, the announcements appear, and the rest of the data stays.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { migrations } from '../../../central-api/server/store/migrations';
import { FIXTURES_DIR, type Harness, startCentral, tempDir } from './harness';

let central: Harness | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await central?.stop();
  central = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A database at schema version 2, seeded the old way: one service, one old-shape notice. */
function oldDatabase(dir: string): void {
  const db = new Database(join(dir, 'central.sqlite'));
  for (const m of migrations.filter((m) => m.version <= 2)) db.exec(m.sql);
  db.pragma('user_version = 2');
  const [service] = loadFixtures(FIXTURES_DIR).services;
  if (!service) throw new Error('fixtures have services');
  db.prepare(
    `INSERT INTO services (id, prefix, name_json, area_json, description_json, required_materials_json,
       opening_hours_json, average_service_minutes, enabled, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  ).run(
    service.id,
    service.prefix,
    JSON.stringify(service.name),
    JSON.stringify(service.area),
    JSON.stringify(service.description),
    JSON.stringify(service.requiredMaterials),
    JSON.stringify(service.openingHours),
    service.averageServiceMinutes,
    1,
  );
  db.prepare(
    `INSERT INTO notices (id, service_id, title_json, body_json, version, updated_at)
     VALUES ('residence-permit-application', ?, '{"zh-CN":"旧","en":"old"}', '{"zh-CN":"正文","en":"body"}', 4, '2025-01-01T00:00:00Z')`,
  ).run(service.id);
  db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', '2025-01-01T00:00:00Z')").run();
  db.prepare("INSERT INTO meta (key, value) VALUES ('appointments_seeded_at', '2025-01-01T00:00:00Z')").run();
  db.close();
}

describe('migration 3: notices in the full model', () => {
  it('keeps old rows aside, reseeds notices and announcements from the fixtures, keeps the services', async () => {
    const dir = tempDir();
    dirs.push(dir);
    oldDatabase(dir);
    central = await startCentral({ dir });
    const fx = loadFixtures(FIXTURES_DIR);
    const notices = (await central.request('GET', '/v1/notices')).body as {
      notices: { id: string; legalBasis: unknown[] }[];
    };
    expect(notices.notices.map((n) => n.id).sort()).toEqual(fx.notices.map((n) => n.id).sort());
    expect(notices.notices.every((n) => n.legalBasis.length > 0)).toBe(true);
    const announcements = (await central.request('GET', '/v1/announcements')).body as {
      announcements: unknown[];
    };
    expect(announcements.announcements).toHaveLength(fx.announcements.length);
    const services = (await central.request('GET', '/v1/services')).body as { services: unknown[] };
    expect(services.services).toHaveLength(1); // not reseeded: the old data stays as it was
    await central.stop();

    const db = new Database(join(dir, 'central.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare('SELECT id, version FROM legacy_notices').all()).toEqual([
      { id: 'residence-permit-application', version: 4 },
    ]);
    db.close();

    // Opening it again seeds nothing twice.
    central = await startCentral({ dir });
    const feed = (await central.request('GET', '/v1/content/changes?since=0&limit=1000')).body as {
      changes: unknown[];
    };
    expect(feed.changes).toHaveLength(fx.notices.length + fx.announcements.length);
  });

  it('announcements are placed on the hall day of seeding', async () => {
    central = await startCentral();
    const fx = loadFixtures(FIXTURES_DIR);
    const first = fx.announcements[0];
    if (!first) throw new Error('fixtures/announcements.json has announcements');
    const list = (await central.request('GET', '/v1/announcements')).body as {
      announcements: { id: string; startsAt: string }[];
    };
    const seeded = list.announcements.find((a) => a.id === first.id);
    // The harness clock is 2025-03-04 10:00 in Shanghai (UTC+8).
    const day = new Date(Date.UTC(2025, 2, 4 + first.starts.dayOffset)).toISOString().slice(0, 10);
    const [h, m] = first.starts.time.split(':').map(Number);
    const expected = new Date(
      Date.parse(`${day}T00:00:00Z`) + ((h ?? 0) - 8) * 3_600_000 + (m ?? 0) * 60_000,
    );
    expect(seeded?.startsAt).toBe(expected.toISOString());
  });
});
