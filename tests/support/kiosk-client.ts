// A KioskApi client over browser-mode HTTP, as the renderer builds it, for tests and benchmarks.
import { createORPCClient } from '@orpc/client';
import { RPCLink } from '@orpc/client/fetch';
import type { ContractRouterClient } from '@orpc/contract';
import type { KioskContract } from '../../electron/api';

export type KioskClient = ContractRouterClient<KioskContract>;

export function httpKioskClient(origin: string, token: string): KioskClient {
  return createORPCClient(
    new RPCLink({ url: `${origin}/rpc`, headers: () => ({ authorization: `Bearer ${token}` }) }),
  );
}
