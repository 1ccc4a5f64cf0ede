// Keeps a leased block of numbers per service for the hall's day, so that the kiosk can issue
// during an outage: leases `blockSize` numbers when fewer than `renewBelow` are left. Leasing
// happens only while the central API answers (through the guard).
import type { CentralApi, Service } from '../central';
import type { Clock } from '../clock';
import type { CentralGuard } from '../queue/central-guard';
import { hallDay, opensOnDay } from '../queue/hall-day';
import type { KioskStore } from '../store';

export interface BlockLeaserOptions {
  kioskId: string;
  central: CentralApi;
  guard: CentralGuard;
  store: KioskStore;
  clock: Clock;
  timeZone: string;
  blockSize: number;
  renewBelow: number;
  log?: { warn(obj: object, msg: string): void };
}

export function createBlockLeaser(opts: BlockLeaserOptions) {
  const { store, guard, central, clock } = opts;

  /** Leases where needed for the services that take tickets today; returns the blocks leased. */
  async function leaseBlocks(services: Service[]): Promise<number> {
    const now = clock.now();
    const date = hallDay(now, opts.timeZone).date;
    store.numberBlocks.pruneBefore(date);
    let leased = 0;
    for (const service of services) {
      if (!service.enabled || !opensOnDay(service.openingHours, now, opts.timeZone)) continue;
      // Until renewBelow is met (a tiny block size may need more than one lease).
      for (let i = 0; i < 10 && store.numberBlocks.remaining(service.id, date) < needed(); i++) {
        try {
          const block = await guard.backgroundCall(() =>
            central.leaseNumberBlock({
              kioskId: opts.kioskId,
              serviceId: service.id,
              date,
              size: opts.blockSize,
            }),
          );
          store.numberBlocks.add(block);
          leased += 1;
        } catch (error) {
          opts.log?.warn({ err: error, serviceId: service.id, date }, 'could not lease a number block');
          break;
        }
      }
    }
    return leased;
  }

  /** At least one number, and renewBelow when it asks for more. */
  const needed = () => Math.max(1, opts.renewBelow);

  return { leaseBlocks };
}

export type BlockLeaser = ReturnType<typeof createBlockLeaser>;
