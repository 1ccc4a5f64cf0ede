// The fake staff side's state: what the tests set between steps and read back afterwards
// (accounts with plain PINs, lockout, sessions, notices as stored, and every call recorded).
import type { AuditEntry, ContentConflict, DeviceStatus } from '../../electron/api';
import type { Announcement, Notice } from '../../electron/notice-model';
import {
  FAKE_STAFF_ACCOUNTS,
  type FakeStaffAccount,
  fakeDeviceStatus,
  fakeStaffAnnouncement,
  residencePermitSource,
  unemploymentSource,
} from './fake-staff-data';

export type StaffItemKind = 'notice' | 'announcement';

export interface FakeStaff {
  accounts: FakeStaffAccount[];
  /** Wrong PINs in a row that lock sign-in. */
  maxAttempts: number;
  failures: number;
  lockMinutes: number;
  /** ISO time until which sign-in is locked, or null. */
  lockedUntil: string | null;
  idleSeconds: number;
  /** Open sessions: session id → staff id. Delete one (or set endAll) to end it. */
  sessions: Record<string, string>;
  /** Every staff call with a session answers STAFF_SESSION_ENDED. */
  endAll: boolean;
  notices: Notice[];
  /** Ids with a change of this kiosk still waiting in the outbox. */
  pending: string[];
  announcements: Announcement[];
  conflicts: ContentConflict[];
  audit: AuditEntry[];
  device: DeviceStatus;
  /** What the next save, removal or "keep mine" answers when the draft is valid. */
  saveMode: 'saved' | 'queued' | 'conflict';
  saves: Array<{ kind: StaffItemKind; baseVersion: number; draft: unknown; staffId: string }>;
  removals: Array<{ kind: StaffItemKind; id: string; baseVersion: number }>;
  resolutions: Array<{ conflictId: string; keep: 'mine' | 'theirs' }>;
  previews: string[];
  /** Every pinyin the on-screen keyboard asked candidates for, in order. */
  imeQueries: string[];
  logins: string[];
  logouts: number;
}

export function defaultFakeStaff(): FakeStaff {
  return {
    accounts: FAKE_STAFF_ACCOUNTS.map((a) => ({ ...a })),
    maxAttempts: 5,
    failures: 0,
    lockMinutes: 15,
    lockedUntil: null,
    idleSeconds: 300,
    sessions: {},
    endAll: false,
    notices: [residencePermitSource(), unemploymentSource()],
    pending: [],
    announcements: [
      fakeStaffAnnouncement(
        'window-3-closed',
        '3 号窗口今天下午暂停服务',
        'Window 3 is closed this afternoon',
      ),
    ],
    conflicts: [],
    audit: [],
    device: fakeDeviceStatus(),
    saveMode: 'saved',
    saves: [],
    removals: [],
    resolutions: [],
    previews: [],
    imeQueries: [],
    logins: [],
    logouts: 0,
  };
}
