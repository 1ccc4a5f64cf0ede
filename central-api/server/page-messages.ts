// What the public queue page says, from the message files beside this module. Every line is
// shown in Simplified Chinese first, then English; i18next escapes interpolated values for HTML.
import i18next from 'i18next';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { 'zh-CN': { page: zhCN }, en: { page: en } },
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
