// i18next set up once, synchronously: messages are bundled, there is nothing to fetch.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import noticesEn from '../notices/messages/en.json';
import noticesZhCN from '../notices/messages/zh-CN.json';
import staffEn from '../staff/messages/en.json';
import staffZhCN from '../staff/messages/zh-CN.json';
import baseEn from './en.json';
import { DEFAULT_LOCALE } from './localized';
import baseZhCN from './zh-CN.json';

// Each flow keeps its messages beside it; they are mounted under its name ("notices.…", "staff.…").
const zhCN = { ...baseZhCN, notices: noticesZhCN, staff: staffZhCN };
const en = { ...baseEn, notices: noticesEn, staff: staffEn };

export const messages = { 'zh-CN': zhCN, en } as const;

export function createI18n(): typeof i18next {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
