// The queue service with a fake central API and a fake printer (unit scope), and a real SQLite store.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintOutcome } from '../../../electron/api';
import { type CentralApi, CentralApiError, type Ticket } from '../../../electron/services/central';
import type { TicketPrinter, TicketPrintJob } from '../../../electron/services/printing';
import {
  createQueueService,
  QueueError,
  type QueueService,
} from '../../../electron/services/queue/queue-service';
import { type KioskStore, openStore } from '../../../electron/services/store';

const SERVICE = {
  id: 'residence-permit',
  prefix: 'D',
  name: { 'zh-CN': '来沪人员居住证', en: 'Residence permits' },
  enabled: true,
};

function fakeCentral(issue: () => Promise<Ticket>): CentralApi {
  return {
    listServices: async () => [SERVICE],
    queueSummary: async () => [
      { serviceId: SERVICE.id, waiting: 3, estimatedWaitMinutes: 18, openNow: true },
    ],
    issueTicket: issue,
  } as unknown as CentralApi;
}

function fakePrinter(outcome: PrintOutcome, jobs: TicketPrintJob[]): TicketPrinter {
  return {
    printTicket: async (job) => {
      jobs.push(job);
      return outcome;
    },
    status: async () => ({
      online: true,
      paper: 'ok',
      coverOpen: false,
      checkedAt: new Date().toISOString(),
    }),
  };
}

const issued: Ticket = {
  id: 't-1',
  number: 'D004',
  serviceId: SERVICE.id,
  issuedAt: '2026-11-26T02:00:00.000Z',
  peopleAhead: 3,
  estimatedWaitMinutes: 18,
  status: 'waiting',
} as Ticket;

let store: KioskStore;
beforeEach(() => {
  store = openStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-queue-')), 'kiosk.db'));
});
afterEach(() => store.close());

function service(central: CentralApi, printer: TicketPrinter): QueueService {
  return createQueueService({
    kioskId: 'kiosk-7',
    hallName: { 'zh-CN': '示范中心', en: 'Demo hall' },
    paperWidth: 80,
    central,
    printer,
    store,
    clock: { now: () => new Date('2026-11-26T02:00:00Z') },
  });
}

describe('issueTicket', () => {
  it('prints what the central API assigned and records the ticket as printed', async () => {
    const jobs: TicketPrintJob[] = [];
    const result = await service(
      fakeCentral(async () => issued),
      fakePrinter({ status: 'printed' }, jobs),
    ).issueTicket({
      serviceId: SERVICE.id,
      locale: 'zh-CN',
    });
    expect(result.ticket).toMatchObject({ number: 'D004', peopleAhead: 3, serviceName: SERVICE.name });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ number: 'D004', serviceName: SERVICE.name, peopleAhead: 3 });
    expect(jobs[0]?.qrPayload).toMatch(/^[\x20-\x7e]+$/);
    expect(store.tickets.recent(5)).toEqual([
      expect.objectContaining({ number: 'D004', printStatus: 'printed' }),
    ]);
  });

  it('keeps a ticket whose print failed valid, and records why', async () => {
    const result = await service(
      fakeCentral(async () => issued),
      fakePrinter({ status: 'failed', reason: 'paper-out' }, []),
    ).issueTicket({ serviceId: SERVICE.id, locale: 'en' });
    expect(result.ticket.number).toBe('D004');
    expect(result.print).toEqual({ status: 'failed', reason: 'paper-out' });
    expect(store.tickets.recent(1)[0]).toMatchObject({ printStatus: 'failed', printReason: 'paper-out' });
  });

  it.each([
    [
      new CentralApiError('http', 'no such service', { status: 404, code: 'SERVICE_NOT_FOUND' }),
      'SERVICE_NOT_FOUND',
    ],
    [new CentralApiError('http', 'disabled', { status: 409, code: 'SERVICE_DISABLED' }), 'SERVICE_CLOSED'],
    [new CentralApiError('unreachable', 'ECONNREFUSED'), 'CENTRAL_UNAVAILABLE'],
    [new CentralApiError('timeout', 'no answer in 2000 ms'), 'CENTRAL_UNAVAILABLE'],
    [new CentralApiError('invalid-payload', 'ticket.number: expected A001'), 'CENTRAL_UNAVAILABLE'],
  ])('turns %s into %s, printing and recording nothing', async (failure, code) => {
    const jobs: TicketPrintJob[] = [];
    const queue = service(
      fakeCentral(async () => {
        throw failure;
      }),
      fakePrinter({ status: 'printed' }, jobs),
    );
    const error = await queue
      .issueTicket({ serviceId: SERVICE.id, locale: 'zh-CN' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueError);
    expect((error as QueueError).code).toBe(code);
    expect(jobs).toHaveLength(0);
    expect(store.tickets.recent(5)).toHaveLength(0);
  });
});

describe('listServices', () => {
  it('joins the catalog with the queue summary', async () => {
    const list = await service(
      fakeCentral(async () => issued),
      fakePrinter({ status: 'printed' }, []),
    ).listServices();
    expect(list.services).toEqual([
      { id: SERVICE.id, prefix: 'D', name: SERVICE.name, waiting: 3, estimatedWaitMinutes: 18, open: true },
    ]);
  });
});
