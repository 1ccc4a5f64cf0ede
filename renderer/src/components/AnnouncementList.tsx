import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnouncementView, Locale } from '../../../electron/api';
import { useKioskApi } from '../api/KioskApiContext';
import { pickRich } from '../notices/format';
import { RichTextView } from './RichTextView';

/** A symbol beside the words (never colour alone); hidden from readers, who hear the words. */
const PRIORITY_ICON: Record<AnnouncementView['priority'], string> = {
  urgent: '⚠',
  important: 'ⓘ',
  normal: '',
};

/** The hall's announcements showing now, most urgent first; nothing at all when there are none. */
export function AnnouncementList({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [announcements, setAnnouncements] = useState<AnnouncementView[]>([]);

  useEffect(() => {
    let current = true;
    // A failure leaves the home screen as it is: announcements are a courtesy, not a step.
    api.announcements.current().then(
      (answer) => {
        if (current) setAnnouncements(answer.announcements);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  if (announcements.length === 0) return null;
  return (
    <section className="announcements" aria-labelledby="announcements-title">
      <h2 id="announcements-title" className="visually-hidden">
        {t('notices.announcements')}
      </h2>
      <ul>
        {announcements.map((announcement) => (
          <li key={announcement.id} className={`announcement announcement-${announcement.priority}`}>
            {announcement.priority !== 'normal' && (
              <p className="announcement-mark">
                <span aria-hidden="true">{PRIORITY_ICON[announcement.priority]} </span>
                {t(`notices.priority.${announcement.priority}`)}
              </p>
            )}
            <RichTextView rich={pickRich(announcement.text, locale)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
