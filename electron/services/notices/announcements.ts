// Hall announcements showing now: between their start and end, the most urgent first, then the
// newest start.
import type { AnnouncementView } from '../../api';
import type { Announcement, AnnouncementPriority } from '../../notice-model';
import { localizedRich } from './notice-view';

const RANK: Record<AnnouncementPriority, number> = { urgent: 0, important: 1, normal: 2 };

export function isShowing(a: Announcement, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(a.startsAt) <= at && at < Date.parse(a.endsAt);
}

export function currentAnnouncements(all: readonly Announcement[], now: Date): Announcement[] {
  return all
    .filter((a) => isShowing(a, now))
    .sort(
      (a, b) =>
        RANK[a.priority] - RANK[b.priority] ||
        Date.parse(b.startsAt) - Date.parse(a.startsAt) ||
        a.id.localeCompare(b.id),
    );
}

export function toAnnouncementView(a: Announcement): AnnouncementView {
  return {
    id: a.id,
    priority: a.priority,
    text: localizedRich(a.text),
    startsAt: a.startsAt,
    endsAt: a.endsAt,
  };
}
