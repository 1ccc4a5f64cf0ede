// Loads and checks the fixture files the reference server seeds its database with on first start.
// A broken fixture fails loudly, naming the file, the key and what was expected.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AnnouncementPriority, NoticeContent } from '../../electron/notice-model';

export const LocalizedText = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }).strict();
export const ServiceId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a service id: lower-case letters, digits, dashes');
const IsoTime = z.iso.datetime({ offset: true });
const LocalDate = z.iso.date();
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const TimeRange = z.object({ from: TimeOfDay, to: TimeOfDay }).strict();
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const OpeningHours = z
  .object({
    mon: z.array(TimeRange),
    tue: z.array(TimeRange),
    wed: z.array(TimeRange),
    thu: z.array(TimeRange),
    fri: z.array(TimeRange),
    sat: z.array(TimeRange),
    sun: z.array(TimeRange),
  })
  .strict();

export const ServiceFixture = z
  .object({
    id: ServiceId,
    prefix: z.string().regex(/^[A-Z]$/, 'one upper-case letter'),
    name: LocalizedText,
    area: LocalizedText,
    description: LocalizedText,
    /** The first materials of the service's notice, printed on the ticket ("please have ready"). */
    requiredMaterials: z.array(LocalizedText).min(2).max(6),
    openingHours: OpeningHours,
    averageServiceMinutes: z.number().int().positive(),
    enabled: z.boolean(),
  })
  .strict();
export type ServiceFixture = z.infer<typeof ServiceFixture>;

/** A notice file: the full content model (electron/notice-model.ts) and the date it was last updated. */
export const NoticeFixture = NoticeContent.extend({ updatedAt: IsoTime }).strict();
export type NoticeFixture = z.infer<typeof NoticeFixture>;

/** A time relative to the day the database is seeded, in the hall's time zone. */
const RelativeTime = z.object({ dayOffset: z.number().int().min(-365).max(365), time: TimeOfDay }).strict();
export const AnnouncementFixture = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/),
    priority: AnnouncementPriority,
    text: LocalizedText,
    starts: RelativeTime,
    ends: RelativeTime,
  })
  .strict();
export type AnnouncementFixture = z.infer<typeof AnnouncementFixture>;

const FormColumn = z
  .object({ key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), label: LocalizedText })
  .strict();
const FormField = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    label: LocalizedText,
    type: z.enum(['text', 'multiline', 'date', 'number', 'phone', 'table']),
    required: z.boolean(),
    columns: z.array(FormColumn).min(1).optional(),
    rows: z.number().int().positive().optional(),
  })
  .strict()
  .refine(
    (f) => (f.type === 'table') === (f.columns !== undefined),
    'a table field, and only a table field, has columns',
  );
export const FormFixture = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/),
    serviceId: ServiceId.optional(),
    title: LocalizedText,
    description: LocalizedText,
    fields: z.array(FormField).min(1),
  })
  .strict();
export type FormFixture = z.infer<typeof FormFixture>;

