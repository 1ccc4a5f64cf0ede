// What the public queue page says, from the message files beside this module. Every line is
// shown in Simplified Chinese first, then English; i18next escapes interpolated values for HTML.
import i18next from 'i18next';
import en from './messages/en.json';
import noticeEn from './messages/notice-page.en.json';
import noticeZhCN from './messages/notice-page.zh-CN.json';
import zhCN from './messages/zh-CN.json';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { 'zh-CN': { page: zhCN, notice: noticeZhCN }, en: { page: en, notice: noticeEn } },
  defaultNS: 'page',
  fallbackLng: false,
});

const zh = i18n.getFixedT('zh-CN', 'page');
const english = i18n.getFixedT('en', 'page');

export type PageMessageKey = keyof typeof zhCN | 'ahead';

/** "中文 · English" as HTML, the English part marked as such for screen readers. */
export function bilingual(key: PageMessageKey, values: Record<string, string | number> = {}): string {
  return `${zh(key, values)} · <span lang="en">${english(key, values)}</span>`;
}

/** "中文 · English" as plain text (for the <title>, escaped by the caller). */
export function bilingualText(key: PageMessageKey): string {
  return `${zh(key)} · ${english(key)}`;
}

export type NoticePageKey = keyof typeof noticeZhCN | 'copies';
export type NoticePageText = (key: NoticePageKey, values?: Record<string, string | number>) => string;

/** The words of the public notice page in one language. Values are HTML-escaped by i18next. */
export function noticePageText(lang: 'zh-CN' | 'en'): NoticePageText {
  const t = i18n.getFixedT(lang, 'notice');
  return (key, values = {}) => t(key, values);
}
