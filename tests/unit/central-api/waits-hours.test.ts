// Honest waits (recent service times, open counters) and opening hours (SERVICE_CLOSED, opensAt),
// all on an injected clock so that nothing depends on when the test runs.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { nextOpening } from '../../../central-api/server/opening-hours';
import { type Harness, manualClock, startCentral } from './harness';

let central: Harness | undefined;
afterEach(async () => {
  await central?.stop();
  central = undefined;
});

type Item = {
  serviceId: string;
  waiting: number;
  estimatedWaitMinutes: number;
  openNow: boolean;
  opensAt: string | null;
};
const summaryItem = async (h: Harness, serviceId: string) =>
  ((await h.request('GET', '/v1/queue/summary')).body as { services: Item[] }).services.find(
    (s) => s.serviceId === serviceId,
  );
const issue = (h: Harness, serviceId: string) =>
  h.request('POST', '/v1/tickets', { clientTicketId: randomUUID(), serviceId, kioskId: 'kiosk-1' });
const callNext = (h: Harness, counter: string, serviceId: string) =>
  h.request('POST', `/v1/counters/${counter}/call-next`, { serviceIds: [serviceId] });

describe('estimated wait', () => {
  it('uses recent service times and the counters open for the service, not a constant', async () => {
    const clock = manualClock('2025-03-04T01:00:00.000Z'); // 09:00
    central = await startCentral({ now: clock.now });
    const h = central;
    let minute = 0;
    const advance = (m: number) => {
      minute += m;
      clock.set(new Date(Date.parse('2025-03-04T01:00:00.000Z') + minute * 60_000).toISOString());
    };
    // Catalog average for family planning: 10 min. Before anything is served it is the fallback.
    for (let i = 0; i < 12; i++) await issue(h, 'family-planning');
    expect(await summaryItem(h, 'family-planning')).toMatchObject({ waiting: 12, estimatedWaitMinutes: 120 });
    // One counter serves 4 residents in 4 minutes each (the 5th call marks the 4th served).
    for (let i = 0; i < 5; i++) {
      await callNext(h, 'c7', 'family-planning');
      advance(4);
    }
    // 7 waiting and 1 at the busy desk; mean 4 min; one open counter: 32 min for a new ticket.
    expect(await summaryItem(h, 'family-planning')).toMatchObject({ waiting: 7, estimatedWaitMinutes: 32 });
    // A second counter opens for it: the wait halves.
    await callNext(h, 'c8', 'family-planning');
    expect(await summaryItem(h, 'family-planning')).toMatchObject({ waiting: 6, estimatedWaitMinutes: 14 });
    const mine = await issue(h, 'family-planning');
    expect(mine.body).toMatchObject({ peopleAhead: 6, estimatedWaitMinutes: 14 });
    // 40 minutes without a call from either counter: both count as closed again (at least 1 counts).
    advance(40);
    expect(await summaryItem(h, 'family-planning')).toMatchObject({ waiting: 7, estimatedWaitMinutes: 28 });
  });

  it('ignores a counter pause (lunch) as a service time', async () => {
    const clock = manualClock('2025-03-04T03:20:00.000Z'); // 11:20
    central = await startCentral({ now: clock.now });
    for (let i = 0; i < 3; i++) await issue(central, 'senior-services');
    await callNext(central, 'c9', 'senior-services');
    clock.set('2025-03-04T05:35:00.000Z'); // 13:35, after lunch: 135 min "service"
    await callNext(central, 'c9', 'senior-services');
    // 1 waiting + 1 at the desk, at the catalog's 10 min (the 135 min "service" is not a sample).
    expect(await summaryItem(central, 'senior-services')).toMatchObject({
      waiting: 1,
      estimatedWaitMinutes: 20,
    });
  });
});

