// The staff side over a real SQLite store (its content store too) in a temp folder and the real
// outbox replayer; fakes only for the ports (clock, central API).
import { hashPin } from '../../../../electron/services/config/pin-hash';
import { createCentralGuard } from '../../../../electron/services/queue/central-guard';
import { createStaffOutboxHandlers } from '../../../../electron/services/staff/outbox-handlers';
import type { StaffCentral } from '../../../../electron/services/staff/ports';
import type { StaffAccountConfig } from '../../../../electron/services/staff/staff-auth';
import { createStaffService } from '../../../../electron/services/staff/staff-service';
import { type KioskStore, openStore } from '../../../../electron/services/store';
import { createOutboxReplayer } from '../../../../electron/services/sync/outbox-replay';
import { tempDbDir } from '../../store/support/temp-db';
import { fakeCentral, manualClock } from './fakes';

let accounts: Promise<StaffAccountConfig[]> | null = null;
/** Two staff accounts: wang-li (PIN 246810) and zhao-min (PIN 135790). Hashed once per file. */
export function staffAccounts() {
  accounts ??= Promise.all([
    hashPin('246810').then((pinHash) => ({ id: 'wang-li', name: '王丽', pinHash })),
    hashPin('135790').then((pinHash) => ({ id: 'zhao-min', name: '赵敏', pinHash })),
  ]);
  return accounts;
}

export interface HarnessOptions {
  dbDir?: ReturnType<typeof tempDbDir>;
  clock?: ReturnType<typeof manualClock>;
  serviceIds?: string[] | null;
  /** A real central client (createCentralApi); default: the fake of fakes.ts. */
  central?: StaffCentral;
}

export async function staffHarness(opts: HarnessOptions = {}) {
  const db = opts.dbDir ?? tempDbDir();
  const time = opts.clock ?? manualClock();
  const store: KioskStore = openStore(db.dbPath, { now: time.clock.now });
  const central = fakeCentral(time.clock);
  const guard = createCentralGuard({
    ticketTimeoutMs: 1000,
    callTimeoutMs: 1000,
    failuresToOpen: 1000,
    halfOpenAfterMs: 1000,
  });
  const deps = {
    kioskId: 'hall-kiosk-test',
    store,
    records: store.staff,
    content: store.content,
    clock: time.clock,
  };
  const outbox = createStaffOutboxHandlers({ ...deps, central: opts.central ?? central.api, guard });
  const replayer = createOutboxReplayer({ store, clock: time.clock, ...outbox });
  const deliveries: number[] = [];
  const service = createStaffService({
    ...deps,
    appVersion: '0.4.0-test',
    staff: { accounts: await staffAccounts(), maxFailedPins: 5, lockoutMinutes: 15, sessionIdleSeconds: 120 },
    deliverNow: async () => {
      const r = await replayer.replayDue();
      deliveries.push(r.delivered);
      return r;
    },
    serviceIds: () => (opts.serviceIds === undefined ? ['employment', 'residence-permit'] : opts.serviceIds),
    device: {
      ticketPrinter: () => ({ status: 'paper-near-end', checkedAt: time.clock.now().toISOString() }),
      a4QueueState: async () => ({ queue: 'hall-a4', state: 'idle' }),
      centralReachable: () => guard.isAvailable(),
      lastSyncAt: () => null,
      contentAsOf: () => '2026-11-26T00:30:00.000Z',
      contentRefusals: () => store.content.refusals(),
      dataDir: db.dir,
    },
  });
  return {
    db,
    time,
    store,
    central,
    replayer,
    outbox,
    service,
    deliveries,
    /** A signed-in session of wang-li. */
    async signIn(accountId = 'wang-li', pin = '246810') {
      const r = await service.auth.login(accountId, pin);
      if (r.status !== 'signed-in') throw new Error(`sign-in failed: ${JSON.stringify(r)}`);
      return r.session;
    },
    close: () => store.close(),
    cleanup() {
      store.close();
      db.cleanup();
    },
  };
}
export type StaffHarness = Awaited<ReturnType<typeof staffHarness>>;
