// Staff edits: kept locally and queued in one transaction, delivered now or when the central API
// is back, conflicts kept with both versions and settled by staff, every step in the audit log.
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../electron/notice-model';
import { unemploymentNotice, windowClosedAnnouncement } from './support/drafts';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
afterEach(() => {
  h?.cleanup();
  h = null;
});

/** A notice saved online at v1, then the audit log and outbox as they stand. */
async function withSavedNotice() {
  const x = await staffHarness();
  await x.signIn();
  const saved = await x.service.edits.save('notice', 'wang-li', 0, unemploymentNotice());
  expect(saved).toEqual({ status: 'saved', version: 1 });
  return x;
}

const auditOf = (x: StaffHarness) =>
  x.service.audit
    .list(100)
    .reverse()
    .map((e) => `${e.action} ${e.target ?? '-'} ${e.summary}`);

describe('saving a notice', () => {
  it('online: saved at once, stored as the central version, audit handed over', async () => {
    h = await withSavedNotice();
    const stored = h.store.content.getNotice('unemployment-registration');
    expect(stored.pending).toBeNull();
    expect(stored.item?.version).toBe(1);
    expect(stored.item?.updatedBy).toBe('wang-li');
    expect(h.central.items.get('notice:unemployment-registration')?.version).toBe(1);
    expect(auditOf(h)).toContain('notice-saved unemployment-registration created (v1)');
    // The audit entries went over in the same hand-over, idempotent on their ids.
    const entries = h.service.audit.list(100);
    expect(entries.every((e) => e.synced)).toBe(true);
    expect([...h.central.audit.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
    expect(h.store.outbox.depth()).toBe(0);
  });

  it('offline: queued and shown on the kiosk meanwhile; delivered when the central API is back', async () => {
    h = await withSavedNotice();
    h.central.setOnline(false);
    const edit = unemploymentNotice();
    edit.timeLimit = { kind: 'working-days', days: 3 };
    edit.materials.push({
      name: { 'zh-CN': '户口簿', en: 'Household register' },
      form: 'original',
      copies: 1,
      notes: null,
      formId: null,
    });
    expect(await h.service.edits.save('notice', 'wang-li', 1, edit)).toEqual({ status: 'queued' });

    const waiting = h.service.getNotice('unemployment-registration');
    expect(waiting?.pending).toBe(true);
    expect(waiting?.notice.version).toBe(1);
    expect(waiting?.notice.timeLimit).toEqual({ kind: 'working-days', days: 3 });
    expect(h.store.outbox.depth()).toBe(2); // the change and its audit entry
    expect(h.service.audit.list(1)[0]).toMatchObject({
      action: 'notice-saved',
      summary: 'materials, timeLimit (v1 → v2)',
      synced: false,
    });

    h.central.setOnline(true);
    h.time.advance(60_000); // past the outbox's backoff
    const replay = await h.replayer.replayDue();
    expect(replay).toMatchObject({ delivered: 2, rejected: 0, interrupted: false });
    const after = h.service.getNotice('unemployment-registration');
    expect(after).toMatchObject({
      pending: false,
      notice: { version: 2, timeLimit: { kind: 'working-days', days: 3 } },
    });
    expect(h.central.items.get('notice:unemployment-registration')?.version).toBe(2);
    expect(h.service.audit.list(100).every((e) => e.synced)).toBe(true);
  });

  it('refuses an invalid draft without keeping or queueing anything', async () => {
    h = await staffHarness();
    const bad = unemploymentNotice();
    bad.serviceId = 'no-such-service';
    const result = await h.service.edits.save('notice', 'wang-li', 0, bad);
    expect(result).toEqual({
      status: 'invalid',
      issues: [{ path: ['serviceId'], code: 'unknown-service', limit: null }],
    });
    expect(h.store.outbox.depth()).toBe(0);
    expect(h.store.content.getNotice('unemployment-registration')).toEqual({ item: null, pending: null });
  });

  it('removes a notice: gone centrally and on the kiosk', async () => {
    h = await withSavedNotice();
    expect(await h.service.edits.remove('notice', 'wang-li', 'unemployment-registration', 1)).toEqual({
      status: 'saved',
      version: 2,
    });
    expect(h.central.items.has('notice:unemployment-registration')).toBe(false);
    expect(h.store.content.getNotice('unemployment-registration')).toEqual({ item: null, pending: null });
    expect(auditOf(h)).toContain('notice-removed unemployment-registration removed (v1)');
  });
});

describe('conflicts', () => {
  /** wang-li edits v1 offline while the back office changes the phone number (v2). */
  async function conflicted() {
    const x = await withSavedNotice();
    x.central.setOnline(false);
    const mine = unemploymentNotice();
    mine.fee = {
      kind: 'charged',
      amount: { 'zh-CN': '10元', en: 'CNY 10' },
      basis: { 'zh-CN': '沪价费', en: 'Price rule' },
    };
    expect(await x.service.edits.save('notice', 'wang-li', 1, mine)).toEqual({ status: 'queued' });
    x.central.editElsewhere('notice', 'unemployment-registration', { consultationPhone: '021-87654321' });
    x.central.setOnline(true);
    x.time.advance(60_000);
    await x.replayer.replayDue();
    return x;
  }

  it('keeps both versions, shows theirs to residents, never retries the change', async () => {
    h = await conflicted();
    const [conflict, ...more] = h.service.edits.openConflicts();
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      kind: 'notice',
      itemId: 'unemployment-registration',
      staffId: 'wang-li',
      baseVersion: 1,
      mine: { fee: { kind: 'charged' }, consultationPhone: '021-12345678' },
      theirs: { version: 2, fee: { kind: 'free' }, consultationPhone: '021-87654321' },
    });
    const shown = h.store.content.getNotice('unemployment-registration');
    expect(shown.pending).toBeNull();
    expect(shown.item).toMatchObject({
      version: 2,
      consultationPhone: '021-87654321',
      fee: { kind: 'free' },
    });
    expect(h.store.outbox.depth()).toBe(0);
    expect(h.store.outbox.rejected(10)).toEqual([]);
    expect(auditOf(h).at(-1)).toMatch(
      /^conflict-detected unemployment-registration change based on v1 met another: now v2/,
    );
  });

  it('a save that meets a conflict while online answers with the conflict id', async () => {
    h = await withSavedNotice();
    h.central.editElsewhere('notice', 'unemployment-registration', { complaintPhone: '12340' });
    const result = await h.service.edits.save('notice', 'wang-li', 1, unemploymentNotice());
    expect(result.status).toBe('conflict');
    expect(h.service.edits.openConflicts().map((c) => c.id)).toEqual([
      result.status === 'conflict' ? result.conflictId : '',
    ]);
  });

  it('resolved keeping mine: my change goes again on top of theirs', async () => {
    h = await conflicted();
    const [conflict] = h.service.edits.openConflicts();
    const result = await h.service.edits.resolveConflict('zhao-min', conflict?.id ?? '', 'mine');
    expect(result).toEqual({ status: 'saved', version: 3 });
    const central = h.central.items.get('notice:unemployment-registration') as unknown as Notice;
    expect(central.fee.kind).toBe('charged');
    expect(central.updatedBy).toBe('zhao-min');
    expect(h.service.edits.openConflicts()).toEqual([]);
    expect(auditOf(h).slice(-2)).toEqual([
      'notice-saved unemployment-registration consultationPhone, fee (v2 → v3)',
      "conflict-resolved unemployment-registration kept this kiosk's change over the central version (v2)",
    ]);
  });

  it('resolved keeping theirs: my change is dropped, theirs stays', async () => {
    h = await conflicted();
    const [conflict] = h.service.edits.openConflicts();
    const result = await h.service.edits.resolveConflict('wang-li', conflict?.id ?? '', 'theirs');
    expect(result).toEqual({ status: 'saved', version: 2 });
    expect(h.central.items.get('notice:unemployment-registration')?.version).toBe(2);
    expect(h.store.content.getNotice('unemployment-registration').item?.fee).toEqual({ kind: 'free' });
    expect(h.service.edits.openConflicts()).toEqual([]);
    expect(auditOf(h).at(-1)).toContain(
      'conflict-resolved unemployment-registration kept the central version (v2)',
    );
    // Settled once: a second resolve is refused.
    expect((await h.service.edits.resolveConflict('wang-li', conflict?.id ?? '', 'mine')).status).toBe(
      'invalid',
    );
  });
});

