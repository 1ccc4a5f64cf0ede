import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { implement } from '@orpc/server';
import { RPCHandler } from '@orpc/server/node';
import {
  type KioskErrorCode,
  type KioskInfo,
  kioskContract,
  type PrintOutcome,
  type ServiceSummary,
} from '../../electron/api';
import { securityHeaders } from '../../electron/shell/lockdown/content-security-policy';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIST = join(PROJECT_ROOT, 'dist/renderer');

/** What the fake answers; tests change it between steps. */
export interface FakeKiosk {
  info: KioskInfo;
  services: ServiceSummary[];
  listError: KioskErrorCode | null;
  issueError: KioskErrorCode | null;
  printOutcome: PrintOutcome;
  issueDelayMs: number;
  /** Every tickets.issue call that reached the fake, in order. */
  issueCalls: Array<{ serviceId: string; locale: string }>;
}

export function defaultFakeKiosk(): FakeKiosk {
  return {
    info: {
      kioskId: 'kiosk-test-01',
      hallName: { 'zh-CN': '平安街道社区事务受理服务中心', en: 'Ping An Community Affairs Service Center' },
      defaultLocale: 'zh-CN',
      locales: ['zh-CN', 'en'],
      idleTimeoutsSeconds: { menu: 45, result: 30, warning: 20 },
      appVersion: '0.0.0-test',
    },
    services: [
      {
        id: 'social-security',
        prefix: 'A',
        name: { 'zh-CN': '社会保障', en: 'Social security' },
        waiting: 4,
        estimatedWaitMinutes: 12,
        open: true,
      },
      {
        id: 'residence-permit',
        prefix: 'B',
        name: { 'zh-CN': '居住证办理', en: 'Residence permits' },
        waiting: 0,
        estimatedWaitMinutes: 0,
        open: true,
      },
      {
        id: 'family-planning',
        prefix: 'C',
        name: { 'zh-CN': '计划生育', en: 'Family planning' },
        waiting: 2,
        estimatedWaitMinutes: 5,
        open: false,
      },
    ],
    listError: null,
    issueError: null,
    printOutcome: { status: 'printed' },
    issueDelayMs: 0,
    issueCalls: [],
  };
}

function fakeRouter(fake: FakeKiosk) {
  const os = implement(kioskContract);
  const counters = new Map<string, number>();
  return os.router({
    kiosk: { info: os.kiosk.info.handler(() => fake.info) },
    services: {
      list: os.services.list.handler(({ errors }) => {
        if (fake.listError === 'CENTRAL_UNAVAILABLE') throw errors.CENTRAL_UNAVAILABLE();
        return { services: fake.services, asOf: new Date().toISOString() };
      }),
    },
    tickets: {
      issue: os.tickets.issue.handler(async ({ input, errors }) => {
        fake.issueCalls.push(input);
        if (fake.issueDelayMs > 0) await new Promise((done) => setTimeout(done, fake.issueDelayMs));
        if (fake.issueError) throw errors[fake.issueError]();
        const service = fake.services.find((candidate) => candidate.id === input.serviceId);
        if (!service) throw errors.SERVICE_NOT_FOUND();
        if (!service.open) throw errors.SERVICE_CLOSED();
        const count = (counters.get(service.id) ?? 0) + 1;
        counters.set(service.id, count);
        return {
          ticket: {
            id: `t-${service.id}-${count}`,
            number: `${service.prefix}${String(count).padStart(3, '0')}`,
            serviceId: service.id,
            serviceName: service.name,
            peopleAhead: service.waiting,
            estimatedWaitMinutes: service.estimatedWaitMinutes,
            issuedAt: new Date().toISOString(),
          },
          print: fake.printOutcome,
        };
      }),
    },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ...securityHeaders(),
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}

export interface RendererHarness {
  /** The page to open, with the launch token in the fragment as the real host gives it. */
  url: string;
  origin: string;
  token: string;
  fake: FakeKiosk;
  /** Requests to /rpc refused for a missing or wrong token. */
  unauthorizedCount(): number;
  /** All requests that reached /rpc, accepted or not. */
  rpcRequestCount(): number;
  close(): Promise<void>;
}

export async function startRendererHarness(configure?: (fake: FakeKiosk) => void): Promise<RendererHarness> {
  // tests/support/global-setup.ts built dist/renderer before any test file ran.
  const root = RENDERER_DIST;
  const fake = defaultFakeKiosk();
  configure?.(fake);
  const token = randomBytes(24).toString('base64url');
  const handler = new RPCHandler(fakeRouter(fake));
  let unauthorized = 0;
  let rpcRequests = 0;

  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/rpc/')) {
      void serveStatic(root, req, res);
      return;
    }
    rpcRequests += 1;
    if (req.headers.authorization !== `Bearer ${token}`) {
      unauthorized += 1;
      res.writeHead(401).end();
      return;
    }
    void handler.handle(req, res, { prefix: '/rpc', context: {} }).then(({ matched }) => {
      if (!matched) res.writeHead(404).end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    fake,
    unauthorizedCount: () => unauthorized,
    rpcRequestCount: () => rpcRequests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
