// A notice or announcement created on the kiosk while the central API is away: staff can reopen
// it (it is shown at v1, the version it will get), a second save while the first still waits is
// queued on top of it, and when the central API is back exactly one item exists there, with the
// last content; the audit log has one entry per save. Real central API (HTTP + SQLite) going away
// and coming back; real kiosk store and outbox replayer.
import { afterEach, describe, expect, it } from 'vitest';
import type { NoticeContent } from '../../../electron/notice-model';
import { CentralApiError } from '../../../electron/services/central';
import type { StaffCentral } from '../../../electron/services/staff/ports';
import { type ReferenceCentral, referenceCentral } from './support/central-server';
import { unemploymentNotice, windowClosedAnnouncement } from './support/drafts';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
let central: ReferenceCentral | null = null;
afterEach(async () => {
  h?.cleanup();
  h = null;
  await central?.close();
  central = null;
});

const ID = 'residence-registration-newborn';
/** A new notice for a service the central catalog has. */
function newNotice(): NoticeContent {
  return { ...unemploymentNotice(), id: ID, serviceId: 'family-planning', area: 'family-planning' };
}

const auditOf = (x: StaffHarness, target: string) =>
  x.service.audit
    .list(100)
    .reverse()
    .filter((e) => e.target === target)
    .map((e) => `${e.action} ${e.summary}`);

async function backOnline(x: StaffHarness, c: ReferenceCentral) {
  await c.restart();
  x.time.advance(120_000); // past the outbox's backoff
  return x.replayer.replayDue();
}

describe('a notice created while the central API is away', () => {
  it('reopens from the pending change; a second save replaces it centrally: one item, last content', async () => {
    central = await referenceCentral();
    h = await staffHarness({ central: central.api, serviceIds: ['family-planning'] });
    await h.signIn();
    await central.stop();

    const first = newNotice();
    expect(await h.service.edits.save('notice', 'wang-li', 0, first)).toEqual({ status: 'queued' });

    // Reopened in the editor: the pending creation, at the version it will get.
    const reopened = h.service.getNotice(ID);
    expect(reopened).toMatchObject({ pending: true, notice: { id: ID, version: 1, updatedBy: null } });
    expect(reopened?.notice.title).toEqual(first.title);

    // Saved again from the reopened editor (v1), and once more from the same editor (it holds v1
    // after a queued creation, whatever is queued behind it).
    const second = { ...first, complaintPhone: '021-64870001' };
    expect(await h.service.edits.save('notice', 'wang-li', reopened?.notice.version ?? -1, second)).toEqual({
      status: 'queued',
    });
    const third = { ...second, timeLimit: { kind: 'working-days' as const, days: 4 } };
    expect(await h.service.edits.save('notice', 'zhao-min', 1, third)).toEqual({ status: 'queued' });
    expect(h.service.getNotice(ID)).toMatchObject({
      pending: true,
      notice: { version: 3, complaintPhone: '021-64870001', timeLimit: { days: 4 } },
    });

    const replay = await backOnline(h, central);
    expect(replay).toMatchObject({ rejected: 0, interrupted: false });
    const items = await central.items('notice', ID);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      version: 3,
      complaintPhone: '021-64870001',
      timeLimit: { kind: 'working-days', days: 4 },
      updatedBy: 'zhao-min',
    });
    expect(h.service.edits.openConflicts()).toEqual([]);
    expect(h.service.getNotice(ID)).toMatchObject({ pending: false, notice: { version: 3 } });
    expect(h.store.outbox.depth()).toBe(0);
    expect(h.store.outbox.rejected(10)).toEqual([]);

    // The audit log says what happened, and reached the central one.
    expect(auditOf(h, ID)).toEqual([
      'notice-saved created (v1)',
      'notice-saved complaintPhone (v1 → v2); made on top of a change still waiting to be delivered',
      'notice-saved timeLimit (v2 → v3); made on top of a change still waiting to be delivered',
    ]);
    expect(h.service.audit.list(100).every((e) => e.synced)).toBe(true);
    const centralLog = await central.api.listAudit({ limit: 500 });
    const ids = new Set(h.service.audit.list(100).map((e) => e.id));
    expect(centralLog.filter((e) => ids.has(e.id) && e.target === ID)).toHaveLength(3);
  });

  it('a first save that reached the central API unseen (timeout) is not sent as another create', async () => {
    central = await referenceCentral();
    const real = central.api;
    let dropAnswers = 1;
    // The first PUT is taken centrally, but its answer is lost on the way back.
    const lossy: StaffCentral = {
      ...real,
      async putNotice(write) {
        const answer = await real.putNotice(write);
        if (dropAnswers-- > 0) throw new CentralApiError('timeout', 'putNotice: no answer in 5000 ms');
        return answer;
      },
    };
    h = await staffHarness({ central: lossy, serviceIds: ['family-planning'] });
    await h.signIn();
    expect(await h.service.edits.save('notice', 'wang-li', 0, newNotice())).toEqual({ status: 'queued' });
    expect(await central.items('notice', ID)).toHaveLength(1); // it did arrive

    const again = { ...newNotice(), complaintPhone: '021-64870002' };
    // The first waits for its retry; the second goes behind it.
    expect(await h.service.edits.save('notice', 'wang-li', 1, again)).toEqual({ status: 'queued' });
    h.time.advance(120_000);
    expect(await h.replayer.replayDue()).toMatchObject({ rejected: 0, interrupted: false });
    const items = await central.items('notice', ID);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ version: 2, complaintPhone: '021-64870002' });
    expect(h.service.edits.openConflicts()).toEqual([]);
  });
});

describe('an announcement created while the central API is away', () => {
  it('is listed for staff meanwhile; saved again, one announcement centrally with the last text', async () => {
    central = await referenceCentral();
    h = await staffHarness({ central: central.api });
    await h.signIn();
    await central.stop();
    const draft = windowClosedAnnouncement();
    expect(await h.service.edits.save('announcement', 'zhao-min', 0, draft)).toEqual({ status: 'queued' });
    const listed = h.service.listAnnouncements().find((a) => a.id === draft.id);
    expect(listed).toMatchObject({ version: 1, text: draft.text });

    const later = {
      ...draft,
      text: { 'zh-CN': '3 号窗口今天全天暂停服务', en: 'Window 3 is closed all day' },
    };
    expect(await h.service.edits.save('announcement', 'zhao-min', listed?.version ?? -1, later)).toEqual({
      status: 'queued',
    });
    expect(await backOnline(h, central)).toMatchObject({ rejected: 0, interrupted: false });
    const items = await central.items('announcement', draft.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ version: 2, text: later.text, updatedBy: 'zhao-min' });
    expect(h.service.listAnnouncements().find((a) => a.id === draft.id)).toMatchObject({ version: 2 });
    expect(auditOf(h, draft.id)).toEqual([
      'announcement-saved created (v1)',
      'announcement-saved text (v1 → v2); made on top of a change still waiting to be delivered',
    ]);
  });
});
