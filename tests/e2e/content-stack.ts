// The stack of the content e2e tests (notices, staff, hostile content): the reference central API
// with a token the test knows (so the test can write to it like another kiosk or the hall's back
// office), a fault proxy in front of it (to take it out of reach), and a whole kiosk booted in this
// process like `npm start` (so the test can call runtime.sync.syncNow()), served to Chromium by its
// host. The central API runs one of two ways:
// - in this process, sharing the kiosk's pinned clock (a Tuesday 10:00 in Shanghai), so hours and
//   announcements never depend on when the tests run (the resident's notice stories);
// - in its own process on real time, with fixtures open all day (the staff stories).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { createCentralServer } from '../../central-api/server';
import { bootKiosk, type KioskRuntime, PROJECT_ROOT } from '../../electron/boot';
import { type KioskHost, startKioskHost } from '../../electron/host/kiosk-host';
import type { Notice, NoticeContent } from '../../electron/notice-model';
import { hashPin } from '../../electron/services/config/pin-hash';
import type { DecodedJob } from '../../fixtures/virtual-printer';
import { startCentralProcess } from '../support/central-process';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { hallOpenClock } from '../support/kiosk-stack';

export const NOTICE_KIOSK_ID = 'notices-e2e-kiosk';
export const STAFF_KIOSK_ID = 'staff-e2e-kiosk';

/** The fixture notice the resident stories use: its id and title in both languages. */
export const PERMIT = {
  id: 'residence-permit',
  zh: '来沪人员居住证申领',
  en: 'Applying for a Shanghai residence permit',
} as const;

export interface TestStaff {
  id: string;
  name: string;
  pin: string;
}

type CentralReply = { status: number; body: unknown };

/** What the test itself asks of the central API, with the kiosk's bearer token. */
export interface CentralAdmin {
  getNotice(id: string): Promise<Notice>;
  /** PUT on top of the current version, as another kiosk's staff member would. */
  putNotice(content: NoticeContent, opts: { baseVersion: number; editedBy: string }): Promise<CentralReply>;
  audit(limit?: number): Promise<Array<Record<string, unknown>>>;
}

