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
 * The version staff edit from: the synced one (the base of a pending change laid over it), or, for
 * an item created here and not yet accepted, 1: the version that creation becomes centrally.
 */
export function shownVersion(stored: StoredItem): number | null {
  const synced = stored.item as { version?: unknown } | null;
  if (synced !== null && typeof synced === 'object' && typeof synced.version === 'number')
    return synced.version;
  return stored.pending?.content ? stored.pending.baseVersion + 1 : null;
}

/**
 * The item as staff see it: synced, with a pending change's content over it (its version stays
 * the synced one, the base of that change). An item created here and not yet accepted is its
 * pending content at the version it will get, so staff can reopen it and save again (a second
 * save then builds on the queued one, see content-edits.ts). Null when there is nothing to edit.
 */
export function editableItem<T extends Notice | Announcement>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  stored: StoredItem,
): { item: T; pending: boolean } | null {
  const { item, pending } = stored;
  let merged: unknown = item;
  if (pending?.content) {
    merged =
      item !== null && typeof item === 'object'
        ? { ...item, ...pending.content }
        : {
            ...pending.content,
            version: shownVersion(stored),
            updatedAt: pending.createdAt,
            updatedBy: null,
          };
  }
  const parsed = schema.safeParse(merged);
  return parsed.success ? { item: parsed.data, pending: pending !== null } : null;
}
