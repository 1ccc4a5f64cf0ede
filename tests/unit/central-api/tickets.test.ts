// Ticket numbers: idempotent, unique under concurrency, reset daily, never overlapping leased blocks;
// the waiting line: priority first, then issue order; counters calling the next ticket.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, manualClock, startCentral } from './harness';

interface TicketBody {
  id: string;
  number: string;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  status: string;
  offline: boolean;
  counterId?: string;
}

let central: Harness | undefined;
afterEach(async () => {
  await central?.stop();
  central = undefined;
});

const issue = (h: Harness, serviceId: string, extra: Record<string, unknown> = {}) =>
  h.request('POST', '/v1/tickets', { clientTicketId: randomUUID(), serviceId, kioskId: 'kiosk-1', ...extra });

const numberOf = (body: unknown) => Number((body as TicketBody).number.slice(1));

describe('issueTicket', () => {
  it('is idempotent on clientTicketId: the repeat returns the same ticket with 200', async () => {
    central = await startCentral();
    const input = { clientTicketId: randomUUID(), serviceId: 'social-insurance', kioskId: 'kiosk-1' };
    const first = await central.request('POST', '/v1/tickets', input);
    const again = await central.request('POST', '/v1/tickets', input);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((again.body as TicketBody).id).toBe((first.body as TicketBody).id);
    expect((again.body as TicketBody).number).toBe('B001');
    const next = await issue(central, 'social-insurance');
    expect((next.body as TicketBody).number).toBe('B002');
    const reused = await central.request('POST', '/v1/tickets', { ...input, serviceId: 'medical-insurance' });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT' });
  });

  it('gives 200 concurrent requests unique, consecutive numbers', async () => {
    central = await startCentral();
    const h = central;
    const results = await Promise.all(Array.from({ length: 200 }, () => issue(h, 'labour-employment')));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => numberOf(r.body)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(results[0]?.body).toMatchObject({ number: expect.stringMatching(/^A\d{3}$/) });
  });

  it('restarts numbering each hall day, and takes the day at midnight in Shanghai, not UTC', async () => {
    const clock = manualClock('2025-03-04T02:00:00.000Z'); // Tuesday 10:00 in Shanghai
    central = await startCentral({ now: clock.now });
    expect((await issue(central, 'household-registration')).body).toMatchObject({ number: 'F001' });
    expect((await issue(central, 'household-registration')).body).toMatchObject({ number: 'F002' });
    clock.set('2025-03-05T01:00:00.000Z'); // Wednesday 09:00
    expect((await issue(central, 'household-registration')).body).toMatchObject({ number: 'F001' });
    // A ticket a kiosk issued offline at 00:30 Shanghai on the 6th (still the 5th in UTC) belongs to
    // the 6th: only a block leased for the 6th may hold its number.
    const lease6 = await central.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
      serviceId: 'household-registration',
      date: '2025-03-06',
      size: 3,
    });
    expect(lease6.body).toMatchObject({ first: 1, last: 3 });
    const handed = await issue(central, 'household-registration', {
      offline: { number: 'F002', issuedAt: '2025-03-05T16:30:00.000Z' },
    });
    expect(handed.status).toBe(201);
    // Yesterday's waiting tickets do not count in today's queue.
    const summary = await central.request('GET', '/v1/queue/summary');
    const item = (summary.body as { services: { serviceId: string; waiting: number }[] }).services.find(
      (s) => s.serviceId === 'household-registration',
    );
    expect(item?.waiting).toBe(1);
  });

  it('rejects an unknown service with 404 and a disabled one with 409, in the error shape', async () => {
    central = await startCentral();
    const unknown = await issue(central, 'no-such-service');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      code: 'SERVICE_NOT_FOUND',
      message: expect.stringContaining('no-such-service'),
    });
    const disabled = await issue(central, 'business-registration');
    expect(disabled.status).toBe(409);
    expect(disabled.body).toMatchObject({ code: 'SERVICE_DISABLED' });
  });

  it('counts people ahead and the estimated wait, with priority tickets ahead of others', async () => {
    central = await startCentral();
    // residence-permit: 10 minutes per resident in the fixtures.
    const a = await issue(central, 'residence-permit');
    const b = await issue(central, 'residence-permit');
    const elder = await issue(central, 'residence-permit', { priority: true });
    expect(a.body).toMatchObject({ peopleAhead: 0, estimatedWaitMinutes: 0 });
    expect(b.body).toMatchObject({ peopleAhead: 1, estimatedWaitMinutes: 10 });
    expect(elder.body).toMatchObject({ peopleAhead: 0, estimatedWaitMinutes: 0 });
    const summary = await central.request('GET', '/v1/queue/summary');
    const item = (summary.body as { services: { serviceId: string }[] }).services.find(
      (s) => s.serviceId === 'residence-permit',
    );
    expect(item).toMatchObject({ waiting: 3, estimatedWaitMinutes: 30 });
  });
});