describe('hand-over repeated after a crash (before the outbox marked it delivered)', () => {
  it('changes nothing a second time: one version, one conflict, one audit entry', async () => {
    h = await withSavedNotice();
    h.central.setOnline(false);
    const edit = unemploymentNotice();
    edit.complaintPhone = '12345-1';
    await h.service.edits.save('notice', 'wang-li', 1, edit);
    const item = h.store.outbox.head();
    const put = h.outbox.handlers['content.put'];
    if (item?.kind !== 'content.put' || !put) throw new Error('expected the queued change first');
    h.central.setOnline(true);
    h.central.editElsewhere('notice', 'unemployment-registration', { complaintPhone: '12345-2' });
    await put(item);
    await put(item);
    expect(h.service.edits.openConflicts()).toHaveLength(1);
    expect(h.service.audit.list(100).filter((e) => e.action === 'conflict-detected')).toHaveLength(1);
    expect(h.central.items.get('notice:unemployment-registration')?.version).toBe(2);
  });
});

describe('announcements', () => {
  it('saved, listed for staff, removed', async () => {
    h = await staffHarness();
    expect(await h.service.edits.save('announcement', 'zhao-min', 0, windowClosedAnnouncement())).toEqual({
      status: 'saved',
      version: 1,
    });
    expect(h.service.listAnnouncements().map((a) => [a.id, a.version, a.updatedBy])).toEqual([
      ['window-3-closed', 1, 'zhao-min'],
    ]);
    expect(await h.service.edits.remove('announcement', 'zhao-min', 'window-3-closed', 1)).toMatchObject({
      status: 'saved',
    });
    expect(h.service.listAnnouncements()).toEqual([]);
    expect(auditOf(h)).toEqual([
      'announcement-saved window-3-closed created (v1)',
      'announcement-removed window-3-closed removed (v1)',
    ]);
  });
});
