// The service catalog synced incrementally from the reference central API (real HTTP, real SQLite
// on both sides): it arrives with the notices on the change feed, only what changed comes after,
// the live queue figures alone are fetched each pass, a bad service is refused alone, and the
// catalog serves residents from SQLite while the central API is away.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { type ContentRig, startContentRig } from './support/central-content-rig';

const FIXTURES = new URL('../../../fixtures', import.meta.url).pathname;
let rig: ContentRig;

beforeAll(async () => {
  rig = await startContentRig();
}, 30_000);
afterAll(async () => {
  await rig?.close();
});

/** Changes mass-teams straight in the central database, as a new version at the next place of the feed. */
function plant(set: string): void {
  const db = new Database(rig.centralDbPath);
  db.prepare(
    `UPDATE services SET ${set}, version = version + 1,
       seq = (SELECT MAX(m) + 1 FROM (SELECT MAX(seq) AS m FROM services UNION ALL SELECT MAX(seq) FROM content_items))
     WHERE id = 'mass-teams'`,
  ).run();
  db.close();
}

describe('service catalog sync', () => {
  it('arrives through the change feed on the first pass: no whole-catalog fetch, the queue summary beside it', async () => {
    const report = await rig.sync.syncNow();
    expect(report.online).toBe(true);
    const fixtures = loadFixtures(FIXTURES).services;
    expect(rig.catalog.services()?.map((s) => s.id)).toEqual(fixtures.map((s) => s.id));
    expect(rig.catalog.service('residence-permit')).toMatchObject({ version: 1, prefix: 'D' });
    expect(rig.requests).not.toContain('GET /v1/services');
    expect(rig.requests).toContain('GET /v1/queue/summary');
  });

  it('after a central change, the next pass brings that one service only, and shows it', async () => {
    const cursor = rig.store.content.syncState().cursor;
    const version = await rig.updateService('residence-permit', {
      name: { 'zh-CN': '居住证受理（新）', en: 'Residence permits (new)' },
      averageServiceMinutes: 25,
    });
    rig.requests.length = 0;
    rig.sinceSeen.length = 0;
    const result = await rig.contentSync.syncContent();
    expect(rig.sinceSeen).toEqual([cursor]);
    expect(result).toMatchObject({ applied: 1, services: 1, rejected: 0 });
    expect(rig.catalog.service('residence-permit')).toMatchObject({
      version,
      name: { 'zh-CN': '居住证受理（新）' },
      averageServiceMinutes: 25,
    });
    expect(rig.catalog.service('social-insurance')?.version).toBe(1);
    await rig.sync.syncNow();
    expect(rig.requests).not.toContain('GET /v1/services');
  });

  it('refuses a service the central API sends broken, alone, and keeps the last good version', async () => {
    const good = rig.catalog.service('mass-teams');
    await rig.updateService('senior-services', { averageServiceMinutes: 9 });
    // Planted straight in the central database: the API itself would never accept it.
    plant('average_service_minutes = 0');
    rig.warnings.length = 0;
    const result = await rig.contentSync.syncContent();
    expect(result).toMatchObject({ services: 1, rejected: 1 });
    expect(rig.catalog.service('mass-teams')).toEqual(good);
    expect(rig.catalog.service('senior-services')?.averageServiceMinutes).toBe(9);
    expect(rig.warnings).toContainEqual(
      expect.objectContaining({ kind: 'service', id: 'mass-teams', field: 'averageServiceMinutes' }),
    );
    // Kept for the staff device page until a good version arrives.
    expect(rig.store.content.refusals()).toEqual([
      expect.objectContaining({ kind: 'service', id: 'mass-teams', field: 'averageServiceMinutes' }),
    ]);
    plant('average_service_minutes = 11');
    await rig.contentSync.syncContent();
    expect(rig.catalog.service('mass-teams')?.averageServiceMinutes).toBe(11);
    expect(rig.store.content.refusals()).toEqual([]);
  });

  it('serves the synced catalog from SQLite while the central API is away', async () => {
    await rig.proxy.setMode('refuse');
    try {
      const report = await rig.sync.syncNow();
      expect(report.online).toBe(false);
      expect(rig.catalog.service('residence-permit')?.name['zh-CN']).toBe('居住证受理（新）');
      expect(rig.catalog.services()).toHaveLength(12);
    } finally {
      await rig.proxy.setMode('pass');
    }
  });
});
