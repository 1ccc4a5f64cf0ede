// The service catalog in the change feed: every service has a version and a place in the one
// global sequence; the back office changes one (PUT /v1/services/{id}) and only that one comes
// after the cursor. Kiosks that do not ask for services (kinds) see none. Real server, real SQLite,
// every answer checked against openapi.yaml.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { migrations } from '../../../central-api/server/store/migrations';
import { call, type FeedPage } from './content-support';
import { FIXTURES_DIR, type Harness, startCentral, tempDir } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

async function feed(since: number, kinds?: string): Promise<FeedPage> {
  const res = await call(
    central,
    'GET',
    `/v1/content/changes?since=${since}&limit=1000${kinds ? `&kinds=${kinds}` : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body as FeedPage;
}

type ServiceBody = { id: string; version: number; sortOrder: number; openingHours: unknown; name: unknown };

describe('services in the change feed', () => {
  it('lists every service once, in catalog order, only when asked for', async () => {
    const fx = loadFixtures(FIXTURES_DIR);
    const all = await feed(0, 'notice,announcement,service');
    const services = all.changes.filter((c) => c.kind === 'service');
    expect(services.map((c) => c.id)).toEqual(fx.services.map((s) => s.id));
    expect(services.map((c) => (c.item as ServiceBody).sortOrder)).toEqual(fx.services.map((_, i) => i));
    expect(services.every((c) => (c.item as ServiceBody).version === 1 && !c.removed)).toBe(true);
    const seqs = all.changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect((await feed(0)).changes.some((c) => c.kind === 'service')).toBe(false);
    expect((await feed(0, 'service')).changes.every((c) => c.kind === 'service')).toBe(true);
    const listed = (await call(central, 'GET', '/v1/services')).body as { services: ServiceBody[] };
    expect(listed.services.map((s) => s.version)).toEqual(fx.services.map(() => 1));
  });

  it('after a back-office change, only that service comes after the cursor, at its new version', async () => {
    const { cursor } = await feed(0, 'notice,announcement,service');
    const hours = {
      mon: [],
      tue: [{ from: '13:00', to: '17:00' }],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    };
    const res = await call(central, 'PUT', '/v1/services/residence-permit', {
      baseVersion: 1,
      editedBy: 'wang-li',
      service: { openingHours: hours, name: { 'zh-CN': '居住证受理', en: 'Residence permit applications' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'residence-permit', version: 2, openingHours: hours, prefix: 'D' });
    const after = await feed(cursor, 'notice,announcement,service');
    expect(after.changes.map((c) => [c.kind, c.id])).toEqual([['service', 'residence-permit']]);
    expect(after.changes[0]?.item).toMatchObject({
      version: 2,
      name: { en: 'Residence permit applications' },
    });
    expect(after.cursor).toBeGreaterThan(cursor);
    expect((await feed(after.cursor, 'notice,announcement,service')).changes).toEqual([]);
    // Kiosks that asked for content only move past it without seeing it.
    expect((await feed(cursor)).changes).toEqual([]);

    const audit = (await call(central, 'GET', '/v1/audit?limit=5')).body as {
      entries: { action: string; target: string; staffId: string; summary: string }[];
    };
    expect(audit.entries[0]).toMatchObject({
      action: 'service.update',
      target: 'service:residence-permit',
      staffId: 'wang-li',
    });
    expect(audit.entries[0]?.summary).toContain('openingHours');
    expect(audit.entries[0]?.summary).toContain('name');
  });

  it('refuses a stale base (409 with the service as it is), an unknown service, and the prefix', async () => {
    const now = (await call(central, 'GET', '/v1/services')).body as { services: ServiceBody[] };
    const current = now.services.find((s) => s.id === 'social-insurance');
    if (!current) throw new Error('fixtures have social-insurance');
    const ok = await call(central, 'PUT', '/v1/services/social-insurance', {
      baseVersion: current.version,
      editedBy: 'wang-li',
      service: { enabled: false },
    });
    expect(ok.status).toBe(200);
    const stale = await call(central, 'PUT', '/v1/services/social-insurance', {
      baseVersion: current.version,
      editedBy: 'li-ming',
      service: { enabled: true },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: current.version + 1,
      current: { id: 'social-insurance', enabled: false },
    });
    const unknown = await call(central, 'PUT', '/v1/services/no-such-service', {
      baseVersion: 1,
      editedBy: 'wang-li',
      service: {},
    });
    expect(unknown.status).toBe(404);
    const prefix = await call(central, 'PUT', '/v1/services/social-insurance', {
      baseVersion: current.version + 1,
      editedBy: 'wang-li',
      service: { prefix: 'Z' },
    });
    expect(prefix.status).toBe(400);
    expect(JSON.stringify(prefix.body)).toContain('prefix');
  });
});

describe('migration 4', () => {
  it('gives the services of an older database versions and places after all content so far', () => {
    const dir = tempDir();
    const db = new Database(`${dir}/central.sqlite`);
    for (const m of migrations.filter((m) => m.version <= 3)) db.exec(m.sql);
    const insert = db.prepare(
      `INSERT INTO services (id, prefix, name_json, area_json, description_json, required_materials_json,
         opening_hours_json, average_service_minutes, enabled, sort_order) VALUES (?, ?, '{}', '{}', '{}', '[]', '{}', 5, 1, ?)`,
    );
    insert.run('b-service', 'B', 1);
    insert.run('a-service', 'A', 0);
    db.prepare(
      `INSERT INTO content_items (kind, id, content_json, version, updated_at, seq) VALUES ('notice', 'n1', '{}', 1, '2025-01-01T00:00:00Z', 41)`,
    ).run();
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', '2025-01-01T00:00:00.000Z')").run();
    const v4 = migrations.find((m) => m.version === 4);
    if (!v4) throw new Error('migration 4 exists');
    db.exec(v4.sql);
    const rows = db.prepare('SELECT id, version, updated_at, seq FROM services ORDER BY seq').all();
    expect(rows).toEqual([
      { id: 'a-service', version: 1, updated_at: '2025-01-01T00:00:00.000Z', seq: 42 },
      { id: 'b-service', version: 1, updated_at: '2025-01-01T00:00:00.000Z', seq: 43 },
    ]);
    db.close();
  });
});
