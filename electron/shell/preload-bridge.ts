// The logic of the preload, without electron, so that it is testable in Node.
// preload.ts wires it to ipcRenderer and contextBridge.
import {
  isValidNonce,
  KIOSK_API_PORT_CHANNEL,
  type KioskBridge,
  type KioskPortMessage,
} from './ipc-protocol';

export interface PreloadBridgeDeps<Port> {
  /** ipcRenderer.send(KIOSK_API_CONNECT_CHANNEL) */
  requestPort(): void;
  /** window.postMessage(message, '*', ports) */
  postToPage(message: KioskPortMessage, ports: Port[]): void;
}

// A page asks for a port at start-up and after a reload; more pending requests than this
// means something is calling connect() in a loop, and the extra requests are dropped.
const MAX_PENDING_CONNECTS = 4;

export function createPreloadBridge<Port>(deps: PreloadBridgeDeps<Port>): {
  bridge: KioskBridge;
  /** Called for each 'kiosk-api:port' message from main, with event.ports. */
  deliverPorts(ports: readonly Port[]): void;
} {
  // Main answers connects in order over one ordered IPC channel, so nonces pair up FIFO.
  const pendingNonces: string[] = [];

  const bridge: KioskBridge = Object.freeze({
    connect(nonce: string): void {
      if (!isValidNonce(nonce)) return;
      if (pendingNonces.length >= MAX_PENDING_CONNECTS) return;
      pendingNonces.push(nonce);
      deps.requestPort();
    },
  });

  function deliverPorts(ports: readonly Port[]): void {
    const nonce = pendingNonces.shift();
    if (nonce === undefined || ports.length !== 1) return;
    deps.postToPage({ channel: KIOSK_API_PORT_CHANNEL, nonce }, [...ports]);
  }

  return { bridge, deliverPorts };
}
