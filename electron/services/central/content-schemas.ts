// What the kiosk accepts from the central API's content side (change feed, notice and announcement
// writes, audit). The envelopes are checked here; the items stay `unknown`, because the kiosk
// validates each one on its own with electron/notice-model.ts (one bad notice is rejected alone).
import { z } from 'zod';
import type { AnnouncementContent, NoticeContent } from '../../notice-model';

export const ContentKind = z.enum(['notice', 'announcement']);
export type ContentKind = z.infer<typeof ContentKind>;

/** What the change feed carries: content items and the service catalog. */
export const FeedKind = z.enum(['notice', 'announcement', 'service']);
export type FeedKind = z.infer<typeof FeedKind>;

export const ContentChange = z.object({
  seq: z.number().int().positive(),
  kind: FeedKind,
  id: z.string().min(1),
  removed: z.boolean(),
  /** The item's latest state (null when removed); validated by the kiosk, item by item. */
  item: z.unknown(),
});
export type ContentChange = { seq: number; kind: FeedKind; id: string; removed: boolean; item: unknown };

export const ContentChanges = z.object({
  changes: z.array(ContentChange),
  /** Pass as `since` next time. */
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
});

/** 409 VERSION_CONFLICT: the item as it is now (null when removed) and its version. */
export const ContentConflictBody = z.object({
  code: z.literal('VERSION_CONFLICT'),
  message: z.string(),
  currentVersion: z.number().int().nonnegative(),
  current: z.unknown(),
});

/** A saved item: only the envelope the kiosk needs is checked here (version). */
export const SavedItem = z.looseObject({ id: z.string().min(1), version: z.number().int().positive() });

export const CentralAuditEvent = z.object({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  staffId: z.string().nullable(),
  action: z.string().min(1),
  target: z.string().nullable(),
  summary: z.string(),
});
export type CentralAuditEvent = {
  id: string;
  at: string;
  staffId: string | null;
  action: string;
  target: string | null;
  summary: string;
};
export const CentralAuditEntry = CentralAuditEvent.extend({
  /** The kiosk's event id, or `change:<changeId>` for an entry the central API wrote for a change. */
  id: z.string().min(1),
  kioskId: z.string().min(1),
  receivedAt: z.iso.datetime({ offset: true }),
});
export type CentralAuditEntry = CentralAuditEvent & { kioskId: string; receivedAt: string };

/** Who writes what, on top of which version: the central API is idempotent on changeId. */
export type ContentWrite = {
  id: string;
  baseVersion: number;
  changeId: string;
  editedBy: string;
  kioskId: string;
};
export type CentralContentConflict = { status: 'conflict'; current: unknown | null; currentVersion: number };
export type PutContentResult = { status: 'saved'; item: unknown; version: number } | CentralContentConflict;
export type RemoveContentResult = { status: 'removed' } | CentralContentConflict;
export type PutNoticeInput = ContentWrite & { content: NoticeContent };
export type PutAnnouncementInput = ContentWrite & { content: AnnouncementContent };
