// Who may ask for a KioskApi port: only the main frame of the kiosk window, showing app://kiosk/.
// An iframe, a second window, or a page that navigated elsewhere gets nothing.
import { isAppUrl } from './app-origin';

export interface IpcSenderFacts {
  senderWebContentsId: number;
  kioskWebContentsId: number | null;
  /** URL of the frame that sent the message (event.senderFrame.url); null if the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

export function isTrustedKioskSender(facts: IpcSenderFacts): boolean {
  return (
    facts.kioskWebContentsId !== null &&
    facts.senderWebContentsId === facts.kioskWebContentsId &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  );
}
