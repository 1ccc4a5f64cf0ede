import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { RPCHandler } from '@orpc/server/node';
import type { KioskErrorCode, KioskInfo, PrintOutcome, ServiceSummary, TicketKind } from '../../electron/api';
import { kioskImplementer } from '../../electron/services/kiosk-implementer';
import { securityHeaders } from '../../electron/shell/lockdown/content-security-policy';

import { defaultFakeNotices, type FakeNotices, fakeNoticeProcedures } from './fake-notices';
import { defaultFakeStaff, type FakeStaff, fakeStaffProcedures } from './fake-staff';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_DIST = join(PROJECT_ROOT, 'dist/renderer');

/** An appointment the fake knows; `checkedIn` turns true at the first check-in. */
export interface FakeAppointment {
  serviceId: string;
  /** ISO time of the booking. */
  time: string;
  checkedIn: boolean;
}

/** What the fake answers; tests change it between steps. */
export interface FakeKiosk {
  info: KioskInfo;
  services: ServiceSummary[];
  listError: KioskErrorCode | null;
  /** The list (and the tickets issued) come from the last known state: approximate. */
  offline: boolean;
  issueError: KioskErrorCode | null;
  printOutcome: PrintOutcome;
  /** What tickets.reprint answers. */
  reprintOutcome: PrintOutcome;
  issueDelayMs: number;
  /** Appointments by code (upper case). */
  appointments: Record<string, FakeAppointment>;
  /** When set, tickets.checkIn fails with it whatever the code (e.g. CENTRAL_UNAVAILABLE). */
  checkInError: KioskErrorCode | null;
  /** Every tickets.issue call that reached the fake, in order. */
  issueCalls: Array<{ serviceId: string; locale: string; priority: boolean }>;
  /** Every tickets.checkIn call that reached the fake (codes as the contract normalised them). */
  checkInCalls: Array<{ code: string; locale: string }>;
  /** Ticket ids of every tickets.reprint call. */
  reprintCalls: string[];
  /** Notices and announcements (tests/support/fake-notices.ts). */
  notices: FakeNotices;
  /** Staff accounts, sessions and edits (tests/support/fake-staff.ts). */
  staff: FakeStaff;
}

/** The queue page of the fake central API (ASCII, as the contract asks). */
export const FAKE_FOLLOW_BASE = 'https://queue.hall.example/q/';

/** Today at hh:mm local time, as ISO (the hall's time is the kiosk's local time). */
export function todayAt(hours: number, minutes = 0): string {
  const at = new Date();
  at.setHours(hours, minutes, 0, 0);
  return at.toISOString();
}

export function defaultFakeKiosk(): FakeKiosk {
  return {
    info: {
      kioskId: 'kiosk-test-01',
      hallName: { 'zh-CN': '平安街道社区事务受理服务中心', en: 'Ping An Community Affairs Service Center' },
      defaultLocale: 'zh-CN',
      locales: ['zh-CN', 'en'],
      idleTimeoutsSeconds: { menu: 45, notice: 120, result: 30, warning: 20 },
      appVersion: '0.0.0-test',
      // The machine's own zone: the fake's times (todayAt) are made in local time.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    services: [
      {
        id: 'social-security',
        prefix: 'A',
        name: { 'zh-CN': '社会保障', en: 'Social security' },
        waiting: 4,
        estimatedWaitMinutes: 12,
        open: true,
        opensAt: null,
      },
      {
        id: 'residence-permit',
        prefix: 'B',
        name: { 'zh-CN': '居住证办理', en: 'Residence permits' },
        waiting: 0,
        estimatedWaitMinutes: 0,
        open: true,
        opensAt: null,
      },
      {
        id: 'family-planning',
        prefix: 'C',
        name: { 'zh-CN': '计划生育', en: 'Family planning' },
        waiting: 2,
        estimatedWaitMinutes: 5,
        open: false,
        opensAt: null,
      },
    ],
    listError: null,
    offline: false,
    issueError: null,
    printOutcome: { status: 'printed' },
    reprintOutcome: { status: 'printed' },
    issueDelayMs: 0,
    appointments: {
      AB1234: { serviceId: 'residence-permit', time: todayAt(10, 30), checkedIn: false },
    },
    checkInError: null,
    issueCalls: [],
    checkInCalls: [],
    reprintCalls: [],
    notices: defaultFakeNotices(),
    staff: defaultFakeStaff(),
  };
}

