// Sandboxed preload: bundled to one CJS file (scripts/build-electron.ts) that requires only
// 'electron'. Exposes window.kioskBridge = { connect(nonce) } and nothing else; the KioskApi
// itself travels over the MessagePort it hands to the page (see ipc-protocol.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { KIOSK_API_CONNECT_CHANNEL, KIOSK_API_PORT_CHANNEL } from './ipc-protocol';
import { createPreloadBridge } from './preload-bridge';

const { bridge, deliverPorts } = createPreloadBridge<MessagePort>({
  requestPort: () => ipcRenderer.send(KIOSK_API_CONNECT_CHANNEL),
  postToPage: (message, ports) => window.postMessage(message, '*', ports),
});

ipcRenderer.on(KIOSK_API_PORT_CHANNEL, (event) => deliverPorts(event.ports));

contextBridge.exposeInMainWorld('kioskBridge', bridge);
