// The content side of the central-API client: the change feed, notice and announcement writes
// (idempotent on changeId; a stale baseVersion comes back as a conflict value, not an error) and
// the audit log. Envelopes are checked with zod; notice and announcement items stay `unknown`.
import type { Client } from 'openapi-fetch';
import { z } from 'zod';
import type { paths } from '../../../central-api/generated/schema';
import type { CentralApi, Outcome } from './client';
import {
  CentralAuditEntry,
  ContentChanges,
  ContentConflictBody,
  type ContentWrite,
  type PutContentResult,
  type RemoveContentResult,
  SavedItem,
} from './content-schemas';
import type { CentralApiError } from './errors';

type Run = (signal: AbortSignal) => Promise<Outcome>;

export interface ClientKit {
  client: Client<paths>;
  send(operation: string, run: Run): Promise<Outcome>;
  fetchJson<S extends z.ZodType>(operation: string, schema: S, run: Run): Promise<z.infer<S>>;
  parsePayload<S extends z.ZodType>(operation: string, schema: S, payload: unknown): z.infer<S>;
  httpError(operation: string, outcome: Outcome): CentralApiError;
}

type ContentCalls = Pick<
  CentralApi,
  | 'contentChanges'
  | 'putNotice'
  | 'removeNotice'
  | 'putAnnouncement'
  | 'removeAnnouncement'
  | 'postAuditEvents'
  | 'listAudit'
>;

export function createContentCalls({
  client,
  send,
  fetchJson,
  parsePayload,
  httpError,
}: ClientKit): ContentCalls {
  /** A 409 VERSION_CONFLICT as a value; any other 409 (e.g. IDEMPOTENCY_CONFLICT) stays an error. */
  function conflictOf(operation: string, outcome: Outcome) {
    if (outcome.response.status !== 409 || !ContentConflictBody.safeParse(outcome.error).success) return null;
    const body = parsePayload(operation, ContentConflictBody, outcome.error);
    return {
      status: 'conflict' as const,
      current: body.current ?? null,
      currentVersion: body.currentVersion,
    };
  }

  function saved(operation: string, outcome: Outcome): PutContentResult {
    const conflict = conflictOf(operation, outcome);
    if (conflict) return conflict;
    if (!outcome.response.ok) throw httpError(operation, outcome);
    const item = parsePayload(operation, z.unknown(), outcome.data);
    const { version } = parsePayload(operation, SavedItem, item);
    return { status: 'saved', item, version };
  }

  function removed(operation: string, outcome: Outcome): RemoveContentResult {
    const conflict = conflictOf(operation, outcome);
    if (conflict) return conflict;
    if (!outcome.response.ok) throw httpError(operation, outcome);
    return { status: 'removed' };
  }

  const removalQuery = (w: ContentWrite) => ({
    baseVersion: w.baseVersion,
    changeId: w.changeId,
    editedBy: w.editedBy,
    kioskId: w.kioskId,
  });

  return {
    async contentChanges({ since, limit, kinds }) {
      const body = await fetchJson('contentChanges', ContentChanges, (signal) =>
        client.GET('/v1/content/changes', {
          params: {
            query: { since, ...(limit !== undefined ? { limit } : {}), ...(kinds ? { kinds } : {}) },
          },
          querySerializer: { array: { style: 'form', explode: false } },
          parseAs: 'text',
          signal,
        }),
      );
      return body;
    },

    async putNotice({ id, content, ...write }) {
      const outcome = await send('putNotice', (signal) =>
        client.PUT('/v1/notices/{noticeId}', {
          params: { path: { noticeId: id } },
          body: { ...removalQuery({ id, ...write }), content },
          parseAs: 'text',
          signal,
        }),
      );
      return saved('putNotice', outcome);
    },

    async removeNotice(write) {
      const outcome = await send('removeNotice', (signal) =>
        client.DELETE('/v1/notices/{noticeId}', {
          params: { path: { noticeId: write.id }, query: removalQuery(write) },
          parseAs: 'text',
          signal,
        }),
      );
      return removed('removeNotice', outcome);
    },

    async putAnnouncement({ id, content, ...write }) {
      const outcome = await send('putAnnouncement', (signal) =>
        client.PUT('/v1/announcements/{announcementId}', {
          params: { path: { announcementId: id } },
          body: { ...removalQuery({ id, ...write }), content },
          parseAs: 'text',
          signal,
        }),
      );
      return saved('putAnnouncement', outcome);
    },

    async removeAnnouncement(write) {
      const outcome = await send('removeAnnouncement', (signal) =>
        client.DELETE('/v1/announcements/{announcementId}', {
          params: { path: { announcementId: write.id }, query: removalQuery(write) },
          parseAs: 'text',
          signal,
        }),
      );
      return removed('removeAnnouncement', outcome);
    },

    postAuditEvents: (body) =>
      fetchJson('postAuditEvents', z.object({ accepted: z.number().int().nonnegative() }), (signal) =>
        client.POST('/v1/audit/events', { body, parseAs: 'text', signal }),
      ),

    async listAudit({ limit }) {
      const body = await fetchJson('listAudit', z.object({ entries: z.array(CentralAuditEntry) }), (signal) =>
        client.GET('/v1/audit', { params: { query: { limit } }, parseAs: 'text', signal }),
      );
      return body.entries;
    },
  };
}