export interface ContentStack {
  /** The central API's own address (the kiosk reaches it through `proxy.url`). */
  centralUrl: string;
  token: string;
  proxy: FaultProxy;
  runtime: KioskRuntime;
  host: KioskHost;
  dataDir: string;
  /** An authorised call to the central API, as the hall's back office would make it. */
  central(method: string, pathname: string, body?: unknown): Promise<CentralReply>;
  admin: CentralAdmin;
  /** The kiosk's pino log lines (JSON) written so far. */
  kioskLog(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface ContentStackOptions {
  /** Where the central API runs: see the head of this file. */
  central: 'in-process' | 'own-process';
  kioskId: string;
  staff?: TestStaff[];
  /** How soon the kiosk gives a ticket up and opens its breaker on the central API. */
  centralTuning: { ticketTimeoutMs: number; failuresToOpen: number };
  /** Settings merged over the kiosk config's top level (shallow per key). */
  config?: Record<string, unknown>;
}

/** The resident notice stories' stack: central API in this process, on the hall's pinned clock. */
export function startNoticeStack(
  opts: { a4Queue?: string; hallName?: { 'zh-CN': string; en: string } } = {},
): Promise<ContentStack> {
  return startContentStack({
    central: 'in-process',
    kioskId: NOTICE_KIOSK_ID,
    centralTuning: { ticketTimeoutMs: 3000, failuresToOpen: 3 },
    config: {
      ...(opts.hallName ? { hallName: opts.hallName } : {}),
      printers: { ticket: { uri: 'virtual' }, a4: { queue: opts.a4Queue ?? 'virtual' } },
    },
  });
}

/** The staff stories' stack: central API in its own process; staff accounts with hashed PINs. */
export function startStaffContentStack(opts: {
  staff: TestStaff[];
  config?: Record<string, unknown>;
}): Promise<ContentStack> {
  return startContentStack({
    central: 'own-process',
    kioskId: STAFF_KIOSK_ID,
    staff: opts.staff,
    // Outages here are refused connections: two failures open the breaker.
    centralTuning: { ticketTimeoutMs: 2000, failuresToOpen: 2 },
    config: opts.config,
  });
}

async function startCentral(
  opts: ContentStackOptions,
  dir: string,
  token: string,
  clock: ReturnType<typeof hallOpenClock>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const dbPath = path.join(dir, 'central.db');
  if (opts.central === 'own-process') {
    const central = await startCentralProcess({ dbPath, token });
    return { url: central.url, stop: () => central.stop() };
  }
  const server = await createCentralServer({
    dbPath,
    fixturesDir: path.join(PROJECT_ROOT, 'fixtures'),
    kioskTokens: [token],
    now: () => clock.now(),
  });
  return { url: await server.listen(0), stop: () => server.close() };
}

export async function startContentStack(opts: ContentStackOptions): Promise<ContentStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-content-e2e-'));
  const inProcess = opts.central === 'in-process';
  const clock = hallOpenClock();
  const token = randomBytes(18).toString('base64url');
  const closers: Array<() => Promise<unknown>> = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const central = await startCentral(opts, dir, token, clock);
    closers.push(() => central.stop());
    const proxy = await startFaultProxy(central.url);
    closers.push(() => proxy.close());
    const credentialFile = path.join(dir, 'central-token');
    writeFileSync(credentialFile, `${token}\n`, { mode: 0o600 });
    const accounts = await Promise.all(
      (opts.staff ?? []).map(async (s) => ({ id: s.id, name: s.name, pinHash: await hashPin(s.pin) })),
    );
    const dataDir = path.join(dir, 'data');
    const config = {
      kioskId: opts.kioskId,
      hallName: {
        'zh-CN': '测试街道社区事务受理服务中心',
        en: 'Test Street Community Affairs Service Centre',
      },
      layout: 'floor-standing',
      staff: opts.staff
        ? { accounts, maxFailedPins: 5, lockoutMinutes: 1, sessionIdleSeconds: 600 }
        : { accounts: [] },
      // Timeouts with room for a loaded CI machine (a slow answer would make a save "queued"
      // instead of "saved"); a refused connection is noticed at once anyway, and a short half-open
      // time notices the end of an outage soon.
      centralApi: {
        url: proxy.url,
        credential: { file: credentialFile },
        timeoutMs: 5000,
        ticketTimeoutMs: opts.centralTuning.ticketTimeoutMs,
        breaker: { failuresToOpen: opts.centralTuning.failuresToOpen, halfOpenAfterMs: 300 },
      },
      printers: { ticket: { uri: 'virtual' }, a4: { queue: 'virtual' } },
      idleTimeoutsSeconds: { menu: 600, notice: 600, result: 600 },
      // The tests drive sync themselves (syncNow); the loop only has to stay out of the way.
      sync: { intervalMs: 60_000, heartbeatIntervalMs: 60_000 },
      dataDir,
      ...opts.config,
    };
    const configPath = path.join(dir, 'kiosk.yaml');
    writeFileSync(configPath, YAML.stringify(config));
    const runtime = await bootKiosk({
      argv: ['--config', configPath],
      env: {},
      cwd: dir,
      ...(inProcess ? { clock } : {}),
    });
    closers.push(() => runtime.close());
    const host = await startKioskHost({ router: runtime.router, rendererDir: runtime.rendererDir });
    closers.push(() => host.close());
    const call = centralCall(central.url, token);
    return {
      centralUrl: central.url,
      token,
      proxy,
      runtime,
      host,
      dataDir,
      central: call,
      admin: centralAdmin(call),
      kioskLog: () =>
        readFileSync(path.join(dataDir, 'logs', 'kiosk.log'), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function centralCall(centralUrl: string, token: string): ContentStack['central'] {
  return async (method, pathname, body) => {
    const res = await fetch(`${centralUrl}${pathname}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}

function centralAdmin(call: ContentStack['central']): CentralAdmin {
  return {
    async getNotice(id) {
      const { status, body } = await call('GET', `/v1/notices/${id}`);
      if (status !== 200) throw new Error(`GET /v1/notices/${id}: ${status} ${JSON.stringify(body)}`);
      return body as Notice;
    },
    putNotice(content, { baseVersion, editedBy }) {
      return call('PUT', `/v1/notices/${content.id}`, {
        baseVersion,
        changeId: randomUUID(),
        editedBy,
        kioskId: 'back-office',
        content,
      });
    },
    async audit(limit = 200) {
      const { status, body } = await call('GET', `/v1/audit?limit=${limit}`);
      if (status !== 200) throw new Error(`GET /v1/audit: ${status}`);
      return (body as { entries: Array<Record<string, unknown>> }).entries;
    },
  };
}

/** The content of a notice as the central API keeps it, without its version fields. */
export function contentOf(notice: Notice): NoticeContent {
  const { version: _v, updatedAt: _u, updatedBy: _b, ...content } = notice;
  return content;
}

/** The next job the kiosk's virtual printer decodes after the `before` it had (bounded wait). */
export async function nextPrintedJob(stack: ContentStack, before: number): Promise<DecodedJob> {
  const printer = stack.runtime.virtualPrinter;
  if (!printer) throw new Error('the stack has no virtual printer');
  const jobs = await printer.waitForJobs(before + 1, 10_000);
  const job = jobs[before];
  if (!job) throw new Error(`no print job after the ${before} before it`);
  return job;
}
