// The kiosk's client of the hall's central API (central-api/openapi.yaml). Requests are typed by the
// schema generated from that file (openapi-fetch); responses are parsed by zod before anyone uses them.
import createClient from 'openapi-fetch';
import { z } from 'zod';
import type { paths } from '../../../central-api/generated/schema';
import { createContentCalls } from './content-calls';
import type {
  CentralAuditEntry,
  CentralAuditEvent,
  ContentChange,
  ContentWrite,
  FeedKind,
  PutAnnouncementInput,
  PutContentResult,
  PutNoticeInput,
  RemoveContentResult,
} from './content-schemas';
import { CentralApiError } from './errors';
import {
  CaseStatus,
  type CheckInInput,
  ErrorBody,
  Form,
  type HandOverInput,
  HandOverResult,
  type HeartbeatInput,
  type IssueTicketInput,
  KioskStatus,
  type LeaseNumberBlockInput,
  NumberBlock,
  QueueSummary,
  type QueueSummaryItem,
  Service,
  Ticket,
} from './schemas';

export interface CentralApiOptions {
  baseUrl: string;
  token: string;
  /** Per request, including reading the body. Default 2000 ms: a slow central API must not freeze the screen. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface CentralApi {
  listServices(): Promise<Service[]>;
  /** One entry per service: waiting count, estimated wait, and whether it is open right now. */
  queueSummary(): Promise<QueueSummaryItem[]>;
  /**
   * Idempotent on input.clientTicketId: replays return the same ticket. A service closed now is a
   * CentralApiError with code SERVICE_CLOSED and `opensAt`.
   */
  issueTicket(input: IssueTicketInput): Promise<Ticket>;
  /**
   * Offline tickets in one batch (1..200), one transaction at the central API; one result per item,
   * in the order sent. Each item is idempotent on its clientTicketId like issueTicket with `offline`.
   */
  handOverTickets(input: HandOverInput): Promise<HandOverResult[]>;
  /**
   * Appointment check-in: a ticket of kind 'appointment', called at its booked time. Idempotent on
   * clientTicketId. Refusals are CentralApiError kind 'http' with code APPOINTMENT_NOT_FOUND,
   * APPOINTMENT_USED, APPOINTMENT_TOO_EARLY or APPOINTMENT_TOO_LATE (the last two with appointmentTime).
   */
  checkIn(input: CheckInInput): Promise<Ticket>;
  /** Staff view: every kiosk's last heartbeat, stale after 2 minutes of silence. */
  listKiosks(): Promise<KioskStatus[]>;
  heartbeat(input: HeartbeatInput): Promise<void>;
  leaseNumberBlock(input: LeaseNumberBlockInput): Promise<NumberBlock>;
  /**
   * Notices, announcements and (when asked for in `kinds`) services changed after the cursor `since`
   * (0: everything), oldest first, each once in its latest state; removals as `removed: true, item:
   * null`. Items are NOT validated here: the caller checks each one, so one bad item is rejected alone.
   */
  contentChanges(input: { since: number; limit?: number; kinds?: FeedKind[] }): Promise<{
    changes: ContentChange[];
    cursor: number;
    more: boolean;
  }>;
  /** Staff edit of a notice. Idempotent on changeId; a stale baseVersion is a conflict value, not an error. */
  putNotice(input: PutNoticeInput): Promise<PutContentResult>;
  /** Removal; an item already gone is 'removed' too. A stale baseVersion is a conflict value. */
  removeNotice(input: ContentWrite): Promise<RemoveContentResult>;
  putAnnouncement(input: PutAnnouncementInput): Promise<PutContentResult>;
  removeAnnouncement(input: ContentWrite): Promise<RemoveContentResult>;
  /** Hands over local audit entries; idempotent on each event id. */
  postAuditEvents(input: { kioskId: string; events: CentralAuditEvent[] }): Promise<{ accepted: number }>;
  /** The central audit log, newest first. */
  listAudit(input: { limit: number }): Promise<CentralAuditEntry[]>;
  /** null when no case has this number and verifier (the server does not say which was wrong). */
  caseStatus(caseNumber: string, verifier: string): Promise<CaseStatus | null>;
  listForms(): Promise<Form[]>;
}

