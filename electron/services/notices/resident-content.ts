// What residents see: a staff change waiting for the central API wins over the synced version
// (a pending removal hides the item), so an edit made offline shows at once on this kiosk.
import { type Announcement, AnnouncementContent, type Notice, NoticeContent } from '../../notice-model';
import type { StoredContent } from '../store/content';

/** Version shown for pending content: the synced one, else the one the edit was based on. */
function shownVersion(stored: StoredContent<{ version: number }>): number {
  return stored.item?.version ?? Math.max(1, stored.pending?.baseVersion ?? 1);
}

export function residentNotice(stored: StoredContent<Notice>): Notice | null {
  const { pending } = stored;
  if (!pending) return stored.item;
  if (pending.content === null) return null;
  // Staff content is checked by the editor; a pending change that no longer parses (an older
  // model) must not hide the synced version.
  const parsed = NoticeContent.safeParse(pending.content);
  if (!parsed.success) return stored.item;
  return { ...parsed.data, version: shownVersion(stored), updatedAt: pending.createdAt, updatedBy: null };
}

export function residentAnnouncement(stored: StoredContent<Announcement>): Announcement | null {
  const { pending } = stored;
  if (!pending) return stored.item;
  if (pending.content === null) return null;
  const parsed = AnnouncementContent.safeParse(pending.content);
  if (!parsed.success) return stored.item;
  return { ...parsed.data, version: shownVersion(stored), updatedAt: pending.createdAt, updatedBy: null };
}
