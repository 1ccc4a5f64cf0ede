// Queue routes: issue a ticket, appointment check-in, the queue summary, a counter calling the next
// ticket, number blocks.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hallDay } from '../../../electron/services/queue/hall-day';
import { ApiError } from '../errors';
import {
  AppointmentCodeParam,
  CallNextBody,
  CheckInBody,
  CounterId,
  HandOverBody,
  type HandOverItem,
  IssueTicketBody,
  KioskId,
  LeaseNumberBlockBody,
  parseRequest,
} from '../requests';
import type { IssueTicketInput, Service, TicketRecord } from '../store';
import type { RouteContext } from './context';

export function ticketNumber(service: Pick<Service, 'prefix'>, t: Pick<TicketRecord, 'number'>): string {
  return `${service.prefix}${String(t.number).padStart(3, '0')}`;
}

export function registerQueueRoutes(app: FastifyInstance, context: RouteContext): void {
  const { store, now, timeZone, hours, rules, waits } = context;
  const serviceOf = (id: string): Service => {
    const service = store.getService(id);
    if (!service) throw new ApiError(404, 'SERVICE_NOT_FOUND', `no service ${id}`);
    return service;
  };

  const ticketView = (t: TicketRecord) => {
    const service = serviceOf(t.serviceId);
    return {
      id: t.id,
      clientTicketId: t.clientTicketId,
      number: ticketNumber(service, t),
      serviceId: t.serviceId,
      kioskId: t.kioskId,
      kind: t.kind,
      appointmentTime: t.appointmentTime,
      priority: t.priority,
      issuedAt: t.issuedAt,
      ...waits.forTicket(t, now()),
      status: t.status,
      offline: t.offline,
      ...(t.counterId ? { counterId: t.counterId } : {}),
      ...(t.calledAt ? { calledAt: t.calledAt } : {}),
    };
  };

  /** The store's input for a ticket issued at `issuedAt`: numbers restart each day of the hall. */
  const issueInput = (
    body: { clientTicketId: string; serviceId: string; kioskId: string; priority?: boolean | undefined },
    issuedAt: string,
  ): IssueTicketInput => ({
    clientTicketId: body.clientTicketId,
    serviceId: body.serviceId,
    kioskId: body.kioskId,
    priority: body.priority ?? false,
    date: hallDay(new Date(issuedAt), timeZone).date,
    issuedAt,
  });

  /** The store's input for an offline hand-over; a number of another service's prefix is a 400. */
  const handOverInput = (body: HandOverItem & { kioskId: string }): IssueTicketInput => {
    const prefix = store.getService(body.serviceId)?.prefix;
    if (prefix && body.offline.number[0] !== prefix) {
      throw new ApiError(
        400,
        'BAD_REQUEST',
        `offline.number: ${body.serviceId} numbers start with ${prefix}`,
      );
    }
    return {
      ...issueInput(body, new Date(body.offline.issuedAt).toISOString()),
      offlineNumber: Number(body.offline.number.slice(1)),
    };
  };

  app.post('/v1/tickets', async (request, reply) => {
    const body = parseRequest(IssueTicketBody, request.body, 'body');
    if (body.offline) {
      const { ticket, created } = store.issueTicket(handOverInput({ ...body, offline: body.offline }));
      return reply.code(created ? 201 : 200).send(ticketView(ticket));
    }
    // A replay of a ticket issued while open must still answer after closing time.
    const service = store.getService(body.serviceId);
    const known = store.getTicket(body.clientTicketId);
    if (service?.enabled && !known && !hours.isOpenNow(service, now())) {
      const opensAt = hours.nextOpening(service, now());
      throw new ApiError(
        409,
        'SERVICE_CLOSED',
        `service ${body.serviceId} is closed now${opensAt ? `; it opens at ${opensAt}` : ''}`,
        { opensAt },
      );
    }
    const { ticket, created } = store.issueTicket(issueInput(body, now().toISOString()));
    return reply.code(created ? 201 : 200).send(ticketView(ticket));
  });

  // Offline tickets in a batch: one transaction, one answer per item (decision 010).
  app.post('/v1/tickets/handover', async (request) => {
    const { kioskId, tickets } = parseRequest(HandOverBody, request.body, 'body');
    const early = new Map<number, ApiError>();
    const inputs: { index: number; input: IssueTicketInput }[] = [];
    tickets.forEach((item, index) => {
      try {
        inputs.push({ index, input: handOverInput({ ...item, kioskId }) });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        early.set(index, error);
      }
    });
    const outcomes = store.handOverTickets(inputs.map((i) => i.input));
    const byIndex = new Map(inputs.map((i, k) => [i.index, outcomes[k]]));
    const results = tickets.map((item, index) => {
      const outcome = byIndex.get(index);
      const error = early.get(index) ?? (outcome?.status === 'rejected' ? outcome.error : undefined);
      if (error || !outcome || outcome.status !== 'accepted') {
        return {
          clientTicketId: item.clientTicketId,
          status: 'rejected' as const,
          code: error?.code ?? 'INTERNAL',
          message: error?.message ?? 'not processed',
        };
      }
      const note =
        outcome.replacedOnline !== undefined
          ? {
              code: 'ONLINE_TICKET_REPLACED',
              message: `the online number ${outcome.replacedOnline} (never printed) was replaced by the offline one`,
            }
          : outcome.kept
            ? {
                code: 'ONLINE_TICKET_KEPT',
                message: `the online ticket was already ${outcome.ticket.status}; it was kept`,
              }
            : {};
      return {
        clientTicketId: item.clientTicketId,
        status: 'accepted' as const,
        ticket: ticketView(outcome.ticket),
        ...note,
      };
    });
    return { results };
  });

  app.post('/v1/appointments/:code/check-in', async (request, reply) => {
    const { code } = parseRequest(z.object({ code: AppointmentCodeParam }), request.params, 'path');
    const body = parseRequest(CheckInBody, request.body, 'body');
    const at = now();
    const { ticket, created } = store.checkInAppointment({
      code,
      clientTicketId: body.clientTicketId,
      kioskId: body.kioskId,
      date: hallDay(at, timeZone).date,
      at: at.toISOString(),
      rules,
    });
    return reply.code(created ? 201 : 200).send(ticketView(ticket));
  });

  app.get('/v1/queue/summary', async () => {
    const at = now();
    const waiting = store.waitingByService(hallDay(at, timeZone).date);
    return {
      asOf: at.toISOString(),
      services: store.listServices().map((s) => ({
        serviceId: s.id,
        waiting: waiting.get(s.id) ?? 0,
        estimatedWaitMinutes: waits.forNewTicket(s.id, at).estimatedWaitMinutes,
        openNow: hours.isOpenNow(s, at),
        opensAt: hours.nextOpening(s, at),
      })),
    };
  });

  app.post('/v1/counters/:counterId/call-next', async (request, reply) => {
    const { counterId } = parseRequest(z.object({ counterId: CounterId }), request.params, 'path');
    const { serviceIds } = parseRequest(CallNextBody, request.body, 'body');
    const at = now();
    const called = store.callNext(counterId, serviceIds, hallDay(at, timeZone).date, at.toISOString(), rules);
    if (!called) return reply.code(204).send();
    return ticketView(called);
  });

  app.post('/v1/kiosks/:kioskId/number-blocks', async (request, reply) => {
    const { kioskId } = parseRequest(z.object({ kioskId: KioskId }), request.params, 'path');
    const body = parseRequest(LeaseNumberBlockBody, request.body, 'body');
    const block = store.leaseNumberBlock(kioskId, body.serviceId, body.date, body.size, now().toISOString());
    return reply.code(201).send(block);
  });
}
