// The editor stays open while a queued save is delivered: its next save, still on the version it
// loaded, builds on our own delivered change (no conflict with ourselves). A version made by
// another kiosk after ours is still a conflict. Real reference central API, going away and back.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { Announcement, Notice } from '../../../electron/notice-model';
import { type ReferenceCentral, referenceCentral } from './support/central-server';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
let central: ReferenceCentral | null = null;
afterEach(async () => {
  h?.cleanup();
  h = null;
  await central?.close();
  central = null;
});

const ID = 'residence-permit';

/** The central fixture notice, stored on the kiosk as its content sync would; signed in. */
async function kioskWithFixture() {
  central = await referenceCentral();
  h = await staffHarness({ central: central.api, serviceIds: ['residence-permit', 'employment'] });
  const [fixture] = (await central.items('notice', ID)) as Notice[];
  if (!fixture) throw new Error(`fixture notice ${ID} missing`);
  h.store.content.applyCentralItem('notice', fixture);
  await h.signIn();
  const { version, updatedAt: _u, updatedBy: _b, ...content } = fixture;
  return { h, central, base: version, content };
}

/** Brings the central API back and lets the outbox deliver what waits. */
async function backOnline(hh: StaffHarness, c: ReferenceCentral) {
  await c.restart();
  hh.time.advance(120_000);
  expect(await hh.replayer.replayDue()).toMatchObject({ rejected: 0, interrupted: false });
}

it('after our queued edit was delivered, the next save from the same editor goes on top of it', async () => {
  const { h, central, base, content } = await kioskWithFixture();
  await central.stop();
  const first = { ...content, complaintPhone: '021-64870000' };
  expect(await h.service.edits.save('notice', 'wang-li', base, first)).toEqual({ status: 'queued' });
  await backOnline(h, central);
  expect(h.service.getNotice(ID)).toMatchObject({ pending: false, notice: { version: base + 1 } });

  // The editor still holds `base`: the version after it is our own delivered change.
  const second = { ...first, consultationPhone: '021-64879999' };
  expect(await h.service.edits.save('notice', 'wang-li', base, second)).toEqual({
    status: 'saved',
    version: base + 2,
  });
  expect(h.service.edits.openConflicts()).toEqual([]);
  const items = await central.items('notice', ID);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    version: base + 2,
    complaintPhone: '021-64870000',
    consultationPhone: '021-64879999',
  });
  expect(h.service.audit.list(100).some((e) => e.action === 'conflict-detected')).toBe(false);
});

it('a save while offline again builds on our delivered change too, and follows a chain of ours', async () => {
  const { h, central, base, content } = await kioskWithFixture();
  await central.stop();
  const first = { ...content, complaintPhone: '021-64870001' };
  expect(await h.service.edits.save('notice', 'wang-li', base, first)).toEqual({ status: 'queued' });
  await backOnline(h, central);

  // Online: the second save (still on `base`) is saved as base + 2.
  const second = { ...first, complaintPhone: '021-64870002' };
  expect(await h.service.edits.save('notice', 'wang-li', base, second)).toEqual({
    status: 'saved',
    version: base + 2,
  });
  // Offline again, still on `base`: queued on base + 2 (two of our versions in a row), delivered.
  await central.stop();
  const third = { ...second, complaintPhone: '021-64870003' };
  expect(await h.service.edits.save('notice', 'wang-li', base, third)).toEqual({ status: 'queued' });
  await backOnline(h, central);
  expect(h.service.edits.openConflicts()).toEqual([]);
  expect(await central.items('notice', ID)).toMatchObject([
    { version: base + 3, complaintPhone: '021-64870003' },
  ]);
  expect(h.service.getNotice(ID)).toMatchObject({ pending: false, notice: { version: base + 3 } });
});

