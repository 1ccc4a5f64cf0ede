// The public queue page behind the ticket's QR code, kiosk heartbeats in the staff view, and the
// hand-over of offline tickets: placed by issue time, and 1,000 replays in a row stay fast.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, manualClock, startCentral } from './harness';

let central: Harness | undefined;
afterEach(async () => {
  await central?.stop();
  central = undefined;
});

const page = async (h: Harness, id: string) => {
  const res = await fetch(`${h.url}/q/${id}`);
  return { status: res.status, headers: res.headers, html: await res.text() };
};

describe('public queue page GET /q/{clientTicketId}', () => {
  it('shows number, service, place and wait without a token, then the counter, then served', async () => {
    central = await startCentral();
    const h = central;
    const ids = [randomUUID(), randomUUID()];
    for (const clientTicketId of ids)
      await h.request('POST', '/v1/tickets', {
        clientTicketId,
        serviceId: 'senior-services',
        kioskId: 'kiosk-1',
      });
    const second = await page(h, ids[1] ?? '');
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const csp = second.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(second.html).toContain('<meta http-equiv="refresh" content="30">');
    expect(second.html).not.toMatch(/<script/i);
    expect(second.html).toContain('J002');
    expect(second.html).toContain('老龄服务（敬老卡）');
    expect(second.html).toContain('1 人');
    expect(second.html).toContain('about 10 min'); // 1 ahead x 10 min, no desk busy yet
    expect(second.html).toContain('等候中');
    // No personal data and no kiosk internals on a public page.
    expect(second.html).not.toContain('kiosk-1');
    expect(second.html).not.toContain(ids[1]);

    await h.request('POST', '/v1/counters/c12/call-next', { serviceIds: ['senior-services'] });
    const first = await page(h, ids[0] ?? '');
    expect(first.html).toContain('请到 c12 号窗口');
    expect(first.html).toContain('Please go to counter c12');
    await h.request('POST', '/v1/counters/c12/call-next', { serviceIds: ['senior-services'] });
    const done = await page(h, ids[0] ?? '');
    expect(done.html).toContain('已办理');
    expect(done.html).not.toContain('http-equiv="refresh"');
  });

  it('answers 404 pages for an unknown or malformed id, and serves a handed-over offline ticket', async () => {
    central = await startCentral();
    const unknown = await page(central, randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('Ticket not found');
    expect((await page(central, '..%2F..%2Fetc')).status).toBe(404);
    const id = randomUUID();
    await central.request('POST', '/v1/kiosks/kiosk-2/number-blocks', {
      serviceId: 'general-consultation',
      date: '2025-03-04',
      size: 10,
    });
    expect((await page(central, id)).status).toBe(404); // not handed over yet
    await central.request('POST', '/v1/tickets', {
      clientTicketId: id,
      serviceId: 'general-consultation',
      kioskId: 'kiosk-2',
      offline: { number: 'L004', issuedAt: '2025-03-04T01:55:00.000Z' },
    });
    const shown = await page(central, id);
    expect(shown.status).toBe(200);
    expect(shown.html).toContain('L004');
  });
});

describe('kiosks: heartbeat and the staff view', () => {
  it('keeps the latest heartbeat per kiosk and marks one silent for over 2 minutes stale', async () => {
    const clock = manualClock('2025-03-04T02:00:00.000Z');
    central = await startCentral({ now: clock.now });
    const beat = (kioskId: string, status: string, outboxDepth: number, lastSyncAt?: string) =>
      central?.request('POST', `/v1/kiosks/${kioskId}/heartbeat`, {
        sentAt: clock.now().toISOString(),
        appVersion: '0.2.0',
        printer: { status },
        outboxDepth,
        ...(lastSyncAt ? { lastSyncAt } : {}),
      });
    await beat('kiosk-1', 'ok', 0, '2025-03-04T01:59:00.000Z');
    await beat('kiosk-2', 'paper-near-end', 3);
    clock.set('2025-03-04T02:02:30.000Z');
    expect((await beat('kiosk-1', 'paper-out', 7, '2025-03-04T02:02:00.000Z'))?.status).toBe(204);
    const list = await central.request('GET', '/v1/kiosks');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      asOf: '2025-03-04T02:02:30.000Z',
      kiosks: [
        {
          kioskId: 'kiosk-1',
          lastSeenAt: '2025-03-04T02:02:30.000Z',
          sentAt: '2025-03-04T02:02:30.000Z',
          appVersion: '0.2.0',
          printer: { status: 'paper-out' },
          outboxDepth: 7,
          lastSyncAt: '2025-03-04T02:02:00.000Z',
          stale: false,
        },
        expect.objectContaining({
          kioskId: 'kiosk-2',
          printer: { status: 'paper-near-end' },
          stale: true,
          lastSyncAt: null,
        }),
      ],
    });
  });
});

