// Incremental sync of notices, announcements and the service catalog from the central API's change
// feed (GET /v1/content/changes?since=cursor&kinds=notice,announcement,service). Each page is validated item by item and applied with its
// cursor in one transaction; a bad item is refused alone (logged with kind, id, field and reason)
// and the last good version stays. The forms list (small) is refreshed whole beside it.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { z } from 'zod';
import type { Announcement, Notice } from '../../notice-model';
import { type CentralApi, FeedKind, Form, type Service } from '../central';
import type { Clock } from '../clock';
import type { CentralGuard } from '../queue/central-guard';
import type { KioskStore } from '../store';
import type { ContentPage } from '../store/content';
import { type Checked, checkAnnouncement, checkNotice, checkService } from './content-validation';

export const FORMS_CACHE_KEY = 'forms.list';

export interface ContentSyncLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ContentSyncOptions {
  central: Pick<CentralApi, 'contentChanges' | 'listForms'>;
  guard: Pick<CentralGuard, 'backgroundCall'>;
  store: KioskStore;
  clock: Clock;
  log?: ContentSyncLog;
  /** Changes asked for per page (the central API allows 1..1000). */
  pageSize?: number;
  /** Pages per pass at most: a huge backlog is caught up over several passes. */
  maxPages?: number;
  /** After a pass that changed content: e.g. `() => noticeService.warmUp()` (search index). */
  onContentChanged?: () => Promise<void> | void;
}

/**
 * Items validated between two yields to the event loop: checking one notice (zod + every Markdown
 * field) takes about 2 ms, so a page of 500 would hold the main process ~1 s; this keeps any
 * stall near 50 ms, and a resident's tap is answered meanwhile.
 */
const ITEMS_PER_SLICE = 25;

export interface ContentSyncResult {
  pages: number;
  /** Items stored (new or changed), services included. */
  applied: number;
  /** Of those, services of the catalog. */
  services: number;
  removed: number;
  /** Items refused (the previous version, if any, stays). */
  rejected: number;
  cursor: number;
  /** The feed has more after this pass (maxPages reached). */
  more: boolean;
  /** Forms cached, or null when the forms list could not be fetched. */
  forms: number | null;
}

export interface ContentSync {
  /** One pass; records the attempt (success time, or the error) and rethrows a failure. */
  syncContent(): Promise<ContentSyncResult>;
}

/** The forms as last fetched (id + title are what notices need), or [] when never fetched. */
export function cachedForms(store: KioskStore): Form[] {
  const parsed = z.array(Form).safeParse(store.cache.get(FORMS_CACHE_KEY)?.value);
  return parsed.success ? parsed.data : [];
}

type FeedChange = Awaited<ReturnType<CentralApi['contentChanges']>>['changes'][number];

export function createContentSync(opts: ContentSyncOptions): ContentSync {
  const { central, guard, store, clock, log } = opts;
  const pageSize = opts.pageSize ?? 200;
  const maxPages = opts.maxPages ?? 25;

  async function toPage(
    changes: FeedChange[],
    cursor: number,
  ): Promise<{ page: ContentPage; rejected: number }> {
    const page: ContentPage = {
      notices: [],
      announcements: [],
      services: [],
      removed: [],
      refused: [],
      cursor,
    };
    const refusedAt = clock.now().toISOString();
    let rejected = 0;
    for (const [n, change] of changes.entries()) {
      if (n > 0 && n % ITEMS_PER_SLICE === 0) await yieldToEventLoop();
      if (change.removed) {
        page.removed.push({ kind: change.kind, id: change.id });
        continue;
      }
      const checked: Checked<Notice | Announcement | Service> =
        change.kind === 'notice'
          ? checkNotice(change.item, change.id)
          : change.kind === 'announcement'
            ? checkAnnouncement(change.item, change.id)
            : checkService(change.item, change.id);
      if (!checked.ok) {
        rejected++;
        page.refused?.push({
          kind: change.kind,
          id: change.id,
          seq: change.seq,
          field: checked.field,
          reason: checked.reason,
          refusedAt,
        });
        log?.warn(
          { kind: change.kind, id: change.id, seq: change.seq, field: checked.field, reason: checked.reason },
          'content sync: item refused, the last good version stays',
        );
      } else if (change.kind === 'notice') page.notices.push(checked.value as Notice);
      else if (change.kind === 'announcement') page.announcements.push(checked.value as Announcement);
      else page.services?.push(checked.value as Service);
    }
    return { page, rejected };
  }

  async function refreshForms(): Promise<number | null> {
    try {
      const forms = await guard.backgroundCall(() => central.listForms());
      store.cache.put(FORMS_CACHE_KEY, forms, clock.now());
      return forms.length;
    } catch (error) {
      log?.warn({ err: error }, 'content sync: forms list not refreshed');
      return null;
    }
  }

  async function pullChanges(result: ContentSyncResult): Promise<void> {
    let cursor = store.content.syncState().cursor;
    for (let n = 0; n < maxPages; n++) {
      const since = cursor;
      const feed = await guard.backgroundCall(() =>
        central.contentChanges({ since, limit: pageSize, kinds: FeedKind.options }),
      );
      const { page, rejected } = await toPage(feed.changes, feed.cursor);
      store.content.applyPage(page);
      cursor = feed.cursor;
      result.pages++;
      const services = page.services?.length ?? 0;
      result.applied += page.notices.length + page.announcements.length + services;
      result.services += services;
      result.removed += page.removed.length;
      result.rejected += rejected;
      result.cursor = cursor;
      result.more = feed.more;
      // A feed that says "more" without moving the cursor would loop: stop and try next pass.
      if (!feed.more || feed.cursor === since) break;
    }
  }

  return {
    async syncContent() {
      const result: ContentSyncResult = {
        pages: 0,
        applied: 0,
        services: 0,
        removed: 0,
        rejected: 0,
        cursor: store.content.syncState().cursor,
        more: false,
        forms: null,
      };
      try {
        await pullChanges(result);
      } catch (error) {
        store.content.recordSyncAttempt(clock.now(), { ok: false, error: describe(error) });
        throw error;
      }
      result.forms = await refreshForms();
      store.content.recordSyncAttempt(clock.now(), { ok: true });
      if (result.applied + result.removed + result.rejected > 0)
        log?.info({ ...result }, 'content sync: applied');
      if (result.applied + result.removed > 0) {
        try {
          await opts.onContentChanged?.();
        } catch (error) {
          log?.warn({ err: error }, 'content sync: follow-up after the change failed');
        }
      }
      return result;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
