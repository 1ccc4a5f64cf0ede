// Turns the notice and announcement fixtures into what the store seeds: notices as they are (their
// updatedAt kept), announcements placed on the hall day of seeding (times relative to that day).
import { join } from 'node:path';
import { AnnouncementContent } from '../../electron/notice-model';
import type { Fixtures } from './fixtures';
import { addDays, hallInstant } from './hall-time';
import type { ContentSeed } from './store';

export function contentSeed(fx: Fixtures, today: string, timeZone: string, fixturesDir: string): ContentSeed {
  const notices = fx.notices.map(({ updatedAt, ...content }) => ({ content, updatedAt }));
  const seededAt = hallInstant(today, '00:00', timeZone);
  const announcements = fx.announcements.map((a, i) => {
    const at = (r: { dayOffset: number; time: string }) =>
      hallInstant(addDays(today, r.dayOffset), r.time, timeZone);
    const result = AnnouncementContent.safeParse({
      id: a.id,
      priority: a.priority,
      text: a.text,
      startsAt: at(a.starts),
      endsAt: at(a.ends),
    });
    if (!result.success) {
      const issues = result.error.issues.map((x) => `announcements.${i}.${x.path.join('.')}: ${x.message}`);
      throw new Error(`fixture ${join(fixturesDir, 'announcements.json')}: ${issues.join('; ')}`);
    }
    return { content: result.data, updatedAt: seededAt };
  });
  return { notices, announcements };
}
