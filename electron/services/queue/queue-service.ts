// Taking a queue ticket. Online, the central API assigns the number; when it is unreachable, slow
// or answering errors, the kiosk issues from its leased block (offline-issue.ts) within the time
// budget. Either way the ticket is recorded with what was printed, then printed.
import { randomUUID } from 'node:crypto';
import type { IssuedTicket, Locale, LocalizedText, PrintOutcome, ServiceList, Ticket } from '../../api';
import type { CentralApi, Ticket as CentralTicket } from '../central';
import type { Clock } from '../clock';
import type { TicketPrinter } from '../printing';
import type { KioskStore } from '../store';
import { type CentralGuard, isOutage } from './central-guard';
import { hallDay } from './hall-day';
import { issueOffline, openOffline } from './offline-issue';
import { QueueError, refusalToQueueError } from './queue-error';
import { materialsOf, type ServiceCatalog } from './service-catalog';
import { type KioskPrintJob, printJobOf, StoredPrintJob, ticketOf } from './ticket-job';

export { QueueError } from './queue-error';

export interface QueueLog {
  warn(obj: object, msg: string): void;
}

export interface QueueServiceDeps {
  kioskId: string;
  hallName: LocalizedText;
  paperWidth: 80 | 58;
  /** The hall's time zone (numbers and blocks belong to its day). */
  timeZone: string;
  /** Base of the public queue page: followUrl = `${publicUrl}/q/${ticket id}`. */
  publicUrl: string;
  central: CentralApi;
  guard: CentralGuard;
  catalog: ServiceCatalog;
  printer: TicketPrinter;
  store: KioskStore;
  clock: Clock;
  log?: QueueLog;
}

export interface QueueService {
  listServices(): Promise<ServiceList>;
  issueTicket(input: { serviceId: string; locale: Locale; priority?: boolean }): Promise<IssuedTicket>;
  checkIn(input: { code: string; locale: Locale }): Promise<IssuedTicket>;
  reprint(input: { ticketId: string }): Promise<PrintOutcome>;
}