describe('offline hand-over', () => {
  it('places a handed-over ticket by its issue time, ahead of later online tickets', async () => {
    const clock = manualClock('2025-03-04T02:00:00.000Z');
    central = await startCentral({ now: clock.now });
    const h = central;
    await h.request('POST', '/v1/kiosks/kiosk-2/number-blocks', {
      serviceId: 'medical-insurance',
      date: '2025-03-04',
      size: 5,
    });
    clock.set('2025-03-04T02:05:00.000Z');
    const online = await h.request('POST', '/v1/tickets', {
      clientTicketId: randomUUID(),
      serviceId: 'medical-insurance',
      kioskId: 'kiosk-1',
    });
    clock.set('2025-03-04T02:10:00.000Z');
    const handed = await h.request('POST', '/v1/tickets', {
      clientTicketId: randomUUID(),
      serviceId: 'medical-insurance',
      kioskId: 'kiosk-2',
      offline: { number: 'H002', issuedAt: '2025-03-04T02:01:00.000Z' },
    });
    expect(handed.body).toMatchObject({ peopleAhead: 0, offline: true });
    const again = await h.request('POST', '/v1/tickets', {
      clientTicketId: (online.body as { clientTicketId: string }).clientTicketId,
      serviceId: 'medical-insurance',
      kioskId: 'kiosk-1',
    });
    expect(again.body).toMatchObject({ peopleAhead: 1 });
    const first = await h.request('POST', '/v1/counters/c1/call-next', { serviceIds: ['medical-insurance'] });
    expect(first.body).toMatchObject({ number: 'H002' });
  });

  // The budget is 5 s for the kiosk's whole replay; the server's part is asserted with room
  // for a loaded CI machine, and the measured time is printed.
  it('takes 1,000 offline tickets in a row, then all their replays, fast', { timeout: 120_000 }, async () => {
    central = await startCentral();
    const h = central;
    const services = [
      'labour-employment',
      'social-insurance',
      'residence-permit',
      'general-consultation',
      'mass-teams',
    ];
    const prefixes: Record<string, string> = {
      'labour-employment': 'A',
      'social-insurance': 'B',
      'residence-permit': 'D',
      'general-consultation': 'L',
      'mass-teams': 'G',
    };
    for (const serviceId of services)
      await h.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
        serviceId,
        date: '2025-03-04',
        size: 200,
      });
    const tickets = Array.from({ length: 1000 }, (_, i) => {
      const serviceId = services[i % 5] ?? 'mass-teams';
      return {
        clientTicketId: randomUUID(),
        serviceId,
        kioskId: 'kiosk-1',
        offline: {
          number: `${prefixes[serviceId]}${String(Math.floor(i / 5) + 1).padStart(3, '0')}`,
          issuedAt: new Date(Date.parse('2025-03-04T01:00:00.000Z') + i * 1000).toISOString(),
        },
      };
    });
    // The machine's own HTTP round-trip, to tell a slow server from a loaded machine.
    const baseStart = performance.now();
    for (let i = 0; i < 1000; i++) await fetch(`${h.url}/healthz`).then((r) => r.text());
    const baseline = performance.now() - baseStart;
    const started = performance.now();
    for (const t of tickets) expect((await h.request('POST', '/v1/tickets', t)).status).toBe(201);
    const firstPass = performance.now() - started;
    const replayStart = performance.now();
    for (const t of tickets) expect((await h.request('POST', '/v1/tickets', t)).status).toBe(200);
    const replay = performance.now() - replayStart;
    console.log(
      `hand-over of 1,000 offline tickets: ${Math.round(firstPass)} ms; replayed again: ${Math.round(replay)} ms; 1,000 GET /healthz: ${Math.round(baseline)} ms`,
    );
    // Under 5 s on an idle machine; on a loaded one, no more than a few plain round-trips per ticket.
    expect(firstPass).toBeLessThan(Math.max(5000, baseline * 8));
    expect(replay).toBeLessThan(Math.max(5000, baseline * 8));
    const summary = (await h.request('GET', '/v1/queue/summary')).body as {
      services: { serviceId: string; waiting: number }[];
    };
    expect(summary.services.filter((s) => services.includes(s.serviceId)).map((s) => s.waiting)).toEqual([
      200, 200, 200, 200, 200,
    ]);
  });
});
