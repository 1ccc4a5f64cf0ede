// What the A4 notice says around the notice's own text (headings, labels, footer), from the
// message files beside this module, in the resident's language. Same file format as the ticket's
// i18next messages ({{name}} placeholders, _one/_other plural keys), read by a small formatter:
// an i18next t() call measured 0.1–0.7 ms here and a notice needs about 70 of them, a third of
// the whole document's time budget.
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

type Locale = 'zh-CN' | 'en';
type Params = Record<string, string | number>;
export type DocumentText = (key: string, params?: Params) => string;

const MESSAGES: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en };

function translator(locale: Locale): DocumentText {
  const messages = MESSAGES[locale];
  const plural = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const count = params.count;
    const template =
      (typeof count === 'number' ? messages[`${key}_${plural.select(count)}`] : undefined) ??
      messages[`${key}_other`] ??
      messages[key];
    if (template === undefined) throw new Error(`no document message "${key}" in ${locale}`);
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  };
}

export const documentText: Record<Locale, DocumentText> = {
  'zh-CN': translator('zh-CN'),
  en: translator('en'),
};

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、… 十五 for Chinese headings, 1, 2, … for English. */
export function sectionNumber(locale: Locale, n: number): string {
  if (locale === 'en') return String(n);
  if (n <= 10) return CHINESE_NUMERALS[n - 1] ?? String(n);
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11] ?? ''}`;
  return String(n);
}
