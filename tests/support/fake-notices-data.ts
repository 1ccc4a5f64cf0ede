// Notices and announcements for the renderer tests' fake KioskApi. The notices are the real
// fixtures (fixtures/notices/*.json, loaded and checked as the reference central API seeds them)
// through the kiosk's own view mapping, so the screens are tested on what residents will read.
import { join } from 'node:path';
import { loadFixtures } from '../../central-api/server/fixtures';
import type { AnnouncementView, LocalizedRich, NoticeView } from '../../electron/api';
import { parseRichText } from '../../electron/services/notices/markdown/rich-text';
import { toNoticeView, type ViewContext } from '../../electron/services/notices/notice-view';
import { residencePermitSource } from './fake-staff-data';

/** The Markdown subset as RichText; a test fixture that does not parse is a bug in the fixture. */
export function rich(zh: string, en: string): LocalizedRich {
  const parse = (source: string) => {
    const parsed = parseRichText(source);
    if (!parsed.ok) throw new Error(`fixture Markdown refused: ${source.slice(0, 40)}`);
    return parsed.rich;
  };
  return { 'zh-CN': parse(zh), en: parse(en) };
}

const FIXTURES = loadFixtures(join(import.meta.dirname, '../../fixtures'));
export const FAKE_PUBLIC_URL = 'https://notices.hall.example';

const context: ViewContext = {
  serviceName: (id) => FIXTURES.services.find((service) => service.id === id)?.name,
  formTitle: (id) => FIXTURES.forms.find((form) => form.id === id)?.title,
  publicUrl: FAKE_PUBLIC_URL,
};

/**
 * The one override: the staff screens list notices by the residents' titles (notices.list) and open
 * the staff fake's stored copy (fake-staff-data.ts), so a notice both fakes hold has its title.
 */
const TITLES: Record<string, NoticeView['title']> = { 'residence-permit': residencePermitSource().title };

/** One fixture notice as notices.get answers it; a fresh copy each call, so tests may change it. */
export function fixtureNoticeView(id: string): NoticeView {
  const notice = FIXTURES.notices.find((n) => n.id === id);
  if (!notice) throw new Error(`no fixture notice ${id}`);
  // Fixture files carry no version or author: imported content, first version.
  const view = toNoticeView(structuredClone({ ...notice, version: 1, updatedBy: null }), context);
  return { ...view, title: TITLES[id] ?? view.title };
}

/**
 * The fake's notices: one per area the tests visit (residence, community, labour and social
 * security, household), with a form printable at the kiosk (mass teams) and a charged fee (ID card).
 */
export const FAKE_NOTICE_IDS = [
  'residence-permit',
  'mass-team-registration',
  'unemployment-registration',
  'resident-id-card',
] as const;

export function fakeNoticeViews(): NoticeView[] {
  return FAKE_NOTICE_IDS.map(fixtureNoticeView);
}

export function fakeAnnouncement(
  id: string,
  priority: AnnouncementView['priority'],
  zh: string,
  en: string,
): AnnouncementView {
  const now = Date.now();
  return {
    id,
    priority,
    text: rich(zh, en),
    startsAt: new Date(now - 3_600_000).toISOString(),
    endsAt: new Date(now + 3_600_000).toISOString(),
  };
}
