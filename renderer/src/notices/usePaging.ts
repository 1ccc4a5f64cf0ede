import { type RefObject, useCallback, useEffect, useState } from 'react';

/** How much of the visible height one "next page" moves, keeping a few lines for context. */
const PAGE_FRACTION = 0.85;

/**
 * Page up/down buttons for a scrolling region, for residents who cannot swipe: whether each way
 * can move now, and the moves. Both are false when everything fits.
 */
export function usePaging(ref: RefObject<HTMLElement | null>, contentKey: unknown) {
  const [canGo, setCanGo] = useState({ up: false, down: false });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const up = el.scrollTop > 1;
    const down = el.scrollTop + el.clientHeight < el.scrollHeight - 1;
    setCanGo((current) => (current.up === up && current.down === down ? current : { up, down }));
  }, [ref]);

  useEffect(() => {
    void contentKey;
    const el = ref.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [ref, measure, contentKey]);

  const page = (direction: 1 | -1) => {
    const el = ref.current;
    // Instant, not smooth: an animation is a motion some residents would rather not see.
    el?.scrollBy({ top: direction * el.clientHeight * PAGE_FRACTION, behavior: 'instant' });
  };
  return { canGo, pageUp: () => page(-1), pageDown: () => page(1) };
}
