// Staff edits at the central API: idempotent on changeId (a replay after a lost answer is never a
// conflict), optimistic concurrency on baseVersion (409 with the current item), 400 naming the field,
// and an audit entry for each change. Every answer is checked against openapi.yaml.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, removal, sampleAnnouncement, sampleNotice, write } from './content-support';
import { type Harness, startCentral } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

const cursorNow = async () =>
  ((await call(central, 'GET', '/v1/content/changes?since=0&limit=1000')).body as { cursor: number }).cursor;
const messageOf = (body: unknown) => (body as { message: string }).message;

describe('notice writes', () => {
  it('a PUT repeated with the same changeId gets the first answer again, and changes nothing more', async () => {
    const body = write(0, sampleNotice('idem-put'));
    const first = await call(central, 'PUT', '/v1/notices/idem-put', body);
    expect(first).toMatchObject({ status: 201, body: { version: 1 } });
    const cursor = await cursorNow();
    const again = await call(central, 'PUT', '/v1/notices/idem-put', body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await cursorNow()).toBe(cursor);

    const edit = write(1, { ...sampleNotice('idem-put'), consultationPhone: '021-5555 0199' });
    expect((await call(central, 'PUT', '/v1/notices/idem-put', edit)).status).toBe(200);
    // The edit's replay is still a 200 with version 2, not a 409 against the version it made.
    const replay = await call(central, 'PUT', '/v1/notices/idem-put', edit);
    expect(replay).toMatchObject({ status: 200, body: { version: 2, consultationPhone: '021-5555 0199' } });
  });

  it('a stale baseVersion is 409 VERSION_CONFLICT with the current notice; nothing is overwritten', async () => {
    await call(central, 'PUT', '/v1/notices/stale', write(0, sampleNotice('stale')));
    const theirs = { ...sampleNotice('stale'), complaintPhone: '021-5555 0111' };
    await call(central, 'PUT', '/v1/notices/stale', write(1, theirs));
    const mine = { ...sampleNotice('stale'), complaintPhone: '021-5555 0222' };
    const res = await call(central, 'PUT', '/v1/notices/stale', write(1, mine));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: 2,
      current: { version: 2, complaintPhone: '021-5555 0111' },
    });
    const now = await call(central, 'GET', '/v1/notices/stale');
    expect(now.body).toMatchObject({ version: 2, complaintPhone: '021-5555 0111' });
    // Never created: the current item is null at version 0.
    const ghost = await call(central, 'PUT', '/v1/notices/never-made', write(3, sampleNotice('never-made')));
    expect(ghost).toMatchObject({ status: 409, body: { currentVersion: 0, current: null } });
  });

  it('DELETE: stale is 409, a replay and an already-gone notice are 204 and change nothing', async () => {
    await call(central, 'PUT', '/v1/notices/to-remove', write(0, sampleNotice('to-remove')));
    const stale = await call(central, 'DELETE', `/v1/notices/to-remove?${removal(7)}`);
    expect(stale).toMatchObject({ status: 409, body: { currentVersion: 1, current: { id: 'to-remove' } } });
    const changeId = randomUUID();
    expect((await call(central, 'DELETE', `/v1/notices/to-remove?${removal(1, changeId)}`)).status).toBe(204);
    const cursor = await cursorNow();
    expect((await call(central, 'DELETE', `/v1/notices/to-remove?${removal(1, changeId)}`)).status).toBe(204);
    expect((await call(central, 'DELETE', `/v1/notices/to-remove?${removal(1)}`)).status).toBe(204);
    expect(await cursorNow()).toBe(cursor);
    // Editing a removed notice from the version before removal is a conflict with current null.
    const late = await call(central, 'PUT', '/v1/notices/to-remove', write(1, sampleNotice('to-remove')));
    expect(late).toMatchObject({ status: 409, body: { currentVersion: 2, current: null } });
  });

  it('a changeId used for another notice or operation is refused', async () => {
    const body = write(0, sampleNotice('reuse-a'));
    await call(central, 'PUT', '/v1/notices/reuse-a', body);
    const other = await call(central, 'PUT', '/v1/notices/reuse-b', {
      ...body,
      content: sampleNotice('reuse-b'),
    });
    expect(other).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_CONFLICT' } });
    const asRemoval = await call(central, 'DELETE', `/v1/notices/reuse-a?${removal(1, body.changeId)}`);
    expect(asRemoval).toMatchObject({ status: 409, body: { code: 'IDEMPOTENCY_CONFLICT' } });
  });

  it('400 names the field: missing text, unknown service, wrong id, law order, bad query', async () => {
    const put = (id: string, content: unknown) =>
      call(central, 'PUT', `/v1/notices/${id}`, write(0, content));
    const noEnglish = { ...sampleNotice('bad-1'), title: { 'zh-CN': '标题' } };
    expect(messageOf((await put('bad-1', noEnglish)).body)).toMatch(/body\.content\.title\.en/);
    const blank = { ...sampleNotice('bad-1'), eligibility: { 'zh-CN': '   ', en: 'x' } };
    expect(messageOf((await put('bad-1', blank)).body)).toMatch(
      /body\.content\.eligibility\.zh-CN: required/,
    );
    const service = await put('bad-2', sampleNotice('bad-2', { serviceId: 'no-such-service' }));
    expect(service.status).toBe(400);
    expect(messageOf(service.body)).toMatch(/body\.content\.serviceId: no service no-such-service/);
    expect(messageOf((await put('bad-3', sampleNotice('bad-4'))).body)).toMatch(/body\.content\.id/);
    const [law] = sampleNotice('x').legalBasis;
    if (!law) throw new Error('sample has a legal basis');
    const order = sampleNotice('bad-5', {
      legalBasis: [
        { ...law, rank: 'local-rule' },
        { ...law, rank: 'law' },
      ],
    });
    expect(messageOf((await put('bad-5', order)).body)).toMatch(
      /body\.content\.legalBasis: list the highest-ranking law first/,
    );
    const huge = sampleNotice('bad-6', { eligibility: { 'zh-CN': '长'.repeat(4001), en: 'x' } });
    expect(messageOf((await put('bad-6', huge)).body)).toMatch(
      /body\.content\.eligibility\.zh-CN: at most 4000/,
    );
    const noChangeId = await call(central, 'PUT', '/v1/notices/bad-7', {
      ...write(0, sampleNotice('bad-7')),
      changeId: 'x',
    });
    expect(messageOf(noChangeId.body)).toMatch(/body\.changeId/);
    const query = await call(
      central,
      'DELETE',
      '/v1/notices/bad-1?baseVersion=1&editedBy=wang-li&kioskId=k1',
    );
    expect(query.status).toBe(400);
    expect(messageOf(query.body)).toMatch(/query\.changeId/);
    expect((await call(central, 'GET', '/v1/notices/bad-1')).status).toBe(404);
  });

  it('400 names a field the contract does not have, however deep, rather than dropping it', async () => {
    const notice = sampleNotice('bad-8');
    const [material] = notice.materials;
    const misspelt = { ...notice, materials: [{ ...material, colour: 'blue' }] };
    const res = await call(central, 'PUT', '/v1/notices/bad-8', write(0, misspelt));
    expect(res.status).toBe(400);
    expect(messageOf(res.body)).toBe('body.content.materials.0.colour: not a field of this request');
    const extra = { ...notice, fee: { ...notice.fee, currency: 'CNY' } };
    expect(messageOf((await call(central, 'PUT', '/v1/notices/bad-8', write(0, extra))).body)).toMatch(
      /^body\.content\.fee\.currency: not a field/,
    );
    expect((await call(central, 'GET', '/v1/notices/bad-8')).status).toBe(404);
    expect((await call(central, 'PUT', '/v1/notices/bad-8', write(0, notice))).status).toBe(201);
  });

  it('400 for Markdown every kiosk would refuse (lists nested past 3 levels), naming the field', async () => {
    const deep = Array.from({ length: 5 }, (_, level) => `${'  '.repeat(level)}- 第 ${level + 1} 层`).join(
      '\n',
    );
    const notice = sampleNotice('bad-9');
    const steps = [notice.steps[0], { 'zh-CN': deep, en: '- one level' }];
    const res = await call(central, 'PUT', '/v1/notices/bad-9', write(0, { ...notice, steps }));
    expect(res.status).toBe(400);
    expect(messageOf(res.body)).toBe(
      'body.content.steps.1.zh-CN: Markdown nested too deep (lists at most 3 levels)',
    );
    expect((await call(central, 'GET', '/v1/notices/bad-9')).status).toBe(404);
    const announcement = sampleAnnouncement('bad-md');
    const text = { ...announcement.text, en: deep };
    const refused = await call(
      central,
      'PUT',
      '/v1/announcements/bad-md',
      write(0, { ...announcement, text }),
    );
    expect(messageOf(refused.body)).toBe(
      'body.content.text.en: Markdown nested too deep (lists at most 3 levels)',
    );
  });
});

