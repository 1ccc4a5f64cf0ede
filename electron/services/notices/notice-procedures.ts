// KioskApi procedures for notices and announcements, over the NoticeService. A notice that is not
// (or no longer) here is the contract's NOTICE_NOT_FOUND; anything else is logged and rethrown.
import type { KioskImplementer } from '../kiosk-implementer';
import { NoticeNotFoundError, type NoticeService } from './notice-service';

export interface NoticeProcedureDeps {
  service: NoticeService;
  log?: { warn(obj: object, msg: string): void };
}

export function createNoticeProcedures(os: KioskImplementer, deps: NoticeProcedureDeps) {
  const { service, log } = deps;

  /** Runs `work`; a missing notice becomes NOTICE_NOT_FOUND, other failures are logged. */
  async function guarded<T>(what: string, notFound: () => Error, work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof NoticeNotFoundError) throw notFound();
      log?.warn({ err: error }, `${what} failed`);
      throw error;
    }
  }

  return {
    notices: {
      list: os.notices.list.handler(() => service.list()),
      search: os.notices.search.handler(({ input }) => service.search(input.query)),
      get: os.notices.get.handler(({ input, errors }) =>
        guarded(
          'notices.get',
          () => errors.NOTICE_NOT_FOUND(),
          () => service.get(input.id),
        ),
      ),
      printSlip: os.notices.printSlip.handler(({ input, errors }) =>
        guarded(
          'notices.printSlip',
          () => errors.NOTICE_NOT_FOUND(),
          () => service.printSlip(input.id, input.locale),
        ),
      ),
      previewA4: os.notices.previewA4.handler(({ input, errors }) =>
        guarded(
          'notices.previewA4',
          () => errors.NOTICE_NOT_FOUND(),
          () => service.previewA4(input.id, input.locale),
        ),
      ),
      printA4: os.notices.printA4.handler(({ input, errors }) =>
        guarded(
          'notices.printA4',
          () => errors.NOTICE_NOT_FOUND(),
          () => service.printA4(input.id, input.locale),
        ),
      ),
    },
    announcements: { current: os.announcements.current.handler(() => service.currentAnnouncements()) },
  };
}
