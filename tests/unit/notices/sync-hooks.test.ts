// The sync service's hooks for the staff side: outbox kinds of other services handed to their own
// handlers (one by one, or in batches) in the same pass as the tickets, with the notices' store
// methods a staff edit goes through (pending change shown, then the central answer applied).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notice, NoticeContent } from '../../../electron/notice-model';
import type { OutboxItem } from '../../../electron/services/store';
import { type ContentRig, KIOSK_ID, startContentRig } from './support/central-content-rig';

const EDIT_KIND = 'test.notice-edit';
const AUDIT_KIND = 'test.audit';
let rig: ContentRig;
const batches: string[][] = [];

beforeAll(async () => {
  rig = await startContentRig({
    outboxHandlers: {
      // What the staff helper's handler does with a notice edit: PUT it, store the answer, clear it.
      async [EDIT_KIND](item: OutboxItem) {
        const edit = item.payload as { changeId: string; baseVersion: number; content: NoticeContent };
        const result = await rig.direct.putNotice({
          id: edit.content.id,
          baseVersion: edit.baseVersion,
          changeId: edit.changeId,
          editedBy: 'staff-1',
          kioskId: KIOSK_ID,
          content: edit.content,
        });
        if (result.status !== 'saved') throw new Error('conflict');
        rig.store.content.applyCentralItem('notice', Notice.parse(result.item));
        rig.store.content.clearLocalChange('notice', edit.content.id, edit.changeId);
      },
    },
    outboxBatchHandlers: {
      async [AUDIT_KIND](items: OutboxItem[]) {
        batches.push(items.map((i) => i.clientId));
        return items.map(() => ({ status: 'delivered' as const }));
      },
    },
  });
  await rig.sync.syncNow();
}, 30_000);
afterAll(async () => {
  await rig?.close();
});

describe('sync service hooks for the staff side', () => {
  it('delivers other outbox kinds through their handlers, and residents see the edit throughout', async () => {
    const stored = rig.store.content.getNotice('residence-permit').item;
    if (!stored) throw new Error('the first sync did not bring residence-permit');
    const { version, updatedAt: _u, updatedBy: _b, ...current } = stored;
    const content = NoticeContent.parse({
      ...current,
      title: { 'zh-CN': '居住证（员工修改）', en: 'Edited by staff' },
    });
    const changeId = randomUUID();
    const at = rig.clock.now(); // the outbox is due by the rig's clock
    rig.store.transaction(() => {
      rig.store.content.setLocalChange({
        kind: 'notice',
        id: content.id,
        content,
        changeId,
        baseVersion: version,
      });
      rig.store.outbox.enqueue({
        clientId: changeId,
        kind: EDIT_KIND,
        payload: { changeId, baseVersion: version, content },
        createdAt: at,
      });
      rig.store.outbox.enqueue({ clientId: randomUUID(), kind: AUDIT_KIND, payload: {}, createdAt: at });
      rig.store.outbox.enqueue({ clientId: randomUUID(), kind: AUDIT_KIND, payload: {}, createdAt: at });
    });
    // Pending: shown to residents before the central API has it.
    expect(rig.notices.get('residence-permit').notice.title.en).toBe('Edited by staff');

    const report = await rig.sync.syncNow();
    expect(rig.store.outbox.head()).toBeNull();
    expect(report.replay).toMatchObject({ delivered: 3, rejected: 0, interrupted: false });
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(2);
    expect(rig.store.outbox.depth()).toBe(0);
    const after = rig.store.content.getNotice('residence-permit');
    expect(after.pending).toBeNull();
    expect(after.item).toMatchObject({ version: version + 1, title: { en: 'Edited by staff' } });
    expect(rig.notices.get('residence-permit').notice).toMatchObject({ version: version + 1 });

    // The next pass brings the same change back through the feed: nothing breaks, nothing doubles.
    const again = await rig.contentSync.syncContent();
    expect(again.rejected).toBe(0);
    expect(rig.notices.list().notices.filter((n) => n.id === 'residence-permit')).toHaveLength(1);
  });
});
