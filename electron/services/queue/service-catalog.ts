// The service catalog and the last known queue summary: fetched through the guard while online,
// cached in SQLite for the offline path (names, prefixes, materials, approximate waits).
import { z } from 'zod';
import type { LocalizedText } from '../../api';
import { type CentralApi, QueueSummaryItem, Service } from '../central';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import type { CentralGuard } from './central-guard';

const SERVICES_KEY = 'catalog.services';
const SUMMARY_KEY = 'queue.summary';

const CachedSummary = z.object({ asOf: z.string(), services: z.array(QueueSummaryItem) });
export type CachedSummary = z.infer<typeof CachedSummary>;

export interface QueueEstimate {
  waiting: number;
  estimatedWaitMinutes: number;
}

export interface ServiceCatalog {
  /** Fetches catalog + summary (through the guard) and caches both; throws when offline. */
  refresh(via: 'resident' | 'background'): Promise<{ services: Service[]; summary: CachedSummary }>;
  /** The last catalog fetched (memory, else SQLite), or null when never fetched. */
  services(): Service[] | null;
  service(id: string): Service | undefined;
  /** The last queue summary fetched, or null. */
  summary(): CachedSummary | null;
  /** Last known queue + tickets this kiosk issued since, for the offline path (approximate). */
  estimate(serviceId: string): QueueEstimate;
}

/** What to have ready, from the catalog (the central API adds requiredMaterials to services). */
export function materialsOf(service: Service | undefined): LocalizedText[] {
  return service?.requiredMaterials ?? [];
}

export function createServiceCatalog(deps: {
  central: CentralApi;
  /** The client with the short timeout, for calls a resident waits for (default: central). */
  residentCentral?: CentralApi;
  guard: CentralGuard;
  store: KioskStore;
  clock: Clock;
}): ServiceCatalog {
  const { central, guard, store, clock } = deps;
  let services: Service[] | null = null;
  let summary: CachedSummary | null = null;

  function loadServices(): Service[] | null {
    if (services) return services;
    const parsed = z.array(Service).safeParse(store.cache.get(SERVICES_KEY)?.value);
    services = parsed.success ? parsed.data : null;
    return services;
  }

  function loadSummary(): CachedSummary | null {
    if (summary) return summary;
    const parsed = CachedSummary.safeParse(store.cache.get(SUMMARY_KEY)?.value);
    summary = parsed.success ? parsed.data : null;
    return summary;
  }

  return {
    async refresh(via) {
      const asOf = clock.now().toISOString();
      const call = via === 'resident' ? guard.residentCall : guard.backgroundCall;
      const api = via === 'resident' ? (deps.residentCentral ?? central) : central;
      const [fetched, items] = await Promise.all([
        call(() => api.listServices()),
        call(() => api.queueSummary()),
      ]);
      services = fetched;
      summary = { asOf, services: items };
      store.transaction(() => {
        store.cache.put(SERVICES_KEY, fetched, asOf);
        store.cache.put(SUMMARY_KEY, summary, asOf);
      });
      return { services: fetched, summary };
    },
    services: loadServices,
    service: (id) => loadServices()?.find((s) => s.id === id),
    summary: loadSummary,
    estimate(serviceId) {
      const last = loadSummary();
      const item = last?.services.find((s) => s.serviceId === serviceId);
      const local = last ? (store.tickets.countSince(last.asOf).get(serviceId) ?? 0) : 0;
      const minutesEach = loadServices()?.find((s) => s.id === serviceId)?.averageServiceMinutes ?? 0;
      return {
        waiting: (item?.waiting ?? 0) + local,
        estimatedWaitMinutes: (item?.estimatedWaitMinutes ?? 0) + local * minutesEach,
      };
    },
  };
}
