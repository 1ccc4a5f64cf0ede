// The procedure notice (办事告知书 / 办事指南) and the hall announcement: the content model shared by
// the kiosk's services, the KioskApi, the reference central API and the fixtures. Pure zod: it
// imports nothing from Node or the DOM. Free-text fields hold a Markdown subset (see
// electron/services/notices/markdown), checked where content enters: fixtures, central payloads,
// staff edits.
import { z } from 'zod';
import { NOTICE_AREAS } from './api-constants';

/** Longest free-text field in characters: a notice is read on a kiosk, not a statute book. */
export const MAX_TEXT_LENGTH = 4000;
/** Longest one-line field (a name, a window, a phone line). */
export const MAX_LINE_LENGTH = 200;

const line = z
  .string()
  .trim()
  .min(1, 'required')
  .max(MAX_LINE_LENGTH, `at most ${MAX_LINE_LENGTH} characters`)
  .refine((s) => !/[\r\n]/.test(s), 'one line only');
const text = z
  .string()
  .trim()
  .min(1, 'required')
  .max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`);

/** One line in Simplified Chinese and English. */
export const LocalizedLine = z.object({ 'zh-CN': line, en: line });
export type LocalizedLine = z.infer<typeof LocalizedLine>;
/** Free text (Markdown subset) in Simplified Chinese and English. */
export const LocalizedMarkdown = z.object({ 'zh-CN': text, en: text });
export type LocalizedMarkdown = z.infer<typeof LocalizedMarkdown>;

export const NoticeId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, 'a notice id is lower-case letters, digits and dashes');

// The service areas residents browse by (业务领域), in browsing order: in api-constants.ts, which the
// renderer bundle may import (it carries no zod).
export { NOTICE_AREAS } from './api-constants';
export const NoticeArea = z.enum(NOTICE_AREAS);
export type NoticeArea = z.infer<typeof NoticeArea>;

/** 事项类型, as the national government service guide standard lists them. */
export const MATTER_TYPES = [
  'administrative-licensing', // 行政许可
  'administrative-confirmation', // 行政确认
  'administrative-payment', // 行政给付
  'administrative-registration', // 行政登记 (备案)
  'public-service', // 公共服务
  'other', // 其他行政权力
] as const;
export const MatterType = z.enum(MATTER_TYPES);
export type MatterType = z.infer<typeof MatterType>;

/** Rank of a legal source, highest first: 设定依据 is listed in this order. */
export const LEGAL_RANKS = [
  'law', // 法律
  'administrative-regulation', // 行政法规
  'local-regulation', // 地方性法规
  'departmental-rule', // 部门规章
  'local-rule', // 地方政府规章
  'normative-document', // 规范性文件
] as const;
export const LegalRank = z.enum(LEGAL_RANKS);
export type LegalRank = z.infer<typeof LegalRank>;

const rankOf = (b: { rank: LegalRank } | undefined) => (b ? LEGAL_RANKS.indexOf(b.rank) : -1);

export const LegalBasis = z.object({
  rank: LegalRank,
  /** The law's name, e.g. 《中华人民共和国社会保险法》. */
  title: LocalizedLine,
  /** The article(s), e.g. 第十二条 / Article 12. */
  article: LocalizedLine,
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const MaterialForm = z.enum(['original', 'copy', 'original-and-copy', 'electronic']);
export type MaterialForm = z.infer<typeof MaterialForm>;

export const Material = z.object({
  name: LocalizedLine,
  form: MaterialForm,
  copies: z.number().int().min(1).max(20),
  notes: LocalizedMarkdown.nullable(),
  /** A form of the hall the resident can print at the kiosk (fixtures/forms.json id). */
  formId: z.string().nullable(),
});
export type Material = z.infer<typeof Material>;

/** 办理时限: 即办件 (served the same day) or 承诺件 (promised within N working days). */
export const TimeLimit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('same-day') }),
  z.object({ kind: z.literal('working-days'), days: z.number().int().min(1).max(365) }),
]);
export type TimeLimit = z.infer<typeof TimeLimit>;

/** 收费标准: free, or the amount and the rule that sets it. */
export const Fee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({ kind: z.literal('charged'), amount: LocalizedLine, basis: LocalizedLine }),
]);
export type Fee = z.infer<typeof Fee>;

export const FaqEntry = z.object({ question: LocalizedLine, answer: LocalizedMarkdown });
export type FaqEntry = z.infer<typeof FaqEntry>;

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+()\- ]{3,30}$/, 'a phone number: digits, spaces, +, - and brackets');

/** The editable content of a notice: what staff edit and what the central API stores. */
export const NoticeContent = z.object({
  id: NoticeId,
  /** The queue service residents take a number for after reading it. */
  serviceId: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/),
  area: NoticeArea,
  /** 事项名称 */
  title: LocalizedLine,
  /** 事项类型 */
  matterType: MatterType,
  /** 设定依据, highest-ranking first. */
  legalBasis: z
    .array(LegalBasis)
    .min(1, 'at least one legal basis')
    .max(12)
    .refine(
      (list) => list.every((b, i) => i === 0 || rankOf(b) >= rankOf(list[i - 1])),
      'list the highest-ranking law first (law, administrative regulation, local regulation, rule, document)',
    ),
  /** 受理条件 */
  eligibility: LocalizedMarkdown,
  /** 申请材料 */
  materials: z.array(Material).min(1, 'at least one material').max(30),
  /** 办理流程: numbered steps. */
  steps: z.array(LocalizedMarkdown).min(1, 'at least one step').max(20),
  /** 办理时限 */
  timeLimit: TimeLimit,
  /** 收费标准 */
  fee: Fee,
  /** 办理地点 / 窗口 / 办理时间 */
  place: z.object({ address: LocalizedLine, windows: LocalizedLine, hours: LocalizedLine }),
  /** 咨询电话 */
  consultationPhone: phone,
  /** 监督投诉电话 */
  complaintPhone: phone,
  /** 常见问题 */
  faq: z.array(FaqEntry).max(20),
  /** Related forms (fixtures/forms.json ids). */
  formIds: z.array(z.string()).max(10),
});
export type NoticeContent = z.infer<typeof NoticeContent>;

/** A notice as the central API keeps it: content + version + last update. */
export const Notice = NoticeContent.extend({
  version: z.number().int().positive(),
  /** ISO time of the last change (shown as 更新日期). */
  updatedAt: z.string(),
  /** Staff account id of the last change, null for imported content. */
  updatedBy: z.string().nullable(),
});
export type Notice = z.infer<typeof Notice>;

export const AnnouncementPriority = z.enum(['normal', 'important', 'urgent']);
export type AnnouncementPriority = z.infer<typeof AnnouncementPriority>;

export const AnnouncementContent = z
  .object({
    id: NoticeId,
    priority: AnnouncementPriority,
    /** Short Markdown text, e.g. "3 号窗口今天下午暂停服务". */
    text: z.object({
      'zh-CN': z.string().trim().min(1, 'required').max(500, 'at most 500 characters'),
      en: z.string().trim().min(1, 'required').max(500, 'at most 500 characters'),
    }),
    /** ISO times: shown from startsAt until endsAt. */
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  })
  .refine((a) => Date.parse(a.endsAt) > Date.parse(a.startsAt), {
    error: 'the end must be after the start',
    path: ['endsAt'],
  });
export type AnnouncementContent = z.infer<typeof AnnouncementContent>;

export const Announcement = z.object({
  ...AnnouncementContent.shape,
  version: z.number().int().positive(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Announcement = z.infer<typeof Announcement>;
