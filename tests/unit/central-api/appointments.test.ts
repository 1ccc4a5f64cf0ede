// Appointment check-in: the booked ticket, its tolerance window, used and unknown codes, idempotency,
// and its place in the line (called at its booked time, before priority and normal tickets).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, manualClock, startCentral } from './harness';

let central: Harness | undefined;
afterEach(async () => {
  await central?.stop();
  central = undefined;
});

const checkIn = (h: Harness, code: string, clientTicketId: string = randomUUID(), kioskId = 'kiosk-1') =>
  h.request('POST', `/v1/appointments/${code}/check-in`, { clientTicketId, kioskId });

// Tuesday 2025-03-04, 10:00 in Shanghai; the fixtures' appointments are seeded on this day.
const TEN = '2025-03-04T02:00:00.000Z';

describe('appointment check-in', () => {
  it('gives a ticket of kind appointment at its booked time; a repeat is the same ticket', async () => {
    central = await startCentral({ now: manualClock(TEN).now });
    const id = randomUUID();
    const first = await checkIn(central, 'yy1000c2 ', id); // typed in lower case with a space
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      clientTicketId: id,
      serviceId: 'household-registration',
      kind: 'appointment',
      appointmentTime: '2025-03-04T02:00:00.000Z',
      priority: false,
      offline: false,
      number: 'F001',
      status: 'waiting',
    });
    const again = await checkIn(central, 'YY1000C2', id);
    expect(again.status).toBe(200);
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    const other = await checkIn(central, 'YY1000C2');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'APPOINTMENT_USED' });
  });

  it('refuses unknown codes (404), too early and too late (409, with the booked time)', async () => {
    const clock = manualClock(TEN);
    central = await startCentral({ now: clock.now });
    const unknown = await checkIn(central, 'NOSUCH99');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'APPOINTMENT_NOT_FOUND' });
    expect((await checkIn(central, 'no!')).status).toBe(400);
    const late = await checkIn(central, 'YY0901A3'); // 09:00, 60 min ago (tolerance 15)
    expect(late.body).toMatchObject({
      code: 'APPOINTMENT_TOO_LATE',
      appointmentTime: '2025-03-04T01:00:00.000Z',
    });
    const early = await checkIn(central, 'YY1100E8'); // 11:00, in 60 min (tolerance 30)
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'APPOINTMENT_TOO_EARLY',
      appointmentTime: '2025-03-04T03:00:00.000Z',
    });
    clock.set('2025-03-04T02:30:00.000Z'); // 10:30: exactly 30 min before, accepted
    expect((await checkIn(central, 'YY1100E8')).status).toBe(201);
    clock.set('2025-03-04T02:45:00.000Z'); // 10:45: the 10:30 one is 15 min late, accepted
    expect((await checkIn(central, 'YY1030D5')).status).toBe(201);
    const disabled = await checkIn(central, 'YY1600J9'); // business registration is disabled
    clock.set('2025-03-04T07:45:00.000Z');
    expect((await checkIn(central, 'YY1600J9')).body).toMatchObject({ code: 'SERVICE_DISABLED' });
    expect(disabled.body).toMatchObject({ code: 'APPOINTMENT_TOO_EARLY' });
  });

  it('uses the configured tolerance', async () => {
    central = await startCentral({
      now: manualClock(TEN).now,
      queueRules: { appointmentEarlyMinutes: 90, appointmentLateMinutes: 0 },
    });
    expect((await checkIn(central, 'YY1100E8')).status).toBe(201);
    expect((await checkIn(central, 'YY0930B7')).body).toMatchObject({ code: 'APPOINTMENT_TOO_LATE' });
  });

  it('is called at its booked time, before priority and normal tickets, not before', async () => {
    const clock = manualClock('2025-03-04T02:15:00.000Z'); // 10:15
    central = await startCentral({ now: clock.now });
    const h = central;
    const issue = (priority: boolean) =>
      h.request('POST', '/v1/tickets', {
        clientTicketId: randomUUID(),
        serviceId: 'residence-permit',
        kioskId: 'kiosk-1',
        priority,
      });
    const n1 = await issue(false);
    const p1 = await issue(true);
    const n2 = await issue(false);
    const appt = await checkIn(central, 'YY1030D5'); // residence permit at 10:30
    // Two calls fit before 10:30 at 10 min each with one counter: it is told 2 ahead, and at least 15 min.
    expect(appt.body).toMatchObject({ kind: 'appointment', peopleAhead: 2, estimatedWaitMinutes: 20 });
    const call = async () =>
      (
        (await h.request('POST', '/v1/counters/c5/call-next', { serviceIds: ['residence-permit'] })).body as {
          number: string;
        }
      ).number;
    const numberOf = (r: { body: unknown }) => (r.body as { number: string }).number;
    expect(await call()).toBe(numberOf(p1)); // 10:15: priority first (none called yet today)
    clock.set('2025-03-04T02:29:00.000Z');
    expect(await call()).toBe(numberOf(n1)); // 10:29: the appointment is not due yet
    clock.set('2025-03-04T02:30:00.000Z');
    expect(await call()).toBe(numberOf(appt)); // 10:30: its time has come
    expect(await call()).toBe(numberOf(n2));
  });
});
