// The staff side through the KioskApi contract: contract errors with their data, the session check
// on every procedure, the device page.
import { call, ORPCError } from '@orpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceStatus } from '../../../electron/api';
import { MAX_TEXT_LENGTH } from '../../../electron/notice-model';
import { kioskImplementer } from '../../../electron/services/kiosk-implementer';
import { createStaffProcedures } from '../../../electron/services/staff/staff-procedures';
import { unemploymentNotice } from './support/drafts';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
afterEach(() => {
  h?.cleanup();
  h = null;
});

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

async function setUp() {
  h = await staffHarness();
  return { x: h, staff: createStaffProcedures(kioskImplementer(), { service: h.service }).staff };
}

describe('staff procedures', () => {
  it('PIN_REJECTED with attempts left, then STAFF_LOCKED with the time it ends', async () => {
    const { staff } = await setUp();
    const first = await errorOf(call(staff.login, { accountId: 'wang-li', pin: '000000' }));
    expect(first).toBeInstanceOf(ORPCError);
    expect(first).toMatchObject({ code: 'PIN_REJECTED', status: 401, data: { attemptsLeft: 4 } });
    for (let i = 0; i < 3; i++) await errorOf(call(staff.login, { accountId: 'wang-li', pin: '000000' }));
    const locked = await errorOf(call(staff.login, { accountId: 'wang-li', pin: '000000' }));
    expect(locked).toMatchObject({
      code: 'STAFF_LOCKED',
      status: 423,
      data: { until: '2026-11-26T01:15:00.000Z' },
    });
  });

  it('every staff procedure needs a live session: STAFF_SESSION_ENDED otherwise', async () => {
    const { x, staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'zhao-min', pin: '135790' });
    expect((await call(staff.audit.list, { sessionId, limit: 10 })).entries[0]?.action).toBe('login');
    x.time.advance(121_000);
    const calls = [
      () => call(staff.audit.list, { sessionId, limit: 10 }),
      () => call(staff.preview, { sessionId, markdown: '**x**' }),
      () => call(staff.notices.get, { sessionId, id: 'unemployment-registration' }),
      () => call(staff.notices.validate, { sessionId, draft: {} }),
      () => call(staff.notices.save, { sessionId, baseVersion: 0, draft: unemploymentNotice() }),
      () => call(staff.notices.remove, { sessionId, id: 'unemployment-registration', baseVersion: 1 }),
      () => call(staff.announcements.list, { sessionId }),
      () => call(staff.conflicts.list, { sessionId }),
      () => call(staff.conflicts.resolve, { sessionId, conflictId: 'c', keep: 'theirs' }),
      () => call(staff.device.status, { sessionId }),
    ];
    for (const attempt of calls) {
      expect(await errorOf(attempt())).toMatchObject({ code: 'STAFF_SESSION_ENDED', status: 401 });
    }
    // Nothing was saved by the refused calls.
    expect(x.store.outbox.depth()).toBe(x.service.audit.list(100).filter((e) => !e.synced).length);
    expect(x.store.content.getNotice('unemployment-registration').item).toBeNull();
  });

  it('preview: a text past the field limit is refused as too long (up to the request cap), never parsed', async () => {
    const { staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'wang-li', pin: '246810' });
    const tooLong = { rich: null, issue: { path: [], code: 'too-long', limit: MAX_TEXT_LENGTH } };
    expect(await call(staff.preview, { sessionId, markdown: '- a\n'.repeat(1001) })).toEqual(tooLong);
    // Nested deeper than allowed, but refused for its length before any parsing.
    expect(await call(staff.preview, { sessionId, markdown: `${'  '.repeat(9_000)}- x` })).toEqual(tooLong);
    expect(await call(staff.preview, { sessionId, markdown: 'x'.repeat(MAX_TEXT_LENGTH) })).toMatchObject({
      issue: null,
    });
    // The request itself stays capped (the editor sends at most the limit + 1).
    expect(await errorOf(call(staff.preview, { sessionId, markdown: 'x'.repeat(20_001) }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('on-screen keyboard: pinyin candidates through the contract; only lower-case letters', async () => {
    const { staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'wang-li', pin: '246810' });
    const { candidates } = await call(staff.ime.candidates, { sessionId, pinyin: 'ju' });
    expect(candidates).toContainEqual({ text: '居', consumed: 2 });
    expect(await errorOf(call(staff.ime.candidates, { sessionId, pinyin: 'Ju<' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    await call(staff.logout, { sessionId });
    expect(await errorOf(call(staff.ime.candidates, { sessionId, pinyin: 'ju' }))).toMatchObject({
      code: 'STAFF_SESSION_ENDED',
    });
  });

  it('get: a notice created here and not yet delivered opens at v1, pending', async () => {
    const { x, staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'wang-li', pin: '246810' });
    x.central.setOnline(false);
    const draft = unemploymentNotice();
    expect(await call(staff.notices.save, { sessionId, baseVersion: 0, draft })).toEqual({
      status: 'queued',
    });
    expect(await call(staff.notices.get, { sessionId, id: draft.id })).toMatchObject({
      pending: true,
      notice: { id: draft.id, version: 1, title: draft.title },
    });
  });

  it('edits through the contract: validate, save, get, NOTICE_NOT_FOUND', async () => {
    const { staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'wang-li', pin: '246810' });
    const draft = unemploymentNotice();
    draft.title.en = '';
    expect((await call(staff.notices.validate, { sessionId, draft })).issues).toEqual([
      { path: ['title', 'en'], code: 'required', limit: null },
    ]);
    draft.title.en = 'Unemployment registration';
    expect(await call(staff.notices.save, { sessionId, baseVersion: 0, draft })).toEqual({
      status: 'saved',
      version: 1,
    });
    const got = await call(staff.notices.get, { sessionId, id: 'unemployment-registration' });
    expect(got).toMatchObject({ pending: false, notice: { version: 1, updatedBy: 'wang-li' } });
    expect(await errorOf(call(staff.notices.get, { sessionId, id: 'no-such-notice' }))).toMatchObject({
      code: 'NOTICE_NOT_FOUND',
    });
    const preview = await call(staff.preview, { sessionId, markdown: '1. 取号\n2. 等候叫号' });
    expect(preview.issue).toBeNull();
    expect(preview.rich?.[0]).toMatchObject({ type: 'list', ordered: true });
  });

  it('the device page: printer, A4 queue, central, outbox, content as-of, disk', async () => {
    const { x, staff } = await setUp();
    const { sessionId } = await call(staff.login, { accountId: 'wang-li', pin: '246810' });
    x.central.setOnline(false);
    await call(staff.notices.save, { sessionId, baseVersion: 0, draft: unemploymentNotice() });
    const status = await call(staff.device.status, { sessionId });
    expect(DeviceStatus.parse(status)).toEqual(status);
    expect(status).toMatchObject({
      kioskId: 'hall-kiosk-test',
      appVersion: '0.4.0-test',
      ticketPrinter: { status: 'paper-near-end' },
      a4Printer: { queue: 'hall-a4', state: 'idle' },
      central: { reachable: true, lastSyncAt: null },
      outboxRejected: 0,
      contentAsOf: '2026-11-26T00:30:00.000Z',
      disk: { path: x.db.dir },
    });
    // The sign-in's audit entry, the notice change and its audit entry wait in the outbox.
    expect(status.outboxDepth).toBe(x.store.outbox.depth());
    expect(status.outboxDepth).toBeGreaterThanOrEqual(3);
    expect(status.disk.totalBytes).toBeGreaterThan(0);
    expect(status.disk.freeBytes).toBeGreaterThan(0);
    expect(status.disk.freeBytes).toBeLessThanOrEqual(status.disk.totalBytes);
  });
});
