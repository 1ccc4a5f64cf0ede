// What a printed notice slip says, from the slip message files beside this module. A slip is
// printed in the resident's language (unlike a ticket, which is always bilingual).
import i18next, { type TFunction } from 'i18next';
import en from './messages/slip.en.json';
import zhCN from './messages/slip.zh-CN.json';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { 'zh-CN': { slip: zhCN }, en: { slip: en } },
  defaultNS: 'slip',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

export const slipText: Record<'zh-CN' | 'en', TFunction<'slip'>> = {
  'zh-CN': i18n.getFixedT('zh-CN', 'slip'),
  en: i18n.getFixedT('en', 'slip'),
};
