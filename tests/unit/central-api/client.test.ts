// The kiosk's central-API client against the real reference server, and against small real servers
// that misbehave: each failure must arrive as a CentralApiError of the right kind.
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CentralApi, CentralApiError, createCentralApi } from '../../../electron/services/central';
import { type Harness, manualClock, startCentral, TOKEN } from './harness';

const clock = manualClock('2025-03-04T02:00:00.000Z');
let central: Harness;
let api: CentralApi;
beforeAll(async () => {
  central = await startCentral({ now: clock.now });
  api = createCentralApi({ baseUrl: central.url, token: TOKEN });
});
afterAll(async () => {
  await central?.stop();
});

async function caught(promise: Promise<unknown>): Promise<CentralApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CentralApiError) return error;
    throw error;
  }
  throw new Error('expected a CentralApiError');
}

/** A real HTTP server on 127.0.0.1:0 that answers every request with `respond`. */
async function fakeServer(respond: (req: IncomingMessage) => { status: number; body: string }) {
  const server: Server = createHttpServer((req, res) => {
    const { status, body } = respond(req);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('createCentralApi against the reference server', () => {
  it('reads the catalog, queue, content feed and forms as typed, checked values', async () => {
    const services = await api.listServices();
    expect(services.find((s) => s.id === 'residence-permit')).toMatchObject({ prefix: 'D', enabled: true });
    const summary = await api.queueSummary();
    expect(summary.find((s) => s.serviceId === 'residence-permit')).toMatchObject({ openNow: true });
    const feed = await api.contentChanges({ since: 0 });
    expect(feed.changes.filter((c) => c.kind === 'notice').length).toBeGreaterThanOrEqual(3);
    expect((await api.listForms()).map((f) => f.id)).toContain('mass-team-registration');
  });

  it('checks in appointments, says why a check-in or a closed service is refused, lists kiosks', async () => {
    const clientTicketId = randomUUID();
    const ticket = await api.checkIn({ code: 'yy1000c2', clientTicketId, kioskId: 'kiosk-1' });
    expect(ticket).toMatchObject({ kind: 'appointment', appointmentTime: '2025-03-04T02:00:00.000Z' });
    expect(await api.checkIn({ code: 'YY1000C2', clientTicketId, kioskId: 'kiosk-1' })).toEqual(ticket);
    const used = await caught(
      api.checkIn({ code: 'YY1000C2', clientTicketId: randomUUID(), kioskId: 'kiosk-1' }),
    );
    expect(used).toMatchObject({ kind: 'http', status: 409, code: 'APPOINTMENT_USED' });
    const early = await caught(
      api.checkIn({ code: 'YY1400F1', clientTicketId: randomUUID(), kioskId: 'kiosk-1' }),
    );
    expect(early).toMatchObject({
      code: 'APPOINTMENT_TOO_EARLY',
      appointmentTime: '2025-03-04T06:00:00.000Z',
    });
    expect(
      await caught(api.checkIn({ code: 'NOPE0000', clientTicketId: randomUUID(), kioskId: 'k' })),
    ).toMatchObject({
      status: 404,
      code: 'APPOINTMENT_NOT_FOUND',
    });
    const services = await api.listServices();
    expect(services.every((s) => s.requiredMaterials.length >= 2)).toBe(true);
    clock.set('2025-03-04T04:00:00.000Z'); // lunch break
    try {
      const closed = await caught(
        api.issueTicket({ clientTicketId: randomUUID(), serviceId: 'social-insurance', kioskId: 'kiosk-1' }),
      );
      expect(closed).toMatchObject({ code: 'SERVICE_CLOSED', opensAt: '2025-03-04T05:30:00.000Z' });
      const summary = await api.queueSummary();
      expect(summary.find((s) => s.serviceId === 'social-insurance')).toMatchObject({
        openNow: false,
        opensAt: '2025-03-04T05:30:00.000Z',
      });
    } finally {
      clock.set('2025-03-04T02:00:00.000Z');
    }
    await api.heartbeat({
      kioskId: 'kiosk-9',
      sentAt: clock.now().toISOString(),
      appVersion: '0.2.0',
      printer: { status: 'cover-open' },
      outboxDepth: 2,
      lastSyncAt: clock.now().toISOString(),
    });
    expect((await api.listKiosks()).find((k) => k.kioskId === 'kiosk-9')).toMatchObject({
      printer: { status: 'cover-open' },
      outboxDepth: 2,
      stale: false,
    });
  });

  it('issues tickets idempotently and leases blocks', async () => {
    const input = { clientTicketId: randomUUID(), serviceId: 'medical-insurance', kioskId: 'kiosk-7' };
    const ticket = await api.issueTicket(input);
    expect(ticket).toMatchObject({ number: 'H001', status: 'waiting', offline: false });
    expect(await api.issueTicket(input)).toMatchObject({ id: ticket.id, number: 'H001' });
    const block = await api.leaseNumberBlock({
      kioskId: 'kiosk-7',
      serviceId: 'medical-insurance',
      date: '2025-03-04',
      size: 5,
    });
    expect(block).toEqual({ serviceId: 'medical-insurance', date: '2025-03-04', first: 2, last: 6 });
    await expect(
      api.heartbeat({
        kioskId: 'kiosk-7',
        sentAt: clock.now().toISOString(),
        appVersion: '0.1.0',
        printer: { status: 'paper-near-end' },
        outboxDepth: 3,
      }),
    ).resolves.toBeUndefined();
  });

  it('looks up cases: null for a wrong verifier, the status for the right one', async () => {
    expect(await api.caseStatus('JD-000009', '0000')).toBeNull();
    expect(await api.caseStatus('JD-000009', '7731')).toMatchObject({
      currentStage: 'done',
      deadlineState: 'done',
    });
  });

  it('reports server refusals as http errors with status and code', async () => {
    const error = await caught(
      api.issueTicket({
        clientTicketId: randomUUID(),
        serviceId: 'business-registration',
        kioskId: 'kiosk-7',
      }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'SERVICE_DISABLED' });
    const wrongToken = createCentralApi({ baseUrl: central.url, token: 'not-the-token' });
    expect(await caught(wrongToken.listServices())).toMatchObject({
      kind: 'http',
      status: 401,
      code: 'UNAUTHORIZED',
    });
  });
});

describe('createCentralApi failures', () => {
  it('unreachable: the server has stopped', async () => {
    const gone = await startCentral();
    const url = gone.url;
    await gone.stop();
    const error = await caught(createCentralApi({ baseUrl: url, token: TOKEN }).listServices());
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/listServices: cannot reach .*ECONNREFUSED/);
  });

  it('timeout: a server that accepts the connection and never answers, within timeoutMs', async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const address = silent.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const slowApi = createCentralApi({
      baseUrl: `http://127.0.0.1:${address.port}`,
      token: TOKEN,
      timeoutMs: 300,
    });
    const started = performance.now();
    const error = await caught(slowApi.queueSummary());
    const elapsed = performance.now() - started;
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(1300);
  });

  it('timeout: headers arrive but the body stalls half-way', async () => {
    const stalled = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"services": [');
    });
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', r));
    const address = stalled.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const slowApi = createCentralApi({
      baseUrl: `http://127.0.0.1:${address.port}`,
      token: TOKEN,
      timeoutMs: 300,
    });
    const started = performance.now();
    const error = await caught(slowApi.listServices());
    const elapsed = performance.now() - started;
    stalled.closeAllConnections();
    await new Promise<void>((r) => stalled.close(() => r()));
    expect(error.kind).toBe('timeout');
    expect(elapsed).toBeLessThan(1300);
  });

  it('http: a 500 with the error shape; the token is sent as a bearer header', async () => {
    let seenAuth: string | undefined;
    const broken = await fakeServer((req) => {
      seenAuth = req.headers.authorization;
      return { status: 500, body: JSON.stringify({ code: 'INTERNAL', message: 'database is locked' }) };
    });
    const error = await caught(createCentralApi({ baseUrl: broken.url, token: TOKEN }).listForms());
    await broken.close();
    expect(error).toMatchObject({ kind: 'http', status: 500, code: 'INTERNAL' });
    expect(error.message).toContain('database is locked');
    expect(seenAuth).toBe(`Bearer ${TOKEN}`);
  });

  it('invalid-payload: malformed JSON', async () => {
    const garbled = await fakeServer(() => ({ status: 200, body: '{"services": [' }));
    const error = await caught(createCentralApi({ baseUrl: garbled.url, token: TOKEN }).listServices());
    await garbled.close();
    expect(error.kind).toBe('invalid-payload');
    expect(error.message).toMatch(/listServices: response is not JSON/);
  });

  it('invalid-payload: the wrong shape, naming the field', async () => {
    const real = await api.listServices();
    const tampered = real.map((s, i) => (i === 1 ? { ...s, prefix: 'bb' } : s));
    const liar = await fakeServer(() => ({ status: 200, body: JSON.stringify({ services: tampered }) }));
    const error = await caught(createCentralApi({ baseUrl: liar.url, token: TOKEN }).listServices());
    const ticketError = await caught(
      createCentralApi({ baseUrl: liar.url, token: TOKEN }).issueTicket({
        clientTicketId: randomUUID(),
        serviceId: 'mass-teams',
        kioskId: 'k',
      }),
    );
    await liar.close();
    expect(error.kind).toBe('invalid-payload');
    expect(error.message).toContain('services.1.prefix');
    expect(ticketError.kind).toBe('invalid-payload');
    expect(ticketError.message).toMatch(/issueTicket: .*number/);
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const traced = createCentralApi({
      baseUrl: central.url,
      token: TOKEN,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await traced.listForms();
    expect(seen).toEqual([`${central.url}/v1/forms`]);
  });
});
