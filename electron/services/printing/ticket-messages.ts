// What the printed ticket says, from the message files beside this module (every ticket is
// bilingual: Simplified Chinese first, English under it). i18next gives us the plural rules.
import i18next, { type TFunction } from 'i18next';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: { 'zh-CN': { ticket: zhCN }, en: { ticket: en } },
  defaultNS: 'ticket',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

export const ticketText: Record<'zh-CN' | 'en', TFunction<'ticket'>> = {
  'zh-CN': i18n.getFixedT('zh-CN', 'ticket'),
  en: i18n.getFixedT('en', 'ticket'),
};