export const CASE_STAGES = ['consultation', 'acceptance', 'investigation', 'approval', 'done'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const CaseFixture = z
  .object({
    caseNumber: z.string().regex(/^[A-Z0-9-]{6,32}$/),
    serviceId: ServiceId,
    matter: LocalizedText,
    applicantName: z.string().min(1).describe('already masked'),
    applicantIdLast4: z.string().regex(/^[0-9X]{4}$/, 'the last 4 characters of an ID number (digits or X)'),
    acceptedAt: IsoTime,
    promisedBy: LocalDate,
    currentStage: z.enum(CASE_STAGES),
    stageStartedAt: z.partialRecord(z.enum(CASE_STAGES), IsoTime),
    result: LocalizedText.optional(),
  })
  .strict()
  .refine(
    (c) => CASE_STAGES.slice(0, CASE_STAGES.indexOf(c.currentStage) + 1).every((s) => c.stageStartedAt[s]),
    'stageStartedAt has a time for every stage up to currentStage',
  );
export type CaseFixture = z.infer<typeof CaseFixture>;

export const AppointmentCode = z.string().regex(/^[A-Z0-9]{6,12}$/, '6 to 12 upper-case letters or digits');
export const AppointmentFixture = z
  .object({
    code: AppointmentCode,
    serviceId: ServiceId,
    /** Local time (HH:MM) on the hall day the fixtures are seeded. */
    time: TimeOfDay,
    name: z.string().min(1).describe('already masked'),
  })
  .strict();
export type AppointmentFixture = z.infer<typeof AppointmentFixture>;

export interface Fixtures {
  services: ServiceFixture[];
  notices: NoticeFixture[];
  /** fixtures/announcements.json, when the file exists. */
  announcements: AnnouncementFixture[];
  forms: FormFixture[];
  cases: CaseFixture[];
  appointments: AppointmentFixture[];
  /** The day the sample cases' dates are written relative to (cases.json asOf). */
  casesAsOf: string;
}

function readFixture<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`fixture ${file}: cannot read JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`fixture ${file}: ${issues.join('; ')}`);
  }
  return result.data;
}

function uniqueBy<T>(items: T[], key: (item: T) => string, what: string, file: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) throw new Error(`fixture ${file}: duplicate ${what} ${k}`);
    seen.add(k);
  }
}

export function loadFixtures(dir: string): Fixtures {
  const servicesFile = join(dir, 'services.json');
  const { services } = readFixture(servicesFile, z.object({ services: z.array(ServiceFixture).min(1) }));
  uniqueBy(services, (s) => s.id, 'service id', servicesFile);
  uniqueBy(services, (s) => s.prefix, 'ticket prefix', servicesFile);
  const serviceIds = new Set(services.map((s) => s.id));
  const knownService = (file: string, id: string | undefined, where: string) => {
    if (id !== undefined && !serviceIds.has(id))
      throw new Error(`fixture ${file}: ${where}.serviceId "${id}" is not a service in services.json`);
  };

  const formsFile = join(dir, 'forms.json');
  const { forms } = readFixture(formsFile, z.object({ forms: z.array(FormFixture) }));
  uniqueBy(forms, (f) => f.id, 'form id', formsFile);
  for (const [i, f] of forms.entries()) knownService(formsFile, f.serviceId, `forms.${i}`);

  const noticesDir = join(dir, 'notices');
  const notices = readdirSync(noticesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(noticesDir, f);
      const notice = readFixture(file, NoticeFixture);
      knownService(file, notice.serviceId, 'notice');
      const formIds = [...notice.formIds, ...notice.materials.flatMap((m) => (m.formId ? [m.formId] : []))];
      for (const id of formIds) {
        if (!forms.some((f) => f.id === id))
          throw new Error(`fixture ${file}: form "${id}" is not a form in forms.json`);
      }
      return notice;
    });
  uniqueBy(notices, (n) => n.id, 'notice id', noticesDir);

  const announcementsFile = join(dir, 'announcements.json');
  const announcements = existsSync(announcementsFile)
    ? readFixture(announcementsFile, z.object({ announcements: z.array(AnnouncementFixture) }).strict())
        .announcements
    : [];
  uniqueBy(announcements, (a) => a.id, 'announcement id', announcementsFile);

  const casesFile = join(dir, 'cases.json');
  const { cases, asOf: casesAsOf } = readFixture(
    casesFile,
    z.object({ asOf: LocalDate, cases: z.array(CaseFixture) }).strict(),
  );
  uniqueBy(cases, (c) => c.caseNumber, 'case number', casesFile);
  for (const [i, c] of cases.entries()) knownService(casesFile, c.serviceId, `cases.${i}`);

  const appointmentsFile = join(dir, 'appointments.json');
  const { appointments } = readFixture(
    appointmentsFile,
    z.object({ description: z.string().optional(), appointments: z.array(AppointmentFixture) }).strict(),
  );
  uniqueBy(appointments, (a) => a.code, 'appointment code', appointmentsFile);
  for (const [i, a] of appointments.entries())
    knownService(appointmentsFile, a.serviceId, `appointments.${i}`);

  return { services, notices, announcements, forms, cases, appointments, casesAsOf };
}

/**
 * Moves the sample cases by whole days, so that a demo seeded today shows them at the same
 * point of their life (in progress, near the deadline, done) as on the day they were written.
 */
export function shiftCaseDates(cases: CaseFixture[], days: number): CaseFixture[] {
  const ms = days * 86_400_000;
  const time = (iso: string) => new Date(Date.parse(iso) + ms).toISOString();
  return cases.map((c) => ({
    ...c,
    acceptedAt: time(c.acceptedAt),
    promisedBy: new Date(Date.parse(`${c.promisedBy}T00:00:00Z`) + ms).toISOString().slice(0, 10),
    stageStartedAt: Object.fromEntries(Object.entries(c.stageStartedAt).map(([k, v]) => [k, time(v)])),
  }));
}
