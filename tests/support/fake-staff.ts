// Fake staff side for the renderer tests: the contract's staff.* answered from state the tests
// change between steps (accounts with plain PINs, lockout, sessions, notices as stored, conflicts,
// audit, device), every save, removal and resolution recorded.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, ContentConflict, DeviceStatus, SaveResult } from '../../electron/api';
import {
  type Announcement,
  AnnouncementContent,
  type Notice,
  NoticeContent,
} from '../../electron/notice-model';
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { previewMarkdown } from '../../electron/services/staff/draft-validation';
import {
  FAKE_STAFF_ACCOUNTS,
  type FakeStaffAccount,
  fakeDeviceStatus,
  fakeStaffAnnouncement,
  residencePermitSource,
  unemploymentSource,
} from './fake-staff-data';
import { fixtureIme } from './fake-staff-ime';
import { validateAnnouncement, validateNotice } from './fake-staff-validation';

export type { FakeStaffAccount } from './fake-staff-data';

type Kind = 'notice' | 'announcement';

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
  saves: Array<{ kind: Kind; baseVersion: number; draft: unknown; staffId: string }>;
  removals: Array<{ kind: Kind; id: string; baseVersion: number }>;
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

/** A conflict as the real service records one: this kiosk's change against the central item. */
export function fakeConflict(
  fake: FakeStaff,
  mine: Notice,
  theirs: Notice,
  staffId = 'wang-li',
): ContentConflict {
  const conflict: ContentConflict = {
    id: randomUUID(),
    kind: 'notice',
    itemId: theirs.id,
    staffId,
    detectedAt: new Date().toISOString(),
    mine,
    theirs,
    baseVersion: mine.version,
  };
  fake.conflicts.push(conflict);
  return conflict;
}

function audit(
  fake: FakeStaff,
  staffId: string | null,
  action: AuditEntry['action'],
  target: string | null,
  summary: string,
) {
  fake.audit.push({
    id: randomUUID(),
    at: new Date().toISOString(),
    kioskId: fake.device.kioskId,
    staffId,
    action,
    target,
    summary,
    synced: fake.saveMode === 'saved',
  });
}

/** Stores a valid item the way saveMode says, and answers as the real service would. */
function store<T extends { id: string; version: number }>(
  fake: FakeStaff,
  kind: Kind,
  list: T[],
  item: Omit<T, 'version' | 'updatedAt' | 'updatedBy'>,
  baseVersion: number,
  staffId: string,
): SaveResult {
  const current = list.find((x) => x.id === item.id);
  const next = {
    ...item,
    version: (current?.version ?? 0) + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: staffId,
  } as unknown as T;
  if (fake.saveMode === 'conflict') {
    const conflict: ContentConflict = {
      id: randomUUID(),
      kind,
      itemId: item.id,
      staffId,
      detectedAt: new Date().toISOString(),
      mine: { ...next, version: baseVersion },
      theirs: current ?? null,
      baseVersion,
    };
    fake.conflicts.push(conflict);
    audit(fake, staffId, 'conflict-detected', item.id, `${kind} v${baseVersion}`);
    return { status: 'conflict', conflictId: conflict.id };
  }
  if (current) list.splice(list.indexOf(current), 1, next);
  else list.push(next);
  audit(
    fake,
    staffId,
    kind === 'notice' ? 'notice-saved' : 'announcement-saved',
    item.id,
    `v${baseVersion} → v${next.version}`,
  );
  if (fake.saveMode === 'queued') {
    fake.pending.push(item.id);
    return { status: 'queued' };
  }
  return { status: 'saved', version: next.version };
}

