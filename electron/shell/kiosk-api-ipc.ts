// Main side of the MessagePort hand-over (protocol in ipc-protocol.ts): on a connect from the
// kiosk page, make a channel, serve the KioskApi on one end and send the other to the page.
import { type IpcMainEvent, ipcMain, MessageChannelMain } from 'electron';
import type { KioskRuntime } from '../boot';
import { KIOSK_API_CONNECT_CHANNEL, KIOSK_API_PORT_CHANNEL } from './ipc-protocol';
import { createKioskApiPortServer } from './kiosk-api-port-server';
import { isTrustedKioskSender } from './lockdown/ipc-sender-policy';

export function serveKioskApiOverIpc(options: {
  router: KioskRuntime['router'];
  kioskWebContentsId: () => number | null;
  log: (msg: string) => void;
}): { close(): void } {
  const server = createKioskApiPortServer({
    router: options.router,
    onError: (error) => options.log(`KioskApi call failed: ${String(error)}`),
  });

  const onConnect = (event: IpcMainEvent) => {
    const frame = event.senderFrame;
    const trusted = isTrustedKioskSender({
      senderWebContentsId: event.sender.id,
      kioskWebContentsId: options.kioskWebContentsId(),
      frameUrl: frame?.url ?? null,
      isMainFrame: frame !== null && frame.parent === null,
    });
    if (!trusted) {
      options.log('KioskApi connect refused: not the kiosk page');
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    server.serve(port1);
    event.sender.postMessage(KIOSK_API_PORT_CHANNEL, null, [port2]);
  };

  ipcMain.on(KIOSK_API_CONNECT_CHANNEL, onConnect);
  return {
    close() {
      ipcMain.off(KIOSK_API_CONNECT_CHANNEL, onConnect);
      server.closeAll();
    },
  };
}
