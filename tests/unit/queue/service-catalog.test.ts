// The catalog module over a real kiosk SQLite store, with a small fake of the two central calls it
// makes: the whole catalog is fetched only when the kiosk has none or the live queue summary names
// a service it does not know; otherwise a refresh fetches the summary alone. Also: a kiosk database
// from before migration 005 keeps its cached catalog.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import type { CentralApi, QueueSummaryItem, Service } from '../../../electron/services/central';
import { createCentralGuard } from '../../../electron/services/queue/central-guard';
import { createServiceCatalog } from '../../../electron/services/queue/service-catalog';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { MIGRATIONS } from '../../../electron/services/store/migrations';
import { tempDbDir } from '../store/support/temp-db';

const FIXTURES = new URL('../../../fixtures', import.meta.url).pathname;
const AT = '2026-03-04T02:00:00.000Z';
const fixtureServices = loadFixtures(FIXTURES).services;
const services: Service[] = fixtureServices.map((s, i) => ({
  ...s,
  sortOrder: i,
  version: 1,
  updatedAt: AT,
}));
const summaryOf = (list: { id: string }[]): QueueSummaryItem[] =>
  list.map((s) => ({ serviceId: s.id, waiting: 2, estimatedWaitMinutes: 10, openNow: true, opensAt: null }));

const tmp = tempDbDir();
const stores: KioskStore[] = [];
let opened = 0;
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});
afterAll(() => tmp.cleanup());

function rig(central: { services: Service[]; summary: QueueSummaryItem[] }) {
  const calls: string[] = [];
  const api = {
    async listServices() {
      calls.push('listServices');
      return central.services;
    },
    async queueSummary() {
      calls.push('queueSummary');
      return central.summary;
    },
  } as unknown as CentralApi;
  const guard = createCentralGuard({
    ticketTimeoutMs: 500,
    callTimeoutMs: 500,
    failuresToOpen: 3,
    halfOpenAfterMs: 100,
  });
  const store = openStore(`${tmp.dir}/kiosk-${opened++}.db`);
  stores.push(store);
  const catalog = createServiceCatalog({ central: api, guard, store, clock: { now: () => new Date(AT) } });
  return { calls, store, catalog };
}

describe('service catalog refresh', () => {
  it('fetches the catalog whole only while the kiosk has none, then the queue summary alone', async () => {
    const { calls, catalog } = rig({ services, summary: summaryOf(services) });
    expect(catalog.services()).toBeNull();
    await catalog.refresh('background');
    expect(calls.sort()).toEqual(['listServices', 'queueSummary']);
    expect(catalog.services()?.map((s) => s.id)).toEqual(services.map((s) => s.id));
    calls.length = 0;
    await catalog.refresh('resident');
    expect(calls).toEqual(['queueSummary']);
  });

  it('fetches it whole again when the live queue names a service it does not know', async () => {
    const central = { services: services.slice(0, 3), summary: summaryOf(services.slice(0, 3)) };
    const { calls, catalog } = rig(central);
    await catalog.refresh('background');
    central.services = services.slice(0, 4);
    central.summary = summaryOf(services.slice(0, 4));
    calls.length = 0;
    const { services: refreshed } = await catalog.refresh('background');
    expect(calls).toEqual(['queueSummary', 'listServices']);
    expect(refreshed.map((s) => s.id)).toEqual(services.slice(0, 4).map((s) => s.id));
  });
});

describe('kiosk database before migration 005', () => {
  it('keeps the catalog it had cached, in its order, until the feed brings each service again', () => {
    const path = `${tmp.dir}/old.db`;
    const db = new Database(path);
    for (const file of MIGRATIONS.slice(0, 4)) {
      db.exec(
        readFileSync(new URL(`../../../electron/services/store/migrations/${file}`, import.meta.url), 'utf8'),
      );
    }
    db.pragma('user_version = 4');
    const old = fixtureServices.slice(0, 3);
    db.prepare('INSERT INTO kv_cache (key, value, fetched_at) VALUES (?, ?, ?)').run(
      'catalog.services',
      JSON.stringify(old),
      '2026-03-01T08:00:00.000Z',
    );
    db.close();

    const store = openStore(path);
    stores.push(store);
    expect(store.cache.get('catalog.services')).toBeNull();
    const guard = createCentralGuard({
      ticketTimeoutMs: 500,
      callTimeoutMs: 500,
      failuresToOpen: 3,
      halfOpenAfterMs: 100,
    });
    const catalog = createServiceCatalog({
      central: {} as CentralApi,
      guard,
      store,
      clock: { now: () => new Date(AT) },
    });
    expect(catalog.services()).toEqual(
      old.map((s, i) => ({ ...s, sortOrder: i, version: 1, updatedAt: '2026-03-01T08:00:00.000Z' })),
    );
  });
});
