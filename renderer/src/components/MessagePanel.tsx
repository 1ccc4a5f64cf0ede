import type { ReactNode } from 'react';
import { ScreenHeading } from './ScreenHeading';

export interface MessageAction {
  label: string;
  onSelect: () => void;
  primary?: boolean;
}

/** A calm message screen with its ways forward (errors, empty lists). */
export function MessagePanel({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions: MessageAction[];
}) {
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      <div className="message-body">{children}</div>
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className={action.primary ? 'primary-action' : 'secondary-action'}
            onClick={action.onSelect}
          >
            {action.label}
          </button>
        ))}
      </div>
    </>
  );
}
