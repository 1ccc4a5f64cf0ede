// Starts a real reference central API (real Fastify on 127.0.0.1:0, real SQLite in a temp dir) for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CentralServer, createCentralServer } from '../../../central-api/server';

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

export async function startCentral(opts: { now?: () => Date; dir?: string } = {}): Promise<Harness> {
  const dir = opts.dir ?? tempDir();
  const dbPath = join(dir, 'central.sqlite');
  const server = await createCentralServer({
    dbPath,
    fixturesDir: FIXTURES_DIR,
    kioskTokens: [TOKEN],
    ...(opts.now ? { now: opts.now } : {}),
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
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async stop() {
      await server.close();
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
