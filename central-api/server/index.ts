// The reference central API: a real Fastify server over a real SQLite file, implementing
// central-api/openapi.yaml. It is the embedded default of `npm start` and what tests run against.
import Fastify, { type FastifyError } from 'fastify';
import { hallDay } from '../../electron/services/queue/hall-day';
import { createTokenCheck } from './auth';
import { contentSeed } from './content-seed';
import { ApiError } from './errors';
import { loadFixtures, shiftCaseDates } from './fixtures';
import { DEFAULT_TIME_ZONE, daysBetween, hallInstant } from './hall-time';
import { type OpeningHoursMode, openingHours } from './opening-hours';
import { DEFAULT_QUEUE_RULES, type QueueRules } from './queue-order';
import { registerAuditRoutes } from './routes/audit';
import { registerContentRoutes } from './routes/content';
import { registerNoticePage } from './routes/notice-page';
import { registerNoticeRoutes } from './routes/notices';
import { registerPublicPage } from './routes/public-page';
import { registerQueueRoutes } from './routes/queue';
import { openCentralStore } from './store';
import { createWaitEstimator } from './wait-estimate';

export { generatedNotice, insertGeneratedNotices } from './generated-notices';
export type { QueueRules } from './queue-order';
export { type CentralStore, openCentralStore } from './store';

export interface CentralServerOptions {
  dbPath: string;
  fixturesDir: string;
  kioskTokens: string[];
  now?: () => Date;
  logger?: boolean;
  /** The hall's time zone: ticket numbers reset at its midnight. Default Asia/Shanghai. */
  timeZone?: string;
  /** Priority fairness and appointment tolerance; see queue-order.ts. */
  queueRules?: Partial<QueueRules>;
  /** 'fixtures' (default): services follow their opening hours; 'always': any hour (demos). */
  openingHours?: OpeningHoursMode;
}

export interface CentralServer {
  /** http://127.0.0.1:PORT once listening, else null. */
  readonly url: string | null;
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
}

/** The rules with defaults filled in; a nonsensical value fails at start, not at the first call. */
export function resolveQueueRules(given: Partial<QueueRules> = {}): QueueRules {
  const rules = { ...DEFAULT_QUEUE_RULES, ...given };
  if (!Number.isInteger(rules.priorityEvery) || rules.priorityEvery < 1)
    throw new Error(
      `central-api: priorityEvery must be a whole number of at least 1, not ${rules.priorityEvery}`,
    );
  for (const key of ['appointmentEarlyMinutes', 'appointmentLateMinutes'] as const) {
    if (!Number.isInteger(rules[key]) || rules[key] < 0)
      throw new Error(`central-api: ${key} must be a whole number of minutes, not ${rules[key]}`);
  }
  return rules;
}

export async function createCentralServer(opts: CentralServerOptions): Promise<CentralServer> {
  const checkToken = createTokenCheck(opts.kioskTokens);
  const now = opts.now ?? (() => new Date());
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const rules = resolveQueueRules(opts.queueRules);
  const store = openCentralStore(opts.dbPath);
  try {
    let fixtures: ReturnType<typeof loadFixtures> | undefined;
    const load = () => {
      fixtures ??= loadFixtures(opts.fixturesDir);
      return fixtures;
    };
    const today = hallDay(now(), timeZone).date;
    store.seedOnce(() => {
      const fx = load();
      return { ...fx, cases: shiftCaseDates(fx.cases, daysBetween(fx.casesAsOf, today)) };
    });
    // Sample appointments are booked for the day the database is first seeded, at their local times.
    store.seedAppointmentsOnce(() => ({
      services: load().services,
      appointments: load().appointments.map((a) => ({
        code: a.code,
        serviceId: a.serviceId,
        appointmentTime: hallInstant(today, a.time, timeZone),
        name: a.name,
      })),
    }));
    // Notices and announcements: seeded once, also into a database made before they had this shape.
    store.seedContentOnce(() => contentSeed(load(), today, timeZone, opts.fixturesDir));
  } catch (error) {
    store.close();
    throw error;
  }
  const context = {
    store,
    now,
    timeZone,
    hours: openingHours(opts.openingHours ?? 'fixtures', timeZone),
    rules,
    waits: createWaitEstimator(store, rules, timeZone),
  };

  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 256 * 1024 });

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/v1/') || request.url === '/v1') checkToken(request.headers.authorization);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.status === 401) reply.header('www-authenticate', 'Bearer');
      return reply.code(error.status).send({ code: error.code, message: error.message, ...error.details });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own rejections: unparsable JSON, wrong content type, body too large.
      const code =
        status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      return reply.code(status).send({ code, message: error.message });
    }
    request.log.error({ err: error }, 'central-api: unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: 'internal error' });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  app.get('/healthz', async (_request, reply) => {
    if (!store.ping())
      return reply.code(503).send({ code: 'UNAVAILABLE', message: 'database does not answer' });
    return { status: 'ok' };
  });
  registerContentRoutes(app, context);
  registerNoticeRoutes(app, context);
  registerAuditRoutes(app, context);
  registerQueueRoutes(app, context);
  registerPublicPage(app, context);
  registerNoticePage(app, context);

  let url: string | null = null;
  let closed = false;
  return {
    get url() {
      return url;
    },
    async listen(port = 0) {
      await app.listen({ host: '127.0.0.1', port });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('central-api: no TCP address');
      url = `http://127.0.0.1:${address.port}`;
      return url;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      store.close();
      url = null;
    },
  };
}
