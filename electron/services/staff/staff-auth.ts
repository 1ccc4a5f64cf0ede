// Staff sign-in and sessions. PINs are checked against scrypt hashes (config/pin-hash.ts); wrong
// PINs on this kiosk, whichever accounts, lock sign-in for a while, and the count lives in SQLite
// so that a restart does not reset it. One session at a time, held in memory only, ended after
// an idle time measured on the Clock.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffAccountSummary, StaffSession } from '../../api-staff';
import type { Clock } from '../clock';
import { hashPin, verifyPin } from '../config/pin-hash';
import type { StaffRecords } from '../store/staff-records';
import type { AuditTrail } from './audit-trail';

export interface StaffAccountConfig {
  id: string;
  name: string;
  pinHash: string;
}

export interface StaffAuthOptions {
  accounts: readonly StaffAccountConfig[];
  records: StaffRecords;
  audit: AuditTrail;
  clock: Clock;
  maxFailedPins: number;
  lockoutMinutes: number;
  sessionIdleSeconds: number;
}

export type LoginResult =
  | { status: 'signed-in'; session: StaffSession }
  | { status: 'rejected'; attemptsLeft: number }
  | { status: 'locked'; until: string };

export interface StaffAuth {
  accounts(): StaffAccountSummary[];
  login(accountId: string, pin: string): Promise<LoginResult>;
  logout(sessionId: string): void;
  /** The staff member of a live session (and the session is kept alive), or null when it ended. */
  touch(sessionId: string): StaffAccountSummary | null;
  /** Ends the session if it has been idle too long (for a periodic sweep; calls do this anyway). */
  sweep(): void;
}

interface LiveSession {
  id: string;
  staff: StaffAccountSummary;
  lastSeen: number;
}

export function createStaffAuth(opts: StaffAuthOptions): StaffAuth {
  const { records, audit, clock } = opts;
  const idleMs = opts.sessionIdleSeconds * 1000;
  let session: LiveSession | null = null;
  // An unknown account costs the same scrypt work as a known one: no timing hint of which ids
  // exist. Made at once, so that even the first unknown id costs one check, not two.
  const decoyHash = hashPin(randomBytes(12).toString('base64'));

  const summary = (a: StaffAccountConfig): StaffAccountSummary => ({ id: a.id, name: a.name });

  /** Ends an idle session, recording when it really ended (its last call + the idle time). */
  function expireIfIdle(now: number) {
    if (session && now - session.lastSeen > idleMs) {
      audit.record({
        action: 'session-expired',
        staffId: session.staff.id,
        target: null,
        summary: `no staff action for ${opts.sessionIdleSeconds} s`,
        at: new Date(session.lastSeen + idleMs),
      });
      session = null;
    }
  }

  function sameId(a: string, b: string) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  }

  return {
    accounts: () => opts.accounts.map(summary),

    async login(accountId, pin) {
      const reservation = records.reserveSignInAttempt(clock.now());
      if (reservation.locked) return { status: 'locked', until: reservation.until };
      const account = opts.accounts.find((a) => a.id === accountId);
      const right = await verifyPin(pin, account?.pinHash ?? (await decoyHash));
      const now = clock.now();
      if (account && right) {
        records.resetSignInFailures();
        expireIfIdle(now.getTime());
        if (session) {
          audit.record({
            action: 'logout',
            staffId: session.staff.id,
            target: null,
            summary: `ended by ${account.id} signing in`,
          });
        }
        session = {
          id: randomBytes(24).toString('base64url'),
          staff: summary(account),
          lastSeen: now.getTime(),
        };
        audit.record({ action: 'login', staffId: account.id, target: null, summary: 'signed in' });
        return {
          status: 'signed-in',
          session: { sessionId: session.id, staff: session.staff, idleSeconds: opts.sessionIdleSeconds },
        };
      }
      const attemptsLeft = Math.max(0, opts.maxFailedPins - reservation.attempt);
      audit.record({
        action: 'login-failed',
        staffId: account ? account.id : null,
        target: null,
        summary: account
          ? `wrong PIN (${reservation.attempt} of ${opts.maxFailedPins})`
          : `unknown account "${accountId.slice(0, 40)}" (${reservation.attempt} of ${opts.maxFailedPins})`,
      });
      if (attemptsLeft > 0) return { status: 'rejected', attemptsLeft };
      const until = new Date(now.getTime() + opts.lockoutMinutes * 60_000);
      records.lockSignIn(until);
      audit.record({
        action: 'locked-out',
        staffId: null,
        target: null,
        summary: `${opts.maxFailedPins} wrong PINs; sign-in locked until ${until.toISOString()}`,
      });
      return { status: 'locked', until: until.toISOString() };
    },

    logout(sessionId) {
      if (!session || !sameId(session.id, sessionId)) return;
      expireIfIdle(clock.now().getTime());
      if (!session) return;
      audit.record({ action: 'logout', staffId: session.staff.id, target: null, summary: 'signed out' });
      session = null;
    },

    touch(sessionId) {
      const now = clock.now().getTime();
      expireIfIdle(now);
      if (!session || !sameId(session.id, sessionId)) return null;
      session.lastSeen = now;
      return session.staff;
    },

    sweep() {
      expireIfIdle(clock.now().getTime());
    },
  };
}
