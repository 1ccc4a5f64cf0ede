// The stack of the notices e2e tests: the reference central API (real HTTP server + SQLite, in this
// process so that it shares the kiosk's pinned clock) with a token the test knows, a fault proxy in
// front of it (to take it out of reach), and a whole kiosk booted like `npm start`, served to
// Chromium by its host. The clock is a Tuesday 10:00 in Shanghai, so hours and announcements never
// depend on when the tests run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import YAML from 'yaml';
import { createCentralServer } from '../../central-api/server';
import type { Locale } from '../../electron/api';
import { bootKiosk, type KioskRuntime, PROJECT_ROOT } from '../../electron/boot';
import { type KioskHost, startKioskHost } from '../../electron/host/kiosk-host';
import type { DecodedJob } from '../../fixtures/virtual-printer';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { hallOpenClock } from '../support/kiosk-stack';
import { HomePage } from './pages/home-page';
import { HomeNotices, type NoticesHomePage } from './pages/notices-page';

export const NOTICE_KIOSK_ID = 'notices-e2e-kiosk';

/** The fixture notice the resident stories use: its id and title in both languages. */
export const PERMIT = {
  id: 'residence-permit',
  zh: '来沪人员居住证申领',
  en: 'Applying for a Shanghai residence permit',
} as const;

export interface NoticeStack {
  /** The central API's own address (the kiosk reaches it through `proxy.url`). */
  centralUrl: string;
  token: string;
  proxy: FaultProxy;
  runtime: KioskRuntime;
  host: KioskHost;
  dataDir: string;
  /** An authorised call to the central API, as the hall's back office would make it. */
  central(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startNoticeStack(
  opts: { a4Queue?: string; hallName?: { 'zh-CN': string; en: string } } = {},
): Promise<NoticeStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-notices-e2e-'));
  const clock = hallOpenClock();
  const token = randomBytes(18).toString('base64url');
  const closers: Array<() => Promise<unknown>> = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const server = await createCentralServer({
      dbPath: path.join(dir, 'central.db'),
      fixturesDir: path.join(PROJECT_ROOT, 'fixtures'),
      kioskTokens: [token],
      now: () => clock.now(),
    });
    const centralUrl = await server.listen(0);
    closers.push(() => server.close());
    const proxy = await startFaultProxy(centralUrl);
    closers.push(() => proxy.close());
    const credentialFile = path.join(dir, 'central-token');
    writeFileSync(credentialFile, `${token}\n`, { mode: 0o600 });
    const dataDir = path.join(dir, 'data');
    const config = {
      kioskId: NOTICE_KIOSK_ID,
      hallName: opts.hallName ?? {
        'zh-CN': '测试街道社区事务受理服务中心',
        en: 'Test Street Community Affairs Service Centre',
      },
      layout: 'floor-standing',
      staff: { accounts: [] },
      // Timeouts with room for a loaded CI machine; a refused connection is noticed at once anyway.
      centralApi: {
        url: proxy.url,
        credential: { file: credentialFile },
        timeoutMs: 5000,
        ticketTimeoutMs: 3000,
        breaker: { failuresToOpen: 3, halfOpenAfterMs: 300 },
      },
      printers: { ticket: { uri: 'virtual' }, a4: { queue: opts.a4Queue ?? 'virtual' } },
      idleTimeoutsSeconds: { menu: 600, notice: 600, result: 600 },
      // The tests drive sync themselves (syncNow); the loop only has to stay out of the way.
      sync: { intervalMs: 60_000, heartbeatIntervalMs: 60_000 },
      dataDir,
    };
    const configPath = path.join(dir, 'kiosk.yaml');
    writeFileSync(configPath, YAML.stringify(config));
    const runtime = await bootKiosk({ argv: ['--config', configPath], env: {}, cwd: dir, clock });
    closers.push(() => runtime.close());
    const host = await startKioskHost({ router: runtime.router, rendererDir: runtime.rendererDir });
    closers.push(() => host.close());
    return {
      centralUrl,
      token,
      proxy,
      runtime,
      host,
      dataDir,
      async central(method, pathname, body) {
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
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** A resident's browser tab on the kiosk; every `openNotices` starts the app afresh. */
export interface KioskTab {
  readonly page: Page;
  /** The kiosk from its start, then its notices home (a goto to the same address would not reload). */
  openNotices(locale?: Locale): Promise<NoticesHomePage>;
  close(): Promise<void>;
}

export async function openKioskTab(browser: Browser, kioskUrl: string): Promise<KioskTab> {
  // axe is injected as a script tag, which the kiosk's CSP rightly refuses (see take-ticket.test.ts).
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true });
  // Generous timeouts: the suite runs on a loaded two-core machine.
  let page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return {
    get page() {
      return page;
    },
    async openNotices(locale = 'zh-CN') {
      await page.close();
      page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const home = await new HomePage(page).open(kioskUrl);
      if (locale !== 'zh-CN') await home.chooseLanguage(locale);
      return HomeNotices.of(home).openNotices();
    },
    close: () => context.close(),
  };
}

/** The next job the kiosk's virtual printer decodes after the `before` it had (bounded wait). */
export async function nextPrintedJob(stack: NoticeStack, before: number): Promise<DecodedJob> {
  const printer = stack.runtime.virtualPrinter;
  if (!printer) throw new Error('the stack has no virtual printer');
  const jobs = await printer.waitForJobs(before + 1, 10_000);
  const job = jobs[before];
  if (!job) throw new Error(`no print job after the ${before} before it`);
  return job;
}
