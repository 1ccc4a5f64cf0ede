// The editor's inputs: each has a visible label, its issues in words right below it (tied with
// aria-describedby), and reads and writes the draft at its path through EditorContext.
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../../electron/api';
import { MAX_TEXT_LENGTH } from '../../../../electron/notice-model';
import { RichTextView } from '../../components/RichTextView';
import { useStaff } from '../staff-session';
import { getIn, type Path } from './draft';
import { fieldId, issueText, useFieldIssues } from './issues';

export interface EditorState {
  draft: unknown;
  set: (path: Path, value: unknown) => void;
}
export const EditorContext = createContext<EditorState>({ draft: {}, set: () => undefined });

const LOCALES = ['zh-CN', 'en'] as const;
const PREVIEW_DELAY_MS = 250;
/**
 * One character past the limit is enough for the preview to answer "too long": a huge paste is
 * never sent whole (the request stays small, under the contract's cap).
 */
const PREVIEW_SENT_CHARS = MAX_TEXT_LENGTH + 1;

export function useLocalizedLabel(): (label: string, locale: 'zh-CN' | 'en') => string {
  const { t } = useTranslation();
  return (label, locale) => t(locale === 'zh-CN' ? 'staff.lang.labelZh' : 'staff.lang.labelEn', { label });
}

export function FieldIssues({ path, group = false }: { path: Path; group?: boolean }) {
  const { t } = useTranslation();
  const issues = useFieldIssues(path, group);
  if (issues.length === 0) return null;
  return (
    <p className="staff-issue" id={`${fieldId(path)}-issue`}>
      {issues.map((issue) => issueText(t, issue)).join(' ')}
    </p>
  );
}

function useFieldProps(path: Path) {
  const { draft, set } = useContext(EditorContext);
  const issues = useFieldIssues(path);
  const id = fieldId(path);
  return {
    value: String(getIn(draft, path) ?? ''),
    onValue: (value: string) => set(path, value),
    aria: {
      id,
      'aria-invalid': issues.length > 0 || undefined,
      'aria-describedby': issues.length > 0 ? `${id}-issue` : undefined,
    },
  };
}

export function TextField(props: {
  path: Path;
  label: string;
  multiline?: boolean;
  inputMode?: 'numeric' | 'tel';
}) {
  const { value, onValue, aria } = useFieldProps(props.path);
  return (
    <div className="staff-field">
      <label htmlFor={aria.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...aria} rows={4} value={value} onChange={(e) => onValue(e.target.value)} />
      ) : (
        <input
          {...aria}
          type="text"
          inputMode={props.inputMode}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
      <FieldIssues path={props.path} />
    </div>
  );
}

export function SelectField(props: {
  path: Path;
  label: string;
  options: Array<{ value: string; label: string }>;
}) {
  const { value, onValue, aria } = useFieldProps(props.path);
  return (
    <div className="staff-field">
      <label htmlFor={aria.id}>{props.label}</label>
      <select {...aria} value={value} onChange={(e) => onValue(e.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldIssues path={props.path} />
    </div>
  );
}

/** One line in Chinese and English. */
export function LocalizedLineFields({ path, label }: { path: Path; label: string }) {
  const localized = useLocalizedLabel();
  return (
    <>
      {LOCALES.map((locale) => (
        <TextField key={locale} path={[...path, locale]} label={localized(label, locale)} />
      ))}
    </>
  );
}

/** Markdown in Chinese and English, each with its live preview. */
export function MarkdownFields({ path, label, context }: { path: Path; label: string; context?: string }) {
  const localized = useLocalizedLabel();
  return (
    <>
      {LOCALES.map((locale) => (
        <MarkdownField
          key={locale}
          path={[...path, locale]}
          label={localized(label, locale)}
          context={context}
        />
      ))}
    </>
  );
}

/**
 * A Markdown textarea and, beside it, the text as residents will see it (staff.preview, debounced).
 * `context` (e.g. "材料 2") makes the preview's name unique among the items of a list.
 */
export function MarkdownField({ path, label, context }: { path: Path; label: string; context?: string }) {
  const { t } = useTranslation();
  const { call } = useStaff();
  const { value, onValue, aria } = useFieldProps(path);
  const [rich, setRich] = useState<RichText | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    if (value.trim() === '') {
      setRich([]);
      setRefused(null);
      return;
    }
    let current = true;
    const handle = setTimeout(() => {
      call((api, sessionId) =>
        api.staff.preview({ sessionId, markdown: value.slice(0, PREVIEW_SENT_CHARS) }),
      ).then(
        (answer) => {
          if (!current) return;
          setRich(answer.rich);
          setRefused(answer.issue ? issueText(t, answer.issue) : null);
        },
        () => undefined,
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(handle);
    };
  }, [value, call, t]);

  const hintId = `${aria.id}-hint`;
  return (
    <div className="staff-field staff-markdown">
      <label htmlFor={aria.id}>{label}</label>
      <p className="staff-hint" id={hintId}>
        {t('staff.editor.markdownHint')}
      </p>
      <div className="staff-markdown-pair">
        <textarea
          {...aria}
          aria-describedby={[hintId, aria['aria-describedby']].filter(Boolean).join(' ')}
          rows={5}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
        <section
          className="staff-preview"
          aria-label={t('staff.editor.previewOf', { label: context ? `${context} · ${label}` : label })}
        >
          {refused && <p className="staff-issue">{refused}</p>}
          {rich && rich.length > 0 ? (
            <RichTextView rich={rich} />
          ) : (
            <p className="staff-hint">{t('staff.editor.previewEmpty')}</p>
          )}
        </section>
      </div>
      <FieldIssues path={path} />
    </div>
  );
}
