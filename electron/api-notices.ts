// KioskApi: procedure notices and announcements for residents (part of the one contract in
// electron/api.ts). Markdown never crosses the contract for display: the main process parses it
// into RichText, and the renderer only maps RichText to elements.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { kioskErrors } from './api-constants';
import { PrintOutcome } from './api-print';
import {
  AnnouncementPriority,
  Fee,
  LegalBasis,
  LocalizedLine,
  MaterialForm,
  MatterType,
  NoticeArea,
  NoticeId,
  TimeLimit,
} from './notice-model';

export type RichInline = { text: string; strong?: boolean; em?: boolean };
export type RichBlock =
  | { type: 'paragraph'; inlines: RichInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: RichBlock[][] };
export type RichText = RichBlock[];

const RichInline = z.object({ text: z.string(), strong: z.boolean().optional(), em: z.boolean().optional() });
export const RichBlock: z.ZodType<RichBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), inlines: z.array(RichInline) }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean(),
      start: z.number().int(),
      items: z.array(z.array(RichBlock)),
    }),
  ]),
);
export const RichText = z.array(RichBlock);
export const LocalizedRich = z.object({ 'zh-CN': RichText, en: RichText });
export type LocalizedRich = z.infer<typeof LocalizedRich>;

/** Where the content shown came from: the central API now, or the kiosk's cache of `asOf`. */
export const ContentFreshness = z.object({
  /** ISO time of the last successful sync with the central API (null: never synced). */
  asOf: z.string().nullable(),
  /** The last sync attempt failed: content is served from the cache as of `asOf`. */
  offline: z.boolean(),
});
export type ContentFreshness = z.infer<typeof ContentFreshness>;

export const NoticeSummary = z.object({
  id: NoticeId,
  serviceId: z.string(),
  area: NoticeArea,
  title: LocalizedLine,
  updatedAt: z.string(),
});
export type NoticeSummary = z.infer<typeof NoticeSummary>;

/** A notice ready to read: Markdown fields rendered, forms and service named, the online URL. */
export const NoticeView = z.object({
  id: NoticeId,
  serviceId: z.string(),
  /** The queue service's name, and whether a number can be taken for it now. */
  serviceName: LocalizedLine,
  area: NoticeArea,
  title: LocalizedLine,
  matterType: MatterType,
  legalBasis: z.array(LegalBasis),
  eligibility: LocalizedRich,
  materials: z.array(
    z.object({
      name: LocalizedLine,
      form: MaterialForm,
      copies: z.number().int(),
      notes: LocalizedRich.nullable(),
      formId: z.string().nullable(),
    }),
  ),
  steps: z.array(LocalizedRich),
  timeLimit: TimeLimit,
  fee: Fee,
  place: z.object({ address: LocalizedLine, windows: LocalizedLine, hours: LocalizedLine }),
  consultationPhone: z.string(),
  complaintPhone: z.string(),
  faq: z.array(z.object({ question: LocalizedLine, answer: LocalizedRich })),
  forms: z.array(z.object({ id: z.string(), title: LocalizedLine })),
  updatedAt: z.string(),
  version: z.number().int(),
  /** ASCII URL of the notice's public page on the central API (the QR on slip and PDF). */
  onlineUrl: z.string(),
});
export type NoticeView = z.infer<typeof NoticeView>;

export const AnnouncementView = z.object({
  id: NoticeId,
  priority: AnnouncementPriority,
  text: LocalizedRich,
  startsAt: z.string(),
  endsAt: z.string(),
});
export type AnnouncementView = z.infer<typeof AnnouncementView>;

/** Outcome of an A4 print through the OS print system (CUPS `lp`, job followed with `lpstat`). */
export const A4PrintOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed'), jobId: z.string() }),
  z.object({
    status: z.literal('failed'),
    /** no-printer: none configured; rejected: lp refused; stopped: the queue is stopped/paused;
     * timeout: the job did not complete in time; error: anything else (the log has the cause). */
    reason: z.enum(['no-printer', 'rejected', 'stopped', 'timeout', 'error']),
  }),
]);
export type A4PrintOutcome = z.infer<typeof A4PrintOutcome>;

const NoticeQuery = z.object({ id: NoticeId, locale: z.enum(['zh-CN', 'en']) });
const notFound = { NOTICE_NOT_FOUND: kioskErrors.NOTICE_NOT_FOUND };

export const noticesContract = {
  notices: {
    /** Every notice (titles only) for browsing by area, with the freshness of the cache. */
    list: oc.output(ContentFreshness.extend({ notices: z.array(NoticeSummary) })),
    /** Chinese, pinyin, pinyin initials and English; at most 20 hits, best first. */
    search: oc.input(z.object({ query: z.string().max(100) })).output(
      z.object({
        hits: z.array(
          NoticeSummary.extend({ matchedBy: z.enum(['hanzi', 'english', 'pinyin', 'initials']) }),
        ),
      }),
    ),
    get: oc
      .errors(notFound)
      .input(z.object({ id: NoticeId }))
      .output(ContentFreshness.extend({ notice: NoticeView })),
    /** The thermal slip: materials checklist, time limit, window, QR to the online version. */
    printSlip: oc.errors(notFound).input(NoticeQuery).output(PrintOutcome),
    /** The A4 PDF of the whole notice, as page images for the on-screen preview. */
    previewA4: oc
      .errors(notFound)
      .input(NoticeQuery)
      .output(z.object({ pages: z.array(z.string().startsWith('data:image/png;base64,')).min(1) })),
    printA4: oc.errors(notFound).input(NoticeQuery).output(A4PrintOutcome),
  },
  announcements: {
    /** Announcements showing now (between start and end), most urgent first. */
    current: oc.output(ContentFreshness.extend({ announcements: z.array(AnnouncementView) })),
  },
};
