// Sync of 2,000 changed notices from the reference central API into a fresh kiosk store: time of
// the full sync (all pages, validation of every item and its Markdown, one transaction per page),
// peak memory while it runs (RSS and heap, sampled), the longest event-loop stall of the kiosk
// process, then an incremental sync of 1 change. The central API runs as its own process.
// Usage: npm run bench:notice-sync [-- --notices N] [-- --page-size N]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NoticeContent } from '../electron/notice-model';
import { createCentralApi } from '../electron/services/central';
import { createContentSync } from '../electron/services/notices/content-sync';
import type { NoticeDocuments } from '../electron/services/notices/notice-documents';
import { createNoticeService } from '../electron/services/notices/notice-service';
import { createCentralGuard } from '../electron/services/queue/central-guard';
import { openStore } from '../electron/services/store';
import { startCentralProcess } from '../tests/support/central-process';

const { values } = parseArgs({
  options: { notices: { type: 'string', default: '2000' }, 'page-size': { type: 'string', default: '200' } },
});
const COUNT = Number(values.notices);
const PAGE_SIZE = Number(values['page-size']);
const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const TOKEN = 'bench-notice-sync';

function fixtureContents(): NoticeContent[] {
  const dir = path.join(FIXTURES, 'notices');
  return [
    'residence-permit',
    'mass-team-registration',
    'minimum-living-allowance',
    'senior-citizen-card',
  ].map((id) => NoticeContent.parse(JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8'))));
}

/** Samples RSS and heap every few milliseconds while `work` runs, and the longest event-loop stall. */
async function withPeakMemory<T>(work: () => Promise<T>) {
  const peak = { rss: 0, heapUsed: 0 };
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const sample = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 5);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { result, ms: performance.now() - started, peak, maxStallMs: loopDelay.max / 1e6 };
  } finally {
    clearInterval(timer);
    loopDelay.disable();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-notice-sync-'));
  // The central API in its own process, so that its work does not count as the kiosk's.
  const server = await startCentralProcess({ dbPath: path.join(dir, 'central.db'), token: TOKEN });
  const url = server.url;
  try {
    const central = createCentralApi({ baseUrl: url, token: TOKEN, timeoutMs: 30_000 });
    const bases = fixtureContents();
    const seedStarted = performance.now();
    const write = (i: number, baseVersion = 0) => {
      const base = bases[i % bases.length] as NoticeContent;
      const id = `bench-${String(i).padStart(5, '0')}`;
      const content = {
        ...base,
        id,
        title: { 'zh-CN': `${base.title['zh-CN']} ${i}`, en: `${base.title.en} ${i}` },
      };
      return central.putNotice({
        id,
        baseVersion,
        changeId: randomUUID(),
        editedBy: 'bench',
        kioskId: 'bench',
        content,
      });
    };
    for (let i = 0; i < COUNT; i += 20) {
      await Promise.all(Array.from({ length: Math.min(20, COUNT - i) }, (_, k) => write(i + k)));
    }
    console.log(
      `seeded ${COUNT} notices centrally in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    const store = openStore(path.join(dir, 'kiosk.db'));
    const guard = createCentralGuard({
      ticketTimeoutMs: 30_000,
      callTimeoutMs: 30_000,
      failuresToOpen: 5,
      halfOpenAfterMs: 1000,
    });
    const sync = createContentSync({
      central,
      guard,
      store,
      clock: { now: () => new Date() },
      pageSize: PAGE_SIZE,
      maxPages: Math.ceil((COUNT + 100) / PAGE_SIZE) + 1,
    });
    const before = process.memoryUsage();
    const full = await withPeakMemory(() => sync.syncContent());
    console.log(
      `full sync: ${full.result.applied} items in ${full.result.pages} pages of ≤ ${PAGE_SIZE}: ${full.ms.toFixed(0)} ms ` +
        `(${((full.ms / Math.max(1, full.result.applied)) * 1000).toFixed(0)} µs/item), rejected ${full.result.rejected}`,
    );
    console.log(
      `memory: rss ${mb(before.rss)} → peak ${mb(full.peak.rss)} (+${mb(full.peak.rss - before.rss)}), ` +
        `heapUsed ${mb(before.heapUsed)} → peak ${mb(full.peak.heapUsed)}; longest event-loop stall ${full.maxStallMs.toFixed(0)} ms`,
    );

    // What a resident meets right after the sync: the list and the first search (index build).
    const notices = createNoticeService({
      store,
      clock: { now: () => new Date() },
      documents: null as unknown as NoticeDocuments, // not printed here
      publicUrl: url,
      serviceName: () => undefined,
    });
    // What follows a sync in the kiosk: the warm-up (list + search index, in slices), then what a
    // resident meets: the list and a search, both from memory.
    const warm = await withPeakMemory(() => notices.warmUp());
    let started = performance.now();
    const listed = notices.list().notices.length;
    const listMs = performance.now() - started;
    started = performance.now();
    const hits = notices.search('居住证').hits.length;
    console.log(
      `warm-up (list + search index of ${listed}): ${warm.ms.toFixed(0)} ms, longest stall ${warm.maxStallMs.toFixed(0)} ms; ` +
        `then list ${listMs.toFixed(1)} ms, search ${(performance.now() - started).toFixed(1)} ms (${hits} hits)`,
    );

    const again = await write(7, 1); // one notice changed again: a second version of bench-00007
    if (again.status !== 'saved') throw new Error('the central API did not take the second version');
    const inc = await withPeakMemory(() => sync.syncContent());
    started = performance.now();
    const found = notices.search('居住证').hits.length;
    console.log(
      `incremental sync of 1 change: ${inc.ms.toFixed(1)} ms (applied ${inc.result.applied}, pages ${inc.result.pages}); ` +
        `next search ${(performance.now() - started).toFixed(1)} ms (re-reads and re-indexes that notice only, ${found} hits)`,
    );
    store.close();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
