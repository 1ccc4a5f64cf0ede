import type { Locale } from '../../../electron/api';

/** Each language is named in itself, so it can be found without reading the current one. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

interface Props {
  locales: readonly Locale[];
  current: Locale;
  onChange: (locale: Locale) => void;
}

export function LanguageSwitch({ locales, current, onChange }: Props) {
  return (
    <>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="chrome-button"
          aria-pressed={locale === current}
          onClick={() => onChange(locale)}
        >
          {LANGUAGE_NAMES[locale]}
        </button>
      ))}
    </>
  );
}
