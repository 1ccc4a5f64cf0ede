// The service catalog and the last known queue summary. The catalog is kept by the change feed
// (content sync writes store.catalog, only what changed); here it is read, validated, and fetched
// whole only when the kiosk has none or the queue summary names a service it does not know. The
// queue summary (live waits, open now) is fetched through the guard and cached for the offline path.
import { z } from 'zod';
import type { LocalizedText } from '../../api';
import { type CentralApi, QueueSummaryItem, Service } from '../central';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import type { CentralGuard } from './central-guard';

const SUMMARY_KEY = 'queue.summary';

const CachedSummary = z.object({ asOf: z.string(), services: z.array(QueueSummaryItem) });
export type CachedSummary = z.infer<typeof CachedSummary>;

export interface QueueEstimate {
  waiting: number;
  estimatedWaitMinutes: number;
}

export interface ServiceCatalog {
  /**
   * Fetches the queue summary (through the guard) and caches it; fetches the catalog whole too when
   * there is none here yet or the summary names an unknown service. Throws when offline.
   */
  refresh(via: 'resident' | 'background'): Promise<{ services: Service[]; summary: CachedSummary }>;
  /** The catalog as last synced (SQLite), or null when the kiosk has none yet. */
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
  let services: { revision: number; list: Service[] | null } = { revision: -1, list: null };
  let summary: CachedSummary | null = null;

  // Re-read (and re-validate) only after the store's catalog changed. Rows were validated on the
  // way in; one that no longer parses (an older schema) is left out rather than failing the list.
  function loadServices(): Service[] | null {
    const revision = store.catalog.revision();
    if (services.revision !== revision) {
      const list = store.catalog.services().flatMap((raw) => {
        const parsed = Service.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
      services = { revision, list: list.length > 0 ? list : null };
    }
    return services.list;
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
      const known = loadServices();
      const [fetched, items] = await Promise.all([
        known ? null : call(() => api.listServices()),
        call(() => api.queueSummary()),
      ]);
      const unknown = (list: Service[]) => items.some((i) => !list.some((s) => s.id === i.serviceId));
      const whole = fetched ?? (known && unknown(known) ? await call(() => api.listServices()) : null);
      summary = { asOf, services: items };
      store.transaction(() => {
        if (whole) store.catalog.replaceServices(whole);
        store.cache.put(SUMMARY_KEY, summary, asOf);
      });
      return { services: loadServices() ?? [], summary };
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
