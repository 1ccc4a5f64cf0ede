// Notice (content model, Markdown fields) → NoticeView (the KioskApi's ready-to-read shape):
// Markdown parsed into RichText, the queue service and the forms named, the ASCII online URL.
import type { LocalizedRich, NoticeSummary, NoticeView, RichText } from '../../api';
import type { LocalizedLine, LocalizedMarkdown, Notice } from '../../notice-model';
import { parseRichText } from './markdown/rich-text';

export interface ViewContext {
  /** The queue service's name from the catalog cache (undefined when not in it). */
  serviceName(serviceId: string): LocalizedLine | undefined;
  /** A form's title from the forms cache (undefined when unknown). */
  formTitle(formId: string): LocalizedLine | undefined;
  /** Base URL of the central API's public pages, e.g. https://hall.example.cn (no trailing slash). */
  publicUrl: string;
}

/**
 * RichText of one Markdown text. Content is checked where it enters (feed, staff editor); should a
 * text still be refused here, it is shown as one plain paragraph rather than not at all.
 */
function rich(source: string): RichText {
  const parsed = parseRichText(source);
  return parsed.ok ? parsed.rich : [{ type: 'paragraph', inlines: [{ text: source }] }];
}

export function localizedRich(text: LocalizedMarkdown): LocalizedRich {
  return { 'zh-CN': rich(text['zh-CN']), en: rich(text.en) };
}

/** The notice's public page: ids are ASCII by the model, and encoded anyway (QR payloads stay ASCII). */
export function onlineUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/n/${encodeURIComponent(id)}`;
}

export function noticeSummary(n: Notice): NoticeSummary {
  return { id: n.id, serviceId: n.serviceId, area: n.area, title: n.title, updatedAt: n.updatedAt };
}

export function toNoticeView(n: Notice, ctx: ViewContext): NoticeView {
  // Related forms, then forms named by materials, each once, in that order; unknown ids left out.
  const formIds = [...new Set([...n.formIds, ...n.materials.flatMap((m) => (m.formId ? [m.formId] : []))])];
  const forms = formIds.flatMap((id) => {
    const title = ctx.formTitle(id);
    return title ? [{ id, title }] : [];
  });
  return {
    id: n.id,
    serviceId: n.serviceId,
    serviceName: ctx.serviceName(n.serviceId) ?? n.title,
    area: n.area,
    title: n.title,
    matterType: n.matterType,
    legalBasis: n.legalBasis,
    eligibility: localizedRich(n.eligibility),
    materials: n.materials.map((m) => ({
      name: m.name,
      form: m.form,
      copies: m.copies,
      notes: m.notes ? localizedRich(m.notes) : null,
      formId: m.formId,
    })),
    steps: n.steps.map(localizedRich),
    timeLimit: n.timeLimit,
    fee: n.fee,
    place: n.place,
    consultationPhone: n.consultationPhone,
    complaintPhone: n.complaintPhone,
    faq: n.faq.map((f) => ({ question: f.question, answer: localizedRich(f.answer) })),
    forms,
    updatedAt: n.updatedAt,
    version: n.version,
    onlineUrl: onlineUrl(ctx.publicUrl, n.id),
  };
}
