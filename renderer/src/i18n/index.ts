// i18next set up once, synchronously: messages are bundled, there is nothing to fetch.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { DEFAULT_LOCALE } from './localized';
import zhCN from './zh-CN.json';

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