describe('opening hours', () => {
  it("takes tickets at any hour for enabled services in 'always' mode (the demo), never for disabled ones", async () => {
    const clock = manualClock('2025-03-04T15:00:00.000Z'); // Tuesday 23:00 in the hall
    central = await startCentral({ now: clock.now, openingHours: 'always' });
    expect((await issue(central, 'social-insurance')).status).toBe(201);
    expect(await summaryItem(central, 'social-insurance')).toMatchObject({ openNow: true, opensAt: null });
    expect((await issue(central, 'business-registration')).status).toBe(409);
    expect(await summaryItem(central, 'business-registration')).toMatchObject({
      openNow: false,
      opensAt: null,
    });
  });

  it('refuses a ticket while closed with SERVICE_CLOSED and when it opens; summary says so too', async () => {
    const clock = manualClock('2025-03-04T04:00:00.000Z'); // Tuesday 12:00, lunch break
    central = await startCentral({ now: clock.now });
    const closed = await issue(central, 'social-insurance');
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ code: 'SERVICE_CLOSED', opensAt: '2025-03-04T05:30:00.000Z' });
    expect(await summaryItem(central, 'social-insurance')).toMatchObject({
      openNow: false,
      opensAt: '2025-03-04T05:30:00.000Z',
    });
    expect(await summaryItem(central, 'business-registration')).toMatchObject({
      openNow: false,
      opensAt: null,
    });
    clock.set('2025-03-04T05:30:00.000Z'); // 13:30: open
    expect((await issue(central, 'social-insurance')).status).toBe(201);
    expect(await summaryItem(central, 'social-insurance')).toMatchObject({ openNow: true, opensAt: null });
    // Saturday 10:00: residence permits open (09:00-12:00), social insurance opens Monday 08:30.
    clock.set('2025-03-08T02:00:00.000Z');
    expect((await issue(central, 'residence-permit')).status).toBe(201);
    expect((await issue(central, 'social-insurance')).body).toMatchObject({
      code: 'SERVICE_CLOSED',
      opensAt: '2025-03-10T00:30:00.000Z',
    });
  });

  it('still accepts a hand-over and a replay after closing time', async () => {
    const clock = manualClock('2025-03-04T08:50:00.000Z'); // 16:50
    central = await startCentral({ now: clock.now });
    const input = { clientTicketId: randomUUID(), serviceId: 'mass-teams', kioskId: 'kiosk-1' };
    expect((await central.request('POST', '/v1/tickets', input)).status).toBe(201);
    await central.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
      serviceId: 'mass-teams',
      date: '2025-03-04',
      size: 5,
    });
    clock.set('2025-03-04T09:30:00.000Z'); // 17:30, closed
    expect((await central.request('POST', '/v1/tickets', input)).status).toBe(200);
    const handed = await issue(central, 'mass-teams');
    expect(handed.status).toBe(409);
    const offline = await central.request('POST', '/v1/tickets', {
      clientTicketId: randomUUID(),
      serviceId: 'mass-teams',
      kioskId: 'kiosk-1',
      offline: { number: 'G003', issuedAt: '2025-03-04T08:55:00.000Z' },
    });
    expect(offline.status).toBe(201);
  });

  it('nextOpening looks past closed days and is null for a disabled service', () => {
    const hours = {
      mon: [{ from: '08:30', to: '11:30' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    };
    const tz = 'Asia/Shanghai';
    // Tuesday 2025-03-04 12:00 -> next Monday 08:30 local.
    expect(nextOpening({ enabled: true, openingHours: hours }, new Date('2025-03-04T04:00:00Z'), tz)).toBe(
      '2025-03-10T00:30:00.000Z',
    );
    expect(
      nextOpening({ enabled: false, openingHours: hours }, new Date('2025-03-04T04:00:00Z'), tz),
    ).toBeNull();
    expect(
      nextOpening({ enabled: true, openingHours: hours }, new Date('2025-03-04T04:00:00Z'), 'Europe/Berlin'),
    ).toBe('2025-03-10T07:30:00.000Z');
  });
});
