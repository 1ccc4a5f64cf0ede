// The base a staff change builds on when the editor's version is older than the kiosk's because
// the versions in between are this kiosk's own delivered changes (an edit queued during an outage,
// delivered while the editor stayed open): the editor already shows that content, so the change
// goes on top of it instead of meeting a conflict with itself.
import type { StaffRecords } from '../store/staff-records';
import type { ContentKind, StoredItem } from './ports';

/** A chain of own changes longer than this is not followed (staff save a few times, not hundreds). */
const MAX_OWN_VERSIONS = 100;

const syncedVersion = (stored: StoredItem): number | null => {
  const item = stored.item as { version?: unknown } | null;
  return item !== null && typeof item === 'object' && typeof item.version === 'number' ? item.version : null;
};

/**
 * `requested` moved up to the kiosk's synced version when every version after it is one this
 * kiosk's own change made; otherwise `requested` unchanged (so a stale base still conflicts).
 *
 * Why this is safe: the central API numbers versions of an item uniquely and answered each of our
 * saves with its version, which we kept with the change id. Walking down from the synced version,
 * each step is a version we made ourselves, from the base it was sent on. If the editor's base is
 * one of those bases, nothing but our own content lies between it and the synced version, and the
 * editor was the one that built that content (one staff session at a time on a kiosk). A version
 * made by anyone else stops the walk: the central API then answers a conflict, as it should.
 */
export function baseAfterOwnDelivered(
  records: Pick<StaffRecords, 'savedChangeAt'>,
  kind: ContentKind,
  id: string,
  stored: StoredItem,
  requested: number,
): number {
  const synced = syncedVersion(stored);
  if (synced === null || requested >= synced) return requested;
  let version = synced;
  for (let step = 0; step < MAX_OWN_VERSIONS; step++) {
    const ours = records.savedChangeAt(kind, id, version);
    if (!ours) return requested;
    if (requested === ours.baseVersion) return synced;
    // A creation here: while it waited, the editor showed it as v1 (shownVersion in stored-items.ts).
    if (ours.baseVersion === 0) return requested === 1 ? synced : requested;
    if (ours.baseVersion >= version) return requested;
    version = ours.baseVersion;
  }
  return requested;
}