export function createQueueService(deps: QueueServiceDeps): QueueService {
  const { central, guard, catalog, printer, store, clock } = deps;

  async function serviceFacts(
    serviceId: string,
  ): Promise<{ name: LocalizedText; materials: LocalizedText[] }> {
    if (!catalog.service(serviceId)) await catalog.refresh('resident').catch(() => undefined);
    const service = catalog.service(serviceId);
    return { name: service?.name ?? { 'zh-CN': serviceId, en: serviceId }, materials: materialsOf(service) };
  }

  /** Records the ticket with its print job, prints it, records how printing went. */
  async function recordAndPrint(
    ticket: Ticket,
    job: KioskPrintJob,
    recorded: boolean,
  ): Promise<IssuedTicket> {
    if (!recorded) {
      store.tickets.record({
        clientId: ticket.id,
        serviceId: ticket.serviceId,
        number: ticket.number,
        issuedAt: ticket.issuedAt,
        source: ticket.offline ? 'offline' : 'online',
        kind: ticket.kind,
        printJob: job,
      });
    }
    const print = await printer.printTicket(job);
    store.tickets.updatePrint(ticket.id, print);
    return { ticket, print };
  }

  async function onlineTicket(issued: CentralTicket): Promise<IssuedTicket> {
    const facts = await serviceFacts(issued.serviceId);
    const ticket = ticketOf(
      {
        clientTicketId: issued.clientTicketId,
        number: issued.number,
        serviceId: issued.serviceId,
        serviceName: facts.name,
        kind: issued.kind,
        appointmentTime: issued.appointmentTime,
        peopleAhead: issued.peopleAhead,
        estimatedWaitMinutes: issued.estimatedWaitMinutes,
        approximate: false,
        offline: false,
        issuedAt: issued.issuedAt,
      },
      deps.publicUrl,
    );
    const job = printJobOf(ticket, { ...deps, materials: facts.materials });
    return recordAndPrint(ticket, job, false);
  }

  async function issueTicket(input: { serviceId: string; priority?: boolean }): Promise<IssuedTicket> {
    const priority = input.priority ?? false;
    // One id for both tries: had the timed-out online call committed after all, the hand-over of
    // the offline ticket under this id makes the printed (offline) number the truth (decision 010).
    const clientTicketId = randomUUID();
    if (guard.isAvailable()) {
      try {
        const issued = await guard.residentCall(() =>
          central.issueTicket({
            clientTicketId,
            serviceId: input.serviceId,
            kioskId: deps.kioskId,
            priority,
          }),
        );
        return await onlineTicket(issued);
      } catch (error) {
        if (!isOutage(error)) throw refusalToQueueError(error);
        deps.log?.warn(
          { err: error, serviceId: input.serviceId },
          'central API unavailable: issuing offline',
        );
      }
    }
    const { ticket, job } = issueOffline(deps, {
      clientTicketId,
      serviceId: input.serviceId,
      priority,
    });
    return recordAndPrint(ticket, job, true);
  }

  async function checkIn(input: { code: string }): Promise<IssuedTicket> {
    if (!guard.isAvailable()) {
      throw new QueueError('CENTRAL_UNAVAILABLE', 'appointment check-in needs the central API');
    }
    let issued: CentralTicket;
    try {
      issued = await guard.backgroundCall(() =>
        central.checkIn({
          code: input.code,
          clientTicketId: randomUUID(),
          kioskId: deps.kioskId,
        }),
      );
    } catch (error) {
      if (isOutage(error)) throw new QueueError('CENTRAL_UNAVAILABLE', String(error), { cause: error });
      throw refusalToQueueError(error);
    }
    return onlineTicket(issued);
  }

  async function reprint(input: { ticketId: string }): Promise<PrintOutcome> {
    const record = store.tickets.get(input.ticketId);
    const today = hallDay(clock.now(), deps.timeZone).date;
    const job = StoredPrintJob.safeParse(record?.printJob);
    if (!record || hallDay(new Date(record.issuedAt), deps.timeZone).date !== today || !job.success) {
      throw new QueueError('TICKET_NOT_FOUND', `no ticket ${input.ticketId} issued here today`);
    }
    const print = await printer.printTicket(job.data);
    store.tickets.updatePrint(record.clientId, print);
    return print;
  }

  async function listServices(): Promise<ServiceList> {
    if (guard.isAvailable()) {
      try {
        const { services, summary } = await catalog.refresh('resident');
        const byService = new Map(summary.services.map((s) => [s.serviceId, s]));
        return {
          asOf: summary.asOf,
          offline: false,
          services: services.map((s) => {
            const item = byService.get(s.id);
            const open = item ? item.openNow : s.enabled;
            const opensAt = item?.opensAt ?? null;
            return {
              id: s.id,
              prefix: s.prefix,
              name: s.name,
              waiting: item?.waiting ?? 0,
              estimatedWaitMinutes: item?.estimatedWaitMinutes ?? 0,
              open,
              opensAt: open ? null : opensAt,
            };
          }),
        };
      } catch (error) {
        if (!isOutage(error)) throw refusalToQueueError(error);
      }
    }
    return offlineList();
  }

  function offlineList(): ServiceList {
    const services = catalog.services();
    if (!services) throw new QueueError('CENTRAL_UNAVAILABLE', 'offline, and no cached catalog');
    const summary = catalog.summary();
    const now = clock.now();
    return {
      asOf: summary?.asOf ?? now.toISOString(),
      offline: true,
      services: services.map((s) => ({
        id: s.id,
        prefix: s.prefix,
        name: s.name,
        ...catalog.estimate(s.id),
        ...openOffline(s, summary, now, deps.timeZone),
      })),
    };
  }

  return { listServices, issueTicket, checkIn, reprint };
}