export const fakeStaffProcedures = (os: KioskImplementer, fake: FakeStaff) => {
  const s = os.staff;
  const ended = (errors: { STAFF_SESSION_ENDED: () => Error }, sessionId: string): string => {
    const staffId = fake.sessions[sessionId];
    if (fake.endAll || staffId === undefined) throw errors.STAFF_SESSION_ENDED();
    return staffId;
  };
  return {
    staff: {
      accounts: s.accounts.handler(() => ({ accounts: fake.accounts.map(({ id, name }) => ({ id, name })) })),
      login: s.login.handler(({ input, errors }) => {
        if (fake.lockedUntil && Date.parse(fake.lockedUntil) > Date.now())
          throw errors.STAFF_LOCKED({ data: { until: fake.lockedUntil } });
        const account = fake.accounts.find((a) => a.id === input.accountId);
        if (!account || account.pin !== input.pin) {
          fake.failures += 1;
          audit(fake, null, 'login-failed', null, input.accountId);
          if (fake.failures >= fake.maxAttempts) {
            fake.lockedUntil = new Date(Date.now() + fake.lockMinutes * 60_000).toISOString();
            fake.failures = 0;
            throw errors.STAFF_LOCKED({ data: { until: fake.lockedUntil } });
          }
          throw errors.PIN_REJECTED({ data: { attemptsLeft: fake.maxAttempts - fake.failures } });
        }
        fake.failures = 0;
        const sessionId = randomUUID();
        fake.sessions[sessionId] = account.id;
        fake.logins.push(account.id);
        audit(fake, account.id, 'login', null, '');
        return { sessionId, staff: { id: account.id, name: account.name }, idleSeconds: fake.idleSeconds };
      }),
      logout: s.logout.handler(({ input }) => {
        delete fake.sessions[input.sessionId];
        fake.logouts += 1;
        return { ok: true as const };
      }),
      preview: s.preview.handler(({ input, errors }) => {
        ended(errors, input.sessionId);
        fake.previews.push(input.markdown);
        // The service's own rule (too long, too deep), so the editor meets what it will meet.
        return previewMarkdown(input.markdown);
      }),
      notices: {
        get: s.notices.get.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          const notice = fake.notices.find((n) => n.id === input.id);
          if (!notice) throw errors.NOTICE_NOT_FOUND();
          return { notice, pending: fake.pending.includes(notice.id) };
        }),
        validate: s.notices.validate.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          return { issues: validateNotice(input.draft) };
        }),
        save: s.notices.save.handler(({ input, errors }) => {
          const staffId = ended(errors, input.sessionId);
          fake.saves.push({ kind: 'notice', baseVersion: input.baseVersion, draft: input.draft, staffId });
          const issues = validateNotice(input.draft);
          if (issues.length > 0) return { status: 'invalid' as const, issues };
          return store(
            fake,
            'notice',
            fake.notices,
            NoticeContent.parse(input.draft),
            input.baseVersion,
            staffId,
          );
        }),
        remove: s.notices.remove.handler(({ input, errors }) => {
          const staffId = ended(errors, input.sessionId);
          fake.removals.push({ kind: 'notice', id: input.id, baseVersion: input.baseVersion });
          const current = fake.notices.find((n) => n.id === input.id);
          if (fake.saveMode === 'conflict') {
            // Someone changed it centrally meanwhile: this kiosk's removal meets their version.
            const conflict = fakeConflict(
              fake,
              current ?? residencePermitSource(),
              current ?? residencePermitSource(),
              staffId,
            );
            conflict.mine = null;
            return { status: 'conflict' as const, conflictId: conflict.id };
          }
          fake.notices = fake.notices.filter((n) => n !== current);
          audit(fake, staffId, 'notice-removed', input.id, `v${input.baseVersion}`);
          return fake.saveMode === 'queued'
            ? { status: 'queued' as const }
            : { status: 'saved' as const, version: input.baseVersion + 1 };
        }),
      },
      announcements: {
        list: s.announcements.list.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          return { announcements: fake.announcements };
        }),
        validate: s.announcements.validate.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          return { issues: validateAnnouncement(input.draft) };
        }),
        save: s.announcements.save.handler(({ input, errors }) => {
          const staffId = ended(errors, input.sessionId);
          fake.saves.push({
            kind: 'announcement',
            baseVersion: input.baseVersion,
            draft: input.draft,
            staffId,
          });
          const issues = validateAnnouncement(input.draft);
          if (issues.length > 0) return { status: 'invalid' as const, issues };
          const content = AnnouncementContent.parse(input.draft);
          return store(fake, 'announcement', fake.announcements, content, input.baseVersion, staffId);
        }),
        remove: s.announcements.remove.handler(({ input, errors }) => {
          const staffId = ended(errors, input.sessionId);
          fake.removals.push({ kind: 'announcement', id: input.id, baseVersion: input.baseVersion });
          fake.announcements = fake.announcements.filter((a) => a.id !== input.id);
          audit(fake, staffId, 'announcement-removed', input.id, `v${input.baseVersion}`);
          return { status: 'saved' as const, version: input.baseVersion + 1 };
        }),
      },
      conflicts: {
        list: s.conflicts.list.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          return { conflicts: fake.conflicts };
        }),
        resolve: s.conflicts.resolve.handler(({ input, errors }) => {
          const staffId = ended(errors, input.sessionId);
          fake.resolutions.push({ conflictId: input.conflictId, keep: input.keep });
          const conflict = fake.conflicts.find((c) => c.id === input.conflictId);
          if (!conflict)
            return {
              status: 'invalid' as const,
              issues: [{ path: [], code: 'invalid' as const, limit: null }],
            };
          fake.conflicts = fake.conflicts.filter((c) => c !== conflict);
          audit(fake, staffId, 'conflict-resolved', conflict.itemId, `keep ${input.keep}`);
          const theirs = conflict.theirs as { version?: number } | null;
          const theirVersion = theirs?.version ?? 0;
          if (input.keep === 'theirs') return { status: 'saved' as const, version: theirVersion };
          if (conflict.kind === 'notice') {
            const mine = { ...(conflict.mine as Notice), version: theirVersion + 1 };
            fake.notices = [...fake.notices.filter((n) => n.id !== mine.id), mine];
          }
          return { status: 'saved' as const, version: theirVersion + 1 };
        }),
      },
      audit: {
        list: s.audit.list.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          const newestFirst = [...fake.audit].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
          return { entries: newestFirst.slice(0, input.limit) };
        }),
      },
      device: {
        status: s.device.status.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          return fake.device;
        }),
      },
      ime: {
        candidates: s.ime.candidates.handler(({ input, errors }) => {
          ended(errors, input.sessionId);
          fake.imeQueries.push(input.pinyin);
          return { candidates: fixtureIme().candidates(input.pinyin) };
        }),
      },
    },
  };
};
