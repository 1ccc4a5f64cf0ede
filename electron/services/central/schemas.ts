// What the kiosk accepts from the central API: every response is parsed by these schemas, so
// nothing the network sends reaches the services unchecked. Unknown extra fields are dropped
// (a newer server may add some); missing or wrong ones are an invalid payload.
// The types are held to central-api/openapi.yaml by the compile-time checks in contract-check.ts.
import { z } from 'zod';

export const LocalizedText = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ServiceId = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a service id');
const IsoTime = z.iso.datetime({ offset: true });
const LocalDate = z.iso.date();
const TimeRange = z.object({
  from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type TimeRange = z.infer<typeof TimeRange>;

export const OpeningHours = z.object({
  mon: z.array(TimeRange),
  tue: z.array(TimeRange),
  wed: z.array(TimeRange),
  thu: z.array(TimeRange),
  fri: z.array(TimeRange),
  sat: z.array(TimeRange),
  sun: z.array(TimeRange),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Service = z.object({
  id: ServiceId,
  prefix: z.string().regex(/^[A-Z]$/),
  name: LocalizedText,
  area: LocalizedText,
  description: LocalizedText,
  /** The first materials of the service's notice: print at most 3 on the ticket ("please have ready"). */
  requiredMaterials: z.array(LocalizedText),
  openingHours: OpeningHours,
  averageServiceMinutes: z.number().int().positive(),
  enabled: z.boolean(),
  /** The service's place in the catalog (ascending). */
  sortOrder: z.number().int().nonnegative(),
  /** Each change of a service on the central API takes the next version (it reaches kiosks by the change feed). */
  version: z.number().int().positive(),
  updatedAt: IsoTime,
});
export type Service = z.infer<typeof Service>;

export const TicketStatus = z.enum(['waiting', 'called', 'served']);
export const TicketKind = z.enum(['normal', 'priority', 'appointment']);
export type TicketKind = z.infer<typeof TicketKind>;
export const Ticket = z.object({
  id: z.string().min(1),
  clientTicketId: z.uuid(),
  number: z.string().regex(/^[A-Z]\d{3}$/, 'a prefix letter and 3 digits'),
  serviceId: ServiceId,
  kioskId: z.string().min(1),
  kind: TicketKind,
  /** For kind appointment: the booked time it is called at; otherwise null. */
  appointmentTime: IsoTime.nullable(),
  priority: z.boolean(),
  issuedAt: IsoTime,
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  status: TicketStatus,
  offline: z.boolean(),
  counterId: z.string().optional(),
  calledAt: IsoTime.optional(),
});
export type Ticket = z.infer<typeof Ticket>;

export const QueueSummaryItem = z.object({
  serviceId: ServiceId,
  waiting: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  openNow: z.boolean(),
  /** When closed now: the next opening (ISO); null when open now or disabled. */
  opensAt: IsoTime.nullable(),
});
export type QueueSummaryItem = z.infer<typeof QueueSummaryItem>;
export const QueueSummary = z.object({ asOf: IsoTime, services: z.array(QueueSummaryItem) });
export type QueueSummary = z.infer<typeof QueueSummary>;

export const CASE_STAGES = ['consultation', 'acceptance', 'investigation', 'approval', 'done'] as const;
export const CaseStageName = z.enum(CASE_STAGES);
export type CaseStageName = z.infer<typeof CaseStageName>;
export const CaseStage = z.object({
  stage: CaseStageName,
  state: z.enum(['completed', 'current', 'pending']),
  startedAt: IsoTime.optional(),
  completedAt: IsoTime.optional(),
});
export type CaseStage = z.infer<typeof CaseStage>;
export const CaseStatus = z.object({
  caseNumber: z.string().min(1),
  serviceId: ServiceId,
  matter: LocalizedText,
  applicantName: z.string(),
  acceptedAt: IsoTime,
  promisedBy: LocalDate,
  deadlineState: z.enum(['on-time', 'near', 'overdue', 'done']),
  currentStage: CaseStageName,
  stages: z.array(CaseStage).length(5),
  result: LocalizedText.optional(),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

export const FormField = z.object({
  key: z.string().min(1),
  label: LocalizedText,
  type: z.enum(['text', 'multiline', 'date', 'number', 'phone', 'table']),
  required: z.boolean(),
  columns: z.array(z.object({ key: z.string().min(1), label: LocalizedText })).optional(),
  rows: z.number().int().positive().optional(),
});
export type FormField = z.infer<typeof FormField>;
export const Form = z.object({
  id: z.string().min(1),
  title: LocalizedText,
  description: LocalizedText,
  serviceId: ServiceId.optional(),
  fields: z.array(FormField).min(1),
});
export type Form = z.infer<typeof Form>;

export const NumberBlock = z
  .object({
    serviceId: ServiceId,
    date: LocalDate,
    first: z.number().int().min(1).max(999),
    last: z.number().int().min(1).max(999),
  })
  .refine((b) => b.first <= b.last, { message: 'first is after last', path: ['last'] });
export type NumberBlock = z.infer<typeof NumberBlock>;

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  /** With SERVICE_CLOSED: the next opening. */
  opensAt: IsoTime.nullable().optional(),
  /** With APPOINTMENT_TOO_EARLY / APPOINTMENT_TOO_LATE: the booked time. */
  appointmentTime: IsoTime.optional(),
});

export const KioskStatus = z.object({
  kioskId: z.string().min(1),
  lastSeenAt: IsoTime,
  sentAt: IsoTime,
  appVersion: z.string(),
  printer: z.object({
    status: z.enum(['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown']),
  }),
  outboxDepth: z.number().int().nonnegative(),
  lastSyncAt: IsoTime.nullable(),
  /** No heartbeat for more than 2 minutes. */
  stale: z.boolean(),
});
export type KioskStatus = z.infer<typeof KioskStatus>;

export const PrinterStatus = z.enum([
  'ok',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'offline',
  'unknown',
]);
export type PrinterStatus = z.infer<typeof PrinterStatus>;

/** One answer of a batch hand-over: accepted with the ticket, or rejected with the reason. */
export const HandOverResult = z.object({
  clientTicketId: z.string(),
  status: z.enum(['accepted', 'rejected']),
  ticket: Ticket.optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});
export type HandOverResult = z.infer<typeof HandOverResult>;

export interface HandOverInput {
  kioskId: string;
  /** 1..200 tickets issued offline, in issue-time order. */
  tickets: {
    clientTicketId: string;
    serviceId: string;
    priority?: boolean;
    offline: { number: string; issuedAt: string };
  }[];
}

export interface IssueTicketInput {
  /** A uuid the kiosk generated; a replay with the same id returns the same ticket. */
  clientTicketId: string;
  serviceId: string;
  kioskId: string;
  priority?: boolean;
  /** Hand-over of a ticket issued offline from a leased block: its number (e.g. A017) and time. */
  offline?: { number: string; issuedAt: string };
}

export interface HeartbeatInput {
  kioskId: string;
  sentAt: string;
  appVersion: string;
  printer: { status: PrinterStatus };
  outboxDepth: number;
  /** When the kiosk last heard from the central API. */
  lastSyncAt?: string;
}

export interface CheckInInput {
  /** As typed or scanned; the server ignores case. */
  code: string;
  /** A uuid the kiosk generated; a replay with the same id returns the same ticket. */
  clientTicketId: string;
  kioskId: string;
}

export interface LeaseNumberBlockInput {
  kioskId: string;
  serviceId: string;
  /** YYYY-MM-DD in the hall's time zone. */
  date: string;
  size: number;
}
