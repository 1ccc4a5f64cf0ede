// SQL of ticket numbers: the daily counter of each service and the blocks leased to kiosks for
// offline tickets. Call these inside the caller's BEGIN IMMEDIATE transaction (queue-tickets.ts), so
// that two server processes on one file never hand out one number twice.
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';
import type { IssueTicketInput } from './queue-records';

/** Numbers are a one-letter prefix and three digits, so a service has 999 a day. */
export const MAX_NUMBER = 999;

export function queueNumbers(db: Database.Database) {
  const q = {
    service: db.prepare<[string], { enabled: number }>('SELECT enabled FROM services WHERE id = ?'),
    nextNumber: db.prepare<[string, string], { next_number: number }>(
      'SELECT next_number FROM number_counters WHERE service_id = ? AND date = ?',
    ),
    setNextNumber: db.prepare(
      `INSERT INTO number_counters (service_id, date, next_number) VALUES (?, ?, ?)
       ON CONFLICT (service_id, date) DO UPDATE SET next_number = excluded.next_number`,
    ),
    blockHolding: db.prepare<[string, string, string, number, number], { id: number }>(
      `SELECT id FROM number_blocks WHERE kiosk_id = ? AND service_id = ? AND date = ? AND first <= ? AND last >= ?`,
    ),
    numberTaken: db.prepare<[string, string, number], { seq: number }>(
      'SELECT seq FROM tickets WHERE service_id = ? AND date = ? AND number = ?',
    ),
    insertBlock: db.prepare(
      'INSERT INTO number_blocks (kiosk_id, service_id, date, first, last, leased_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };

  function checkService(serviceId: string): void {
    const service = q.service.get(serviceId);
    if (!service) throw new ApiError(404, 'SERVICE_NOT_FOUND', `no service ${serviceId}`);
    if (service.enabled !== 1)
      throw new ApiError(409, 'SERVICE_DISABLED', `service ${serviceId} is not taking tickets`);
  }

  function reserveNumbers(
    serviceId: string,
    date: string,
    size: number,
  ): { first: number; last: number } | null {
    const first = q.nextNumber.get(serviceId, date)?.next_number ?? 1;
    if (first > MAX_NUMBER) return null;
    const last = Math.min(MAX_NUMBER, first + size - 1);
    q.setNextNumber.run(serviceId, date, last + 1);
    return { first, last };
  }

  /** An offline number must lie in a block leased to the kiosk that day and be unused. */
  function checkOfflineNumber(input: IssueTicketInput, number: number): void {
    const held = q.blockHolding.get(input.kioskId, input.serviceId, input.date, number, number);
    if (!held) {
      throw new ApiError(
        409,
        'NUMBER_NOT_LEASED',
        `number ${number} of ${input.serviceId} on ${input.date} is not in a block leased to kiosk ${input.kioskId}`,
      );
    }
    if (q.numberTaken.get(input.serviceId, input.date, number)) {
      throw new ApiError(
        409,
        'NUMBER_TAKEN',
        `number ${number} of ${input.serviceId} on ${input.date} is already used`,
      );
    }
  }

  /** A block of numbers for one kiosk's offline tickets; run it in BEGIN IMMEDIATE. */
  function leaseBlock(kioskId: string, serviceId: string, date: string, size: number, at: string) {
    checkService(serviceId);
    const block = reserveNumbers(serviceId, date, size);
    if (!block)
      throw new ApiError(409, 'NUMBERS_EXHAUSTED', `all numbers of ${serviceId} on ${date} are used`);
    q.insertBlock.run(kioskId, serviceId, date, block.first, block.last, at);
    return { serviceId, date, ...block };
  }

  return { checkService, reserveNumbers, checkOfflineNumber, leaseBlock };
}
export type QueueNumbers = ReturnType<typeof queueNumbers>;
