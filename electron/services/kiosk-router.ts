// The KioskApi implemented over the services. Transports (HTTP host, Electron MessagePort)
// serve this one router; nothing here knows which one carries a call.
import { implement } from '@orpc/server';
import { type KioskInfo, kioskContract } from '../api';
import { QueueError, type QueueService } from './queue/queue-service';

export interface KioskRouterDeps {
  info: KioskInfo;
  queue: QueueService;
  log?: { warn(obj: object, msg: string): void };
}

export function createKioskRouter(deps: KioskRouterDeps) {
  const os = implement(kioskContract);

  return os.router({
    kiosk: {
      info: os.kiosk.info.handler(() => deps.info),
    },
    services: {
      list: os.services.list.handler(async ({ errors }) => {
        try {
          return await deps.queue.listServices();
        } catch (error) {
          deps.log?.warn({ err: error }, 'services.list failed');
          throw errors.CENTRAL_UNAVAILABLE();
        }
      }),
    },
    tickets: {
      issue: os.tickets.issue.handler(async ({ input, errors }) => {
        try {
          return await deps.queue.issueTicket(input);
        } catch (error) {
          deps.log?.warn({ err: error }, 'tickets.issue failed');
          if (error instanceof QueueError) throw errors[error.code]();
          throw errors.CENTRAL_UNAVAILABLE();
        }
      }),
    },
  });
}

export type KioskRouter = ReturnType<typeof createKioskRouter>;
