import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, NoticeView } from '../../../electron/api';
import { RichTextView } from '../components/RichTextView';
import { pickLocalized } from '../i18n/localized';
import { useHallTimeZone } from '../session/hall-time';
import { formatNoticeDate, pickRich } from './format';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="notice-section" aria-labelledby={`notice-${id}`}>
      <h2 id={`notice-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** The notice read as a step-by-step guide: who, what to bring, steps, time, fee, where; then the rest. */
export function NoticeSections({ notice, locale }: { notice: NoticeView; locale: Locale }) {
  const { t } = useTranslation();
  const timeZone = useHallTimeZone();
  const line = (text: { 'zh-CN': string; en: string }) => pickLocalized(text, locale);
  const formTitle = (formId: string) => {
    const form = notice.forms.find((candidate) => candidate.id === formId);
    return form ? line(form.title) : null;
  };
  return (
    <>
      <Section id="eligibility" title={t('notices.section.eligibility')}>
        <RichTextView rich={pickRich(notice.eligibility, locale)} />
      </Section>
      <Section id="materials" title={t('notices.section.materials')}>
        <ul className="checklist">
          {notice.materials.map((material, index) => {
            const printable = material.formId ? formTitle(material.formId) : null;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: content has no ids; its order is its identity
              <li key={`material-${index}`}>
                <p className="material-name">{line(material.name)}</p>
                <p className="material-facts">
                  {t(`notices.material.${material.form}`)} ·{' '}
                  {t('notices.material.copies', { count: material.copies })}
                </p>
                {material.notes && <RichTextView rich={pickRich(material.notes, locale)} className="hint" />}
                {printable && (
                  <p className="hint">{t('notices.material.printableForm', { form: printable })}</p>
                )}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="steps" title={t('notices.section.steps')}>
        <ol className="notice-steps">
          {notice.steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: content has no ids; its order is its identity
            <li key={`step-${index}`}>
              <RichTextView rich={pickRich(step, locale)} />
            </li>
          ))}
        </ol>
      </Section>
      <Section id="time-limit" title={t('notices.section.timeLimit')}>
        <p>
          {notice.timeLimit.kind === 'same-day'
            ? t('notices.timeLimit.same-day')
            : t('notices.timeLimit.working-days', { days: notice.timeLimit.days })}
        </p>
      </Section>
      <Section id="fee" title={t('notices.section.fee')}>
        <p>
          {notice.fee.kind === 'free'
            ? t('notices.fee.free')
            : t('notices.fee.charged', { amount: line(notice.fee.amount), basis: line(notice.fee.basis) })}
        </p>
      </Section>
      <Section id="place" title={t('notices.section.place')}>
        <p>{t('notices.place.address', { address: line(notice.place.address) })}</p>
        <p>{t('notices.place.windows', { windows: line(notice.place.windows) })}</p>
        <p>{t('notices.place.hours', { hours: line(notice.place.hours) })}</p>
      </Section>
      <Section id="phones" title={t('notices.section.phones')}>
        <p>{t('notices.phone.consultation', { phone: notice.consultationPhone })}</p>
        <p>{t('notices.phone.complaint', { phone: notice.complaintPhone })}</p>
      </Section>
      {notice.faq.length > 0 && (
        <Section id="faq" title={t('notices.section.faq')}>
          {notice.faq.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: content has no ids; its order is its identity
            <div key={`faq-${index}`} className="faq-entry">
              <h3>{t('notices.faqQuestion', { question: line(entry.question) })}</h3>
              <RichTextView rich={pickRich(entry.answer, locale)} />
            </div>
          ))}
        </Section>
      )}
      <Section id="legal-basis" title={t('notices.section.legalBasis')}>
        <ol className="legal-basis">
          {notice.legalBasis.map((basis, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: content has no ids; its order is its identity
            <li key={`basis-${index}`}>
              {t('notices.legalArticle', {
                title: line(basis.title),
                article: line(basis.article),
                rank: t(`notices.rank.${basis.rank}`),
              })}
            </li>
          ))}
        </ol>
      </Section>
      {notice.forms.length > 0 && (
        <Section id="forms" title={t('notices.section.forms')}>
          <p>{t('notices.formsPrintable')}</p>
          <ul>
            {notice.forms.map((form) => (
              <li key={form.id}>{line(form.title)}</li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="updated" title={t('notices.section.updated')}>
        <p>{t('notices.updatedOn', { date: formatNoticeDate(notice.updatedAt, locale, timeZone) })}</p>
      </Section>
    </>
  );
}
