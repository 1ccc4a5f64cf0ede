// The central audit log: kiosks hand over their local entries (idempotent on each id); staff read
// the newest. Content changes made through this API write their own entries (store/content-items.ts).
import type { FastifyInstance } from 'fastify';
import { AuditEventsBody, AuditQuery, parseRequest } from '../requests';
import type { RouteContext } from './context';

export function registerAuditRoutes(app: FastifyInstance, { store, now }: RouteContext): void {
  app.post('/v1/audit/events', async (request) => {
    const { kioskId, events } = parseRequest(AuditEventsBody, request.body, 'body');
    const receivedAt = now().toISOString();
    store.recordAuditBatch(events.map((e) => ({ ...e, kioskId, receivedAt })));
    // Repeats are stored already: every event of the request is accepted.
    return { accepted: events.length };
  });

  app.get('/v1/audit', async (request) => {
    const { limit } = parseRequest(AuditQuery, request.query, 'query');
    return { entries: store.listAudit(limit) };
  });
}
