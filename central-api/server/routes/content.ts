// Catalog routes: the service catalog, forms, case status and kiosk heartbeats (notices: notices.ts).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hallDay } from '../../../electron/services/queue/hall-day';
import { ApiError } from '../errors';
import { CASE_STAGES, ServiceId } from '../fixtures';
import { daysBetween } from '../hall-time';
import { CaseNumber, CaseQuery, HeartbeatBody, KioskId, parseRequest, UpdateServiceBody } from '../requests';
import type { CaseRecord } from '../store';
import type { RouteContext } from './context';

/** A kiosk silent for longer than this is shown as stale (it beats every 30 s or so). */
export const KIOSK_STALE_MS = 2 * 60_000;

/** Days before promisedBy from which a case counts as near its deadline. */
const NEAR_DEADLINE_DAYS = 2;

export function caseView(c: CaseRecord, today: string) {
  const current = CASE_STAGES.indexOf(c.currentStage);
  const stages = CASE_STAGES.map((stage, i) => {
    const startedAt = c.stageStartedAt[stage];
    const next = CASE_STAGES[i + 1];
    const completedAt = stage === 'done' ? startedAt : next ? c.stageStartedAt[next] : undefined;
    if (i > current) return { stage, state: 'pending' as const };
    const state = i < current || stage === 'done' ? ('completed' as const) : ('current' as const);
    return {
      stage,
      state,
      ...(startedAt ? { startedAt } : {}),
      ...(state === 'completed' && completedAt ? { completedAt } : {}),
    };
  });
  const daysLeft = daysBetween(today, c.promisedBy);
  const deadlineState =
    c.currentStage === 'done'
      ? 'done'
      : daysLeft < 0
        ? 'overdue'
        : daysLeft <= NEAR_DEADLINE_DAYS
          ? 'near'
          : 'on-time';
  return {
    caseNumber: c.caseNumber,
    serviceId: c.serviceId,
    matter: c.matter,
    applicantName: c.applicantName,
    acceptedAt: c.acceptedAt,
    promisedBy: c.promisedBy,
    deadlineState,
    currentStage: c.currentStage,
    stages,
    ...(c.result ? { result: c.result } : {}),
  };
}

export function registerContentRoutes(app: FastifyInstance, { store, now, timeZone }: RouteContext): void {
  app.get('/v1/services', async () => ({ services: store.listServices() }));

  // The hall's back office changes a service (hours, names, materials, enabled); kiosks get it
  // through the change feed. A stale baseVersion is 409 VERSION_CONFLICT with the service as it is.
  app.put('/v1/services/:serviceId', async (request) => {
    const { serviceId } = parseRequest(z.object({ serviceId: ServiceId }), request.params, 'path');
    const body = parseRequest(UpdateServiceBody, request.body, 'body');
    return store.updateService({
      id: serviceId,
      baseVersion: body.baseVersion,
      edit: body.service,
      editedBy: body.editedBy,
      at: now().toISOString(),
    });
  });

  app.get('/v1/forms', async () => ({ forms: store.listForms() }));

  app.get('/v1/cases/:caseNumber', async (request) => {
    const { caseNumber } = parseRequest(z.object({ caseNumber: CaseNumber }), request.params, 'path');
    const { verifier } = parseRequest(CaseQuery, request.query, 'query');
    const found = store.getCase(caseNumber);
    // The same answer for an unknown case and a wrong verifier, so case numbers cannot be probed.
    const expected = Buffer.from(found?.applicantIdLast4 ?? '----');
    const given = Buffer.from(verifier.toUpperCase());
    if (!found || !timingSafeEqual(expected, given)) {
      throw new ApiError(404, 'CASE_NOT_FOUND', 'no case with this number and verifier');
    }
    return caseView(found, hallDay(now(), timeZone).date);
  });

  app.post('/v1/kiosks/:kioskId/heartbeat', async (request, reply) => {
    const { kioskId } = parseRequest(z.object({ kioskId: KioskId }), request.params, 'path');
    const body = parseRequest(HeartbeatBody, request.body, 'body');
    store.recordHeartbeat({
      kioskId,
      receivedAt: now().toISOString(),
      sentAt: body.sentAt,
      appVersion: body.appVersion,
      printerStatus: body.printer.status,
      outboxDepth: body.outboxDepth,
      lastSyncAt: body.lastSyncAt ?? null,
    });
    return reply.code(204).send();
  });

  // Staff view of the hall's kiosks: each one's last heartbeat, stale when it has gone quiet.
  app.get('/v1/kiosks', async () => {
    const at = now();
    return {
      asOf: at.toISOString(),
      kiosks: store.listKiosks().map((k) => ({
        kioskId: k.kioskId,
        lastSeenAt: k.receivedAt,
        sentAt: k.sentAt,
        appVersion: k.appVersion,
        printer: { status: k.printerStatus },
        outboxDepth: k.outboxDepth,
        lastSyncAt: k.lastSyncAt,
        stale: at.getTime() - Date.parse(k.receivedAt) > KIOSK_STALE_MS,
      })),
    };
  });
}
