// The KioskApi client: one contract, two transports (Electron MessagePort, or HTTP in browser mode).
import { type ClientContext, type ClientLink, createORPCClient } from '@orpc/client';
import { RPCLink as FetchRPCLink } from '@orpc/client/fetch';
import type { ContractRouterClient } from '@orpc/contract';
import type { KioskContract } from '../../../electron/api';
import { takeLaunchToken } from './browser-token';
import { createElectronLink } from './electron-port';

export type KioskClient = ContractRouterClient<KioskContract>;

/**
 * A link whose transport is ready later (the Electron port arrives asynchronously). If the
 * hand-over fails, that call fails (the resident sees the calm message) and the next one asks again.
 */
function deferredLink(connect: () => Promise<ClientLink<ClientContext>>): ClientLink<ClientContext> {
  let ready = connect();
  ready.catch(() => undefined);
  return {
    call: async (path, input, options) => {
      let link: ClientLink<ClientContext>;
      try {
        link = await ready;
      } catch (error) {
        ready = connect();
        ready.catch(() => undefined);
        throw error;
      }
      return link.call(path, input, options);
    },
  };
}

function createBrowserLink(): ClientLink<ClientContext> {
  const token = takeLaunchToken();
  return new FetchRPCLink({
    url: new URL('/rpc', window.location.origin),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** Chooses the transport: Electron's bridge when the preload exposed one, HTTP otherwise. */
export function createKioskClient(): KioskClient {
  const bridge = window.kioskBridge;
  const link = bridge ? deferredLink(() => createElectronLink(bridge)) : createBrowserLink();
  return createORPCClient<KioskClient>(link);
}
