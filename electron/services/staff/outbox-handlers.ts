// Hands staff changes and audit events over to the central API, in the outbox replayer's handler
// shape (sync/outbox-replay.ts). A change the central API took: the kiosk stores its new version.
// A change that met someone else's (409 VERSION_CONFLICT): both versions are kept as a conflict for
// staff, residents see the central version meanwhile, and the item counts as delivered (retrying
// would never succeed). An outage: the handler throws, so the replayer tries again later.
import { randomUUID } from 'node:crypto';
import { AnnouncementContent, NoticeContent } from '../../notice-model';
import { CentralApiError } from '../central';
import type { Clock } from '../clock';
import type { KioskStore, OutboxItem } from '../store';
import type { ConflictRecord, StaffRecords } from '../store/staff-records';
import type { BatchItemOutcome, OutboxBatchHandler, OutboxHandler } from '../sync/outbox-replay';
import { createAuditTrail } from './audit-trail';
import { AuditEventPayload, ContentChangePayload } from './change-payload';
import {
  AUDIT_EVENTS_KIND,
  CONTENT_PUT_KIND,
  CONTENT_REMOVE_KIND,
  type StaffCentral,
  type StaffContentPort,
  type StaffGuard,
} from './ports';
import { applyCentralItem } from './stored-items';

export interface StaffOutboxDeps {
  kioskId: string;
  central: StaffCentral;
  guard: StaffGuard;
  store: Pick<KioskStore, 'outbox' | 'transaction'>;
  records: StaffRecords;
  content: StaffContentPort;
  clock: Clock;
  log?: { warn(obj: object, msg: string): void };
}

export interface StaffOutboxHandlers {
  handlers: Record<string, OutboxHandler>;
  batchHandlers: Record<string, OutboxBatchHandler>;
}

/** A refusal retrying cannot change (the replayer keeps such items, with the reason, for staff). */
function isRefusal(error: unknown): error is CentralApiError {
  return (
    error instanceof CentralApiError &&
    error.kind === 'http' &&
    (error.status ?? 0) >= 400 &&
    (error.status ?? 0) < 500 &&
    ![401, 403, 408, 429].includes(error.status ?? 0)
  );
}

/** Our own payload that does not parse is a bug; refused for good rather than retried forever. */
function malformed(item: OutboxItem, why: string): CentralApiError {
  return new CentralApiError('http', `malformed ${item.kind} item in the outbox: ${why}`, {
    status: 422,
    code: 'MALFORMED_OUTBOX_ITEM',
  });
}

