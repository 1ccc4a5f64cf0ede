// Issuing while the central API is away: the number comes from this kiosk's leased block, and in
// ONE SQLite transaction the number is taken, the ticket recorded and its hand-over queued in the
// outbox, so a crash can neither lose the ticket nor issue its number twice.
import type { LocalizedText, Ticket, TicketKind } from '../../api';
import type { Service } from '../central';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import { hallDay, withinHours } from './hall-day';
import { QueueError } from './queue-error';
import { type CachedSummary, materialsOf, type ServiceCatalog } from './service-catalog';
import { type KioskPrintJob, printJobOf, ticketOf } from './ticket-job';

export const OFFLINE_TICKET_KIND = 'ticket.offline';

/** The outbox payload of a ticket issued offline, handed over by the sync service. */
export interface OfflineTicketPayload {
  clientTicketId: string;
  serviceId: string;
  number: string;
  issuedAt: string;
  priority: boolean;
}

export interface OfflineIssueDeps {
  store: KioskStore;
  catalog: ServiceCatalog;
  clock: Clock;
  timeZone: string;
  publicUrl: string;
  hallName: LocalizedText;
  paperWidth: 80 | 58;
}

/**
 * Open by the central API's last word, corrected by the clock: a service it said was closed is
 * open once its announced opensAt has passed; one it said was open has closed if its hours (on
 * the kiosk's clock) covered the summary's time but no longer cover now.
 */
export function openOffline(
  service: Service,
  summary: CachedSummary | null,
  now: Date,
  timeZone: string,
): { open: boolean; opensAt: string | null } {
  if (!service.enabled) return { open: false, opensAt: null };
  const item = summary?.services.find((s) => s.serviceId === service.id);
  if (!summary || !item) return { open: true, opensAt: null };
  const opensAt = item.opensAt;
  if (item.openNow) {
    const closedSince =
      withinHours(service.openingHours, new Date(summary.asOf), timeZone) &&
      !withinHours(service.openingHours, now, timeZone);
    return { open: !closedSince, opensAt: null };
  }
  if (opensAt && Date.parse(opensAt) <= now.getTime()) return { open: true, opensAt: null };
  return { open: false, opensAt };
}

export function issueOffline(
  deps: OfflineIssueDeps,
  input: { clientTicketId: string; serviceId: string; priority: boolean },
): { ticket: Ticket; job: KioskPrintJob } {
  const { store, catalog, clock } = deps;
  const service = catalog.service(input.serviceId);
  if (!service) {
    // Never having seen the catalog means never having leased a block either.
    if (catalog.services() === null)
      throw new QueueError('CENTRAL_UNAVAILABLE', 'offline, and no catalog or number block yet');
    throw new QueueError('SERVICE_NOT_FOUND', `no service ${input.serviceId} in the cached catalog`);
  }
  const now = clock.now();
  if (!openOffline(service, catalog.summary(), now, deps.timeZone).open) {
    throw new QueueError('SERVICE_CLOSED', `${service.id} is closed now (offline)`);
  }
  const estimate = catalog.estimate(service.id);
  const date = hallDay(now, deps.timeZone).date;
  const issuedAt = now.toISOString();
  const kind: TicketKind = input.priority ? 'priority' : 'normal';

  return store.transaction(() => {
    const taken = store.numberBlocks.take(service.id, date);
    if (taken === null) {
      // Started during the outage, no block for today: nothing to issue from (not a used-up block).
      if (!store.numberBlocks.everLeased(service.id, date)) {
        throw new QueueError(
          'CENTRAL_UNAVAILABLE',
          `offline, and no number block leased for ${service.id} on ${date}`,
        );
      }
      throw new QueueError('NUMBERS_EXHAUSTED', `no leased numbers left for ${service.id} on ${date}`);
    }
    const number = `${service.prefix}${String(taken).padStart(3, '0')}`;
    const ticket = ticketOf(
      {
        clientTicketId: input.clientTicketId,
        number,
        serviceId: service.id,
        serviceName: service.name,
        kind,
        appointmentTime: null,
        peopleAhead: estimate.waiting,
        estimatedWaitMinutes: estimate.estimatedWaitMinutes,
        approximate: true,
        offline: true,
        issuedAt,
      },
      deps.publicUrl,
    );
    const job = printJobOf(ticket, {
      hallName: deps.hallName,
      paperWidth: deps.paperWidth,
      materials: materialsOf(service),
    });
    store.tickets.record({
      clientId: input.clientTicketId,
      serviceId: service.id,
      number,
      issuedAt,
      source: 'offline',
      kind,
      printJob: job,
    });
    const payload: OfflineTicketPayload = {
      clientTicketId: input.clientTicketId,
      serviceId: service.id,
      number,
      issuedAt,
      priority: input.priority,
    };
    store.outbox.enqueue({
      clientId: input.clientTicketId,
      kind: OFFLINE_TICKET_KIND,
      payload,
      createdAt: issuedAt,
    });
    return { ticket, job };
  });
}
