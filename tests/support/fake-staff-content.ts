// The fake staff side's content procedures: notices and announcements read, checked, saved and
// removed, and conflicts listed and resolved, each recorded on the fake for the tests to read.
import type { Notice } from '../../electron/notice-model';
import { AnnouncementContent, NoticeContent } from '../../electron/notice-model';
import type { KioskImplementer } from '../../electron/services/kiosk-implementer';
import { residencePermitSource } from './fake-staff-data';
import { fakeConflict, recordAudit, storeItem } from './fake-staff-records';
import type { FakeStaff } from './fake-staff-state';
import { validateAnnouncement, validateNotice } from './fake-staff-validation';

/** The contract's staff.* procedures, ready for handlers. */
export type StaffImplementer = KioskImplementer['staff'];

/** The staff id of an open session, or the contract's STAFF_SESSION_ENDED thrown. */
export type SignedInStaff = (errors: { STAFF_SESSION_ENDED: () => Error }, sessionId: string) => string;

export function fakeContentProcedures(s: StaffImplementer, fake: FakeStaff, signedInStaff: SignedInStaff) {
  return {
    notices: {
      get: s.notices.get.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        const notice = fake.notices.find((n) => n.id === input.id);
        if (!notice) throw errors.NOTICE_NOT_FOUND();
        return { notice, pending: fake.pending.includes(notice.id) };
      }),
      validate: s.notices.validate.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        return { issues: validateNotice(input.draft) };
      }),
      save: s.notices.save.handler(({ input, errors }) => {
        const staffId = signedInStaff(errors, input.sessionId);
        fake.saves.push({ kind: 'notice', baseVersion: input.baseVersion, draft: input.draft, staffId });
        const issues = validateNotice(input.draft);
        if (issues.length > 0) return { status: 'invalid' as const, issues };
        return storeItem(
          fake,
          'notice',
          fake.notices,
          NoticeContent.parse(input.draft),
          input.baseVersion,
          staffId,
        );
      }),
      remove: s.notices.remove.handler(({ input, errors }) => {
        const staffId = signedInStaff(errors, input.sessionId);
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
        recordAudit(fake, staffId, 'notice-removed', input.id, `v${input.baseVersion}`);
        return fake.saveMode === 'queued'
          ? { status: 'queued' as const }
          : { status: 'saved' as const, version: input.baseVersion + 1 };
      }),
    },
    announcements: {
      list: s.announcements.list.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        return { announcements: fake.announcements };
      }),
      validate: s.announcements.validate.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        return { issues: validateAnnouncement(input.draft) };
      }),
      save: s.announcements.save.handler(({ input, errors }) => {
        const staffId = signedInStaff(errors, input.sessionId);
        fake.saves.push({
          kind: 'announcement',
          baseVersion: input.baseVersion,
          draft: input.draft,
          staffId,
        });
        const issues = validateAnnouncement(input.draft);
        if (issues.length > 0) return { status: 'invalid' as const, issues };
        const content = AnnouncementContent.parse(input.draft);
        return storeItem(fake, 'announcement', fake.announcements, content, input.baseVersion, staffId);
      }),
      remove: s.announcements.remove.handler(({ input, errors }) => {
        const staffId = signedInStaff(errors, input.sessionId);
        fake.removals.push({ kind: 'announcement', id: input.id, baseVersion: input.baseVersion });
        fake.announcements = fake.announcements.filter((a) => a.id !== input.id);
        recordAudit(fake, staffId, 'announcement-removed', input.id, `v${input.baseVersion}`);
        return { status: 'saved' as const, version: input.baseVersion + 1 };
      }),
    },
    conflicts: {
      list: s.conflicts.list.handler(({ input, errors }) => {
        signedInStaff(errors, input.sessionId);
        return { conflicts: fake.conflicts };
      }),
      resolve: s.conflicts.resolve.handler(({ input, errors }) => {
        const staffId = signedInStaff(errors, input.sessionId);
        fake.resolutions.push({ conflictId: input.conflictId, keep: input.keep });
        const conflict = fake.conflicts.find((c) => c.id === input.conflictId);
        if (!conflict)
          return {
            status: 'invalid' as const,
            issues: [{ path: [], code: 'invalid' as const, limit: null }],
          };
        fake.conflicts = fake.conflicts.filter((c) => c !== conflict);
        recordAudit(fake, staffId, 'conflict-resolved', conflict.itemId, `keep ${input.keep}`);
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
  };
}
