// Procedure notices and announcements for residents, served from the local cache (SQLite) with
// its freshness: list by area, search, read one, print it (thermal slip, A4) through the
// NoticeDocuments port. The sorted list and the search index follow the store's changes notice by
// notice (resident-notices.ts).
import type {
  A4PrintOutcome,
  AnnouncementView,
  ContentFreshness,
  Locale,
  NoticeSummary,
  NoticeView,
  PrintOutcome,
} from '../../api';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import { currentAnnouncements, toAnnouncementView } from './announcements';
import { cachedForms } from './content-sync';
import type { NoticeDocuments } from './notice-documents';
import { noticeSummary, toNoticeView } from './notice-view';
import { residentAnnouncement } from './resident-content';
import { createResidentNotices } from './resident-notices';
import type { MatchKind } from './search';

export const MAX_SEARCH_HITS = 20;

export class NoticeNotFoundError extends Error {
  readonly code = 'NOTICE_NOT_FOUND';
  constructor(readonly id: string) {
    super(`no notice ${id}`);
    this.name = 'NoticeNotFoundError';
  }
}

export interface NoticeServiceDeps {
  store: KioskStore;
  /** The queue service's name (the catalog cache): `catalog.service(id)?.name` fits. */
  serviceName(serviceId: string): { 'zh-CN': string; en: string } | undefined;
  documents: NoticeDocuments;
  clock: Clock;
  /** Base URL of the central API's public notice pages (the QR target). */
  publicUrl: string;
}

export interface NoticeService {
  list(): ContentFreshness & { notices: NoticeSummary[] };
  search(query: string): { hits: Array<NoticeSummary & { matchedBy: MatchKind }> };
  /** Throws NoticeNotFoundError. */
  get(id: string): ContentFreshness & { notice: NoticeView };
  currentAnnouncements(): ContentFreshness & { announcements: AnnouncementView[] };
  printSlip(id: string, locale: Locale): Promise<PrintOutcome>;
  previewA4(id: string, locale: Locale): Promise<{ pages: string[] }>;
  printA4(id: string, locale: Locale): Promise<A4PrintOutcome>;
  /**
   * Re-reads changed notices and indexes them for search in small slices (call after a sync that
   * changed content, and at boot), so that no resident's tap pays for it.
   */
  warmUp(): Promise<void>;
}

export function createNoticeService(deps: NoticeServiceDeps): NoticeService {
  const { store, documents, clock } = deps;
  const notices = createResidentNotices(store);

  function freshness(): ContentFreshness {
    const state = store.content.syncState();
    return { asOf: state.lastSuccessAt, offline: state.lastAttemptOk === false };
  }

  function view(id: string): NoticeView {
    const notice = notices.get(id);
    if (!notice) throw new NoticeNotFoundError(id);
    const forms = new Map(cachedForms(store).map((f) => [f.id, f.title]));
    return toNoticeView(notice, {
      serviceName: deps.serviceName,
      formTitle: (formId) => forms.get(formId),
      publicUrl: deps.publicUrl,
    });
  }

  return {
    list: () => ({ ...freshness(), notices: notices.list().map(noticeSummary) }),
    search(query) {
      const hits = notices.search(query, MAX_SEARCH_HITS).flatMap((hit) => {
        const n = notices.get(hit.id);
        return n ? [{ ...noticeSummary(n), matchedBy: hit.matchedBy }] : [];
      });
      return { hits };
    },
    warmUp: () => notices.warm(),
    get: (id) => ({ ...freshness(), notice: view(id) }),
    currentAnnouncements() {
      const all = store.content.listAnnouncements().flatMap((stored) => {
        const a = residentAnnouncement(stored);
        return a ? [a] : [];
      });
      return {
        ...freshness(),
        announcements: currentAnnouncements(all, clock.now()).map(toAnnouncementView),
      };
    },
    printSlip: async (id, locale) => documents.printSlip(view(id), locale),
    async previewA4(id, locale) {
      const pdf = await documents.renderPdf(view(id), locale);
      return { pages: await documents.previewPages(pdf) };
    },
    async printA4(id, locale) {
      const v = view(id);
      const pdf = await documents.renderPdf(v, locale);
      return documents.printA4(pdf, v.title[locale]);
    },
  };
}
