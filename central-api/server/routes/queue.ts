// Queue routes: issue a ticket, the queue summary, a counter calling the next ticket, number blocks.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../errors';
import { hallTime } from '../hall-time';
import {
  CallNextBody,
  CounterId,
  IssueTicketBody,
  KioskId,
  LeaseNumberBlockBody,
  parseRequest,
} from '../requests';
import type { Service, TicketRecord } from '../store';
import type { RouteContext } from './context';

export function isOpenNow(service: Service, at: Date, timeZone: string): boolean {
  if (!service.enabled) return false;
  const { weekday, time } = hallTime(at, timeZone);
  return service.openingHours[weekday].some((r) => r.from <= time && time < r.to);
}

export function registerQueueRoutes(app: FastifyInstance, { store, now, timeZone }: RouteContext): void {
  const serviceOf = (id: string): Service => {
    const service = store.getService(id);
    if (!service) throw new ApiError(404, 'SERVICE_NOT_FOUND', `no service ${id}`);
    return service;
  };

  const ticketView = (t: TicketRecord) => {
    const service = serviceOf(t.serviceId);
    const peopleAhead = store.peopleAhead(t);
    return {
      id: t.id,
      clientTicketId: t.clientTicketId,
      number: `${service.prefix}${String(t.number).padStart(3, '0')}`,
      serviceId: t.serviceId,
      kioskId: t.kioskId,
      priority: t.priority,
      issuedAt: t.issuedAt,
      peopleAhead,
      estimatedWaitMinutes: peopleAhead * service.averageServiceMinutes,
      status: t.status,
      offline: t.offline,
      ...(t.counterId ? { counterId: t.counterId } : {}),
      ...(t.calledAt ? { calledAt: t.calledAt } : {}),
    };
  };

  app.post('/v1/tickets', async (request, reply) => {
    const body = parseRequest(IssueTicketBody, request.body, 'body');
    let offlineNumber: number | undefined;
    let issuedAt = now().toISOString();
    if (body.offline) {
      const prefix = store.getService(body.serviceId)?.prefix;
      if (prefix && body.offline.number[0] !== prefix) {
        throw new ApiError(
          400,
          'BAD_REQUEST',
          `body.offline.number: ${body.serviceId} numbers start with ${prefix}`,
        );
      }
      offlineNumber = Number(body.offline.number.slice(1));
      issuedAt = new Date(body.offline.issuedAt).toISOString();
    }
    const { ticket, created } = store.issueTicket({
      clientTicketId: body.clientTicketId,
      serviceId: body.serviceId,
      kioskId: body.kioskId,
      priority: body.priority ?? false,
      date: hallTime(new Date(issuedAt), timeZone).date,
      issuedAt,
      ...(offlineNumber !== undefined ? { offlineNumber } : {}),
    });
    return reply.code(created ? 201 : 200).send(ticketView(ticket));
  });

  app.get('/v1/queue/summary', async () => {
    const at = now();
    const waiting = store.waitingByService(hallTime(at, timeZone).date);
    return {
      asOf: at.toISOString(),
      services: store.listServices().map((s) => {
        const count = waiting.get(s.id) ?? 0;
        return {
          serviceId: s.id,
          waiting: count,
          estimatedWaitMinutes: count * s.averageServiceMinutes,
          openNow: isOpenNow(s, at, timeZone),
        };
      }),
    };
  });

  app.post('/v1/counters/:counterId/call-next', async (request, reply) => {
    const { counterId } = parseRequest(z.object({ counterId: CounterId }), request.params, 'path');
    const { serviceIds } = parseRequest(CallNextBody, request.body, 'body');
    const at = now();
    const called = store.callNext(counterId, serviceIds, hallTime(at, timeZone).date, at.toISOString());
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
