// The MessagePort hand-over between the page, the preload and the main process.
// Shared by main, preload, renderer and tests: it imports nothing (no Node, no DOM, no electron).
//
// page --kioskBridge.connect(nonce)--> preload --ipc 'kiosk-api:connect'--> main
// main --ipc 'kiosk-api:port' [port2]--> preload --window.postMessage({channel, nonce}, [port2])--> page

/** ipcRenderer.send channel: the page asks main for a fresh KioskApi port. */
export const KIOSK_API_CONNECT_CHANNEL = 'kiosk-api:connect';
/** ipc channel from main to preload, and `channel` of the window message from preload to page. */
export const KIOSK_API_PORT_CHANNEL = 'kiosk-api:port';

/** What the preload exposes as `window.kioskBridge`, and nothing more. */
export interface KioskBridge {
  connect(nonce: string): void;
}

/** The window message that carries the port to the page (the port itself is in `event.ports[0]`). */
export interface KioskPortMessage {
  channel: typeof KIOSK_API_PORT_CHANNEL;
  nonce: string;
}

const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** A nonce is 16–64 characters of base64url; anything else is ignored by the preload. */
export function isValidNonce(nonce: unknown): nonce is string {
  return typeof nonce === 'string' && NONCE_PATTERN.test(nonce);
}

/**
 * True when a window message is the port hand-over for this nonce. The page must check this
 * (and `event.source === window`) before trusting `event.ports[0]`: other frames or scripts
 * could post look-alike messages.
 */
export function isKioskPortMessage(data: unknown, expectedNonce: string): data is KioskPortMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.channel === KIOSK_API_PORT_CHANNEL &&
    isValidNonce(message.nonce) &&
    message.nonce === expectedNonce
  );
}
