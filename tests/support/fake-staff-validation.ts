// The fake staff side's checks of a draft: zod's issues from the content model, and the Markdown
// depth through the project's one parser, in the contract's FieldIssue words. A simple stand-in
// for the real service's rules (electron/services/staff), good enough for the screens' tests.
import type { z } from 'zod';
import type { FieldIssue } from '../../electron/api';
import { AnnouncementContent, NoticeContent } from '../../electron/notice-model';
import { parseRichText } from '../../electron/services/notices/markdown/rich-text';

const LIMITED = new Set(['too_small', 'too_big']);

/** zod's issues in the contract's words (a simple stand-in for the real service's rules). */
function fieldIssuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const limit =
      LIMITED.has(issue.code) && 'minimum' in issue
        ? Number(issue.minimum)
        : 'maximum' in issue
          ? Number(issue.maximum)
          : null;
    const origin = 'origin' in issue ? issue.origin : null;
    if (issue.code === 'invalid_type') return { path, code: 'required', limit: null };
    if (issue.code === 'too_small' && origin === 'string') return { path, code: 'required', limit: null };
    if (issue.code === 'too_big' && origin === 'string') return { path, code: 'too-long', limit };
    if (issue.code === 'too_small' && origin === 'array') return { path, code: 'too-few', limit };
    if (issue.code === 'too_big' && origin === 'array') return { path, code: 'too-many', limit };
    if (issue.code === 'invalid_format') return { path, code: 'format', limit: null };
    if (issue.code === 'custom' && path[0] === 'legalBasis') return { path, code: 'order', limit: null };
    if (issue.code === 'custom' && path[0] === 'endsAt')
      return { path, code: 'end-before-start', limit: null };
    return { path, code: 'invalid', limit };
  });
}

function markdownIssues(fields: Array<[Array<string | number>, string]>): FieldIssue[] {
  return fields.flatMap(([path, source]) => {
    const parsed = parseRichText(source);
    return parsed.ok ? [] : [{ path, code: 'markdown-too-deep' as const, limit: parsed.problem.limit }];
  });
}

const both = (path: Array<string | number>, text: { 'zh-CN': string; en: string }) =>
  (['zh-CN', 'en'] as const).map((l): [Array<string | number>, string] => [[...path, l], text[l]]);

/** The draft against the content model; `knownServices` (when given) are the queue services that exist. */
export function validateNotice(draft: unknown, knownServices: string[] = []): FieldIssue[] {
  const parsed = NoticeContent.safeParse(draft);
  if (!parsed.success) return fieldIssuesOf(parsed.error);
  const n = parsed.data;
  const issues = markdownIssues([
    ...both(['eligibility'], n.eligibility),
    ...n.steps.flatMap((s, i) => both(['steps', i], s)),
    ...n.materials.flatMap((m, i) => (m.notes ? both(['materials', i, 'notes'], m.notes) : [])),
    ...n.faq.flatMap((f, i) => both(['faq', i, 'answer'], f.answer)),
  ]);
  if (knownServices.length > 0 && !knownServices.includes(n.serviceId))
    issues.push({ path: ['serviceId'], code: 'unknown-service', limit: null });
  return issues;
}

export function validateAnnouncement(draft: unknown): FieldIssue[] {
  const parsed = AnnouncementContent.safeParse(draft);
  if (!parsed.success) return fieldIssuesOf(parsed.error);
  return markdownIssues(both(['text'], parsed.data.text));
}
