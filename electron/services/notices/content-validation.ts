// Checks one notice, announcement or service as it comes from outside the kiosk (the central API's feed):
// the content model (electron/notice-model.ts) and every Markdown field through parseRichText, so
// that what reaches the cache can always be shown. A refusal says which field and why.
import {
  Announcement,
  type AnnouncementContent,
  type LocalizedMarkdown,
  Notice,
  type NoticeContent,
} from '../../notice-model';
import { Service } from '../central';
import { parseRichText } from './markdown/rich-text';

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };

/** The Markdown fields of a notice, with their paths (for the reason of a refusal). */
function noticeMarkdownFields(n: NoticeContent): Array<[string, LocalizedMarkdown]> {
  return [
    ['eligibility', n.eligibility],
    ...n.materials.flatMap(
      (m, i): Array<[string, LocalizedMarkdown]> => (m.notes ? [[`materials.${i}.notes`, m.notes]] : []),
    ),
    ...n.steps.map((s, i): [string, LocalizedMarkdown] => [`steps.${i}`, s]),
    ...n.faq.map((f, i): [string, LocalizedMarkdown] => [`faq.${i}.answer`, f.answer]),
  ];
}

/**
 * Every Markdown field of a notice or announcement through the kiosk's parser: the first that
 * cannot be shown, with its path. The central API checks writes with it too, so that what every
 * kiosk would refuse is refused at the source.
 */
export function checkContentMarkdown(content: NoticeContent | AnnouncementContent): Checked<null> {
  return checkMarkdown('steps' in content ? noticeMarkdownFields(content) : [['text', content.text]]);
}

function checkMarkdown(fields: Array<[string, LocalizedMarkdown]>): Checked<null> {
  for (const [path, text] of fields) {
    for (const locale of ['zh-CN', 'en'] as const) {
      const parsed = parseRichText(text[locale]);
      if (!parsed.ok) {
        return {
          ok: false,
          field: `${path}.${locale}`,
          reason: `Markdown nested too deep (lists at most ${parsed.problem.limit} levels)`,
        };
      }
    }
  }
  return { ok: true, value: null };
}

function firstIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }) {
  const issue = error.issues[0];
  return { field: issue?.path.map(String).join('.') || '(item)', reason: issue?.message ?? 'invalid' };
}

export function checkNotice(raw: unknown, expectedId: string): Checked<Notice> {
  const parsed = Notice.safeParse(raw);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  if (parsed.data.id !== expectedId) return { ok: false, field: 'id', reason: `id is not ${expectedId}` };
  const markdown = checkContentMarkdown(parsed.data);
  return markdown.ok ? { ok: true, value: parsed.data } : markdown;
}

export function checkAnnouncement(raw: unknown, expectedId: string): Checked<Announcement> {
  const parsed = Announcement.safeParse(raw);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  if (parsed.data.id !== expectedId) return { ok: false, field: 'id', reason: `id is not ${expectedId}` };
  const markdown = checkContentMarkdown(parsed.data);
  return markdown.ok ? { ok: true, value: parsed.data } : markdown;
}

/** A service of the catalog: its schema only (it carries no Markdown). */
export function checkService(raw: unknown, expectedId: string): Checked<Service> {
  const parsed = Service.safeParse(raw);
  if (!parsed.success) return { ok: false, ...firstIssue(parsed.error) };
  if (parsed.data.id !== expectedId) return { ok: false, field: 'id', reason: `id is not ${expectedId}` };
  return { ok: true, value: parsed.data };
}
