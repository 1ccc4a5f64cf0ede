// Checks a staff draft the way the kiosk will use it: the content model's zod rules, each turned
// into a FieldIssue the staff screen words in its own language, plus what zod cannot know (a
// service missing from the catalog, Markdown nested too deep). Save runs the same checks.
import type { z } from 'zod';
import type { FieldIssue, FieldIssueCode, RichText } from '../../api';
import { AnnouncementContent, MAX_TEXT_LENGTH, NoticeContent } from '../../notice-model';
import { parseRichText } from '../notices/markdown/rich-text';

export type DraftCheck<T> = { ok: true; content: T; issues: [] } | { ok: false; issues: FieldIssue[] };

type Path = Array<string | number>;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const issue = (path: Path, code: FieldIssueCode, limit: number | null = null): FieldIssue => ({
  path,
  code,
  limit,
});

/** One zod issue as a FieldIssue. */
export function fieldIssueOf(zi: z.core.$ZodIssue, draft: unknown): FieldIssue {
  const path = zi.path.filter((k): k is string | number => typeof k !== 'symbol');
  const last = path[path.length - 1];
  switch (zi.code) {
    case 'too_small':
      if (zi.origin === 'string') return issue(path, 'required');
      if (zi.origin === 'array' || zi.origin === 'set') return issue(path, 'too-few', Number(zi.minimum));
      return issue(path, 'invalid', Number(zi.minimum));
    case 'too_big':
      if (zi.origin === 'string') return issue(path, 'too-long', Number(zi.maximum));
      if (zi.origin === 'array' || zi.origin === 'set') return issue(path, 'too-many', Number(zi.maximum));
      return issue(path, 'invalid', Number(zi.maximum));
    case 'invalid_format':
      return issue(path, 'format');
    case 'invalid_type': {
      const v = valueAt(draft, zi.path);
      return issue(path, v === undefined || v === null || v === '' ? 'required' : 'invalid');
    }
    case 'custom':
      if (last === 'legalBasis') return issue(path, 'order');
      if (last === 'endsAt') return issue(path, 'end-before-start');
      // The one-line rule of LocalizedLine ("one line only").
      return issue(path, 'format');
    default:
      return issue(path, 'invalid');
  }
}

/** Paths of the Markdown fields of a notice draft that hold strings (whatever else is wrong). */
function noticeMarkdownPaths(draft: unknown): Path[] {
  const paths: Path[] = [['eligibility']];
  const list = (key: string) => {
    const v = valueAt(draft, [key]);
    return Array.isArray(v) ? v : [];
  };
  list('steps').forEach((_, i) => {
    paths.push(['steps', i]);
  });
  list('materials').forEach((_, i) => {
    paths.push(['materials', i, 'notes']);
  });
  list('faq').forEach((_, i) => {
    paths.push(['faq', i, 'answer']);
  });
  return paths;
}

function markdownIssues(draft: unknown, fields: Path[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const field of fields) {
    for (const locale of ['zh-CN', 'en']) {
      const text = valueAt(draft, [...field, locale]);
      // Too long is zod's to say; parsing a huge string is work for nothing.
      if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) continue;
      const parsed = parseRichText(text);
      if (!parsed.ok) out.push(issue([...field, locale], 'markdown-too-deep', parsed.problem.limit));
    }
  }
  return out;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);

function merge(zodIssues: FieldIssue[], extra: FieldIssue[]): FieldIssue[] {
  const out = [...zodIssues];
  for (const e of extra) if (!out.some((o) => samePath(o.path, e.path))) out.push(e);
  return out;
}

export interface NoticeCheckContext {
  /** Service ids of the catalog; null when it has never been loaded (the check is then skipped). */
  serviceIds: readonly string[] | null;
}

export function checkNoticeDraft(draft: unknown, ctx: NoticeCheckContext): DraftCheck<NoticeContent> {
  const parsed = NoticeContent.safeParse(draft);
  const issues = merge(
    parsed.success ? [] : parsed.error.issues.map((zi) => fieldIssueOf(zi, draft)),
    markdownIssues(draft, noticeMarkdownPaths(draft)),
  );
  const serviceId = valueAt(draft, ['serviceId']);
  if (
    typeof serviceId === 'string' &&
    ctx.serviceIds !== null &&
    !ctx.serviceIds.includes(serviceId) &&
    !issues.some((i) => i.path[0] === 'serviceId')
  ) {
    issues.push(issue(['serviceId'], 'unknown-service'));
  }
  if (parsed.success && issues.length === 0) return { ok: true, content: parsed.data, issues: [] };
  return { ok: false, issues };
}

export function checkAnnouncementDraft(draft: unknown): DraftCheck<AnnouncementContent> {
  const parsed = AnnouncementContent.safeParse(draft);
  const issues = merge(
    parsed.success ? [] : parsed.error.issues.map((zi) => fieldIssueOf(zi, draft)),
    markdownIssues(draft, [['text']]),
  );
  // End before start means something only when both are well-formed times (Date.parse, which the
  // model's rule uses, also reads "2026/11/26 12:00").
  const misread = issues.some(
    (i) => (i.path[0] === 'startsAt' || i.path[0] === 'endsAt') && i.code === 'format',
  );
  const kept = misread ? issues.filter((i) => i.code !== 'end-before-start') : issues;
  if (parsed.success && kept.length === 0) return { ok: true, content: parsed.data, issues: [] };
  return { ok: false, issues: kept };
}

/** The live preview of one Markdown field: rendered, or why it is refused. */
export function previewMarkdown(markdown: string): { rich: RichText | null; issue: FieldIssue | null } {
  if (markdown.length > MAX_TEXT_LENGTH) return { rich: null, issue: issue([], 'too-long', MAX_TEXT_LENGTH) };
  const parsed = parseRichText(markdown);
  return parsed.ok
    ? { rich: parsed.rich, issue: null }
    : { rich: null, issue: issue([], 'markdown-too-deep', parsed.problem.limit) };
}
