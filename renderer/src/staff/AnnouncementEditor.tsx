// One announcement: text (Markdown + preview) in both languages, priority, and start and end as
// the hall's date and time (sent as ISO times with the hall's offset).
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../electron/notice-model';
import { useHallTimeZone } from '../session/hall-time';
import { PRIORITY_CHOICES } from './editor/choices';
import { DraftEditorScreen } from './editor/DraftEditorScreen';
import type { Localized } from './editor/draft';
import { EditorContext, FieldIssues, MarkdownFields, SelectField, TextField } from './editor/fields';
import { fieldId } from './editor/issues';
import { useDraftEditing } from './editor/useDraftEditing';
import { hallInputToIso, isoToHallInput } from './hall-time-input';
import { useStaff } from './staff-session';

interface AnnouncementDraft {
  id: string;
  priority: Announcement['priority'];
  text: Localized;
  starts: { date: string; time: string };
  ends: { date: string; time: string };
}

function DateTimeFields({ which, issuePath }: { which: 'starts' | 'ends'; issuePath: string }) {
  const { t } = useTranslation();
  const { draft, set } = useContext(EditorContext);
  const value = (draft as AnnouncementDraft)[which];
  const id = fieldId([issuePath]);
  return (
    <fieldset className="staff-item">
      <legend>{t(`staff.field.${issuePath}`)}</legend>
      <div className="staff-field">
        <label htmlFor={id}>{t('staff.announcements.date')}</label>
        <input
          id={id}
          type="date"
          value={value.date}
          onChange={(e) => set([which, 'date'], e.target.value)}
        />
      </div>
      <div className="staff-field">
        <label htmlFor={`${id}-time`}>{t('staff.announcements.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          value={value.time}
          onChange={(e) => set([which, 'time'], e.target.value)}
        />
      </div>
      <FieldIssues path={[issuePath]} />
    </fieldset>
  );
}

export function AnnouncementEditor(props: {
  item: Announcement | null;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { call, locale } = useStaff();
  const timeZone = useHallTimeZone();
  const { item } = props;
  const [baseVersion, setBaseVersion] = useState(item?.version ?? 0);
  const [busy, setBusy] = useState(false);
  const toContent = (d: AnnouncementDraft) => ({
    id: d.id,
    priority: d.priority,
    text: d.text,
    startsAt: hallInputToIso(d.starts.date, d.starts.time, timeZone) ?? '',
    endsAt: hallInputToIso(d.ends.date, d.ends.time, timeZone) ?? '',
  });
  const editing = useDraftEditing<AnnouncementDraft>({
    initial: item
      ? {
          id: item.id,
          priority: item.priority,
          text: { ...item.text },
          starts: isoToHallInput(item.startsAt, timeZone),
          ends: isoToHallInput(item.endsAt, timeZone),
        }
      : {
          id: '',
          priority: 'normal',
          text: { 'zh-CN': '', en: '' },
          starts: { date: '', time: '' },
          ends: { date: '', time: '' },
        },
    toContent,
    validate: (a, sessionId, draft) => a.staff.announcements.validate({ sessionId, draft }),
  });
  const { draft, took, setOutcome } = editing;

  const run = (remove: boolean) => {
    if (busy) return;
    setBusy(true);
    call((a, sessionId) =>
      remove
        ? a.staff.announcements.remove({ sessionId, id: draft.id, baseVersion })
        : a.staff.announcements.save({ sessionId, baseVersion, draft: toContent(draft) }),
    )
      .then(
        (result) => {
          if (took(result, remove)) props.onConflict();
          else if (remove && result.status !== 'invalid') props.onDone();
          else if (result.status === 'saved') setBaseVersion(result.version);
          // A queued creation becomes v1: further saves build on it (the kiosk queues them after it).
          else if (result.status === 'queued') setBaseVersion((v) => (v === 0 ? 1 : v));
        },
        () => setOutcome({ kind: 'failed' }),
      )
      .finally(() => setBusy(false));
  };

  const isNew = baseVersion === 0;
  const title = isNew
    ? t('staff.announcements.newTitle')
    : t('staff.announcements.editTitle', { id: draft.id });
  return (
    <DraftEditorScreen
      title={title}
      editing={editing}
      isNew={isNew}
      busy={busy}
      removeQuestion={t('staff.editor.removeQuestion', { title: draft.text[locale] || draft.id })}
      onSave={() => run(false)}
      onRemove={() => run(true)}
      onBack={props.onDone}
    >
      {isNew ? <TextField path={['id']} label={t('staff.field.id')} /> : null}
      <SelectField
        path={['priority']}
        label={t('staff.field.priority')}
        options={PRIORITY_CHOICES.map((p) => ({ value: p, label: t(`staff.priority.${p}`) }))}
      />
      <MarkdownFields path={['text']} label={t('staff.field.text')} />
      <DateTimeFields which="starts" issuePath="startsAt" />
      <DateTimeFields which="ends" issuePath="endsAt" />
    </DraftEditorScreen>
  );
}
