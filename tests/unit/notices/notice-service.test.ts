// The residents' side of notices over a real SQLite cache: list with freshness, search, a notice
// ready to read, announcements showing now, printing through the documents port, and the KioskApi
// procedures (NOTICE_NOT_FOUND) called through oRPC.
import { call, ORPCError } from '@orpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../electron/services/clock';
import { kioskImplementer } from '../../../electron/services/kiosk-implementer';
import { FORMS_CACHE_KEY } from '../../../electron/services/notices/content-sync';
import { createNoticeProcedures } from '../../../electron/services/notices/notice-procedures';
import { createNoticeService, type NoticeService } from '../../../electron/services/notices/notice-service';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { tempDbDir } from '../store/support/temp-db';
import { recordingDocuments, sampleAnnouncement, sampleNotice } from './support/content-fakes';

let tmp: ReturnType<typeof tempDbDir>;
let store: KioskStore;
let service: NoticeService;
let docs: ReturnType<typeof recordingDocuments>;
let now = new Date('2026-03-02T12:00:00.000Z');
const clock: Clock = { now: () => now };

beforeEach(() => {
  tmp = tempDbDir();
  store = openStore(tmp.dbPath);
  docs = recordingDocuments();
  now = new Date('2026-03-02T12:00:00.000Z');
  service = createNoticeService({
    store,
    clock,
    documents: docs.documents,
    publicUrl: 'http://127.0.0.1:8080/',
    serviceName: (id) =>
      id === 'residence-permit' ? { 'zh-CN': '居住证办理', en: 'Residence permits' } : undefined,
  });
  store.content.applyPage({
    notices: [
      sampleNotice('residence-permit'),
      sampleNotice('pension', {
        area: 'labour-social-security',
        serviceId: 'pension',
        title: { 'zh-CN': '养老保险待遇申领', en: 'Claiming a pension' },
      }),
    ],
    announcements: [],
    removed: [],
    cursor: 2,
  });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('notice service', () => {
  it('lists summaries with freshness: never synced, synced, then offline as of the last success', () => {
    expect(service.list()).toMatchObject({ asOf: null, offline: false });
    expect(
      service
        .list()
        .notices.map((n) => n.id)
        .sort(),
    ).toEqual(['pension', 'residence-permit']);
    store.content.recordSyncAttempt('2026-03-02T11:00:00Z', { ok: true });
    store.content.recordSyncAttempt('2026-03-02T11:05:00Z', { ok: false, error: 'timeout' });
    expect(service.list()).toMatchObject({ asOf: '2026-03-02T11:00:00.000Z', offline: true });
    expect(service.list().notices.find((n) => n.id === 'pension')).toEqual({
      id: 'pension',
      serviceId: 'pension',
      area: 'labour-social-security',
      title: { 'zh-CN': '养老保险待遇申领', en: 'Claiming a pension' },
      updatedAt: '2026-03-01T08:00:00.000Z',
    });
  });

  it('searches titles and content, in Chinese, pinyin, initials and English, and follows changes', () => {
    expect(service.search('养老').hits.map((h) => h.id)).toEqual(['pension']);
    expect(service.search('yanglao').hits[0]).toMatchObject({ id: 'pension', matchedBy: 'pinyin' });
    expect(service.search('ylbx').hits[0]).toMatchObject({ id: 'pension', matchedBy: 'initials' });
    expect(service.search('pension').hits[0]).toMatchObject({ id: 'pension', matchedBy: 'english' });
    // Content only (the residence-permit fixture's eligibility text), both notices carry it.
    expect(service.search('居住登记').hits).toHaveLength(2);
    store.content.applyPage({
      notices: [],
      announcements: [],
      removed: [{ kind: 'notice', id: 'pension' }],
      cursor: 3,
    });
    expect(service.search('养老').hits).toEqual([]);
    expect(service.list().notices.map((n) => n.id)).toEqual(['residence-permit']);
    expect(() => service.get('pension')).toThrow(/no notice pension/);
  });

  it('re-reads only the notices that changed, and warms the list and index ahead of residents', async () => {
    const reads: string[] = [];
    const getNotice = store.content.getNotice;
    store.content.getNotice = (id) => {
      reads.push(id);
      return getNotice(id);
    };
    const many = Array.from({ length: 120 }, (_, i) => sampleNotice(`extra-${i}`));
    store.content.applyPage({ notices: many, announcements: [], removed: [], cursor: 3 });
    await service.warmUp();
    expect(reads).toHaveLength(122);
    expect(service.list().notices).toHaveLength(122);
    expect(service.search('居住证').hits).toHaveLength(20);
    expect(reads).toHaveLength(122); // served from memory after the warm-up

    store.content.applyPage({
      notices: [sampleNotice('extra-7', { version: 2, title: { 'zh-CN': '敬老卡申领', en: 'Senior card' } })],
      announcements: [],
      removed: [{ kind: 'notice', id: 'extra-8' }],
      cursor: 4,
    });
    expect(service.search('敬老卡').hits.map((h) => h.id)).toEqual(['extra-7']);
    expect(reads.slice(122)).toEqual(['extra-7']);
    expect(service.list().notices.map((n) => n.id)).not.toContain('extra-8');
    store.content.setLocalChange({
      kind: 'notice',
      id: 'extra-9',
      content: null,
      changeId: 'c9',
      baseVersion: 1,
    });
    expect(service.list().notices).toHaveLength(120);
    expect(reads.slice(123)).toEqual(['extra-9']);
  });

  it('returns at most 20 hits', () => {
    const many = Array.from({ length: 30 }, (_, i) => sampleNotice(`extra-${i}`));
    store.content.applyPage({ notices: many, announcements: [], removed: [], cursor: 40 });
    expect(service.search('居住证').hits).toHaveLength(20);
  });

  it('gives a notice ready to read: rich text, service name, forms, ASCII online URL', () => {
    store.cache.put(
      FORMS_CACHE_KEY,
      [
        {
          id: 'residence-form',
          title: { 'zh-CN': '居住证申请表', en: 'Residence permit form' },
          description: { 'zh-CN': '说明', en: 'About' },
          fields: [{ key: 'name', label: { 'zh-CN': '姓名', en: 'Name' }, type: 'text', required: true }],
        },
      ],
      now,
    );
    store.content.applyPage({
      notices: [
        sampleNotice('residence-permit', { version: 2, formIds: ['residence-form', 'unknown-form'] }),
      ],
      announcements: [],
      removed: [],
      cursor: 3,
    });
    const { notice } = service.get('residence-permit');
    expect(notice.serviceName).toEqual({ 'zh-CN': '居住证办理', en: 'Residence permits' });
    expect(notice.forms).toEqual([
      { id: 'residence-form', title: { 'zh-CN': '居住证申请表', en: 'Residence permit form' } },
    ]);
    expect(notice.onlineUrl).toBe('http://127.0.0.1:8080/n/residence-permit');
    expect(notice.version).toBe(2);
    // The fixture's eligibility is a paragraph then a list with a nested list.
    expect(notice.eligibility['zh-CN'].map((b) => b.type)).toContain('list');
    expect(service.get('pension').notice.serviceName).toEqual({
      'zh-CN': '养老保险待遇申领',
      en: 'Claiming a pension',
    });
  });

  it('keeps hostile text as text', () => {
    const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>';
    store.content.applyPage({
      notices: [sampleNotice('pension', { eligibility: { 'zh-CN': hostile, en: hostile } })],
      announcements: [],
      removed: [],
      cursor: 3,
    });
    const rich = service.get('pension').notice.eligibility['zh-CN'];
    const text = JSON.stringify(rich);
    expect(rich).toHaveLength(1);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('javascript:alert(1)');
    expect(text).not.toMatch(/"href"|"html"/);
  });

  it('shows a pending staff change instead of the synced version, and hides a pending removal', () => {
    const edited = {
      ...sampleNotice('pension'),
      title: { 'zh-CN': '养老金（已修改）', en: 'Pension (edited)' },
    };
    const { version: _v, updatedAt: _u, updatedBy: _b, ...content } = edited;
    store.content.setLocalChange({ kind: 'notice', id: 'pension', content, changeId: 'c1', baseVersion: 1 });
    expect(service.get('pension').notice.title['zh-CN']).toBe('养老金（已修改）');
    expect(service.search('已修改').hits.map((h) => h.id)).toEqual(['pension']);
    store.content.setLocalChange({
      kind: 'notice',
      id: 'residence-permit',
      content: null,
      changeId: 'c2',
      baseVersion: 1,
    });
    expect(service.list().notices.map((n) => n.id)).toEqual(['pension']);
    store.content.clearLocalChange('notice', 'residence-permit', 'c2');
    expect(service.list().notices).toHaveLength(2);
  });

  it('shows announcements between their start and end, most urgent first, then newest start', () => {
    const a = (id: string, priority: 'normal' | 'important' | 'urgent', startsAt: string, endsAt: string) =>
      sampleAnnouncement(id, { priority, startsAt, endsAt });
    store.content.applyPage({
      notices: [],
      announcements: [
        a('old-normal', 'normal', '2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z'),
        a('new-normal', 'normal', '2026-03-02T08:00:00Z', '2026-03-05T00:00:00Z'),
        a('urgent', 'urgent', '2026-03-02T11:00:00Z', '2026-03-02T13:00:00Z'),
        a('important', 'important', '2026-03-02T09:00:00Z', '2026-03-02T18:00:00Z'),
        a('future', 'urgent', '2026-03-02T13:00:00Z', '2026-03-03T00:00:00Z'),
        a('past', 'urgent', '2026-03-01T00:00:00Z', '2026-03-02T12:00:00Z'),
      ],
      removed: [],
      cursor: 9,
    });
    const ids = () => service.currentAnnouncements().announcements.map((x) => x.id);
    expect(ids()).toEqual(['urgent', 'important', 'new-normal', 'old-normal']);
    now = new Date('2026-03-02T14:00:00.000Z');
    expect(ids()).toEqual(['future', 'important', 'new-normal', 'old-normal']);
    expect(service.currentAnnouncements().announcements[0]?.text['zh-CN']).toEqual([
      { type: 'paragraph', inlines: [{ text: '公告 future' }] },
    ]);
  });

  it('prints the slip and the A4 PDF of the notice through the documents port', async () => {
    expect(await service.printSlip('pension', 'zh-CN')).toEqual({ status: 'printed' });
    expect(await service.previewA4('pension', 'en')).toEqual({ pages: ['data:image/png;base64,AAAA'] });
    expect(await service.printA4('pension', 'en')).toEqual({ status: 'printed', jobId: 'job-1' });
    expect(docs.calls).toEqual([
      { op: 'printSlip', id: 'pension', locale: 'zh-CN' },
      { op: 'renderPdf', id: 'pension', locale: 'en' },
      { op: 'previewPages', id: 'pension' },
      { op: 'renderPdf', id: 'pension', locale: 'en' },
      { op: 'printA4', id: 'pension', title: 'Claiming a pension' },
    ]);
    await expect(service.printSlip('nope', 'en')).rejects.toThrow(/no notice nope/);
  });
});

describe('notice procedures', () => {
  it('answer through the KioskApi contract, and NOTICE_NOT_FOUND for a missing notice', async () => {
    const procedures = createNoticeProcedures(kioskImplementer(), { service });
    const list = await call(procedures.notices.list, undefined);
    expect(list.notices).toHaveLength(2);
    const got = await call(procedures.notices.get, { id: 'pension' });
    expect(got.notice.title.en).toBe('Claiming a pension');
    for (const attempt of [
      () => call(procedures.notices.get, { id: 'no-such-notice' }),
      () => call(procedures.notices.printA4, { id: 'no-such-notice', locale: 'en' }),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ORPCError);
      expect(error).toMatchObject({ code: 'NOTICE_NOT_FOUND', status: 404 });
    }
    expect((await call(procedures.notices.search, { query: 'yanglao' })).hits[0]?.id).toBe('pension');
    expect((await call(procedures.announcements.current, undefined)).announcements).toEqual([]);
  });
});
