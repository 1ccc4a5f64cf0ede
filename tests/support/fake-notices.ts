// Fake notices and announcements for the renderer tests: the contract's notices.* and
// announcements.* answered from state the tests change between steps, every call recorded.
import { toDataURL } from 'qrcode';
import type {
  A4PrintOutcome,
  AnnouncementView,
  ContentFreshness,
  Locale,
  NoticeSummary,
  NoticeView,
  PrintOutcome,
} from '../../electron/api';
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { createNoticeSearch } from '../../electron/services/notices/search';
import { fakeNoticeViews } from './fake-notices-data';

export { fakeAnnouncement, rich } from './fake-notices-data';

type NoticeCall = { id: string; locale: Locale };

export interface FakeNotices {
  notices: NoticeView[];
  /** What announcements.current answers (already filtered to "showing now" by the real service). */
  announcements: AnnouncementView[];
  /** Where the content comes from: set `offline: true` to serve "the cache as of asOf". */
  freshness: ContentFreshness;
  slipOutcome: PrintOutcome;
  a4Outcome: A4PrintOutcome;
  /** Number of page images previewA4 returns. */
  previewPageCount: number;
  /** Delay of search answers, to test that a slow answer to an old query is not shown. */
  searchDelayMs: number;
  calls: {
    list: number;
    search: string[];
    get: string[];
    printSlip: NoticeCall[];
    previewA4: NoticeCall[];
    printA4: NoticeCall[];
    announcements: number;
  };
}

export function defaultFakeNotices(): FakeNotices {
  return {
    notices: fakeNoticeViews(),
    announcements: [],
    freshness: { asOf: new Date().toISOString(), offline: false },
    slipOutcome: { status: 'printed' },
    a4Outcome: { status: 'printed', jobId: 'a4-1' },
    previewPageCount: 2,
    searchDelayMs: 0,
    calls: { list: 0, search: [], get: [], printSlip: [], previewA4: [], printA4: [], announcements: 0 },
  };
}

function summaryOf(notice: NoticeView): NoticeSummary {
  const { id, serviceId, area, title, updatedAt } = notice;
  return { id, serviceId, area, title, updatedAt };
}

/** The kiosk's real search over the titles of the notices the fake holds now (tests change them). */
function searchTitles(notices: NoticeView[], query: string) {
  const noText = { 'zh-CN': '', en: '' };
  const search = createNoticeSearch(notices.map(({ id, title }) => ({ id, title, text: noText })));
  return search.search(query).flatMap(({ id, matchedBy }) => {
    const notice = notices.find((n) => n.id === id);
    return notice ? [{ ...summaryOf(notice), matchedBy }] : [];
  });
}

function findNotice(fake: FakeNotices, id: string): NoticeView | undefined {
  return fake.notices.find((notice) => notice.id === id);
}

export function fakeNoticeProcedures(os: KioskImplementer, fake: FakeNotices) {
  return {
    notices: {
      list: os.notices.list.handler(() => {
        fake.calls.list += 1;
        return { ...fake.freshness, notices: fake.notices.map(summaryOf) };
      }),
      search: os.notices.search.handler(async ({ input }) => {
        fake.calls.search.push(input.query);
        if (fake.searchDelayMs > 0) await new Promise((done) => setTimeout(done, fake.searchDelayMs));
        return { hits: searchTitles(fake.notices, input.query) };
      }),
      get: os.notices.get.handler(({ input, errors }) => {
        fake.calls.get.push(input.id);
        const notice = findNotice(fake, input.id);
        if (!notice) throw errors.NOTICE_NOT_FOUND();
        return { ...fake.freshness, notice };
      }),
      printSlip: os.notices.printSlip.handler(({ input, errors }) => {
        fake.calls.printSlip.push(input);
        if (!findNotice(fake, input.id)) throw errors.NOTICE_NOT_FOUND();
        return fake.slipOutcome;
      }),
      previewA4: os.notices.previewA4.handler(async ({ input, errors }) => {
        fake.calls.previewA4.push(input);
        const notice = findNotice(fake, input.id);
        if (!notice) throw errors.NOTICE_NOT_FOUND();
        // Real PNGs (a QR of the page's name), so the screen shows decodable images.
        const pages: string[] = [];
        for (let page = 1; page <= fake.previewPageCount; page++)
          pages.push(await toDataURL(`${notice.id} page ${page}`, { type: 'image/png', margin: 2 }));
        return { pages };
      }),
      printA4: os.notices.printA4.handler(({ input, errors }) => {
        fake.calls.printA4.push(input);
        if (!findNotice(fake, input.id)) throw errors.NOTICE_NOT_FOUND();
        return fake.a4Outcome;
      }),
    },
    announcements: {
      current: os.announcements.current.handler(() => {
        fake.calls.announcements += 1;
        return { ...fake.freshness, announcements: fake.announcements };
      }),
    },
  };
}
