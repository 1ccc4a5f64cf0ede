// Request schemas of the central API (mirroring components.schemas of openapi.yaml; the contract
// tests hold the two together). Every body, path and query parameter is parsed here before use.
import { z } from 'zod';
import { ApiError } from './errors';
import { AppointmentCode, LocalizedText, ServiceId } from './fixtures';

export const KioskId = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'letters, digits and dashes, at most 40');
export const CounterId = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits and dashes, at most 32');
export const NoticeId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes');
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

export const PutNoticeBody = z
  .object({
    baseVersion: z.number().int().nonnegative(),
    serviceId: ServiceId,
    title: LocalizedText,
    body: LocalizedText,
  })
  .strict();

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
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown, part: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${[part, ...i.path].join('.')}: ${i.message}`);
  throw new ApiError(400, 'BAD_REQUEST', issues.join('; '));
}
