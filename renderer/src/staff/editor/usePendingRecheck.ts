// While a change of this kiosk waits for the central API, the notice editor re-reads the item as
// staff work on it, so that it stops saying "waiting" once the change went, shows the version the
// item is at now, and says so when the change met someone else's (a conflict to settle).
// Never on a timer: every staff call keeps the session alive, and an editor left open on an
// unattended kiosk must still sign out after its idle time.
import { useEffect, useRef } from 'react';
import { useStaff } from '../staff-session';

/** After the last change of the draft (about the live validation's pace). */
const RECHECK_DELAY_MS = 800;

export interface Delivered {
  /** The version the kiosk has now (ours once delivered, or theirs after a conflict). */
  version: number;
  /** An open conflict of this notice: the waiting change met another one. */
  conflict: boolean;
}

export function usePendingRecheck(options: {
  id: string | null;
  pending: boolean;
  /** Changes whenever staff edit (the draft): each change schedules one re-read. */
  activity: unknown;
  onDelivered: (delivered: Delivered) => void;
}) {
  const { call } = useStaff();
  const { id, pending, activity } = options;
  const onDelivered = useRef(options.onDelivered);
  onDelivered.current = options.onDelivered;

  // biome-ignore lint/correctness/useExhaustiveDependencies: activity is the re-read trigger
  useEffect(() => {
    if (!pending || !id) return;
    let current = true;
    const handle = setTimeout(async () => {
      try {
        const answer = await call((api, sessionId) => api.staff.notices.get({ sessionId, id }));
        if (!current || answer.pending) return;
        const { conflicts } = await call((api, sessionId) => api.staff.conflicts.list({ sessionId }));
        if (!current) return;
        onDelivered.current({
          version: answer.notice.version,
          conflict: conflicts.some((c) => c.kind === 'notice' && c.itemId === id),
        });
      } catch {
        // Checked again at the next edit; a session end is handled by `call`.
      }
    }, RECHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(handle);
    };
  }, [id, pending, activity, call]);
}
