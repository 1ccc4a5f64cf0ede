// Notices, announcements and their change feed: reads, idempotent writes with optimistic
// concurrency (a stale baseVersion is 409 VERSION_CONFLICT with the current item), removals as
// tombstones. Bodies are checked with the content model of electron/notice-model.ts, and every
// Markdown field as the kiosks check it: what a kiosk would refuse is refused here, at the source.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { checkContentMarkdown } from '../../../electron/services/notices/content-validation';
import { ApiError } from '../errors';
import {
  ContentChangesQuery,
  NoticeId,
  PutAnnouncementBody,
  PutNoticeBody,
  parseRequest,
  RemoveContentQuery,
} from '../requests';
import type { ContentKind } from '../store';
import type { RouteContext } from './context';

const NoticePath = z.object({ noticeId: NoticeId });
const AnnouncementPath = z.object({ announcementId: NoticeId });

export function registerNoticeRoutes(app: FastifyInstance, { store, now }: RouteContext): void {
  const idOf = (kind: ContentKind, params: unknown): string =>
    kind === 'notice'
      ? parseRequest(NoticePath, params, 'path').noticeId
      : parseRequest(AnnouncementPath, params, 'path').announcementId;

  async function put(kind: ContentKind, request: FastifyRequest, reply: FastifyReply) {
    const id = idOf(kind, request.params);
    const { content, ...write } =
      kind === 'notice'
        ? parseRequest(PutNoticeBody, request.body, 'body')
        : parseRequest(PutAnnouncementBody, request.body, 'body');
    if (content.id !== id) {
      throw new ApiError(
        400,
        'BAD_REQUEST',
        `body.content.id: "${content.id}" is not the ${kind} id of the path (${id})`,
      );
    }
    const checked = checkContentMarkdown(content);
    if (!checked.ok)
      throw new ApiError(400, 'BAD_REQUEST', `body.content.${checked.field}: ${checked.reason}`);
    if ('serviceId' in content && !store.getService(content.serviceId)) {
      throw new ApiError(400, 'BAD_REQUEST', `body.content.serviceId: no service ${content.serviceId}`);
    }
    const { status, item } = store.putItem({ kind, id, ...write, content, at: now().toISOString() });
    return reply.code(status).send(item);
  }

  async function remove(kind: ContentKind, request: FastifyRequest, reply: FastifyReply) {
    const id = idOf(kind, request.params);
    const write = parseRequest(RemoveContentQuery, request.query, 'query');
    store.removeItem({ kind, id, ...write, at: now().toISOString() });
    return reply.code(204).send();
  }

  app.get('/v1/notices', async () => ({ notices: store.listItems('notice') }));
  app.get('/v1/notices/:noticeId', async (request) => {
    const id = idOf('notice', request.params);
    const notice = store.getItem('notice', id);
    if (!notice) throw new ApiError(404, 'NOTICE_NOT_FOUND', `no notice ${id}`);
    return notice;
  });
  app.put('/v1/notices/:noticeId', (request, reply) => put('notice', request, reply));
  app.delete('/v1/notices/:noticeId', (request, reply) => remove('notice', request, reply));

  app.get('/v1/announcements', async () => ({ announcements: store.listItems('announcement') }));
  app.put('/v1/announcements/:announcementId', (request, reply) => put('announcement', request, reply));
  app.delete('/v1/announcements/:announcementId', (request, reply) => remove('announcement', request, reply));

  app.get('/v1/content/changes', async (request) => {
    const { since, limit, kinds } = parseRequest(ContentChangesQuery, request.query, 'query');
    return store.changesSince(since, limit, kinds);
  });
}