describe('announcement writes', () => {
  it('put, list, conflict, remove', async () => {
    const created = await call(
      central,
      'PUT',
      '/v1/announcements/window-3',
      write(0, sampleAnnouncement('window-3')),
    );
    expect(created).toMatchObject({
      status: 201,
      body: { id: 'window-3', version: 1, updatedBy: 'wang-li' },
    });
    const list = (await call(central, 'GET', '/v1/announcements')).body as {
      announcements: { id: string }[];
    };
    expect(list.announcements.map((a) => a.id)).toContain('window-3');
    const urgent = sampleAnnouncement('window-3', { priority: 'urgent' });
    expect((await call(central, 'PUT', '/v1/announcements/window-3', write(1, urgent))).body).toMatchObject({
      version: 2,
      priority: 'urgent',
    });
    expect((await call(central, 'PUT', '/v1/announcements/window-3', write(1, urgent))).status).toBe(409);
    expect((await call(central, 'DELETE', `/v1/announcements/window-3?${removal(2)}`)).status).toBe(204);
    const after = (await call(central, 'GET', '/v1/announcements')).body as {
      announcements: { id: string }[];
    };
    expect(after.announcements.map((a) => a.id)).not.toContain('window-3');
  });

  it('400 when it ends before it starts, naming endsAt', async () => {
    const backwards = sampleAnnouncement('backwards', { endsAt: '2025-03-04T04:00:00.000Z' });
    const res = await call(central, 'PUT', '/v1/announcements/backwards', write(0, backwards));
    expect(res.status).toBe(400);
    expect(messageOf(res.body)).toMatch(/body\.content\.endsAt: the end must be after the start/);
  });
});
