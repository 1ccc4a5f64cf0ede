// Electron transport: the preload hands the page a MessagePort after a nonce handshake
// (electron/shell/ipc-protocol.ts describes both sides). The page never sees ipcRenderer.
import type { ClientContext } from '@orpc/client';
import { RPCLink } from '@orpc/client/message-port';
import { isKioskPortMessage, type KioskBridge } from '../../../electron/shell/ipc-protocol';

declare global {
  interface Window {
    kioskBridge?: KioskBridge;
  }
}

const PORT_WAIT_MS = 10_000;

/** 24 random bytes -> 32 base64url characters (the preload accepts /^[A-Za-z0-9_-]{16,64}$/). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Asks the preload for the KioskApi port; resolves once a message with our nonce brings it. */
export function requestKioskPort(bridge: KioskBridge, target: Window = window): Promise<MessagePort> {
  const nonce = createNonce();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener('message', onMessage);
      reject(new Error('The kiosk API port did not arrive'));
    }, PORT_WAIT_MS);
    function onMessage(event: MessageEvent): void {
      // Other frames or scripts could post look-alike messages: same window and our nonce only.
      const port = event.ports[0];
      if (event.source !== target || !isKioskPortMessage(event.data, nonce) || !port) return;
      clearTimeout(timer);
      target.removeEventListener('message', onMessage);
      resolve(port);
    }
    target.addEventListener('message', onMessage);
    bridge.connect(nonce);
  });
}

/** An oRPC link over the port the preload hands over. */
export async function createElectronLink(bridge: KioskBridge): Promise<RPCLink<ClientContext>> {
  const port = await requestKioskPort(bridge);
  port.start();
  return new RPCLink({ port });
}