export function createStaffOutboxHandlers(deps: StaffOutboxDeps): StaffOutboxHandlers {
  const { central, guard, store, records, content, clock, log } = deps;
  const audit = createAuditTrail(deps);

  /** The local side of a change the central API took (the feed would bring it too, later). */
  function saved(p: ContentChangePayload, item: unknown, version: number) {
    store.transaction(() => {
      if (item === null) content.removeCentralItem(p.kind, p.id);
      else storeCentral(p.kind, item);
      content.clearLocalChange(p.kind, p.id, p.changeId);
      // The base it was sent on (rebased by onTopOf): the next edit may build on it (own-delivered-base.ts).
      records.settleChange(
        p.changeId,
        { outcome: 'saved', version, baseVersion: p.baseVersion },
        clock.now(),
      );
    });
  }

  function storeCentral(kind: ContentKind, item: unknown) {
    // The change is delivered all the same; the change feed brings (or refuses) the item again.
    if (!applyCentralItem(content, kind, item))
      log?.warn({ kind }, 'staff: central item does not parse; not stored');
  }

  /** `replaces`: the conflict of the queued change this one was made on top of (see onTopOf). */
  function conflicted(p: ContentChangePayload, current: unknown, currentVersion: number, replaces?: string) {
    const conflictId = randomUUID();
    store.transaction(() => {
      // One open conflict per item for staff: this one carries the latest content as "mine". The
      // one it replaces is closed as settled on this kiosk's side (it goes on in this conflict).
      if (replaces) records.resolveConflict(replaces, 'mine', p.editedBy, clock.now());
      records.addConflict({
        id: conflictId,
        kind: p.kind,
        itemId: p.id,
        changeId: p.changeId,
        staffId: p.editedBy,
        detectedAt: clock.now().toISOString(),
        baseVersion: p.baseVersion,
        mine: p.content,
        theirs: current,
        theirVersion: currentVersion,
      });
      content.clearLocalChange(p.kind, p.id, p.changeId);
      if (current === null) content.removeCentralItem(p.kind, p.id);
      else storeCentral(p.kind, current);
      records.settleChange(p.changeId, { outcome: 'conflict', conflictId }, clock.now());
      const theirs = current === null ? 'removed centrally' : `now v${currentVersion} centrally`;
      const over = replaces ? '; replaces the conflict of the change it was made on top of' : '';
      audit.record({
        action: 'conflict-detected',
        staffId: p.editedBy,
        target: p.id,
        summary: `change based on v${p.baseVersion} met another: ${theirs}; both kept for staff${over}`,
      });
    });
  }

  /**
   * A change made on top of one that was still queued goes on the base that one left: its new
   * version once saved, its own base if it was refused. Over one that met a conflict it is not
   * sent (its base could match the other version by chance and overwrite it unseen): it joins the
   * conflict, with the latest content as "mine".
   */
  function onTopOf(p: ContentChangePayload): { send: ContentChangePayload } | { conflict: ConflictRecord } {
    const before = p.after ? records.getChange(p.after) : null;
    switch (before?.outcome) {
      case 'saved':
        return { send: { ...p, baseVersion: before.version ?? p.baseVersion } };
      case 'rejected':
        return { send: { ...p, baseVersion: before.baseVersion } };
      case 'conflict': {
        const conflict = before.conflictId ? records.getConflict(before.conflictId) : null;
        return conflict ? { conflict } : { send: p };
      }
      default:
        return { send: p };
    }
  }

  async function handOverChange(item: OutboxItem) {
    const parsed = ContentChangePayload.safeParse(item.payload);
    if (!parsed.success) throw malformed(item, parsed.error.message);
    // A repeat after a crash between the local commit and markDelivered: the fate is already kept.
    const known = records.getChange(parsed.data.changeId);
    if (known && known.outcome !== 'pending') return;
    const next = onTopOf(parsed.data);
    if ('conflict' in next) {
      const { theirs, theirVersion, id, resolvedAt } = next.conflict;
      conflicted(parsed.data, theirs, theirVersion, resolvedAt === null ? id : undefined);
      return;
    }
    const p = next.send;
    const write = {
      id: p.id,
      baseVersion: p.baseVersion,
      changeId: p.changeId,
      editedBy: p.editedBy,
      kioskId: deps.kioskId,
    };
    try {
      if (p.content === null) {
        const r = await guard.backgroundCall(() =>
          p.kind === 'notice' ? central.removeNotice(write) : central.removeAnnouncement(write),
        );
        // A removal is the item's next version (the central API keeps no item to number).
        if (r.status === 'removed') saved(p, null, p.baseVersion + 1);
        else conflicted(p, r.current, r.currentVersion);
        return;
      }
      const notice = p.kind === 'notice' ? NoticeContent.safeParse(p.content) : null;
      const announcement = p.kind === 'announcement' ? AnnouncementContent.safeParse(p.content) : null;
      const r = await guard.backgroundCall(() => {
        if (notice?.success) return central.putNotice({ ...write, content: notice.data });
        if (announcement?.success) return central.putAnnouncement({ ...write, content: announcement.data });
        throw malformed(item, (notice ?? announcement)?.error?.message ?? 'no content');
      });
      if (r.status === 'saved') saved(p, r.item, r.version);
      else conflicted(p, r.current, r.currentVersion);
    } catch (error) {
      if (isRefusal(error)) {
        // Refused for good: residents stop seeing the change; the outbox keeps it with the reason.
        store.transaction(() => {
          content.clearLocalChange(p.kind, p.id, p.changeId);
          records.settleChange(p.changeId, { outcome: 'rejected' }, clock.now());
        });
      }
      throw error;
    }
  }

  const handOverAudit: OutboxBatchHandler = async (items) => {
    const parsed = items.map((item) => AuditEventPayload.safeParse(item.payload));
    const events = parsed.flatMap((p) => (p.success ? [p.data] : []));
    if (events.length > 0) {
      await guard.backgroundCall(() => central.postAuditEvents({ kioskId: deps.kioskId, events }));
      records.markAuditSynced(
        events.map((e) => e.id),
        clock.now(),
      );
    }
    return parsed.map(
      (p): BatchItemOutcome =>
        p.success
          ? { status: 'delivered' }
          : { status: 'rejected', reason: `malformed audit event: ${p.error.message}` },
    );
  };

  return {
    handlers: {
      [CONTENT_PUT_KIND]: handOverChange,
      [CONTENT_REMOVE_KIND]: handOverChange,
      // Used by the replayer when a whole batch is refused, to find the one at fault.
      [AUDIT_EVENTS_KIND]: async (item) => {
        const [outcome] = await handOverAudit([item]);
        if (outcome?.status === 'rejected') throw malformed(item, outcome.reason);
      },
    },
    batchHandlers: { [AUDIT_EVENTS_KIND]: handOverAudit },
  };
}

type ContentKind = ContentChangePayload['kind'];
