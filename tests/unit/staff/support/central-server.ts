// The reference central API (real HTTP, real SQLite) for staff tests: started on 127.0.0.1, able to
// go away and come back on the same port and database, and read back through its change feed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCentralServer } from '../../../../central-api/server';
import { Announcement, Notice } from '../../../../electron/notice-model';
import { type CentralApi, createCentralApi } from '../../../../electron/services/central';

const FIXTURES = new URL('../../../../fixtures', import.meta.url).pathname;
const TOKEN = 'staff-test-token';

export async function referenceCentral() {
  const dir = mkdtempSync(join(tmpdir(), 'staff-central-'));
  const dbPath = join(dir, 'central.db');
  const start = async (port = 0) => {
    const server = await createCentralServer({ dbPath, fixturesDir: FIXTURES, kioskTokens: [TOKEN] });
    const url = await server.listen(port);
    return { server, url, port: Number(new URL(url).port) };
  };
  let running: Awaited<ReturnType<typeof start>> | null = await start();
  const port = running.port;
  const api: CentralApi = createCentralApi({ baseUrl: running.url, token: TOKEN, timeoutMs: 5000 });
  return {
    api,
    /** The central API goes away (the port is then refused). */
    async stop() {
      await running?.server.close();
      running = null;
    },
    /** Back on the same port and database. */
    async restart() {
      running ??= await start(port);
    },
    /** Every item of a kind with this id in the change feed (at most one, unless duplicated). */
    async items(kind: 'notice' | 'announcement', id: string): Promise<Array<Notice | Announcement>> {
      const found = new Map<number, Notice | Announcement>();
      let since = 0;
      for (let page = 0; page < 50; page++) {
        const feed = await api.contentChanges({ since, limit: 500 });
        for (const c of feed.changes) {
          if (c.kind !== kind || c.id !== id) continue;
          if (c.removed) found.delete(c.seq);
          else found.set(c.seq, kind === 'notice' ? Notice.parse(c.item) : Announcement.parse(c.item));
        }
        since = feed.cursor;
        if (!feed.more) break;
      }
      return [...found.values()];
    },
    async close() {
      await running?.server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type ReferenceCentral = Awaited<ReturnType<typeof referenceCentral>>;
