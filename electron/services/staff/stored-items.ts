// Items between the staff side and the content store: what the central API sent is checked
// against the model before it is stored (the store trusts its input), and what staff continue to
// edit is the synced item with this kiosk's pending change laid over it.
import { Announcement, Notice } from '../../notice-model';
import type { ContentKind, StaffContentPort, StoredItem } from './ports';

/** Stores a central item if it is a valid notice/announcement; false when it is not. */
export function applyCentralItem(content: StaffContentPort, kind: ContentKind, item: unknown): boolean {
  if (kind === 'notice') {
    const notice = Notice.safeParse(item);
    if (notice.success) content.applyCentralItem('notice', notice.data);
    return notice.success;
  }
  const announcement = Announcement.safeParse(item);
  if (announcement.success) content.applyCentralItem('announcement', announcement.data);
  return announcement.success;
}

/**
 * The item as staff see it: synced, with a pending change's content over it (its version stays
 * the synced one, the base of that change). Null when nothing is synced yet: an item created here
 * and not yet accepted has no version to edit from.
 */
export function editableItem<T extends Notice | Announcement>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  stored: StoredItem,
): { item: T; pending: boolean } | null {
  const merged =
    stored.item !== null && typeof stored.item === 'object' && stored.pending?.content
      ? { ...stored.item, ...stored.pending.content }
      : stored.item;
  const parsed = schema.safeParse(merged);
  return parsed.success ? { item: parsed.data, pending: stored.pending !== null } : null;
}
