// Staff saves and removals of notices and announcements, and the settling of conflicts. A change
// is validated, then kept in ONE transaction: shown on the kiosk at once (a pending local
// change), queued in the outbox for the central API, recorded with its audit entry. Then the
// kiosk asks for delivery now and answers from the change's fate: saved, conflict or queued.
import { randomUUID } from 'node:crypto';
import type { ContentConflict, SaveResult } from '../../api';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import type { StaffRecords } from '../store/staff-records';
import type { AuditTrail } from './audit-trail';
import type { ContentChangePayload } from './change-payload';
import { removeSummary, saveSummary } from './change-summary';
import { checkAnnouncementDraft, checkNoticeDraft } from './draft-validation';
import { baseAfterOwnDelivered } from './own-delivered-base';
import {
  CONTENT_PUT_KIND,
  CONTENT_REMOVE_KIND,
  type ContentKind,
  type StaffContent,
  type StaffContentPort,
} from './ports';
import { applyCentralItem, shownVersion } from './stored-items';

export interface ContentEditsDeps {
  store: Pick<KioskStore, 'outbox' | 'transaction'>;
  records: StaffRecords;
  content: StaffContentPort;
  audit: AuditTrail;
  clock: Clock;
  /** Hands the outbox over now (the lead passes sync.syncNow); its result is not used. */
  deliverNow(): Promise<unknown>;
  /** Service ids of the catalog, null when never loaded. */
  serviceIds(): readonly string[] | null;
}

export interface ContentEdits {
  save(kind: ContentKind, staffId: string, baseVersion: number, draft: unknown): Promise<SaveResult>;
  remove(kind: ContentKind, staffId: string, id: string, baseVersion: number): Promise<SaveResult>;
  openConflicts(): ContentConflict[];
  resolveConflict(staffId: string, conflictId: string, keep: 'mine' | 'theirs'): Promise<SaveResult>;
}

const invalid = (path: Array<string | number>): SaveResult => ({
  status: 'invalid',
  issues: [{ path, code: 'invalid', limit: null }],
});

