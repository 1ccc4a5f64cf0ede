// SCAFFOLD (lead): replaced by the notices helper. KioskApi procedures for notices/announcements.
import type { KioskImplementer } from '../kiosk-implementer';

export type NoticeProcedureDeps = Record<string, never>;

export function createNoticeProcedures(os: KioskImplementer, _deps: NoticeProcedureDeps) {
  const notBuilt = () => {
    throw new Error('notices: not built yet');
  };
  return {
    notices: {
      list: os.notices.list.handler(notBuilt),
      search: os.notices.search.handler(notBuilt),
      get: os.notices.get.handler(notBuilt),
      printSlip: os.notices.printSlip.handler(notBuilt),
      previewA4: os.notices.previewA4.handler(notBuilt),
      printA4: os.notices.printA4.handler(notBuilt),
    },
    announcements: { current: os.announcements.current.handler(notBuilt) },
  };
}
