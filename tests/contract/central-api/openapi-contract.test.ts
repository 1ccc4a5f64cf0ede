// Every operation of central-api/openapi.yaml, exercised against the real reference server, and every
// response (success and error) checked against the contract with Ajv.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenApiValidator } from '../../support/openapi-validator';
import { type Harness, manualClock, SPEC_PATH, startCentral } from '../../unit/central-api/harness';

const validator = createOpenApiValidator(SPEC_PATH);
// A Tuesday, 10:00 in Shanghai: services are open.
const clock = manualClock('2025-03-04T02:00:00.000Z');
let central: Harness;

/** Calls the server and checks the answer against openapi.yaml; returns it for further assertions. */
async function call(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const res = await central.request(method, path, body, headers);
  validator.validateResponse(method, path, res.status, res.body);
  if (body !== undefined && res.status !== 401) {
    // The server's zod request schemas and openapi.yaml must agree on what a valid body is.
    const errors = validator.requestBodyErrors(method, path, body);
    if (res.status === 400)
      expect(errors, `openapi.yaml accepts a body the server refused: ${path}`).not.toBeNull();
    else expect(errors, `the server accepted a body openapi.yaml refuses: ${path}`).toBeNull();
  }
  return res;
}

beforeAll(async () => {
  central = await startCentral({ now: clock.now });
});
afterAll(async () => {
  await central?.stop();
});