export function createContentEdits(deps: ContentEditsDeps): ContentEdits {
  const { store, records, content, audit, clock } = deps;

  const check = (kind: ContentKind, draft: unknown) =>
    kind === 'notice'
      ? checkNoticeDraft(draft, { serviceIds: deps.serviceIds() })
      : checkAnnouncementDraft(draft);

  const storedOf = (kind: ContentKind, id: string) =>
    kind === 'notice' ? content.getNotice(id) : content.getAnnouncement(id);

  /**
   * The queued change a new change of this item is made on top of, if any. Decision: a second
   * change while the first still waits is queued as an EDIT of it (base + 1, sent after it), not
   * written over it. Both keep their own changeId, so each stays idempotent: a first change that
   * did reach the central API before the line dropped (a timeout) is never sent again as a
   * different one. The outbox hands them over one after another in order (the replayer's default),
   * so the central API ends with one item holding the last content, and the audit log has one
   * entry per change ("created (v1)", then "… (v1 → v2)"). The outbox handler rebases it on what
   * the first one became (outbox-handlers.ts).
   */
  function queuedBefore(kind: ContentKind, id: string, baseVersion: number) {
    const stored = storedOf(kind, id);
    const queued = stored.pending;
    // Only on top of content: after a queued removal the central API decides (a conflict to settle).
    if (!queued?.content || records.getChange(queued.changeId)?.outcome !== 'pending') return null;
    // The editor showed the queued content at its base (or at v1 for a creation): it builds on it.
    if (baseVersion !== queued.baseVersion && baseVersion !== shownVersion(stored)) return null;
    return { changeId: queued.changeId, baseVersion: queued.baseVersion + 1, content: queued.content };
  }

  /** The one transaction of a change; returns its changeId. */
  function keepChange(
    kind: ContentKind,
    id: string,
    staffId: string,
    requestedBase: number,
    next: StaffContent | null,
    also?: () => void,
  ): string {
    const changeId = randomUUID();
    // An editor left open while its queued change was delivered still holds the older version.
    const ownBase = baseAfterOwnDelivered(records, kind, id, storedOf(kind, id), requestedBase);
    const before = queuedBefore(kind, id, ownBase);
    const baseVersion = before?.baseVersion ?? ownBase;
    const base = before ? before.content : storedOf(kind, id).item;
    const summary = next ? saveSummary(base, next, baseVersion) : removeSummary(baseVersion);
    const payload: ContentChangePayload = {
      kind,
      id,
      baseVersion,
      changeId,
      editedBy: staffId,
      content: next,
      ...(before ? { after: before.changeId } : {}),
    };
    store.transaction(() => {
      content.setLocalChange({ kind, id, content: next, changeId, baseVersion });
      store.outbox.enqueue({
        clientId: changeId,
        kind: next ? CONTENT_PUT_KIND : CONTENT_REMOVE_KIND,
        payload,
      });
      records.addChange({
        changeId,
        kind,
        itemId: id,
        staffId,
        baseVersion,
        removal: next === null,
        createdAt: clock.now().toISOString(),
      });
      const queuedNote = before ? '; made on top of a change still waiting to be delivered' : '';
      audit.record({
        action: `${kind}-${next ? 'saved' : 'removed'}`,
        staffId,
        target: id,
        summary: summary + queuedNote,
      });
      also?.();
    });
    return changeId;
  }

  /** Asks for delivery, then answers from what happened to the change. */
  async function fateOf(changeId: string): Promise<SaveResult> {
    // Twice at most: a sync pass already running when the change was kept may not have seen it.
    for (let tries = 0; tries < 2; tries++) {
      const queued = store.outbox.get(changeId);
      if (!queued || queued.deliveredAt || queued.rejectedAt || queued.attempts > 0) break;
      await deps.deliverNow().catch(() => undefined);
    }
    const change = records.getChange(changeId);
    switch (change?.outcome) {
      case 'saved':
        return { status: 'saved', version: change.version ?? change.baseVersion + 1 };
      case 'conflict':
        return change.conflictId
          ? { status: 'conflict', conflictId: change.conflictId }
          : { status: 'queued' };
      case 'rejected':
        return invalid([]);
      default:
        return { status: 'queued' };
    }
  }

  return {
    async save(kind, staffId, baseVersion, draft) {
      const checked = check(kind, draft);
      if (!checked.ok) return { status: 'invalid', issues: checked.issues };
      const changeId = keepChange(kind, checked.content.id, staffId, baseVersion, checked.content);
      return fateOf(changeId);
    },

    async remove(kind, staffId, id, baseVersion) {
      return fateOf(keepChange(kind, id, staffId, baseVersion, null));
    },

    openConflicts() {
      return records.openConflicts().map((c) => ({
        id: c.id,
        kind: c.kind,
        itemId: c.itemId,
        staffId: c.staffId,
        detectedAt: c.detectedAt,
        mine: c.mine,
        theirs: c.theirs,
        baseVersion: c.baseVersion,
      }));
    },

    async resolveConflict(staffId, conflictId, keep) {
      const conflict = records.getConflict(conflictId);
      if (!conflict || conflict.resolvedAt !== null) return invalid(['conflictId']);
      const settle = (summary: string) => () => {
        records.resolveConflict(conflictId, keep, staffId, clock.now());
        audit.record({ action: 'conflict-resolved', staffId, target: conflict.itemId, summary });
      };
      const theirsNow = conflict.theirs === null ? 'removed' : `v${conflict.theirVersion}`;
      if (keep === 'theirs' || (conflict.mine === null && conflict.theirs === null)) {
        store.transaction(() => {
          if (conflict.theirs === null) content.removeCentralItem(conflict.kind, conflict.itemId);
          else applyCentralItem(content, conflict.kind, conflict.theirs);
          settle(`kept the central version (${theirsNow}); this kiosk's change dropped`)();
        });
        return { status: 'saved', version: conflict.theirVersion };
      }
      // Keep mine: the same change again, now based on theirs (0 when theirs removed it: re-create).
      const base = conflict.theirs === null ? 0 : conflict.theirVersion;
      let mine: StaffContent | null = null;
      if (conflict.mine !== null) {
        const checked = check(conflict.kind, conflict.mine);
        if (!checked.ok) return { status: 'invalid', issues: checked.issues };
        mine = checked.content;
      }
      const summary = `kept this kiosk's change over the central version (${theirsNow})`;
      return fateOf(keepChange(conflict.kind, conflict.itemId, staffId, base, mine, settle(summary)));
    },
  };
}
