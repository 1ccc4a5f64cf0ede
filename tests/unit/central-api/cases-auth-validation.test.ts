// Case lookup without enumeration, deadline warnings, bearer auth, request validation, notice versions.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, manualClock, startCentral } from './harness';

// cases.json is written as of 2025-03-03; seeding on that day keeps its dates as written.
const clock = manualClock('2025-03-03T02:00:00.000Z');
let central: Harness;
beforeAll(async () => {
  central = await startCentral({ now: clock.now });
});
afterAll(async () => {
  await central?.stop();
});

describe('caseStatus', () => {
  it('shows the stages of a case to whoever gives the right verifier', async () => {
    const res = await central.request('GET', '/v1/cases/JD-000133?verifier=5817');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      caseNumber: 'JD-000133',
      applicantName: '王*明',
      currentStage: 'investigation',
      deadlineState: 'on-time',
      stages: [
        { stage: 'consultation', state: 'completed' },
        { stage: 'acceptance', state: 'completed', completedAt: '2025-02-24T01:00:00.000Z' },
        { stage: 'investigation', state: 'current', startedAt: '2025-02-24T01:00:00.000Z' },
        { stage: 'approval', state: 'pending' },
        { stage: 'done', state: 'pending' },
      ],
    });
  });

  it('accepts a lower-case x in the verifier', async () => {
    expect((await central.request('GET', '/v1/cases/JD-000107?verifier=432x')).status).toBe(200);
  });

  it('answers a wrong verifier exactly as an unknown case', async () => {
    const wrong = await central.request('GET', '/v1/cases/JD-000133?verifier=1234');
    const unknown = await central.request('GET', '/v1/cases/JD-999999?verifier=5817');
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('flags cases near and past their promised date, and not finished ones', async () => {
    const state = async (n: string, v: string) =>
      ((await central.request('GET', `/v1/cases/${n}?verifier=${v}`)).body as { deadlineState: string })
        .deadlineState;
    expect(await state('JD-000145', '2046')).toBe('near'); // promised 2025-03-05
    expect(await state('JD-000009', '7731')).toBe('done');
    clock.set('2025-03-06T02:00:00.000Z');
    expect(await state('JD-000145', '2046')).toBe('overdue');
    expect(await state('JD-000009', '7731')).toBe('done');
    clock.set('2025-03-03T02:00:00.000Z');
  });
});

describe('auth', () => {
  it('refuses a missing or wrong token with 401 and the error shape; healthz is open', async () => {
    const missing = await central.request('GET', '/v1/services', undefined, { authorization: '' });
    const wrong = await central.request('GET', '/v1/notices', undefined, {
      authorization: 'Bearer wrong-token-x',
    });
    const basic = await central.request('GET', '/v1/forms', undefined, { authorization: 'Basic dGVzdA==' });
    for (const res of [missing, wrong, basic]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHORIZED', message: expect.any(String) });
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await central.request('GET', '/healthz', undefined, { authorization: '' })).status).toBe(200);
  });
});

describe('request validation', () => {
  it('names every wrong field of a bad body', async () => {
    const res = await central.request('POST', '/v1/tickets', { clientTicketId: 'not-a-uuid', serviceId: 7 });
    expect(res.status).toBe(400);
    const message = (res.body as { message: string }).message;
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST' });
    expect(message).toContain('body.clientTicketId');
    expect(message).toContain('body.serviceId');
    expect(message).toContain('body.kioskId');
  });

  it('rejects unknown fields, unparsable JSON and bad path parameters with 400', async () => {
    const extra = await central.request('POST', '/v1/tickets', {
      clientTicketId: randomUUID(),
      serviceId: 'mass-teams',
      kioskId: 'k1',
      number: 'G001',
    });
    expect(extra.status).toBe(400);
    expect((extra.body as { message: string }).message).toMatch(/number/);
    const broken = await central.request('POST', '/v1/tickets', '{"clientTicketId":');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ code: 'BAD_REQUEST' });
    const badKiosk = await central.request('POST', '/v1/kiosks/bad kiosk!/heartbeat', {
      sentAt: clock.now().toISOString(),
      appVersion: '1',
      printer: { status: 'ok' },
      outboxDepth: 0,
    });
    expect(badKiosk.status).toBe(400);
    expect((badKiosk.body as { message: string }).message).toContain('path.kioskId');
  });
});

describe('notices', () => {
  it('keeps versions: a stale edit of a fixture notice gets 409 with the current notice', async () => {
    const before = (await central.request('GET', '/v1/notices/senior-citizen-card')).body as Record<
      string,
      unknown
    > & {
      version: number;
      title: { 'zh-CN': string; en: string };
    };
    const { version, updatedAt, updatedBy, ...content } = before;
    const edit = (baseVersion: number, en: string) =>
      central.request('PUT', '/v1/notices/senior-citizen-card', {
        baseVersion,
        changeId: randomUUID(),
        editedBy: 'wang-li',
        kioskId: 'kiosk-1',
        content: { ...content, title: { ...before.title, en } },
      });
    const saved = await edit(version, 'First edit');
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: version + 1,
      title: { en: 'First edit' },
      updatedBy: 'wang-li',
    });
    const stale = await edit(version, 'Second edit from an old copy');
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: version + 1,
      current: { title: { en: 'First edit' } },
    });
    const got = await central.request('GET', '/v1/notices/senior-citizen-card');
    expect(got.body).toMatchObject({ version: version + 1, title: { en: 'First edit' } });
  });
});
