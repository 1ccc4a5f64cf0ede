import { type ReactNode, useEffect, useRef } from 'react';

/** The one <h1> of a screen; takes focus when the screen appears so keyboard and reader users start there. */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
