// Test material for the notices service: notices built from the real fixtures, a small in-memory
// change feed of the central API (contentChanges + listForms only: the unit tests' fake port), a
// guard that simply calls, and a recording NoticeDocuments.
import { readFileSync } from 'node:fs';
import type { Locale, NoticeView } from '../../../../electron/api';
import { type Announcement, type Notice, NoticeContent } from '../../../../electron/notice-model';
import type { Form } from '../../../../electron/services/central';
import type { NoticeDocuments } from '../../../../electron/services/notices/notice-documents';

const FIXTURE = new URL('../../../../fixtures/notices/residence-permit.json', import.meta.url);

/** A complete, valid notice (the residence-permit fixture) under another id and title. */
export function sampleNotice(id: string, over: Partial<Notice> = {}): Notice {
  const content = NoticeContent.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  return {
    ...content,
    id,
    title: { 'zh-CN': `${content.title['zh-CN']}（${id}）`, en: `${content.title.en} (${id})` },
    version: 1,
    updatedAt: '2026-03-01T08:00:00.000Z',
    updatedBy: null,
    ...over,
  };
}

export function sampleAnnouncement(id: string, over: Partial<Announcement> = {}): Announcement {
  return {
    id,
    priority: 'normal',
    text: { 'zh-CN': `公告 ${id}`, en: `Announcement ${id}` },
    startsAt: '2026-03-02T00:00:00.000Z',
    endsAt: '2026-03-03T00:00:00.000Z',
    version: 1,
    updatedAt: '2026-03-01T08:00:00.000Z',
    updatedBy: null,
    ...over,
  };
}

type Kind = 'notice' | 'announcement';
interface Entry {
  seq: number;
  kind: Kind;
  id: string;
  removed: boolean;
  item: unknown;
}

/** The central API's change feed in memory: latest state per item, numbered by a global seq. */
export function fakeFeed() {
  const entries = new Map<string, Entry>();
  let seq = 0;
  const calls: Array<{ since: number; limit?: number }> = [];
  let failNext = 0;
  const forms: Form[] = [];
  return {
    calls,
    forms,
    /** `id` defaults to the item's own (a different one makes a feed entry that contradicts its item). */
    put(kind: Kind, item: { id: string; [key: string]: unknown }, id = item.id) {
      entries.set(`${kind}:${id}`, { seq: ++seq, kind, id, removed: false, item });
    },
    remove(kind: Kind, id: string) {
      entries.set(`${kind}:${id}`, { seq: ++seq, kind, id, removed: true, item: null });
    },
    /** The next n calls throw as an unreachable central API would. */
    failCalls(n: number) {
      failNext = n;
    },
    central: {
      async contentChanges(input: { since: number; limit?: number }) {
        calls.push(input);
        if (failNext > 0) {
          failNext--;
          throw new Error('connect ECONNREFUSED 127.0.0.1');
        }
        const limit = input.limit ?? 500;
        const newer = [...entries.values()].filter((e) => e.seq > input.since).sort((a, b) => a.seq - b.seq);
        const changes = newer.slice(0, limit);
        return {
          changes,
          cursor: changes.at(-1)?.seq ?? input.since,
          more: newer.length > limit,
        };
      },
      async listForms() {
        return forms;
      },
    },
  };
}

export const passThroughGuard = { backgroundCall: <T>(run: () => Promise<T>) => run() };

export function recordingDocuments() {
  const calls: Array<{ op: string; id: string; locale?: Locale; title?: string }> = [];
  const documents: NoticeDocuments = {
    async printSlip(view: NoticeView, locale: Locale) {
      calls.push({ op: 'printSlip', id: view.id, locale });
      return { status: 'printed' };
    },
    async renderPdf(view: NoticeView, locale: Locale) {
      calls.push({ op: 'renderPdf', id: view.id, locale });
      return Buffer.from(`%PDF ${view.id} ${locale}`);
    },
    async previewPages(pdf: Buffer) {
      calls.push({ op: 'previewPages', id: pdf.toString().split(' ')[1] ?? '' });
      return ['data:image/png;base64,AAAA'];
    },
    async printA4(pdf: Buffer, title: string) {
      calls.push({ op: 'printA4', id: pdf.toString().split(' ')[1] ?? '', title });
      return { status: 'printed', jobId: 'job-1' };
    },
  };
  return { documents, calls };
}