function fakeRouter(fake: FakeKiosk) {
  const os = kioskImplementer();
  const counters = new Map<string, number>();
  const issued = new Set<string>();

  function issueFor(service: ServiceSummary, kind: TicketKind, appointmentTime: string | null) {
    const count = (counters.get(service.id) ?? 0) + 1;
    counters.set(service.id, count);
    const id = randomUUID();
    issued.add(id);
    return {
      ticket: {
        id,
        number: `${service.prefix}${String(count).padStart(3, '0')}`,
        serviceId: service.id,
        serviceName: service.name,
        kind,
        appointmentTime,
        peopleAhead: kind === 'normal' ? service.waiting : 0,
        estimatedWaitMinutes: kind === 'normal' ? service.estimatedWaitMinutes : 0,
        approximate: fake.offline,
        offline: fake.offline,
        issuedAt: new Date().toISOString(),
        followUrl: `${FAKE_FOLLOW_BASE}${id}`,
      },
      print: fake.printOutcome,
    };
  }

  return os.router({
    kiosk: { info: os.kiosk.info.handler(() => fake.info) },
    services: {
      list: os.services.list.handler(({ errors }) => {
        if (fake.listError === 'CENTRAL_UNAVAILABLE') throw errors.CENTRAL_UNAVAILABLE();
        return { services: fake.services, asOf: new Date().toISOString(), offline: fake.offline };
      }),
    },
    tickets: {
      issue: os.tickets.issue.handler(async ({ input, errors }) => {
        fake.issueCalls.push(input);
        if (fake.issueDelayMs > 0) await new Promise((done) => setTimeout(done, fake.issueDelayMs));
        if (fake.issueError === 'SERVICE_NOT_FOUND') throw errors.SERVICE_NOT_FOUND();
        if (fake.issueError === 'SERVICE_CLOSED') throw errors.SERVICE_CLOSED();
        if (fake.issueError === 'NUMBERS_EXHAUSTED') throw errors.NUMBERS_EXHAUSTED();
        if (fake.issueError) throw new Error(`the fake cannot answer ${fake.issueError} here`);
        const service = fake.services.find((candidate) => candidate.id === input.serviceId);
        if (!service) throw errors.SERVICE_NOT_FOUND();
        if (!service.open) throw errors.SERVICE_CLOSED();
        return issueFor(service, input.priority ? 'priority' : 'normal', null);
      }),
      checkIn: os.tickets.checkIn.handler(async ({ input, errors }) => {
        fake.checkInCalls.push(input);
        if (fake.issueDelayMs > 0) await new Promise((done) => setTimeout(done, fake.issueDelayMs));
        const failure = fake.checkInError;
        if (failure === 'CENTRAL_UNAVAILABLE') throw errors.CENTRAL_UNAVAILABLE();
        if (failure === 'APPOINTMENT_TOO_EARLY') throw errors.APPOINTMENT_TOO_EARLY();
        if (failure === 'APPOINTMENT_TOO_LATE') throw errors.APPOINTMENT_TOO_LATE();
        const appointment = fake.appointments[input.code];
        if (!appointment) throw errors.APPOINTMENT_NOT_FOUND();
        if (appointment.checkedIn) throw errors.APPOINTMENT_USED();
        const service = fake.services.find((candidate) => candidate.id === appointment.serviceId);
        if (!service) throw errors.APPOINTMENT_NOT_FOUND();
        appointment.checkedIn = true;
        return issueFor(service, 'appointment', appointment.time);
      }),
      reprint: os.tickets.reprint.handler(({ input, errors }) => {
        fake.reprintCalls.push(input.ticketId);
        if (!issued.has(input.ticketId)) throw errors.TICKET_NOT_FOUND();
        return fake.reprintOutcome;
      }),
    },
    ...fakeNoticeProcedures(os, fake.notices),
    ...fakeStaffProcedures(os, fake.staff),
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