it('another kiosk changed it after our delivered change: still a conflict, with their version', async () => {
  const { h, central, base, content } = await kioskWithFixture();
  await central.stop();
  const first = { ...content, complaintPhone: '021-64870000' };
  expect(await h.service.edits.save('notice', 'wang-li', base, first)).toEqual({ status: 'queued' });
  await backOnline(h, central);

  // Another kiosk edits on top of ours; this kiosk's feed has not brought it yet.
  const other = await central.api.putNotice({
    id: ID,
    baseVersion: base + 1,
    changeId: randomUUID(),
    editedBy: 'li-na',
    kioskId: 'hall-kiosk-2',
    content: { ...first, consultationPhone: '021-64871111' },
  });
  expect(other).toMatchObject({ status: 'saved', version: base + 2 });
  const mine = { ...first, timeLimit: { kind: 'working-days' as const, days: 7 } };
  const result = await h.service.edits.save('notice', 'wang-li', base, mine);
  expect(result.status).toBe('conflict');
  expect(h.service.edits.openConflicts()).toMatchObject([
    { itemId: ID, theirs: { version: base + 2, updatedBy: 'li-na' }, mine: { timeLimit: { days: 7 } } },
  ]);
  expect(await central.items('notice', ID)).toMatchObject([
    { version: base + 2, consultationPhone: '021-64871111' },
  ]);
});

it('a base older than our delivered change started from is not rebased (a genuine conflict)', async () => {
  const { h, central, base, content } = await kioskWithFixture();
  // Another kiosk made base + 1; this kiosk's editor was opened before that, on `base`...
  const other = await central.api.putNotice({
    id: ID,
    baseVersion: base,
    changeId: randomUUID(),
    editedBy: 'li-na',
    kioskId: 'hall-kiosk-2',
    content: { ...content, consultationPhone: '021-64871111' },
  });
  expect(other).toMatchObject({ status: 'saved', version: base + 1 });
  const [theirs] = (await central.items('notice', ID)) as Notice[];
  if (!theirs) throw new Error('missing');
  h.store.content.applyCentralItem('notice', theirs);
  // ...and a save of ours from base + 1 was delivered since.
  expect(
    await h.service.edits.save('notice', 'wang-li', base + 1, { ...content, complaintPhone: '021-1' }),
  ).toEqual({ status: 'saved', version: base + 2 });
  // The old editor saves on `base`: li-na's base + 1 lies between, so it is a conflict.
  const stale = await h.service.edits.save('notice', 'wang-li', base, {
    ...content,
    complaintPhone: '021-2',
  });
  expect(stale.status).toBe('conflict');
  expect(await central.items('notice', ID)).toMatchObject([{ version: base + 2, complaintPhone: '021-1' }]);
});

it('an announcement edited offline, delivered, then saved again from the same editor', async () => {
  central = await referenceCentral();
  h = await staffHarness({ central: central.api });
  const announcementId = 'counter-3-closed-afternoon';
  const [fixture] = (await central.items('announcement', announcementId)) as Announcement[];
  if (!fixture) throw new Error(`fixture announcement ${announcementId} missing`);
  h.store.content.applyCentralItem('announcement', fixture);
  await h.signIn();
  const { version: base, updatedAt: _u, updatedBy: _b, ...content } = fixture;

  await central.stop();
  const first = { ...content, priority: 'urgent' as const };
  expect(await h.service.edits.save('announcement', 'wang-li', base, first)).toEqual({
    status: 'queued',
  });
  await backOnline(h, central);
  const second = {
    ...first,
    text: { 'zh-CN': '3 号窗口全天暂停服务。', en: 'Counter 3 is closed all day.' },
  };
  expect(await h.service.edits.save('announcement', 'wang-li', base, second)).toEqual({
    status: 'saved',
    version: base + 2,
  });
  expect(h.service.edits.openConflicts()).toEqual([]);
  expect(await central.items('announcement', announcementId)).toMatchObject([
    { version: base + 2, priority: 'urgent', text: { en: 'Counter 3 is closed all day.' } },
  ]);
});

it('removing from the same editor after our queued edit was delivered removes it, no conflict', async () => {
  const { h, central, base, content } = await kioskWithFixture();
  await central.stop();
  expect(
    await h.service.edits.save('notice', 'wang-li', base, { ...content, complaintPhone: '021-64870000' }),
  ).toEqual({ status: 'queued' });
  await backOnline(h, central);
  expect(await h.service.edits.remove('notice', 'wang-li', ID, base)).toEqual({
    status: 'saved',
    version: base + 2,
  });
  expect(h.service.edits.openConflicts()).toEqual([]);
  expect(await central.items('notice', ID)).toEqual([]);
  expect(h.service.getNotice(ID)).toBeNull();
});
