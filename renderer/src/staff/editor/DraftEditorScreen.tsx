// What the notice and announcement editors show alike: the title, the on-screen keyboard, what the
// last save came to, the issues of a refused save, the form with save / remove / back, and the
// question before a removal. The fields, and what saving and removing send, are the editor's own.
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { IssueSummary, OutcomeNote, RemoveConfirm } from './EditorParts';
import { issueFieldName } from './field-names';
import { EditorContext } from './fields';
import { IssueContext } from './issues';
import { KeyboardToggle, StaffKeyboard } from './StaffKeyboard';
import type { useDraftEditing } from './useDraftEditing';

export type DraftEditing<D> = ReturnType<typeof useDraftEditing<D>>;

export function DraftEditorScreen<D>(props: {
  title: string;
  editing: DraftEditing<D>;
  /** The editor's own notes, between the keyboard toggle and the save outcome. */
  notes?: ReactNode;
  isNew: boolean;
  busy: boolean;
  removeQuestion: string;
  /** A long form keeps its save bar in reach. */
  stickyActions?: boolean;
  onSave: () => void;
  onRemove: () => void;
  onBack: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { editing, title, busy } = props;
  const [keyboardOn, setKeyboardOn] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  return (
    <div className="staff-screen staff-editor" ref={root}>
      <ScreenHeading>{title}</ScreenHeading>
      <KeyboardToggle on={keyboardOn} onToggle={setKeyboardOn} />
      {props.notes}
      <OutcomeNote outcome={editing.outcome} />
      {editing.showAll && editing.issues.length > 0 && (
        <IssueSummary issues={editing.issues} fieldName={(issue) => issueFieldName(t, issue)} />
      )}
      <EditorContext.Provider value={{ draft: editing.draft, set: editing.set }}>
        <IssueContext.Provider
          value={{ issues: editing.issues, showAll: editing.showAll, touched: editing.touched }}
        >
          <form
            className="staff-form"
            aria-label={title}
            onSubmit={(event) => {
              event.preventDefault();
              props.onSave();
            }}
          >
            {props.children}
            <div className={props.stickyActions ? 'staff-actions staff-sticky-actions' : 'staff-actions'}>
              <button type="submit" className="staff-primary" aria-disabled={busy || undefined}>
                {t('staff.editor.save')}
              </button>
              {!props.isNew && (
                <button type="button" className="staff-danger" onClick={() => setConfirming(true)}>
                  {t('staff.editor.remove')}
                </button>
              )}
              <button type="button" className="staff-secondary" onClick={props.onBack}>
                {t('staff.common.back')}
              </button>
            </div>
          </form>
        </IssueContext.Provider>
      </EditorContext.Provider>
      {keyboardOn && <StaffKeyboard root={root} />}
      {confirming && (
        <RemoveConfirm
          question={props.removeQuestion}
          onConfirm={() => {
            // One request at a time: a removal waits for a save still on its way.
            if (busy) return;
            setConfirming(false);
            props.onRemove();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
