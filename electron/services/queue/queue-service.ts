// Taking a queue ticket: the central API assigns the number, the ticket printer prints it,
// and the kiosk keeps its own record of every ticket it issued.
import { randomUUID } from 'node:crypto';
import type { IssuedTicket, Locale, LocalizedText, ServiceList } from '../../api';
import { type CentralApi, CentralApiError } from '../central';
import type { Clock } from '../clock';
import type { TicketPrinter } from '../printing';
import type { KioskStore } from '../store';

export interface QueueServiceDeps {
  kioskId: string;
  hallName: LocalizedText;
  paperWidth: 80 | 58;
  central: CentralApi;
  printer: TicketPrinter;
  store: KioskStore;
  clock: Clock;
}

/** A failure the resident can be told about; the router maps `code` to a KioskApi error. */
export class QueueError extends Error {
  constructor(
    readonly code: 'SERVICE_NOT_FOUND' | 'SERVICE_CLOSED' | 'CENTRAL_UNAVAILABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'QueueError';
  }
}

export interface QueueService {
  listServices(): Promise<ServiceList>;
  issueTicket(input: { serviceId: string; locale: Locale }): Promise<IssuedTicket>;
}

export function createQueueService(deps: QueueServiceDeps): QueueService {
  const { central, printer, store, clock } = deps;
  // Service names for the printed ticket; refreshed whenever the service list is shown.
  const serviceNames = new Map<string, LocalizedText>();

  async function serviceNameOf(serviceId: string): Promise<LocalizedText> {
    if (!serviceNames.has(serviceId)) {
      const services = await central.listServices().catch(() => []);
      for (const s of services) serviceNames.set(s.id, s.name);
    }
    return serviceNames.get(serviceId) ?? { 'zh-CN': serviceId, en: serviceId };
  }

  async function listServices(): Promise<ServiceList> {
    try {
      const [services, summary] = await Promise.all([central.listServices(), central.queueSummary()]);
      const byService = new Map(summary.map((s) => [s.serviceId, s]));
      for (const s of services) serviceNames.set(s.id, s.name);
      return {
        asOf: clock.now().toISOString(),
        services: services.map((s) => ({
          id: s.id,
          prefix: s.prefix,
          name: s.name,
          waiting: byService.get(s.id)?.waiting ?? 0,
          estimatedWaitMinutes: byService.get(s.id)?.estimatedWaitMinutes ?? 0,
          open: s.enabled,
        })),
      };
    } catch (error) {
      throw toQueueError(error);
    }
  }

  async function issueTicket(input: { serviceId: string; locale: Locale }): Promise<IssuedTicket> {
    const clientId = randomUUID();
    let issued: Awaited<ReturnType<CentralApi['issueTicket']>>;
    try {
      issued = await central.issueTicket({
        clientTicketId: clientId,
        serviceId: input.serviceId,
        kioskId: deps.kioskId,
      });
    } catch (error) {
      throw toQueueError(error);
    }
    const serviceName = await serviceNameOf(issued.serviceId);
    store.tickets.record({
      clientId,
      serviceId: issued.serviceId,
      number: issued.number,
      issuedAt: issued.issuedAt,
      source: 'online',
    });
    const print = await printer.printTicket({
      hallName: deps.hallName,
      serviceName,
      number: issued.number,
      peopleAhead: issued.peopleAhead,
      estimatedWaitMinutes: issued.estimatedWaitMinutes,
      issuedAt: new Date(issued.issuedAt),
      qrPayload: ticketQrPayload(deps.kioskId, issued.id, issued.number),
      paperWidth: deps.paperWidth,
    });
    store.tickets.updatePrint(clientId, print);
    return {
      ticket: {
        id: issued.id,
        number: issued.number,
        serviceId: issued.serviceId,
        serviceName,
        peopleAhead: issued.peopleAhead,
        estimatedWaitMinutes: issued.estimatedWaitMinutes,
        issuedAt: issued.issuedAt,
      },
      print,
    };
  }

  return { listServices, issueTicket };
}

/** ASCII only: node-thermal-printer miscounts non-ASCII QR data (DESIGN.md, Printing). */
export function ticketQrPayload(kioskId: string, ticketId: string, number: string): string {
  return `HK1/${encodeURIComponent(kioskId)}/${encodeURIComponent(ticketId)}/${number}`;
}

function toQueueError(error: unknown): QueueError {
  if (error instanceof CentralApiError && error.kind === 'http') {
    if (error.status === 404) return new QueueError('SERVICE_NOT_FOUND', error.message, { cause: error });
    if (error.status === 409) return new QueueError('SERVICE_CLOSED', error.message, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new QueueError('CENTRAL_UNAVAILABLE', message, { cause: error });
}
