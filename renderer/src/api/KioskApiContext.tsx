import { createContext, type ReactNode, useContext } from 'react';
import type { KioskClient } from './client';

const KioskApiContext = createContext<KioskClient | null>(null);

export function KioskApiProvider({ client, children }: { client: KioskClient; children: ReactNode }) {
  return <KioskApiContext.Provider value={client}>{children}</KioskApiContext.Provider>;
}

export function useKioskApi(): KioskClient {
  const client = useContext(KioskApiContext);
  if (!client) throw new Error('useKioskApi needs a KioskApiProvider');
  return client;
}
