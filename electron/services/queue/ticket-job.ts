// The printed ticket and the ticket the screen shows, built from one set of facts, and the print
// job as stored with the ticket (for "print again").
import { z } from 'zod';
import { LocalizedText, type Ticket, TicketKind } from '../../api';
import type { TicketPrintJob } from '../printing';

/** The print job with the fields issue 3 adds (kind, appointment, materials, offline mark). */
export type KioskPrintJob = TicketPrintJob & {
  kind: TicketKind;
  appointmentTime: Date | null;
  /** Printed as "please have ready" (the printer shows at most 3). */
  materials: LocalizedText[];
  offline: boolean;
  approximate: boolean;
};

/** A print job read back from SQLite (JSON: dates are ISO strings there). */
export const StoredPrintJob = z.object({
  hallName: LocalizedText,
  serviceName: LocalizedText,
  number: z.string(),
  peopleAhead: z.number().int().nonnegative(),
  estimatedWaitMinutes: z.number().int().nonnegative(),
  issuedAt: z.coerce.date(),
  qrPayload: z.string(),
  paperWidth: z.union([z.literal(80), z.literal(58)]),
  kind: TicketKind,
  appointmentTime: z.coerce.date().nullable(),
  materials: z.array(LocalizedText),
  offline: z.boolean(),
  approximate: z.boolean(),
});

/** The public queue page of a ticket; ASCII (a uuid in a URL), so it is safe in the QR code. */
export function followUrl(publicUrl: string, clientTicketId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/q/${encodeURIComponent(clientTicketId)}`;
}

export interface TicketFacts {
  clientTicketId: string;
  number: string;
  serviceId: string;
  serviceName: LocalizedText;
  kind: TicketKind;
  appointmentTime: string | null;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  approximate: boolean;
  offline: boolean;
  issuedAt: string;
}

export function ticketOf(facts: TicketFacts, publicUrl: string): Ticket {
  return {
    id: facts.clientTicketId,
    number: facts.number,
    serviceId: facts.serviceId,
    serviceName: facts.serviceName,
    kind: facts.kind,
    appointmentTime: facts.appointmentTime,
    peopleAhead: facts.peopleAhead,
    estimatedWaitMinutes: facts.estimatedWaitMinutes,
    approximate: facts.approximate,
    offline: facts.offline,
    issuedAt: facts.issuedAt,
    followUrl: followUrl(publicUrl, facts.clientTicketId),
  };
}

export function printJobOf(
  ticket: Ticket,
  extra: { hallName: LocalizedText; paperWidth: 80 | 58; materials: LocalizedText[] },
): KioskPrintJob {
  return {
    hallName: extra.hallName,
    serviceName: ticket.serviceName,
    number: ticket.number,
    peopleAhead: ticket.peopleAhead,
    estimatedWaitMinutes: ticket.estimatedWaitMinutes,
    issuedAt: new Date(ticket.issuedAt),
    qrPayload: ticket.followUrl,
    paperWidth: extra.paperWidth,
    kind: ticket.kind,
    appointmentTime: ticket.appointmentTime ? new Date(ticket.appointmentTime) : null,
    materials: extra.materials.slice(0, 3),
    offline: ticket.offline,
    approximate: ticket.approximate,
  };
}