describe('callNext', () => {
  it('calls priority first, then issue order, across the counter’s services; marks the previous served', async () => {
    central = await startCentral();
    const a1 = await issue(central, 'labour-employment');
    const b1 = await issue(central, 'social-insurance');
    const a2 = await issue(central, 'labour-employment', { priority: true });
    await issue(central, 'medical-insurance'); // not this counter's service
    const h = central;
    const call = () =>
      h.request('POST', '/v1/counters/c3/call-next', {
        serviceIds: ['labour-employment', 'social-insurance'],
      });
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await call();
      if (res.status === 204) break;
      expect(res.body).toMatchObject({ status: 'called', counterId: 'c3' });
      order.push((res.body as TicketBody).number);
    }
    expect(order).toEqual([
      (a2.body as TicketBody).number,
      (a1.body as TicketBody).number,
      (b1.body as TicketBody).number,
    ]);
    // Calling again marked the earlier ones served: a repeat issue shows the new state.
    const again = await central.request('POST', '/v1/tickets', {
      clientTicketId: (a1.body as { clientTicketId: string }).clientTicketId,
      serviceId: 'labour-employment',
      kioskId: 'kiosk-1',
    });
    expect(again.body).toMatchObject({ status: 'served', peopleAhead: 0 });
  });
});

describe('leaseNumberBlock', () => {
  it('reserves numbers that online issuing and other kiosks never use', async () => {
    const clock = manualClock('2025-03-04T02:00:00.000Z');
    central = await startCentral({ now: clock.now });
    const h = central;
    const lease = (kioskId: string, size: number) =>
      h.request('POST', `/v1/kiosks/${kioskId}/number-blocks`, {
        serviceId: 'mass-teams',
        date: '2025-03-04',
        size,
      });
    expect(numberOf((await issue(h, 'mass-teams')).body)).toBe(1);
    const k1 = await lease('kiosk-1', 10);
    expect(k1.status).toBe(201);
    expect(k1.body).toEqual({ serviceId: 'mass-teams', date: '2025-03-04', first: 2, last: 11 });
    const online = await Promise.all(Array.from({ length: 5 }, () => issue(h, 'mass-teams')));
    const k2 = await lease('kiosk-2', 10);
    const onlineNumbers = online.map((r) => numberOf(r.body)).sort((a, b) => a - b);
    expect(onlineNumbers).toEqual([12, 13, 14, 15, 16]);
    expect(k2.body).toMatchObject({ first: 17, last: 26 });
    expect(numberOf((await issue(h, 'mass-teams')).body)).toBe(27);
  });

  it('accepts hand-over of an offline ticket only from the kiosk’s own block, once', async () => {
    const clock = manualClock('2025-03-04T02:00:00.000Z');
    central = await startCentral({ now: clock.now });
    await central.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
      serviceId: 'mass-teams',
      date: '2025-03-04',
      size: 5,
    });
    const offline = { number: 'G003', issuedAt: '2025-03-04T01:30:00.000Z' };
    const handed = await issue(central, 'mass-teams', { offline });
    expect(handed.status).toBe(201);
    expect(handed.body).toMatchObject({ number: 'G003', offline: true, issuedAt: offline.issuedAt });
    expect((await issue(central, 'mass-teams', { offline })).body).toMatchObject({ code: 'NUMBER_TAKEN' });
    const otherKiosk = await issue(central, 'mass-teams', {
      kioskId: 'kiosk-2',
      offline: { ...offline, number: 'G004' },
    });
    expect(otherKiosk.body).toMatchObject({ code: 'NUMBER_NOT_LEASED' });
    const outside = await issue(central, 'mass-teams', { offline: { ...offline, number: 'G009' } });
    expect(outside.status).toBe(409);
    const wrongPrefix = await issue(central, 'mass-teams', { offline: { ...offline, number: 'A004' } });
    expect(wrongPrefix.status).toBe(400);
  });

  it('shrinks the last block of the day and then says the numbers are exhausted', async () => {
    central = await startCentral();
    const h = central;
    const lease = (size: number) =>
      h.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
        serviceId: 'mass-teams',
        date: '2030-01-02',
        size,
      });
    for (let i = 0; i < 4; i++) expect((await lease(200)).status).toBe(201);
    expect((await lease(200)).body).toMatchObject({ first: 801, last: 999 });
    expect((await lease(1)).body).toMatchObject({ code: 'NUMBERS_EXHAUSTED' });
  });
});
