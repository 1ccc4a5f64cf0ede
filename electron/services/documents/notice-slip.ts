// NoticeView → the thermal slip's content (printing/notice-slip-layout.ts lays it out).
import type { Locale, LocalizedText, NoticeView } from '../../api';
import type { NoticeSlip, PaperWidth } from '../printing';

export function noticeSlip(
  view: NoticeView,
  locale: Locale,
  hallName: LocalizedText,
  paperWidth: PaperWidth,
): NoticeSlip {
  return {
    locale,
    hallName: hallName[locale],
    title: view.title[locale],
    // An English slip also names the notice in Chinese, the language of the hall's counters.
    subtitle: locale === 'en' ? view.title['zh-CN'] : null,
    materials: view.materials.map((m) => ({ name: m.name[locale], form: m.form, copies: m.copies })),
    timeLimit: view.timeLimit,
    address: view.place.address[locale],
    windows: view.place.windows[locale],
    hours: view.place.hours[locale],
    consultationPhone: view.consultationPhone,
    onlineUrl: view.onlineUrl,
    updatedAt: new Date(view.updatedAt),
    paperWidth,
  };
}
