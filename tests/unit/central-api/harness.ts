// Starts a real reference central API (real Fastify on 127.0.0.1:0, real SQLite in a temp dir) for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CentralServer, createCentralServer, type QueueRules } from '../../../central-api/server';

export const TOKEN = 'test-kiosk-token-1';
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES_DIR = join(REPO, 'fixtures');
export const SPEC_PATH = join(REPO, 'central-api/openapi.yaml');

export interface Response {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface Harness {
  server: CentralServer;
  url: string;
  dir: string;
  dbPath: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** A settable clock for daily resets and deadlines. */
export function manualClock(iso: string) {
  let t = new Date(iso);
  return {
    now: () => t,
    set: (next: string) => {
      t = new Date(next);
    },
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'central-api-test-'));
}

/** A Tuesday, 10:00 in Shanghai: every enabled service is open. Tests never depend on the real time of day. */
export const OPEN_TUESDAY = '2025-03-04T02:00:00.000Z';

export async function startCentral(
  opts: {
    now?: () => Date;
    dir?: string;
    queueRules?: Partial<QueueRules>;
    openingHours?: 'fixtures' | 'always';
    /** Another fixtures folder (default: the project's fixtures/). */
    fixturesDir?: string;
  } = {},
): Promise<Harness> {
  const dir = opts.dir ?? tempDir();
  const dbPath = join(dir, 'central.sqlite');
  const server = await createCentralServer({
    dbPath,
    fixturesDir: opts.fixturesDir ?? FIXTURES_DIR,
    kioskTokens: [TOKEN],
    now: opts.now ?? manualClock(OPEN_TUESDAY).now,
    ...(opts.queueRules ? { queueRules: opts.queueRules } : {}),
    ...(opts.openingHours ? { openingHours: opts.openingHours } : {}),
  });
  const url = await server.listen(0);
  return {
    server,
    url,
    dir,
    dbPath,
    async request(method, path, body, headers = {}) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      const json = res.headers.get('content-type')?.includes('application/json');
      return {
        status: res.status,
        body: text ? (json ? JSON.parse(text) : text) : undefined,
        headers: res.headers,
      };
    },
    async stop() {
      await server.close();
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
