// KioskApi: the one contract between the renderer and the kiosk's services.
// Runtime schemas (zod) + types, served over Electron MessagePort in production and over
// HTTP on 127.0.0.1 in browser mode (docs/decisions/002-kiosk-api-orpc.md).
// This file is shared by main and renderer: it imports nothing from Node or the DOM.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { kioskErrors, LOCALES } from './api-constants';
import { noticesContract } from './api-notices';
import { staffContract } from './api-staff';

export { type KioskErrorCode, kioskErrors, LOCALES } from './api-constants';
export * from './api-notices';
export * from './api-staff';
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Text the kiosk shows in the resident's language; Simplified Chinese and English are required. */
export const LocalizedText = z.object({
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ServiceId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a service id is lower-case letters, digits and dashes');

export const KioskInfo = z.object({
  kioskId: z.string(),
  hallName: LocalizedText,
  defaultLocale: Locale,
  locales: z.array(Locale).min(1),
  idleTimeoutsSeconds: z.object({
    menu: z.number().int().positive(),
    /** Reading a notice (longer: residents read it through). */
    notice: z.number().int().positive(),
    result: z.number().int().positive(),
    warning: z.number().int().positive(),
  }),
  appVersion: z.string(),
  /** The hall's IANA time zone: times shown to residents are the hall's, whatever the machine's. */
  timeZone: z.string(),
});
export type KioskInfo = z.infer<typeof KioskInfo>;

export const ServiceSummary = z.object({
  id: ServiceId,
  prefix: z.string().regex(/^[A-Z]$/),
  name: LocalizedText,
  waiting: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  /** Taking numbers now: enabled and within today's opening hours. */
  open: z.boolean(),
  /** When closed now: the ISO time it next opens, if it opens again (null when disabled). */
  opensAt: z.string().nullable(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceList = z.object({
  services: z.array(ServiceSummary),
  /** ISO time of the queue state shown: now when online, the last known state when offline. */
  asOf: z.string(),
  /** The central API cannot be reached: waits are approximate (last known state + local issues). */
  offline: z.boolean(),
});
export type ServiceList = z.infer<typeof ServiceList>;

import { PrintOutcome } from './api-print';

export { PrintOutcome } from './api-print';

export const TicketKind = z.enum(['normal', 'priority', 'appointment']);
export type TicketKind = z.infer<typeof TicketKind>;

export const Ticket = z.object({
  /** The kiosk's client-generated id (also the central API's clientTicketId). */
  id: z.string(),
  number: z.string().regex(/^[A-Z]\d{3}$/),
  serviceId: ServiceId,
  serviceName: LocalizedText,
  kind: TicketKind,
  /** For an appointment: the booked time (ISO) it is called at. */
  appointmentTime: z.string().nullable(),
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  /** peopleAhead and the wait are estimates from the last known queue state (offline issue). */
  approximate: z.boolean(),
  /** Issued by this kiosk from its leased block while the central API was unreachable. */
  offline: z.boolean(),
  issuedAt: z.string(),
  /** ASCII URL of the central API's page to follow the queue; the QR code on ticket and screen. */
  followUrl: z.string(),
});
export type Ticket = z.infer<typeof Ticket>;

export const IssuedTicket = z.object({ ticket: Ticket, print: PrintOutcome });
export type IssuedTicket = z.infer<typeof IssuedTicket>;

/** An appointment code as typed on the keypad or read by the scanner: 6 to 12 letters/digits. */
export const AppointmentCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,12}$/, 'an appointment code is 6 to 12 letters or digits');

/** Kiosk info, the queue and tickets: the first part of the contract (transport tests serve only it). */
export const queueContract = {
  kiosk: {
    info: oc.output(KioskInfo),
  },
  services: {
    list: oc.errors({ CENTRAL_UNAVAILABLE: kioskErrors.CENTRAL_UNAVAILABLE }).output(ServiceList),
  },
  tickets: {
    /**
     * An outage does not stop it: offline, it issues from the kiosk's leased block. Only a kiosk
     * that never leased a block for the service today (e.g. started during the outage) answers
     * CENTRAL_UNAVAILABLE; a used-up block is NUMBERS_EXHAUSTED.
     */
    issue: oc
      .errors({
        SERVICE_NOT_FOUND: kioskErrors.SERVICE_NOT_FOUND,
        SERVICE_CLOSED: kioskErrors.SERVICE_CLOSED,
        NUMBERS_EXHAUSTED: kioskErrors.NUMBERS_EXHAUSTED,
        CENTRAL_UNAVAILABLE: kioskErrors.CENTRAL_UNAVAILABLE,
      })
      .input(z.object({ serviceId: ServiceId, locale: Locale, priority: z.boolean().default(false) }))
      .output(IssuedTicket),
    /** Appointment check-in needs the central API (it holds the bookings). */
    checkIn: oc
      .errors({
        APPOINTMENT_NOT_FOUND: kioskErrors.APPOINTMENT_NOT_FOUND,
        APPOINTMENT_USED: kioskErrors.APPOINTMENT_USED,
        APPOINTMENT_TOO_EARLY: kioskErrors.APPOINTMENT_TOO_EARLY,
        APPOINTMENT_TOO_LATE: kioskErrors.APPOINTMENT_TOO_LATE,
        CENTRAL_UNAVAILABLE: kioskErrors.CENTRAL_UNAVAILABLE,
      })
      .input(z.object({ code: AppointmentCode, locale: Locale }))
      .output(IssuedTicket),
    /** Prints a ticket this kiosk issued today again (the same number). */
    reprint: oc
      .errors({ TICKET_NOT_FOUND: kioskErrors.TICKET_NOT_FOUND })
      .input(z.object({ ticketId: z.string().uuid() }))
      .output(PrintOutcome),
  },
};

export const kioskContract = { ...queueContract, ...noticesContract, ...staffContract };
export type KioskContract = typeof kioskContract;
