// The notice editor: every field of NoticeContent, validated as staff type and on save; the save
// says saved (version), queued (offline) or conflict (→ the conflicts screen); removal asks first.
// A queued change is followed while staff keep editing (usePendingRecheck): the screen then says it
// went, with the version, or that it met another change.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../../electron/api';
import { useKioskApi } from '../../api/KioskApiContext';
import { ScreenHeading } from '../../components/ScreenHeading';
import { pickLocalized } from '../../i18n/localized';
import { useStaff } from '../staff-session';
import { DraftEditorScreen } from './DraftEditorScreen';
import { emptyNoticeDraft, type NoticeDraft, noticeToDraft, toNoticeContent } from './draft';
import { MarkdownFields } from './fields';
import { IdentitySection, PlaceSection, TimeLimitAndFeeSection } from './NoticeForm';
import { FaqSection, LegalBasisSection, MaterialsSection, StepsSection } from './NoticeLists';
import { useDraftEditing } from './useDraftEditing';
import { usePendingRecheck } from './usePendingRecheck';

type Loading = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'ready' };

export function NoticeEditor(props: { id: string | null; onDone: () => void; onConflict: () => void }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const { call, locale } = useStaff();
  const [loading, setLoading] = useState<Loading>(props.id ? { state: 'loading' } : { state: 'ready' });
  // What saves are sent on. It stays at what staff loaded or saved, even after a queued change of
  // ours is delivered: the service moves it onto our own versions, while a version someone else
  // made since is still a conflict (taking the kiosk's version here would overwrite it unseen).
  const [baseVersion, setBaseVersion] = useState(0);
  /** The version the kiosk has now, as the screen says it. */
  const [shownVersion, setShownVersion] = useState(0);
  const [pending, setPending] = useState(false);
  const [pendingConflict, setPendingConflict] = useState(false);
  const [services, setServices] = useState<ServiceSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const editing = useDraftEditing<NoticeDraft>({
    initial: emptyNoticeDraft(),
    toContent: toNoticeContent,
    validate: (a, sessionId, draft) => a.staff.notices.validate({ sessionId, draft }),
  });
  const { draft, reset, took, setOutcome } = editing;

  const savedAs = (version: number) => {
    setBaseVersion(version);
    setShownVersion(version);
  };
  usePendingRecheck({
    id: props.id ?? (baseVersion > 0 ? draft.id : null),
    pending,
    activity: draft,
    onDelivered: ({ version, conflict }) => {
      setPending(false);
      setShownVersion(version);
      setPendingConflict(conflict);
      // Staff have not changed anything since the queued save: say what became of it.
      if (!conflict && editing.outcome?.kind === 'queued') setOutcome({ kind: 'saved', version });
    },
  });

  useEffect(() => {
    api.services.list().then(
      (list) => setServices(list.services),
      () => setServices([]),
    );
  }, [api]);

  useEffect(() => {
    if (!props.id) return;
    const id = props.id;
    call((a, sessionId) => a.staff.notices.get({ sessionId, id })).then(
      (answer) => {
        reset(noticeToDraft(answer.notice));
        setBaseVersion(answer.notice.version);
        setShownVersion(answer.notice.version);
        setPending(answer.pending);
        setLoading({ state: 'ready' });
      },
      (error: unknown) =>
        setLoading({
          state: (error as { code?: string }).code === 'NOTICE_NOT_FOUND' ? 'missing' : 'failed',
        }),
    );
  }, [props.id, call, reset]);

  const save = () => {
    if (busy) return;
    setBusy(true);
    call((a, sessionId) => a.staff.notices.save({ sessionId, baseVersion, draft: toNoticeContent(draft) }))
      .then(
        (result) => {
          const conflict = took(result);
          if (conflict) props.onConflict();
          else if (result.status === 'saved') {
            // Delivered in order: whatever of ours waited before this one went too.
            savedAs(result.version);
            setPending(false);
            setPendingConflict(false);
          } else if (result.status === 'queued') {
            setPending(true);
            // A queued creation becomes v1: further saves build on it (the kiosk queues them after it).
            if (baseVersion === 0) savedAs(1);
          }
        },
        () => setOutcome({ kind: 'failed' }),
      )
      .finally(() => setBusy(false));
  };

  const remove = () => {
    setBusy(true);
    call((a, sessionId) => a.staff.notices.remove({ sessionId, id: draft.id, baseVersion }))
      .then(
        (result) => {
          const conflict = took(result, true);
          if (conflict) props.onConflict();
          else if (result.status === 'saved' || result.status === 'queued') props.onDone();
        },
        () => setOutcome({ kind: 'failed' }),
      )
      .finally(() => setBusy(false));
  };

  const isNew = props.id === null && baseVersion === 0;
  const title = isNew
    ? t('staff.editor.newTitle')
    : t('staff.editor.editTitle', { title: pickLocalized(draft.title, locale) });
  if (loading.state !== 'ready')
    return (
      <div className="staff-screen">
        <ScreenHeading>{t('staff.editor.editTitle', { title: props.id ?? '' })}</ScreenHeading>
        <p role={loading.state === 'loading' ? undefined : 'alert'}>
          {t(
            loading.state === 'loading'
              ? 'staff.common.loading'
              : loading.state === 'missing'
                ? 'staff.editor.missing'
                : 'staff.common.failed',
          )}
        </p>
        <div className="staff-actions">
          <button type="button" className="staff-secondary" onClick={props.onDone}>
            {t('staff.common.back')}
          </button>
        </div>
      </div>
    );

  return (
    <DraftEditorScreen
      title={title}
      editing={editing}
      notes={
        <>
          {!isNew && <p className="staff-hint">{t('staff.editor.version', { version: shownVersion })}</p>}
          {pending && <p className="staff-note">{t('staff.editor.pending')}</p>}
          {pendingConflict && (
            <div className="staff-note" role="alert">
              <p>{t('staff.editor.pendingConflict')}</p>
              <button type="button" className="staff-secondary" onClick={props.onConflict}>
                {t('staff.editor.openConflicts')}
              </button>
            </div>
          )}
        </>
      }
      isNew={isNew}
      busy={busy}
      removeQuestion={t('staff.editor.removeQuestion', { title: pickLocalized(draft.title, locale) })}
      stickyActions
      onSave={save}
      onRemove={remove}
      onBack={props.onDone}
    >
      <IdentitySection isNew={isNew} services={services} />
      <LegalBasisSection />
      <fieldset className="staff-section">
        <legend>{t('staff.field.eligibility')}</legend>
        <MarkdownFields path={['eligibility']} label={t('staff.field.eligibility')} />
      </fieldset>
      <MaterialsSection />
      <StepsSection />
      <TimeLimitAndFeeSection />
      <PlaceSection />
      <FaqSection />
    </DraftEditorScreen>
  );
}
