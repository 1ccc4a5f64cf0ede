// The notices service over real parts: the reference central API (Fastify + SQLite on
// 127.0.0.1:0) behind a fault proxy, a real kiosk SQLite store, the real client and guard, the
// sync service with content sync wired in. Every content-feed request's `since` is recorded.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCentralServer } from '../../../../central-api/server';
import type { NoticeContent } from '../../../../electron/notice-model';
import { type CentralApi, createCentralApi } from '../../../../electron/services/central';
import type { Clock } from '../../../../electron/services/clock';
import { type ContentSync, createContentSync } from '../../../../electron/services/notices/content-sync';
import {
  createNoticeService,
  type NoticeService,
} from '../../../../electron/services/notices/notice-service';
import { createCentralGuard } from '../../../../electron/services/queue/central-guard';
import {
  createServiceCatalog,
  type ServiceCatalog,
} from '../../../../electron/services/queue/service-catalog';
import { type KioskStore, openStore } from '../../../../electron/services/store';
import {
  createSyncService,
  type SyncService,
  type SyncServiceOptions,
} from '../../../../electron/services/sync/sync-service';
import { type FaultProxy, startFaultProxy } from '../../../support/fault-proxy';
import { recordingFetch } from '../../../support/recording-fetch';
import { recordingDocuments } from './content-fakes';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures', import.meta.url));
const TOKEN = 'notices-rig-token';
export const KIOSK_ID = 'notices-kiosk-1';

export interface ContentRig {
  store: KioskStore;
  contentSync: ContentSync;
  sync: SyncService;
  notices: NoticeService;
  proxy: FaultProxy;
  /** A client straight to the central API, for staff-side writes in the tests. */
  direct: CentralApi;
  /** `since` of every GET /v1/content/changes the kiosk made. */
  sinceSeen: number[];
  /** Method and path of every request the kiosk made, e.g. 'GET /v1/services'. */
  requests: string[];
  /** What content sync logged as a warning (e.g. an item refused). */
  warnings: object[];
  catalog: ServiceCatalog;
  /** The central API's SQLite file, for tests that plant what the API would never accept. */
  centralDbPath: string;
  clock: Clock & { set(iso: string): void };
  /** PUT a notice centrally on top of its current version; returns the new version. */
  putNotice(content: NoticeContent): Promise<number>;
  removeNotice(id: string): Promise<void>;
  /** The back office changes a service (PUT /v1/services/{id} on its current version); returns the new version. */
  updateService(id: string, edit: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export interface ContentRigOptions {
  outboxHandlers?: SyncServiceOptions['outboxHandlers'];
  outboxBatchHandlers?: SyncServiceOptions['outboxBatchHandlers'];
}

export async function startContentRig(opts: ContentRigOptions = {}): Promise<ContentRig> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-notices-'));
  let now = new Date('2026-03-04T02:00:00.000Z');
  const clock = {
    now: () => now,
    set(iso: string) {
      now = new Date(iso);
    },
  };
  const centralDbPath = path.join(dir, 'central.db');
  const server = await createCentralServer({
    dbPath: centralDbPath,
    fixturesDir: FIXTURES,
    kioskTokens: [TOKEN],
    now: () => clock.now(),
    openingHours: 'always',
  });
  const centralUrl = await server.listen(0);
  const proxy = await startFaultProxy(centralUrl);
  const store = openStore(path.join(dir, 'kiosk.db'));
  const sinceSeen: number[] = [];
  const requests: string[] = [];
  const warnings: object[] = [];
  const central = createCentralApi({
    baseUrl: proxy.url,
    token: TOKEN,
    timeoutMs: 2000,
    fetch: recordingFetch(({ method, url }) => {
      requests.push(`${method} ${url.pathname}`);
      if (url.pathname === '/v1/content/changes') sinceSeen.push(Number(url.searchParams.get('since')));
    }),
  });
  const direct = createCentralApi({ baseUrl: centralUrl, token: TOKEN, timeoutMs: 5000 });
  const guard = createCentralGuard({
    ticketTimeoutMs: 700,
    callTimeoutMs: 2000,
    failuresToOpen: 2,
    halfOpenAfterMs: 200,
  });
  const catalog = createServiceCatalog({ central, guard, store, clock });
  const log = { info: () => undefined, warn: (obj: object) => void warnings.push(obj) };
  const contentSync = createContentSync({ central, guard, store, clock, log });
  const sync = createSyncService({
    kioskId: KIOSK_ID,
    appVersion: 'test',
    central,
    guard,
    catalog,
    store,
    clock,
    timeZone: 'Asia/Shanghai',
    blockSize: 5,
    renewBelow: 1,
    intervalMs: 60_000,
    heartbeatIntervalMs: 60_000,
    printerStatus: async () => 'ok',
    contentSync,
    ...opts,
  });
  const notices = createNoticeService({
    store,
    clock,
    documents: recordingDocuments().documents,
    publicUrl: centralUrl,
    serviceName: (id) => catalog.service(id)?.name,
  });

  async function currentVersion(id: string): Promise<number> {
    const feed = await direct.contentChanges({ since: 0, limit: 1000 });
    const item = feed.changes.find((c) => c.kind === 'notice' && c.id === id)?.item as {
      version?: number;
    } | null;
    return item?.version ?? 0;
  }

  return {
    store,
    contentSync,
    sync,
    notices,
    proxy,
    direct,
    sinceSeen,
    requests,
    warnings,
    catalog,
    centralDbPath,
    clock,
    async putNotice(content) {
      const write = { id: content.id, baseVersion: await currentVersion(content.id), changeId: randomUUID() };
      const result = await direct.putNotice({ ...write, editedBy: 'staff-1', kioskId: KIOSK_ID, content });
      if (result.status !== 'saved') throw new Error(`central refused the notice: ${JSON.stringify(result)}`);
      return result.version;
    },
    async removeNotice(id) {
      const write = { id, baseVersion: await currentVersion(id), changeId: randomUUID() };
      const result = await direct.removeNotice({ ...write, editedBy: 'staff-1', kioskId: KIOSK_ID });
      if (result.status !== 'removed')
        throw new Error(`central refused the removal: ${JSON.stringify(result)}`);
    },
    async updateService(id, edit) {
      const services = await direct.listServices();
      const baseVersion = services.find((s) => s.id === id)?.version;
      const res = await fetch(`${centralUrl}/v1/services/${id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ baseVersion, editedBy: 'back-office-1', service: edit }),
      });
      const body = (await res.json()) as { version?: number };
      if (res.status !== 200 || !body.version) throw new Error(`central refused: ${JSON.stringify(body)}`);
      return body.version;
    },
    async close() {
      await sync.stop();
      store.close();
      await proxy.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
