import { useTranslation } from 'react-i18next';
import type { Locale, NoticeSummary } from '../../../electron/api';
import { pickLocalized } from '../i18n/localized';

/** One notice in a list: its title, and the area it belongs to in smaller words. */
export function NoticeButton({
  notice,
  locale,
  onOpen,
}: {
  notice: NoticeSummary;
  locale: Locale;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className="service-button notice-button" onClick={() => onOpen(notice.id)}>
        <span className="service-name">{pickLocalized(notice.title, locale)}</span>
        <span className="service-detail">{t(`notices.area.${notice.area}`)}</span>
      </button>
    </li>
  );
}
