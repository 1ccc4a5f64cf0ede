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

  it('notices: list, get (200, 404), put (200, 201, 404, 409, 400)', async () => {
    const list = await call('GET', '/v1/notices');
    const first = (list.body as { notices: { id: string; version: number; serviceId: string }[] }).notices[0];
    if (!first) throw new Error('no notices in fixtures');
    expect((await call('GET', `/v1/notices/${first.id}`)).status).toBe(200);
    expect((await call('GET', '/v1/notices/no-such-notice')).status).toBe(404);
    const edit = {
      baseVersion: first.version,
      serviceId: first.serviceId,
      title: { 'zh-CN': '新标题', en: 'New title' },
      body: { 'zh-CN': '正文', en: 'Body' },
    };
    expect((await call('PUT', `/v1/notices/${first.id}`, edit)).status).toBe(200);
    expect((await call('PUT', `/v1/notices/${first.id}`, edit)).status).toBe(409);
    expect((await call('PUT', '/v1/notices/brand-new', { ...edit, baseVersion: 0 })).status).toBe(201);
    expect((await call('PUT', '/v1/notices/never-made', { ...edit, baseVersion: 3 })).status).toBe(404);
    expect((await call('PUT', `/v1/notices/${first.id}`, { ...edit, title: { en: 'x' } })).status).toBe(400);
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