describe('central API contract (openapi.yaml)', () => {
  it('healthz needs no token', async () => {
    const res = await call('GET', '/healthz', undefined, { authorization: '' });
    expect(res.status).toBe(200);
  });

  it('catalog: services and forms', async () => {
    const services = await call('GET', '/v1/services');
    expect((services.body as { services: unknown[] }).services.length).toBeGreaterThanOrEqual(10);
    const forms = await call('GET', '/v1/forms');
    expect((forms.body as { forms: { id: string }[] }).forms.map((f) => f.id)).toContain('mass-team-roster');
    expect((await call('GET', '/v1/services', undefined, { authorization: 'Bearer nope-nope' })).status).toBe(
      401,
    );
  });

  it('catalog: a back-office change of a service (200, 409, 404, 400)', async () => {
    const edit = {
      baseVersion: 1,
      editedBy: 'wang-li',
      service: { averageServiceMinutes: 12, enabled: true },
    };
    expect((await call('PUT', '/v1/services/family-planning', edit)).status).toBe(200);
    expect((await call('PUT', '/v1/services/family-planning', edit)).status).toBe(409);
    expect((await call('PUT', '/v1/services/no-such-service', edit)).status).toBe(404);
    const prefix = { ...edit, baseVersion: 2, service: { prefix: 'Z' } };
    expect((await call('PUT', '/v1/services/family-planning', prefix)).status).toBe(400);
  });

  it('queue: issue (201, 200 on repeat, 400, 404, 409), summary, call-next (200, 204, 400)', async () => {
    const input = { clientTicketId: randomUUID(), serviceId: 'senior-services', kioskId: 'kiosk-1' };
    expect((await call('POST', '/v1/tickets', input)).status).toBe(201);
    expect((await call('POST', '/v1/tickets', input)).status).toBe(200);
    expect((await call('POST', '/v1/tickets', { ...input, clientTicketId: 'x' })).status).toBe(400);
    expect(
      (await call('POST', '/v1/tickets', { ...input, clientTicketId: randomUUID(), serviceId: 'nope' }))
        .status,
    ).toBe(404);
    const disabled = { ...input, clientTicketId: randomUUID(), serviceId: 'business-registration' };
    expect((await call('POST', '/v1/tickets', disabled)).status).toBe(409);
    const summary = await call('GET', '/v1/queue/summary');
    expect(summary.status).toBe(200);
    const called = await call('POST', '/v1/counters/c16/call-next', { serviceIds: ['senior-services'] });
    expect(called.status).toBe(200);
    expect(
      (await call('POST', '/v1/counters/c16/call-next', { serviceIds: ['senior-services'] })).status,
    ).toBe(204);
    expect((await call('POST', '/v1/counters/c16/call-next', { serviceIds: [] })).status).toBe(400);
  });

  it('appointments: check-in (201, 200 on repeat, 400, 404, 409 used / too early / too late)', async () => {
    const body = { clientTicketId: randomUUID(), kioskId: 'kiosk-1' };
    expect((await call('POST', '/v1/appointments/YY1000C2/check-in', body)).status).toBe(201);
    expect((await call('POST', '/v1/appointments/YY1000C2/check-in', body)).status).toBe(200);
    const fresh = () => ({ clientTicketId: randomUUID(), kioskId: 'kiosk-1' });
    expect((await call('POST', '/v1/appointments/YY1000C2/check-in', fresh())).status).toBe(409);
    expect((await call('POST', '/v1/appointments/YY1100E8/check-in', fresh())).body).toMatchObject({
      code: 'APPOINTMENT_TOO_EARLY',
    });
    expect((await call('POST', '/v1/appointments/YY0901A3/check-in', fresh())).body).toMatchObject({
      code: 'APPOINTMENT_TOO_LATE',
    });
    expect((await call('POST', '/v1/appointments/ZZ999999/check-in', fresh())).status).toBe(404);
    expect((await call('POST', '/v1/appointments/YY1030D5/check-in', { kioskId: 'kiosk-1' })).status).toBe(
      400,
    );
  });

  it('issueTicket while closed: 409 SERVICE_CLOSED with opensAt; summary with opensAt', async () => {
    clock.set('2025-03-04T04:00:00.000Z'); // 12:00, lunch break
    try {
      const closed = await call('POST', '/v1/tickets', {
        clientTicketId: randomUUID(),
        serviceId: 'social-insurance',
        kioskId: 'kiosk-1',
      });
      expect(closed.body).toMatchObject({ code: 'SERVICE_CLOSED', opensAt: '2025-03-04T05:30:00.000Z' });
      const summary = await call('GET', '/v1/queue/summary');
      expect((summary.body as { services: { opensAt: string | null }[] }).services[0]?.opensAt).toBe(
        '2025-03-04T05:30:00.000Z',
      );
    } finally {
      clock.set('2025-03-04T02:00:00.000Z');
    }
  });

  it('public queue page: 200 and 404 HTML without a token', async () => {
    const clientTicketId = randomUUID();
    await call('POST', '/v1/tickets', { clientTicketId, serviceId: 'family-planning', kioskId: 'kiosk-1' });
    expect((await call('GET', `/q/${clientTicketId}`, undefined, { authorization: '' })).status).toBe(200);
    expect((await call('GET', `/q/${randomUUID()}`, undefined, { authorization: '' })).status).toBe(404);
  });

  it('notices: list, get (200, 404), put (200, 201, 409, 400), remove (204, 409, 400)', async () => {
    const list = await call('GET', '/v1/notices');
    const first = (list.body as { notices: { id: string; version: number }[] }).notices[0];
    if (!first) throw new Error('no notices in fixtures');
    const current = (await call('GET', `/v1/notices/${first.id}`)).body as Record<string, unknown>;
    expect((await call('GET', '/v1/notices/no-such-notice')).status).toBe(404);
    const { version, updatedAt, updatedBy, ...content } = current;
    const by = () => ({ changeId: randomUUID(), editedBy: 'wang-li', kioskId: 'kiosk-1' });
    const edit = { baseVersion: first.version, ...by(), content };
    expect((await call('PUT', `/v1/notices/${first.id}`, edit)).status).toBe(200);
    expect((await call('PUT', `/v1/notices/${first.id}`, edit)).status).toBe(200); // replay
    expect((await call('PUT', `/v1/notices/${first.id}`, { ...edit, ...by() })).status).toBe(409);
    const fresh = { ...content, id: 'brand-new' };
    expect(
      (await call('PUT', '/v1/notices/brand-new', { ...edit, ...by(), baseVersion: 0, content: fresh }))
        .status,
    ).toBe(201);
    const noTitle = { ...edit, ...by(), content: { ...content, title: { en: 'x' } } };
    expect((await call('PUT', `/v1/notices/${first.id}`, noTitle)).status).toBe(400);
    const q = (v: number) => `baseVersion=${v}&changeId=${randomUUID()}&editedBy=wang-li&kioskId=kiosk-1`;
    expect((await call('DELETE', `/v1/notices/brand-new?${q(7)}`)).status).toBe(409);
    expect((await call('DELETE', `/v1/notices/brand-new?${q(1)}`)).status).toBe(204);
    expect((await call('DELETE', '/v1/notices/brand-new?baseVersion=1')).status).toBe(400);
    expect((await call('GET', `/n/${first.id}?lang=en`, undefined, { authorization: '' })).status).toBe(200);
    expect((await call('GET', '/n/brand-new', undefined, { authorization: '' })).status).toBe(404);
  });

  it('announcements: list, put (201, 200, 409, 400), remove (204, 409, 400)', async () => {
    const list = await call('GET', '/v1/announcements');
    expect(list.status).toBe(200);
    const by = () => ({ changeId: randomUUID(), editedBy: 'wang-li', kioskId: 'kiosk-1' });
    const content = {
      id: 'contract-ann',
      priority: 'normal',
      text: { 'zh-CN': '今天下午 3 号窗口暂停服务', en: 'Counter 3 is closed this afternoon' },
      startsAt: '2025-03-04T05:00:00.000Z',
      endsAt: '2025-03-04T09:00:00.000Z',
    };
    const put = (baseVersion: number, c: unknown = content) =>
      call('PUT', '/v1/announcements/contract-ann', { baseVersion, ...by(), content: c });
    expect((await put(0)).status).toBe(201);
    expect((await put(1)).status).toBe(200);
    expect((await put(1)).status).toBe(409);
    expect((await put(2, { ...content, priority: 'loud' })).status).toBe(400);
    const q = (v: number) => `baseVersion=${v}&changeId=${randomUUID()}&editedBy=wang-li&kioskId=kiosk-1`;
    expect((await call('DELETE', `/v1/announcements/contract-ann?${q(1)}`)).status).toBe(409);
    expect((await call('DELETE', `/v1/announcements/contract-ann?${q(2)}`)).status).toBe(204);
    expect((await call('DELETE', '/v1/announcements/contract-ann?changeId=x')).status).toBe(400);
  });

  it('content changes (200, 400) and audit (200, 400)', async () => {
    const feed = await call('GET', '/v1/content/changes?since=0&limit=3');
    expect(feed.body).toMatchObject({ more: true });
    expect((await call('GET', '/v1/content/changes?limit=5000')).status).toBe(400);
    const services = await call('GET', '/v1/content/changes?since=0&kinds=service');
    expect((services.body as { changes: { kind: string }[] }).changes[0]).toMatchObject({ kind: 'service' });
    expect((await call('GET', '/v1/content/changes?kinds=tickets')).status).toBe(400);
    const event = {
      id: randomUUID(),
      at: '2025-03-04T02:00:00Z',
      staffId: 'wang-li',
      action: 'staff.login',
      target: null,
      summary: 'PIN ok',
    };
    expect((await call('POST', '/v1/audit/events', { kioskId: 'kiosk-1', events: [event] })).status).toBe(
      200,
    );
    expect((await call('POST', '/v1/audit/events', { kioskId: 'kiosk-1', events: [] })).status).toBe(400);
    const audit = await call('GET', '/v1/audit?limit=50');
    expect((audit.body as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    expect((await call('GET', '/v1/audit?limit=0')).status).toBe(400);
  });

  it('cases: 200, 404, 400', async () => {
    expect((await call('GET', '/v1/cases/JD-000009?verifier=7731')).status).toBe(200);
    expect((await call('GET', '/v1/cases/JD-000133?verifier=5817')).status).toBe(200);
    expect((await call('GET', '/v1/cases/JD-000009?verifier=0000')).status).toBe(404);
    expect((await call('GET', '/v1/cases/JD-000009')).status).toBe(400);
  });

  it('kiosks: heartbeat (204, 400) and number blocks (201, 400, 404, 409)', async () => {
    const beat = {
      sentAt: clock.now().toISOString(),
      appVersion: '0.1.0',
      printer: { status: 'ok' },
      outboxDepth: 0,
    };
    expect((await call('POST', '/v1/kiosks/kiosk-1/heartbeat', beat)).status).toBe(204);
    const synced = { ...beat, lastSyncAt: clock.now().toISOString() };
    expect((await call('POST', '/v1/kiosks/kiosk-2/heartbeat', synced)).status).toBe(204);
    const kiosks = await call('GET', '/v1/kiosks');
    expect((kiosks.body as { kiosks: unknown[] }).kiosks).toHaveLength(2);
    expect((await call('GET', '/v1/kiosks', undefined, { authorization: 'Bearer nope-nope' })).status).toBe(
      401,
    );
    expect((await call('POST', '/v1/kiosks/kiosk-1/heartbeat', { ...beat, outboxDepth: -1 })).status).toBe(
      400,
    );
    const lease = { serviceId: 'residence-permit', date: '2025-03-04', size: 20 };
    expect((await call('POST', '/v1/kiosks/kiosk-1/number-blocks', lease)).status).toBe(201);
    expect((await call('POST', '/v1/kiosks/kiosk-1/number-blocks', { ...lease, size: 0 })).status).toBe(400);
    expect(
      (await call('POST', '/v1/kiosks/kiosk-1/number-blocks', { ...lease, serviceId: 'nope' })).status,
    ).toBe(404);
    const disabled = { ...lease, serviceId: 'business-registration' };
    expect((await call('POST', '/v1/kiosks/kiosk-1/number-blocks', disabled)).status).toBe(409);
  });

  it('hand-over batch: accepted, rejected and replaced items (200), 400', async () => {
    const lease = { serviceId: 'family-planning', date: '2025-03-04', size: 5 };
    const block = (await call('POST', '/v1/kiosks/kiosk-3/number-blocks', lease)).body as { first: number };
    // family-planning numbers start with E (fixtures/services.json).
    const num = (n: number) => `E${String(n).padStart(3, '0')}`;
    const issuedAt = clock.now().toISOString();
    const online = { clientTicketId: randomUUID(), serviceId: 'family-planning', kioskId: 'kiosk-3' };
    expect((await call('POST', '/v1/tickets', online)).status).toBe(201);
    const item = (clientTicketId: string, n: number) => ({
      clientTicketId,
      serviceId: 'family-planning',
      offline: { number: num(n), issuedAt },
    });
    const body = {
      kioskId: 'kiosk-3',
      tickets: [
        item(randomUUID(), block.first),
        item(randomUUID(), 998),
        item(online.clientTicketId, block.first + 1),
      ],
    };
    const res = await call('POST', '/v1/tickets/handover', body);
    expect(res.status).toBe(200);
    const results = (res.body as { results: { status: string; code?: string }[] }).results;
    expect(results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'accepted']);
    expect(results[1]?.code).toBe('NUMBER_NOT_LEASED');
    expect(results[2]?.code).toBe('ONLINE_TICKET_REPLACED');
    expect((await call('POST', '/v1/tickets/handover', { kioskId: 'kiosk-3', tickets: [] })).status).toBe(
      400,
    );
  });

  it('every operation in openapi.yaml was exercised', () => {
    const missing = validator.operationIds().filter((id) => !validator.coveredOperationIds().has(id));
    expect(missing).toEqual([]);
  });

  it('the validator rejects a response that breaks the contract', () => {
    expect(() => validator.validateResponse('GET', '/v1/services', 200, { services: [{ id: 'x' }] })).toThrow(
      /does not match/,
    );
    expect(() => validator.validateResponse('GET', '/v1/services', 418, {})).toThrow(/not documented/);
  });
});
