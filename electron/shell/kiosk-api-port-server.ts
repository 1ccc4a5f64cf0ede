// Serves the KioskApi router on MessagePorts (Electron's MessagePortMain in production).
// No electron import: tests drive it with Node's MessageChannel behind the same interface.
import { type AnyRouter, onError } from '@orpc/server';
import { RPCHandler } from '@orpc/server/message-port';

/** The part of Electron's MessagePortMain this server uses (EventEmitter style, start/close). */
export interface ServerMessagePort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

export interface KioskApiPortServer {
  /** Upgrades the port with the oRPC handler and starts it (MessagePortMain queues until start). */
  serve(port: ServerMessagePort): void;
  readonly openPorts: number;
  closeAll(): void;
}

export function createKioskApiPortServer(options: {
  /** The KioskApi router (runtime.router); any oRPC router without initial context. */
  router: AnyRouter;
  onError?: (error: unknown) => void;
  /** A reloaded page leaves its old port behind; beyond this many, the oldest are closed. */
  maxOpenPorts?: number;
}): KioskApiPortServer {
  const handler = new RPCHandler(options.router, {
    interceptors: [onError((error) => options.onError?.(error))],
  });
  const maxOpenPorts = options.maxOpenPorts ?? 4;
  const open = new Set<ServerMessagePort>();

  return {
    serve(port) {
      open.add(port);
      port.on('close', () => open.delete(port));
      handler.upgrade(port);
      port.start();
      for (const old of open) {
        if (open.size <= maxOpenPorts) break;
        open.delete(old);
        old.close();
      }
    },
    get openPorts() {
      return open.size;
    },
    closeAll() {
      for (const port of open) port.close();
      open.clear();
    },
  };
}
