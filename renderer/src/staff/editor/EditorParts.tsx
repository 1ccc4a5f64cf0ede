import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../electron/api';
import { focusField, issueText } from './issues';
import type { Outcome } from './useDraftEditing';

/** The save outcome in words (a live region, so it is heard as well as seen). */
export function OutcomeNote({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  const text =
    outcome === null
      ? ''
      : outcome.kind === 'saved'
        ? t('staff.editor.saved', { version: outcome.version })
        : outcome.kind === 'queued'
          ? t('staff.editor.queued')
          : outcome.kind === 'removed'
            ? t('staff.editor.removed')
            : outcome.kind === 'invalid'
              ? t('staff.editor.invalid', { count: outcome.count })
              : t('staff.common.failed');
  return (
    <p
      role="status"
      className={outcome?.kind === 'invalid' || outcome?.kind === 'failed' ? 'staff-error' : 'staff-ok'}
    >
      {text}
    </p>
  );
}

/** After a refused save: every issue in words, each a button that moves focus to its field. */
export function IssueSummary({
  issues,
  fieldName,
}: {
  issues: FieldIssue[];
  fieldName: (issue: FieldIssue) => string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="staff-summary" aria-labelledby="staff-summary-title">
      <h2 id="staff-summary-title" ref={heading} tabIndex={-1}>
        {t('staff.editor.summaryTitle')}
      </h2>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path.join('.')}-${issue.code}`}>
            <button type="button" className="staff-link" onClick={() => focusField(issue)}>
              {fieldName(issue)}: {issueText(t, issue)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A removal asks once more, naming what goes. */
export function RemoveConfirm(props: { question: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  // The question appears below the form: take focus there so that it is seen and heard.
  useEffect(() => {
    dialog.current?.focus();
  }, []);
  return (
    <div
      ref={dialog}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="staff-remove-question"
      className="staff-confirm"
    >
      <p id="staff-remove-question">{props.question}</p>
      <div className="staff-actions">
        <button type="button" className="staff-danger" onClick={props.onConfirm}>
          {t('staff.editor.confirmRemove')}
        </button>
        <button type="button" className="staff-secondary" onClick={props.onCancel}>
          {t('staff.common.cancel')}
        </button>
      </div>
    </div>
  );
}
