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
import {
  FAKE_PINYIN,
  massTeamRegistration,
  residencePermit,
  unemploymentRegistration,
} from './fake-notices-data';

export { fakeAnnouncement, rich } from './fake-notices-data';

type NoticeCall = { id: string; locale: Locale };
type MatchedBy = 'hanzi' | 'english' | 'pinyin' | 'initials';

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
    notices: [residencePermit(), massTeamRegistration(), unemploymentRegistration()],
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

/** Substring in either language, then the pinyin and initials the fixtures list. */
function matchOf(notice: NoticeView, query: string): MatchedBy | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  if (notice.title['zh-CN'].includes(q)) return 'hanzi';
  if (notice.title.en.toLowerCase().includes(q)) return 'english';
  const known = FAKE_PINYIN[notice.id];
  const compact = q.replace(/\s+/g, '');
  if (known?.initials.startsWith(compact)) return 'initials';
  if (known?.pinyin.includes(compact)) return 'pinyin';
  return null;
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
        const hits = fake.notices.flatMap((notice) => {
          const matchedBy = matchOf(notice, input.query);
          return matchedBy ? [{ ...summaryOf(notice), matchedBy }] : [];
        });
        return { hits: hits.slice(0, 20) };
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
