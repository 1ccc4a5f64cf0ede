// The stack of the staff and hostile-content e2e tests: the reference central API in its own
// process with a token the test knows (so the test can write to it like another kiosk or the hall's
// back office), a fault proxy in front of it, and a whole kiosk booted in this process like
// `npm start` (so the test can call runtime.sync.syncNow()), served to Chromium by its host.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import YAML from 'yaml';
import { bootKiosk, type KioskRuntime } from '../../electron/boot';
import { type KioskHost, startKioskHost } from '../../electron/host/kiosk-host';
import type { Notice, NoticeContent } from '../../electron/notice-model';
import { hashPin } from '../../electron/services/config/pin-hash';
import { type CentralProcess, startCentralProcess } from '../support/central-process';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';

export interface TestStaff {
  id: string;
  name: string;
  pin: string;
}

export const KIOSK_ID = 'staff-e2e-kiosk';

/** What the test itself asks of the central API, with the kiosk's bearer token. */
export interface CentralAdmin {
  getNotice(id: string): Promise<Notice>;
  /** PUT on top of the current version, as another kiosk's staff member would. */
  putNotice(
    content: NoticeContent,
    opts: { baseVersion: number; editedBy: string },
  ): Promise<{ status: number; body: unknown }>;
  audit(limit?: number): Promise<Array<Record<string, unknown>>>;
}

export interface StaffContentStack {
  central: CentralProcess;
  proxy: FaultProxy;
  runtime: KioskRuntime;
  host: KioskHost;
  admin: CentralAdmin;
  dataDir: string;
  /** The kiosk's pino log lines (JSON) written so far. */
  kioskLog(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

function centralAdmin(central: CentralProcess): CentralAdmin {
  const headers = { authorization: `Bearer ${central.token}`, 'content-type': 'application/json' };
  const call = async (method: string, pathname: string, body?: unknown) => {
    const res = await fetch(`${central.url}${pathname}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
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

export async function startStaffContentStack(opts: {
  staff: TestStaff[];
  /** Deep settings merged over the kiosk config's top level (shallow per key). */
  config?: Record<string, unknown>;
}): Promise<StaffContentStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-staff-e2e-'));
  const token = randomBytes(18).toString('base64url');
  const central = await startCentralProcess({ dbPath: path.join(dir, 'central.db'), token });
  const proxy = await startFaultProxy(central.url);
  const credentialFile = path.join(dir, 'central-token');
  writeFileSync(credentialFile, `${token}\n`, { mode: 0o600 });
  const accounts = await Promise.all(
    opts.staff.map(async (s) => ({ id: s.id, name: s.name, pinHash: await hashPin(s.pin) })),
  );
  const dataDir = path.join(dir, 'data');
  const config = {
    kioskId: KIOSK_ID,
    hallName: { 'zh-CN': '测试街道社区事务受理服务中心', en: 'Test Street Community Affairs Service Centre' },
    layout: 'floor-standing',
    staff: { accounts, maxFailedPins: 5, lockoutMinutes: 1, sessionIdleSeconds: 600 },
    // The outages here are refused connections, noticed at once; the timeouts only have to
    // tolerate a loaded CI machine (a slow answer would make a save "queued" instead of "saved").
    // A short half-open time: the end of an outage is noticed soon.
    centralApi: {
      url: proxy.url,
      credential: { file: credentialFile },
      timeoutMs: 5000,
      ticketTimeoutMs: 2000,
      breaker: { failuresToOpen: 2, halfOpenAfterMs: 300 },
    },
    printers: { ticket: { uri: 'virtual' }, a4: { queue: 'virtual' } },
    idleTimeoutsSeconds: { menu: 600, notice: 600, result: 600 },
    // The test drives sync itself (syncNow); the loop only has to stay out of the way.
    sync: { intervalMs: 60_000, heartbeatIntervalMs: 60_000 },
    dataDir,
    ...opts.config,
  };
  const configPath = path.join(dir, 'kiosk.yaml');
  writeFileSync(configPath, YAML.stringify(config));
  let runtime: KioskRuntime | null = null;
  try {
    runtime = await bootKiosk({ argv: ['--config', configPath], env: {}, cwd: dir });
    const host = await startKioskHost({ router: runtime.router, rendererDir: runtime.rendererDir });
    const booted = runtime;
    return {
      central,
      proxy,
      runtime: booted,
      host,
      admin: centralAdmin(central),
      dataDir,
      kioskLog: () =>
        readFileSync(path.join(dataDir, 'logs', 'kiosk.log'), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      async close() {
        await host.close().catch(() => {});
        await booted.close().catch(() => {});
        await proxy.close().catch(() => {});
        await central.stop().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await runtime?.close().catch(() => {});
    await proxy.close().catch(() => {});
    await central.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Dialogs opened (alert, confirm …), console errors and uncaught page errors: all must stay empty. */
  problems: string[];
}

/** The browser's own line for a wrong PIN (401) or a locked sign-in (423): answers, not faults. */
const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of (401|423)\b/;

/** A fresh kiosk page that records any dialog, console error or page error a payload could cause. */
export async function openWatchedPage(browser: Browser, url: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  // Generous: the kiosk and the central API share two loaded cores with Chromium in CI.
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !EXPECTED_REFUSAL.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { context, page, problems };
}
