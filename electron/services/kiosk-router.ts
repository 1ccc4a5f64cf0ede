// The KioskApi implemented over the services. Transports (HTTP host, Electron MessagePort)
// serve this one router; nothing here knows which one carries a call.
import type { KioskErrorCode, KioskInfo } from '../api';
import { kioskImplementer } from './kiosk-implementer';
import { createNoticeProcedures, type NoticeProcedureDeps } from './notices/notice-procedures';
import { QueueError, type QueueService } from './queue/queue-service';
import { createStaffProcedures, type StaffProcedureDeps } from './staff/staff-procedures';

export interface KioskRouterDeps {
  info: KioskInfo;
  queue: QueueService;
  notices: NoticeProcedureDeps;
  staff: StaffProcedureDeps;
  log?: { warn(obj: object, msg: string): void };
}

/**
 * The contract error for a service failure, when the procedure declares that code; anything else
 * is rethrown as is (oRPC answers it as an internal error, and the log has the cause).
 */
function contractError<C extends KioskErrorCode>(
  error: unknown,
  errors: Partial<Record<C, () => Error>>,
  fallback?: C,
): Error {
  if (error instanceof QueueError) {
    const make = errors[error.code as C];
    if (make) return make();
  }
  const make = fallback ? errors[fallback] : undefined;
  return make ? make() : error instanceof Error ? error : new Error(String(error));
}

export function createKioskRouter(deps: KioskRouterDeps) {
  const os = kioskImplementer();
  const failed = (what: string, error: unknown) => deps.log?.warn({ err: error }, `${what} failed`);

  return os.router({
    kiosk: {
      info: os.kiosk.info.handler(() => deps.info),
    },
    services: {
      list: os.services.list.handler(async ({ errors }) => {
        try {
          return await deps.queue.listServices();
        } catch (error) {
          failed('services.list', error);
          throw contractError(error, errors, 'CENTRAL_UNAVAILABLE');
        }
      }),
    },
    tickets: {
      issue: os.tickets.issue.handler(async ({ input, errors }) => {
        try {
          return await deps.queue.issueTicket(input);
        } catch (error) {
          failed('tickets.issue', error);
          throw contractError(error, errors);
        }
      }),
      checkIn: os.tickets.checkIn.handler(async ({ input, errors }) => {
        try {
          return await deps.queue.checkIn(input);
        } catch (error) {
          failed('tickets.checkIn', error);
          throw contractError(error, errors, 'CENTRAL_UNAVAILABLE');
        }
      }),
      reprint: os.tickets.reprint.handler(async ({ input, errors }) => {
        try {
          return await deps.queue.reprint(input);
        } catch (error) {
          failed('tickets.reprint', error);
          throw contractError(error, errors);
        }
      }),
    },
    ...createNoticeProcedures(os, deps.notices),
    ...createStaffProcedures(os, deps.staff),
  });
}

export type KioskRouter = ReturnType<typeof createKioskRouter>;
