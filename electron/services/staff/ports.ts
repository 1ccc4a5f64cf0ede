// What the staff side needs from the rest of the kiosk, as small interfaces: the lead wires the
// real parts (store.content, the central client, the guard, sync) and tests pass small fakes.
import type { Announcement, AnnouncementContent, Notice, NoticeContent } from '../../notice-model';
import type { CentralApi } from '../central';
import type { ContentKind } from '../store/staff-records';

export type { ContentKind } from '../store/staff-records';

export type StaffContent = NoticeContent | AnnouncementContent;

/** What the content store holds of one item: as synced (null: none) and a change still pending. */
export interface StoredItem {
  item: unknown;
  /** The change waiting for the central API: its id, the version it builds on, when it was made. */
  pending: { content: object | null; changeId: string; baseVersion: number; createdAt: string } | null;
}

/** The part of the content store (store/content.ts) that staff edits use. */
export interface StaffContentPort {
  /** The kiosk shows a staff change (content, or null for a removal) until the central API has it. */
  setLocalChange(change: {
    kind: ContentKind;
    id: string;
    content: StaffContent | null;
    changeId: string;
    baseVersion: number;
  }): unknown;
  /** Drops the pending change, only if it is still this changeId. */
  clearLocalChange(kind: ContentKind, id: string, changeId: string): unknown;
  /** Stores an item as the central API has it (validated before it gets here). */
  applyCentralItem(kind: 'notice', item: Notice): unknown;
  applyCentralItem(kind: 'announcement', item: Announcement): unknown;
  removeCentralItem(kind: ContentKind, id: string): unknown;
  getNotice(id: string): StoredItem;
  getAnnouncement(id: string): StoredItem;
  listAnnouncements(): readonly StoredItem[];
}

/** The central calls of the staff side (CentralApi in electron/services/central/client.ts). */
export type StaffCentral = Pick<
  CentralApi,
  'putNotice' | 'removeNotice' | 'putAnnouncement' | 'removeAnnouncement' | 'postAuditEvents'
>;

/** Runs a background call through the circuit breaker (CentralGuard.backgroundCall). */
export interface StaffGuard {
  backgroundCall<T>(run: () => Promise<T>): Promise<T>;
  isAvailable(): boolean;
}

/** Outbox kinds of the staff side. */
export const CONTENT_PUT_KIND = 'content.put';
export const CONTENT_REMOVE_KIND = 'content.remove';
export const AUDIT_EVENTS_KIND = 'audit.events';
