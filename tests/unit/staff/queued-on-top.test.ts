// A change queued on top of another that is still waiting goes on the base the first one leaves:
// over a conflict the first met it is never sent (it joins that conflict with the latest content),
// after a refusal of the first it goes on the first one's own base.
import { afterEach, expect, it } from 'vitest';
import type { NoticeContent } from '../../../electron/notice-model';
import { type ReferenceCentral, referenceCentral } from './support/central-server';
import { unemploymentNotice } from './support/drafts';
import { type StaffHarness, staffHarness } from './support/harness';

let h: StaffHarness | null = null;
let central: ReferenceCentral | null = null;
afterEach(async () => {
  h?.cleanup();
  h = null;
  await central?.close();
  central = null;
});

const ID = 'unemployment-registration';
/** Not among the central API's fixture notices. */
const NEW_ID = 'unemployment-insurance-claim';

it('over a conflict of the first change: not sent, one conflict shown with the latest content', async () => {
  h = await staffHarness();
  await h.signIn();
  h.central.setOnline(false);
  const first = unemploymentNotice();
  expect(await h.service.edits.save('notice', 'wang-li', 0, first)).toEqual({ status: 'queued' });
  const second: NoticeContent = { ...first, complaintPhone: '021-11112222' };
  expect(await h.service.edits.save('notice', 'wang-li', 1, second)).toEqual({ status: 'queued' });

  // Meanwhile the back office created a notice with the same id (its v1).
  const theirs = {
    ...first,
    id: ID,
    consultationPhone: '021-99990000',
    version: 1,
    updatedBy: 'back-office',
  };
  h.central.items.set(`notice:${ID}`, { ...theirs, updatedAt: '2026-11-26T01:00:00.000Z' });
  h.central.setOnline(true);
  h.time.advance(120_000);
  expect(await h.replayer.replayDue()).toMatchObject({ rejected: 0, interrupted: false });

  // The second change was based on v1 like theirs: sent, it would have overwritten theirs unseen.
  expect(h.central.calls.filter((c) => c === 'putNotice')).toHaveLength(1);
  expect(h.central.items.get(`notice:${ID}`)).toMatchObject({
    version: 1,
    consultationPhone: '021-99990000',
  });
  const open = h.service.edits.openConflicts();
  expect(open).toHaveLength(1);
  expect(open[0]).toMatchObject({
    itemId: ID,
    mine: { complaintPhone: '021-11112222' },
    theirs: { version: 1 },
  });
  expect(h.store.content.getNotice(ID).pending).toBeNull();

  // Keeping mine sends the latest content over theirs.
  expect(await h.service.edits.resolveConflict('wang-li', open[0]?.id ?? '', 'mine')).toEqual({
    status: 'saved',
    version: 2,
  });
  expect(h.central.items.get(`notice:${ID}`)).toMatchObject({ version: 2, complaintPhone: '021-11112222' });
  expect(h.service.edits.openConflicts()).toEqual([]);
  expect(h.store.staff.openConflicts()).toEqual([]);
  expect(
    h.service.audit
      .list(100)
      .filter((e) => e.action === 'conflict-detected')
      .map((e) => e.summary),
  ).toEqual([
    'change based on v1 met another: now v1 centrally; both kept for staff; replaces the conflict of the change it was made on top of',
    'change based on v0 met another: now v1 centrally; both kept for staff',
  ]);
});

it('after a refusal of the first change: sent on its base, so the corrected one is created', async () => {
  central = await referenceCentral();
  // The kiosk's catalog still lists "employment"; the central API no longer has it.
  h = await staffHarness({ central: central.api, serviceIds: ['employment', 'family-planning'] });
  await h.signIn();
  await central.stop();
  const wrong: NoticeContent = { ...unemploymentNotice(), id: NEW_ID };
  expect(await h.service.edits.save('notice', 'wang-li', 0, wrong)).toEqual({ status: 'queued' });
  const fixed: NoticeContent = { ...wrong, serviceId: 'family-planning', area: 'family-planning' };
  expect(await h.service.edits.save('notice', 'wang-li', 1, fixed)).toEqual({ status: 'queued' });

  await central.restart();
  h.time.advance(120_000);
  expect(await h.replayer.replayDue()).toMatchObject({ rejected: 1, interrupted: false });
  const items = await central.items('notice', NEW_ID);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ version: 1, serviceId: 'family-planning' });
  expect(h.service.edits.openConflicts()).toEqual([]);
  expect(h.service.getNotice(NEW_ID)).toMatchObject({ pending: false, notice: { version: 1 } });
});