export interface Outcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export function createCentralApi(opts: CentralApiOptions): CentralApi {
  const timeoutMs = opts.timeoutMs ?? 2000;
  const client = createClient<paths>({
    baseUrl: opts.baseUrl.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${opts.token}` },
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });

  /** Runs one request under the timeout; transport failures become unreachable/timeout errors. */
  async function send(operation: string, run: (signal: AbortSignal) => Promise<Outcome>): Promise<Outcome> {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await run(signal);
    } catch (error) {
      if (signal.aborted) {
        throw new CentralApiError(
          'timeout',
          `${operation}: no answer from ${opts.baseUrl} within ${timeoutMs} ms`,
          {
            cause: error,
          },
        );
      }
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new CentralApiError('unreachable', `${operation}: cannot reach ${opts.baseUrl} (${detail})`, {
        cause: error,
      });
    }
  }

  function httpError(operation: string, outcome: Outcome): CentralApiError {
    const status = outcome.response.status;
    const body = ErrorBody.safeParse(outcome.error);
    const detail = body.success ? ` ${body.data.code}: ${body.data.message}` : '';
    return new CentralApiError('http', `${operation}: HTTP ${status}${detail}`, {
      status,
      ...(body.success ? { code: body.data.code } : {}),
      ...(body.success && body.data.opensAt !== undefined ? { opensAt: body.data.opensAt } : {}),
      ...(body.success && body.data.appointmentTime ? { appointmentTime: body.data.appointmentTime } : {}),
    });
  }

  function parsePayload<S extends z.ZodType>(operation: string, schema: S, payload: unknown): z.infer<S> {
    let json = payload;
    if (typeof payload === 'string') {
      try {
        json = JSON.parse(payload);
      } catch (error) {
        throw new CentralApiError(
          'invalid-payload',
          `${operation}: response is not JSON (${(error as Error).message})`,
        );
      }
    }
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    const issues = result.error.issues.map(
      (i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`,
    );
    throw new CentralApiError('invalid-payload', `${operation}: unexpected response at ${issues.join('; ')}`);
  }

  /** A request whose success is one JSON body of the given schema. */
  async function fetchJson<S extends z.ZodType>(
    operation: string,
    schema: S,
    run: (signal: AbortSignal) => Promise<Outcome>,
  ): Promise<z.infer<S>> {
    const outcome = await send(operation, run);
    if (!outcome.response.ok) throw httpError(operation, outcome);
    return parsePayload(operation, schema, outcome.data);
  }

  return {
    async listServices() {
      const body = await fetchJson('listServices', z.object({ services: z.array(Service) }), (signal) =>
        client.GET('/v1/services', { parseAs: 'text', signal }),
      );
      return body.services;
    },

    async queueSummary() {
      const body = await fetchJson('queueSummary', QueueSummary, (signal) =>
        client.GET('/v1/queue/summary', { parseAs: 'text', signal }),
      );
      return body.services;
    },

    issueTicket: (input) =>
      fetchJson('issueTicket', Ticket, (signal) =>
        client.POST('/v1/tickets', { body: input, parseAs: 'text', signal }),
      ),

    async handOverTickets(input) {
      const body = await fetchJson(
        'handOverTickets',
        z.object({ results: z.array(HandOverResult) }),
        (signal) => client.POST('/v1/tickets/handover', { body: input, parseAs: 'text', signal }),
      );
      if (body.results.length !== input.tickets.length) {
        throw new CentralApiError(
          'invalid-payload',
          `handOverTickets: ${body.results.length} results for ${input.tickets.length} tickets`,
        );
      }
      return body.results;
    },

    checkIn: ({ code, ...body }) =>
      fetchJson('checkIn', Ticket, (signal) =>
        client.POST('/v1/appointments/{code}/check-in', {
          params: { path: { code } },
          body,
          parseAs: 'text',
          signal,
        }),
      ),

    async listKiosks() {
      const body = await fetchJson('listKiosks', z.object({ kiosks: z.array(KioskStatus) }), (signal) =>
        client.GET('/v1/kiosks', { parseAs: 'text', signal }),
      );
      return body.kiosks;
    },

    async heartbeat({ kioskId, ...body }) {
      const outcome = await send('heartbeat', (signal) =>
        client.POST('/v1/kiosks/{kioskId}/heartbeat', {
          params: { path: { kioskId } },
          body,
          parseAs: 'text',
          signal,
        }),
      );
      if (!outcome.response.ok) throw httpError('heartbeat', outcome);
    },

    leaseNumberBlock: ({ kioskId, ...body }) =>
      fetchJson('leaseNumberBlock', NumberBlock, (signal) =>
        client.POST('/v1/kiosks/{kioskId}/number-blocks', {
          params: { path: { kioskId } },
          body,
          parseAs: 'text',
          signal,
        }),
      ),

    ...createContentCalls({ client, send, fetchJson, parsePayload, httpError }),

    async caseStatus(caseNumber, verifier) {
      const outcome = await send('caseStatus', (signal) =>
        client.GET('/v1/cases/{caseNumber}', {
          params: { path: { caseNumber }, query: { verifier } },
          parseAs: 'text',
          signal,
        }),
      );
      if (outcome.response.status === 404) return null;
      if (!outcome.response.ok) throw httpError('caseStatus', outcome);
      return parsePayload('caseStatus', CaseStatus, outcome.data);
    },

    async listForms() {
      const body = await fetchJson('listForms', z.object({ forms: z.array(Form) }), (signal) =>
        client.GET('/v1/forms', { parseAs: 'text', signal }),
      );
      return body.forms;
    },
  };
}
