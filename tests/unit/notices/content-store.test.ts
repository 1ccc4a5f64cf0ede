// The content cache in a real SQLite file: a page of the feed and its cursor land together or not
// at all, pending staff changes, central answers after a PUT.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { tempDbDir } from '../store/support/temp-db';
import { sampleAnnouncement, sampleNotice } from './support/content-fakes';

let tmp: ReturnType<typeof tempDbDir>;
let store: KioskStore;

beforeEach(() => {
  tmp = tempDbDir();
  store = openStore(tmp.dbPath);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('content store', () => {
  it('applies a page of the feed with its cursor, and keeps both across a restart', () => {
    expect(store.content.syncState()).toMatchObject({ cursor: 0, lastSuccessAt: null, lastAttemptOk: null });
    store.content.applyPage({
      notices: [sampleNotice('notice-a'), sampleNotice('notice-b')],
      announcements: [sampleAnnouncement('window-3')],
      removed: [],
      cursor: 3,
    });
    store.close();
    store = openStore(tmp.dbPath);
    expect(store.content.syncState().cursor).toBe(3);
    expect(store.content.listNotices().map((n) => n.id)).toEqual(['notice-a', 'notice-b']);
    expect(store.content.getAnnouncement('window-3').item?.text['zh-CN']).toBe('公告 window-3');
  });

  it('leaves data and cursor as they were when a page fails midway (one transaction)', () => {
    store.content.applyPage({
      notices: [sampleNotice('notice-a')],
      announcements: [],
      removed: [],
      cursor: 1,
    });
    const revision = store.content.revision();
    // The announcement breaks a CHECK constraint after the notice of the same page was written.
    const bad = { ...sampleAnnouncement('bad'), priority: 'bogus' } as unknown as ReturnType<
      typeof sampleAnnouncement
    >;
    expect(() =>
      store.content.applyPage({
        notices: [sampleNotice('notice-a', { version: 2, title: { 'zh-CN': '新标题', en: 'New' } })],
        announcements: [bad],
        removed: [],
        cursor: 9,
      }),
    ).toThrow(/CHECK/);
    expect(store.content.syncState().cursor).toBe(1);
    expect(store.content.getNotice('notice-a').item?.version).toBe(1);
    expect(store.content.getAnnouncement('bad').item).toBeNull();
    expect(store.content.revision()).toBe(revision);
  });

  it('removes items named by the feed', () => {
    store.content.applyPage({
      notices: [sampleNotice('notice-a')],
      announcements: [],
      removed: [],
      cursor: 1,
    });
    store.content.applyPage({
      notices: [],
      announcements: [],
      removed: [{ kind: 'notice', id: 'notice-a' }],
      cursor: 2,
    });
    expect(store.content.getNotice('notice-a')).toEqual({ item: null, pending: null });
    expect(store.content.listNotices()).toEqual([]);
  });

  it('records sync attempts: success time, then a failure keeps the success time', () => {
    store.content.recordSyncAttempt('2026-03-02T01:00:00Z', { ok: true });
    store.content.recordSyncAttempt('2026-03-02T01:05:00Z', { ok: false, error: 'unreachable' });
    expect(store.content.syncState()).toEqual({
      cursor: 0,
      lastSuccessAt: '2026-03-02T01:00:00.000Z',
      lastAttemptAt: '2026-03-02T01:05:00.000Z',
      lastAttemptOk: false,
      lastError: 'unreachable',
    });
  });

  it('keeps one pending change per item, cleared only by its own change id', () => {
    store.content.applyPage({
      notices: [sampleNotice('notice-a')],
      announcements: [],
      removed: [],
      cursor: 1,
    });
    const edited = { ...sampleNotice('notice-a'), title: { 'zh-CN': '改', en: 'Edited' } };
    store.content.setLocalChange({
      kind: 'notice',
      id: 'notice-a',
      content: edited,
      changeId: 'c1',
      baseVersion: 1,
    });
    store.content.setLocalChange({
      kind: 'notice',
      id: 'notice-a',
      content: null,
      changeId: 'c2',
      baseVersion: 1,
    });
    expect(store.content.getNotice('notice-a').pending).toMatchObject({ changeId: 'c2', content: null });
    expect(store.content.clearLocalChange('notice', 'notice-a', 'c1')).toBe(false);
    expect(store.content.getNotice('notice-a').pending?.changeId).toBe('c2');
    expect(store.content.clearLocalChange('notice', 'notice-a', 'c2')).toBe(true);
    expect(store.content.getNotice('notice-a').pending).toBeNull();
  });

  it('lists an item that exists only as a pending creation', () => {
    const created = sampleAnnouncement('new-one');
    store.content.setLocalChange({
      kind: 'announcement',
      id: 'new-one',
      content: created,
      changeId: 'c1',
      baseVersion: 0,
    });
    const [only] = store.content.listAnnouncements();
    expect(only).toMatchObject({ id: 'new-one', item: null, pending: { changeId: 'c1', baseVersion: 0 } });
    expect(store.content.listNotices()).toEqual([]);
  });

  it('stores the central answer to a PUT, never replacing a newer version with an older one', () => {
    store.content.applyCentralItem('notice', sampleNotice('notice-a', { version: 3 }));
    store.content.applyCentralItem('notice', sampleNotice('notice-a', { version: 2, area: 'business' }));
    expect(store.content.getNotice('notice-a').item).toMatchObject({ version: 3, area: 'residence' });
    store.content.applyCentralItem('notice', sampleNotice('notice-a', { version: 4, area: 'business' }));
    expect(store.content.getNotice('notice-a').item).toMatchObject({ version: 4, area: 'business' });
    store.content.removeCentralItem('notice', 'notice-a');
    expect(store.content.getNotice('notice-a').item).toBeNull();
  });
});
