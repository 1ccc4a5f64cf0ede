// The hidden way into staff mode: a small, plain corner area that answers only a 3-second press
// (finger, mouse, or Enter/Space held down). A tap does nothing, so residents do not stumble in;
// it stays a real button with a name so that keyboard and screen-reader users can reach it.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './staff.css';

export const STAFF_ENTRY_HOLD_MS = 3000;

export function StaffEntry({
  onEnter,
  holdMs = STAFF_ENTRY_HOLD_MS,
}: {
  onEnter: () => void;
  holdMs?: number;
}) {
  const { t } = useTranslation();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEnterRef = useRef(onEnter);
  onEnterRef.current = onEnter;

  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const start = () => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = null;
      onEnterRef.current();
    }, holdMs);
  };
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const isHoldKey = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';
  return (
    <button
      type="button"
      className="staff-entry"
      aria-label={t('staff.entry.label')}
      onPointerDown={start}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (!isHoldKey(event)) return;
        // Keys repeat while held; only the first press starts the count.
        event.preventDefault();
        if (!event.repeat) start();
      }}
      onKeyUp={(event) => {
        if (isHoldKey(event)) cancel();
      }}
      onBlur={cancel}
    />
  );
}
