// SCAFFOLD (lead): replaced by the staff helper. KioskApi procedures of the staff side.
import type { KioskImplementer } from '../kiosk-implementer';

export type StaffProcedureDeps = Record<string, never>;

export function createStaffProcedures(os: KioskImplementer, _deps: StaffProcedureDeps) {
  const notBuilt = () => {
    throw new Error('staff: not built yet');
  };
  const s = os.staff;
  return {
    staff: {
      accounts: s.accounts.handler(notBuilt),
      login: s.login.handler(notBuilt),
      logout: s.logout.handler(notBuilt),
      preview: s.preview.handler(notBuilt),
      notices: {
        get: s.notices.get.handler(notBuilt),
        validate: s.notices.validate.handler(notBuilt),
        save: s.notices.save.handler(notBuilt),
        remove: s.notices.remove.handler(notBuilt),
      },
      announcements: {
        list: s.announcements.list.handler(notBuilt),
        validate: s.announcements.validate.handler(notBuilt),
        save: s.announcements.save.handler(notBuilt),
        remove: s.announcements.remove.handler(notBuilt),
      },
      conflicts: { list: s.conflicts.list.handler(notBuilt), resolve: s.conflicts.resolve.handler(notBuilt) },
      audit: { list: s.audit.list.handler(notBuilt) },
      device: { status: s.device.status.handler(notBuilt) },
    },
  };
}
