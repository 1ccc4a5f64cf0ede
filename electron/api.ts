// KioskApi: the one contract between the renderer and the kiosk's services.
// Runtime schemas (zod) + types, served over Electron MessagePort in production and over
// HTTP on 127.0.0.1 in browser mode (docs/decisions/002-kiosk-api-orpc.md).
// This file is shared by main and renderer: it imports nothing from Node or the DOM.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { kioskErrors, LOCALES } from './api-constants';

export { type KioskErrorCode, kioskErrors, LOCALES } from './api-constants';
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
    result: z.number().int().positive(),
    warning: z.number().int().positive(),
  }),
  appVersion: z.string(),
});
export type KioskInfo = z.infer<typeof KioskInfo>;

export const ServiceSummary = z.object({
  id: ServiceId,
  prefix: z.string().regex(/^[A-Z]$/),
  name: LocalizedText,
  waiting: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  open: z.boolean(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceList = z.object({
  services: z.array(ServiceSummary),
  /** ISO time the list was fetched from the central API. */
  asOf: z.string(),
});
export type ServiceList = z.infer<typeof ServiceList>;

export const PrintOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({
    status: z.literal('failed'),
    /** Machine-readable cause; the renderer turns it into a message in the resident's language. */
    reason: z.enum(['offline', 'paper-out', 'cover-open', 'timeout', 'error']),
  }),
]);
export type PrintOutcome = z.infer<typeof PrintOutcome>;

export const Ticket = z.object({
  id: z.string(),
  number: z.string().regex(/^[A-Z]\d{3}$/),
  serviceId: ServiceId,
  serviceName: LocalizedText,
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  issuedAt: z.string(),
});
export type Ticket = z.infer<typeof Ticket>;

export const IssuedTicket = z.object({ ticket: Ticket, print: PrintOutcome });
export type IssuedTicket = z.infer<typeof IssuedTicket>;

export const kioskContract = {
  kiosk: {
    info: oc.output(KioskInfo),
  },
  services: {
    list: oc.errors({ CENTRAL_UNAVAILABLE: kioskErrors.CENTRAL_UNAVAILABLE }).output(ServiceList),
  },
  tickets: {
    issue: oc
      .errors(kioskErrors)
      .input(z.object({ serviceId: ServiceId, locale: Locale }))
      .output(IssuedTicket),
  },
};
export type KioskContract = typeof kioskContract;
