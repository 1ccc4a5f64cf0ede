// Request schemas of the central API (mirroring components.schemas of openapi.yaml; the contract
// tests hold the two together). Every body, path and query parameter is parsed here before use.
import { z } from 'zod';
import { AnnouncementContent, NoticeContent } from '../../electron/notice-model';
import { ApiError } from './errors';
import { AppointmentCode, ServiceFixture, ServiceId } from './fixtures';

export const KioskId = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'letters, digits and dashes, at most 40');
export const CounterId = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and dashes, at most 32');
export { NoticeId } from '../../electron/notice-model';
export const StaffId = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'a staff id: letters, digits, . _ -, at most 64');
export const CaseNumber = z
  .string()
  .regex(/^[A-Z0-9-]{6,32}$/, 'upper-case letters, digits and dashes, 6 to 32');
const TicketNumber = z.string().regex(/^[A-Z]\d{3}$/, 'a prefix letter and 3 digits, e.g. A001');
const IsoTime = z.iso.datetime({ offset: true });
const OfflineIssue = z.object({ number: TicketNumber, issuedAt: IsoTime }).strict();

export const IssueTicketBody = z
  .object({
    clientTicketId: z.uuid(),
    serviceId: ServiceId,
    kioskId: KioskId,
    priority: z.boolean().optional(),
    offline: OfflineIssue.optional(),
  })
  .strict();

/** One offline ticket of a batch hand-over (POST /v1/tickets/handover). */
export const HandOverItem = z
  .object({
    clientTicketId: z.uuid(),
    serviceId: ServiceId,
    priority: z.boolean().optional(),
    offline: OfflineIssue,
  })
  .strict();
export type HandOverItem = z.infer<typeof HandOverItem>;

export const HandOverBody = z
  .object({ kioskId: KioskId, tickets: z.array(HandOverItem).min(1).max(200) })
  .strict();

/** A code as typed or scanned: case and surrounding spaces do not matter. */
export const AppointmentCodeParam = z.string().trim().toUpperCase().pipe(AppointmentCode);

export const CheckInBody = z.object({ clientTicketId: z.uuid(), kioskId: KioskId }).strict();

export const CallNextBody = z.object({ serviceIds: z.array(ServiceId).min(1) }).strict();

/** Who changes what, from which version; changeId makes a repeat harmless. */
const ContentWrite = {
  baseVersion: z.number().int().nonnegative(),
  changeId: z.uuid(),
  editedBy: StaffId,
  kioskId: KioskId,
};
export const PutNoticeBody = z.object({ ...ContentWrite, content: NoticeContent }).strict();
export const PutAnnouncementBody = z.object({ ...ContentWrite, content: AnnouncementContent }).strict();

/** A whole number in a query string (no sign, no blank). */
const QueryInt = z
  .string()
  .regex(/^\d{1,12}$/, 'a whole number')
  .transform(Number);
export const RemoveContentQuery = z.object({ ...ContentWrite, baseVersion: QueryInt });
const FeedKind = z.enum(['notice', 'announcement', 'service']);
export const ContentChangesQuery = z.object({
  since: QueryInt.default(0),
  limit: QueryInt.pipe(z.number().min(1).max(1000)).default(500),
  // Comma-separated; services only when asked for, so that a kiosk that knows only content is unaffected.
  kinds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((k) => k.split(',')))
    .pipe(z.array(FeedKind).min(1))
    .default(['notice', 'announcement']),
});

/** The back office changes a service: any of its fields but the id and the ticket prefix. */
export const UpdateServiceBody = z
  .object({
    baseVersion: z.number().int().positive(),
    editedBy: StaffId,
    service: ServiceFixture.omit({ id: true, prefix: true })
      .extend({ sortOrder: z.number().int().nonnegative() })
      .partial()
      .strict(),
  })
  .strict();

export const AuditEventsBody = z
  .object({
    kioskId: KioskId,
    events: z
      .array(
        z
          .object({
            id: z.uuid(),
            at: IsoTime,
            staffId: StaffId.nullable(),
            action: z.string().min(1).max(64),
            target: z.string().max(200).nullable(),
            summary: z.string().max(2000),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export const AuditQuery = z.object({ limit: QueryInt.pipe(z.number().min(1).max(500)).default(100) });

export const CaseQuery = z.object({
  verifier: z.string().regex(/^[0-9Xx]{4}$/, 'the last 4 characters of the ID number'),
});

export const HeartbeatBody = z
  .object({
    sentAt: IsoTime,
    appVersion: z.string().min(1).max(64),
    printer: z
      .object({ status: z.enum(['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown']) })
      .strict(),
    outboxDepth: z.number().int().nonnegative(),
    /** When the kiosk last heard from the central API (catalog, queue or outbox replay). */
    lastSyncAt: IsoTime.optional(),
  })
  .strict();

export const LeaseNumberBlockBody = z
  .object({ serviceId: ServiceId, date: z.iso.date(), size: z.number().int().min(1).max(200) })
  .strict();

/** Parses one part of a request; a failure is a 400 whose message names each wrong field. */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first key of `raw` that parsing dropped (zod strips unknown keys of nested objects), as a
 * path: the contract says additionalProperties: false everywhere, so a body must not lose a field
 * silently (a misspelt field would otherwise vanish without a word).
 */
function droppedKey(raw: unknown, parsed: unknown, path: string[]): string[] | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (const [i, item] of raw.entries()) {
      const found = droppedKey(item, parsed[i], [...path, String(i)]);
      if (found) return found;
    }
  } else if (isRecord(raw) && isRecord(parsed)) {
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in parsed)) return [...path, key];
      const found = droppedKey(value, parsed[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function parseRequest<T extends z.ZodType>(schema: T, value: unknown, part: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) {
    const dropped = part === 'body' ? droppedKey(value, result.data, [part]) : null;
    if (dropped) throw new ApiError(400, 'BAD_REQUEST', `${dropped.join('.')}: not a field of this request`);
    return result.data;
  }
  const issues = result.error.issues.map((i) => `${[part, ...i.path].join('.')}: ${i.message}`);
  throw new ApiError(400, 'BAD_REQUEST', issues.join('; '));
}
