// What one background sync pass costs on the wire, now that the service catalog rides the change
// feed: a fresh kiosk's first pass, an idle pass, and a pass after the back office changed one
// service (requests, response bytes, time). For comparison, the whole catalog (GET /v1/services)
// each pass used to fetch. The central API runs as its own process.
// Usage: npm run bench:catalog-sync [-- --passes N]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCentralApi } from '../electron/services/central';
import { createContentSync } from '../electron/services/notices/content-sync';
import { createCentralGuard } from '../electron/services/queue/central-guard';
import { createServiceCatalog } from '../electron/services/queue/service-catalog';
import { openStore } from '../electron/services/store';
import { createSyncService } from '../electron/services/sync/sync-service';
import { startCentralProcess } from '../tests/support/central-process';
import { recordingFetch } from '../tests/support/recording-fetch';
import { percentile } from './lib';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '20' } } });
const PASSES = Number(values.passes);
const TOKEN = 'bench-catalog-sync';

interface Traffic {
  requests: string[];
  bytes: number;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-catalog-sync-'));
  const server = await startCentralProcess({ dbPath: path.join(dir, 'central.db'), token: TOKEN });
  const traffic: Traffic = { requests: [], bytes: 0 };
  const countingFetch = recordingFetch(
    ({ method, url }) => void traffic.requests.push(`${method} ${url.pathname}`),
    async (response) => {
      traffic.bytes += (await response.clone().arrayBuffer()).byteLength;
    },
  );
  const store = openStore(path.join(dir, 'kiosk.db'));
  try {
    const central = createCentralApi({
      baseUrl: server.url,
      token: TOKEN,
      timeoutMs: 10_000,
      fetch: countingFetch,
    });
    const guard = createCentralGuard({
      ticketTimeoutMs: 10_000,
      callTimeoutMs: 10_000,
      failuresToOpen: 5,
      halfOpenAfterMs: 1000,
    });
    const clock = { now: () => new Date() };
    const catalog = createServiceCatalog({ central, guard, store, clock });
    const sync = createSyncService({
      kioskId: 'bench-kiosk',
      appVersion: 'bench',
      central,
      guard,
      catalog,
      store,
      clock,
      timeZone: 'Asia/Shanghai',
      blockSize: 20,
      renewBelow: 5,
      intervalMs: 60_000,
      heartbeatIntervalMs: 60_000,
      printerStatus: async () => 'ok',
      contentSync: createContentSync({ central, guard, store, clock }),
    });
    const pass = async (label: string | null) => {
      traffic.requests.length = 0;
      traffic.bytes = 0;
      const started = performance.now();
      await sync.syncNow();
      const ms = performance.now() - started;
      const counts = new Map<string, number>();
      for (const r of traffic.requests) counts.set(r, (counts.get(r) ?? 0) + 1);
      const list = [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
      if (label)
        console.log(
          `${label}: ${traffic.requests.length} requests, ${(traffic.bytes / 1024).toFixed(1)} KB, ${ms.toFixed(0)} ms [${list}]`,
        );
      return { ms, bytes: traffic.bytes };
    };

    await pass('first pass (fresh kiosk)');
    const idle: number[] = [];
    let idleBytes = 0;
    for (let i = 0; i < PASSES; i++) {
      const r = await pass(i === 0 ? 'idle pass' : null);
      idle.push(r.ms);
      idleBytes = r.bytes;
    }
    const res = await fetch(`${server.url}/v1/services`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const whole = (await res.arrayBuffer()).byteLength;
    console.log(
      `idle pass: median ${percentile(idle, 50).toFixed(0)} ms, p95 ${percentile(idle, 95).toFixed(0)} ms over ${PASSES}; ` +
        `${(idleBytes / 1024).toFixed(1)} KB, where the whole catalog each pass would add ${(whole / 1024).toFixed(1)} KB`,
    );

    const version = (await central.listServices()).find((s) => s.id === 'residence-permit')?.version;
    const put = await fetch(`${server.url}/v1/services/residence-permit`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        baseVersion: version,
        editedBy: 'bench',
        service: { averageServiceMinutes: 21 },
      }),
    });
    if (put.status !== 200) throw new Error(`the central API refused the change: ${put.status}`);
    await pass('after 1 service changed');
    const shown = catalog.service('residence-permit')?.averageServiceMinutes;
    console.log(`the kiosk's catalog now says ${shown} minutes for residence-permit (changed to 21)`);
    await sync.stop();
  } finally {
    store.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
