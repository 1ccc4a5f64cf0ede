// The central audit log: every content change writes an entry naming who, where and what changed;
// kiosks hand over their own entries, idempotent on each id; read newest first.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, removal, sampleNotice, write } from './content-support';
import { type Harness, startCentral } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

interface Entry {
  id: string;
  at: string;
  staffId: string | null;
  action: string;
  target: string | null;
  summary: string;
  kioskId: string;
  receivedAt: string;
}
const audit = async (limit = 500) =>
  ((await call(central, 'GET', `/v1/audit?limit=${limit}`)).body as { entries: Entry[] }).entries;

describe('central audit log', () => {
  it('PUT and DELETE write one entry each: who, which kiosk, what changed; a replay writes none', async () => {
    const created = write(0, sampleNotice('audited'), randomUUID(), 'li-na');
    await call(central, 'PUT', '/v1/notices/audited', created);
    await call(central, 'PUT', '/v1/notices/audited', created); // replay
    const edit = sampleNotice('audited', {
      fee: {
        kind: 'charged',
        amount: { 'zh-CN': '10 元', en: 'CNY 10' },
        basis: { 'zh-CN': '沪价费', en: 'Price rule' },
      },
    });
    await call(
      central,
      'PUT',
      '/v1/notices/audited',
      write(1, { ...edit, faq: [] }, randomUUID(), 'zhao-min'),
    );
    await call(central, 'DELETE', `/v1/notices/audited?${removal(2, randomUUID(), 'li-na')}`);

    const mine = (await audit()).filter((e) => e.target === 'notice:audited');
    expect(mine.map((e) => [e.action, e.staffId, e.kioskId])).toEqual([
      ['notice.remove', 'li-na', 'kiosk-1'],
      ['notice.update', 'zhao-min', 'kiosk-1'],
      ['notice.create', 'li-na', 'kiosk-1'],
    ]);
    expect(mine[1]?.summary).toBe('v1 → v2; changed: fee');
    expect(mine[2]?.id).toBe(`change:${created.changeId}`);
  });

  it('kiosk events: accepted, stored once however often they are sent, newest first', async () => {
    const event = (minute: number, action: string) => ({
      id: randomUUID(),
      at: `2025-03-04T02:${String(minute).padStart(2, '0')}:00.000+00:00`,
      staffId: minute % 2 ? 'li-na' : null,
      action,
      target: null,
      summary: `${action} at minute ${minute}`,
    });
    const events = [event(1, 'staff.login'), event(3, 'staff.lockout'), event(2, 'staff.logout')];
    const sent = await call(central, 'POST', '/v1/audit/events', { kioskId: 'kiosk-9', events });
    expect(sent).toMatchObject({ status: 200, body: { accepted: 3 } });
    const again = await call(central, 'POST', '/v1/audit/events', { kioskId: 'kiosk-9', events });
    expect(again.body).toEqual({ accepted: 3 });

    const fromKiosk = (await audit()).filter((e) => e.kioskId === 'kiosk-9');
    expect(fromKiosk.map((e) => e.action)).toEqual(['staff.lockout', 'staff.logout', 'staff.login']);
    expect(fromKiosk[2]).toMatchObject({ staffId: 'li-na', summary: 'staff.login at minute 1' });
    expect(await audit(2)).toHaveLength(2);
  });

  it('400 for an event without an id or a batch too big, naming the field', async () => {
    const bad = {
      kioskId: 'kiosk-9',
      events: [{ at: '2025-03-04T02:00:00Z', staffId: null, action: 'x', target: null, summary: '' }],
    };
    const res = await call(central, 'POST', '/v1/audit/events', bad);
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toMatch(/body\.events\.0\.id/);
    expect((await call(central, 'GET', '/v1/audit?limit=501')).status).toBe(400);
  });
});
