// KioskApi procedures of the staff side. Every procedure but accounts/login checks the session
// first (which also keeps it alive); an ended session answers STAFF_SESSION_ENDED.
import type { StaffAccountSummary } from '../../api';
import type { KioskImplementer } from '../kiosk-implementer';
import { previewMarkdown } from './draft-validation';
import type { StaffService } from './staff-service';

export interface StaffProcedureDeps {
  service: StaffService;
}

export function createStaffProcedures(os: KioskImplementer, deps: StaffProcedureDeps) {
  const { service } = deps;
  const s = os.staff;

  /** The signed-in staff member, or the contract's STAFF_SESSION_ENDED. */
  function staffOf(sessionId: string, ended: () => Error): StaffAccountSummary {
    const staff = service.auth.touch(sessionId);
    if (!staff) throw ended();
    return staff;
  }

  /** validate, save and remove: one contract and one service call for both kinds of item. */
  function itemEditing(kind: 'notice' | 'announcement', p: typeof s.notices | typeof s.announcements) {
    return {
      validate: p.validate.handler(({ input, errors }) => {
        staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
        return { issues: service.validate(kind, input.draft) };
      }),
      save: p.save.handler(({ input, errors }) => {
        const staff = staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
        return service.edits.save(kind, staff.id, input.baseVersion, input.draft);
      }),
      remove: p.remove.handler(({ input, errors }) => {
        const staff = staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
        return service.edits.remove(kind, staff.id, input.id, input.baseVersion);
      }),
    };
  }

  return {
    staff: {
      accounts: s.accounts.handler(() => ({ accounts: service.auth.accounts() })),
      login: s.login.handler(async ({ input, errors }) => {
        const result = await service.auth.login(input.accountId, input.pin);
        if (result.status === 'signed-in') return result.session;
        if (result.status === 'locked') throw errors.STAFF_LOCKED({ data: { until: result.until } });
        throw errors.PIN_REJECTED({ data: { attemptsLeft: result.attemptsLeft } });
      }),
      logout: s.logout.handler(({ input }) => {
        service.auth.logout(input.sessionId);
        return { ok: true as const };
      }),
      preview: s.preview.handler(({ input, errors }) => {
        staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
        return previewMarkdown(input.markdown);
      }),
      notices: {
        get: s.notices.get.handler(({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          const found = service.getNotice(input.id);
          if (!found) throw errors.NOTICE_NOT_FOUND();
          return found;
        }),
        ...itemEditing('notice', s.notices),
      },
      announcements: {
        list: s.announcements.list.handler(({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return { announcements: service.listAnnouncements() };
        }),
        ...itemEditing('announcement', s.announcements),
      },
      conflicts: {
        list: s.conflicts.list.handler(({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return { conflicts: service.edits.openConflicts() };
        }),
        resolve: s.conflicts.resolve.handler(({ input, errors }) => {
          const staff = staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return service.edits.resolveConflict(staff.id, input.conflictId, input.keep);
        }),
      },
      audit: {
        list: s.audit.list.handler(({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return { entries: service.audit.list(input.limit) };
        }),
      },
      device: {
        status: s.device.status.handler(({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return service.deviceStatus();
        }),
      },
      ime: {
        candidates: s.ime.candidates.handler(async ({ input, errors }) => {
          staffOf(input.sessionId, errors.STAFF_SESSION_ENDED);
          return { candidates: await service.candidates(input.pinyin) };
        }),
      },
    },
  };
}
