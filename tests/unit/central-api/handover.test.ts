// Batch hand-over of offline tickets, and the ghost of a timed-out online issue under the same id.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { type Harness, startCentral } from './harness';

let central: Harness;
afterEach(async () => {
  await central?.stop();
});

const SERVICE = 'residence-permit'; // prefix D
const DATE = '2025-03-04';
const num = (n: number) => `D${String(n).padStart(3, '0')}`;

async function lease(size: number): Promise<{ first: number; last: number }> {
  const res = await central.request('POST', '/v1/kiosks/kiosk-1/number-blocks', {
    serviceId: SERVICE,
    date: DATE,
    size,
  });
  return res.body as { first: number; last: number };
}

it('an online ticket then a hand-over with the same id and another number: one ticket, the offline number', async () => {
  central = await startCentral();
  const id = randomUUID();
  const online = await central.request('POST', '/v1/tickets', {
    clientTicketId: id,
    serviceId: SERVICE,
    kioskId: 'kiosk-1',
  });
  expect(online.status).toBe(201);
  const block = await lease(5);
  const issuedAt = new Date(Date.parse('2025-03-04T02:00:30.000Z')).toISOString();
  const item = { clientTicketId: id, serviceId: SERVICE, offline: { number: num(block.first), issuedAt } };
  const res = await central.request('POST', '/v1/tickets/handover', { kioskId: 'kiosk-1', tickets: [item] });
  expect(res.status).toBe(200);
  const [result] = (
    res.body as { results: { status: string; code?: string; ticket?: Record<string, unknown> }[] }
  ).results;
  expect(result).toMatchObject({ status: 'accepted', code: 'ONLINE_TICKET_REPLACED' });
  expect(result?.ticket).toMatchObject({
    clientTicketId: id,
    number: num(block.first),
    offline: true,
    issuedAt,
  });
  // A repeat changes nothing; the queue holds one ticket for the id.
  const again = await central.request('POST', '/v1/tickets/handover', {
    kioskId: 'kiosk-1',
    tickets: [item],
  });
  expect((again.body as { results: { code?: string }[] }).results[0]?.code).toBeUndefined();
  const summary = (await central.request('GET', '/v1/queue/summary')).body as {
    services: { serviceId: string; waiting: number }[];
  };
  expect(summary.services.find((s) => s.serviceId === SERVICE)?.waiting).toBe(1);
});

it('keeps an online ticket already called, and accepts the hand-over reporting it', async () => {
  central = await startCentral();
  const id = randomUUID();
  const online = await central.request('POST', '/v1/tickets', {
    clientTicketId: id,
    serviceId: SERVICE,
    kioskId: 'kiosk-1',
  });
  await central.request('POST', '/v1/counters/c1/call-next', { serviceIds: [SERVICE] });
  const block = await lease(5);
  const item = {
    clientTicketId: id,
    serviceId: SERVICE,
    offline: { number: num(block.first), issuedAt: '2025-03-04T02:00:30.000Z' },
  };
  const res = await central.request('POST', '/v1/tickets/handover', { kioskId: 'kiosk-1', tickets: [item] });
  const [result] = (res.body as { results: { status: string; code?: string; ticket?: { number: string } }[] })
    .results;
  expect(result).toMatchObject({ status: 'accepted', code: 'ONLINE_TICKET_KEPT' });
  expect(result?.ticket?.number).toBe((online.body as { number: string }).number);
});

it('answers each item on its own in one batch; a refused item does not undo the others', async () => {
  central = await startCentral();
  const block = await lease(10);
  const at = '2025-03-04T02:00:30.000Z';
  const tickets = [0, 1, 2].map((k) => ({
    clientTicketId: randomUUID(),
    serviceId: SERVICE,
    offline: { number: num(block.first + k), issuedAt: at },
  }));
  tickets.splice(1, 0, {
    clientTicketId: randomUUID(),
    serviceId: SERVICE,
    offline: { number: num(900), issuedAt: at },
  });
  tickets.push({ ...tickets[0], clientTicketId: randomUUID() } as (typeof tickets)[number]); // number taken
  const res = await central.request('POST', '/v1/tickets/handover', { kioskId: 'kiosk-1', tickets });
  const results = (res.body as { results: { clientTicketId: string; status: string; code?: string }[] })
    .results;
  expect(results.map((r) => r.clientTicketId)).toEqual(tickets.map((t) => t.clientTicketId));
  expect(results.map((r) => r.code ?? r.status)).toEqual([
    'accepted',
    'NUMBER_NOT_LEASED',
    'accepted',
    'accepted',
    'NUMBER_TAKEN',
  ]);
  const summary = (await central.request('GET', '/v1/queue/summary')).body as {
    services: { serviceId: string; waiting: number }[];
  };
  expect(summary.services.find((s) => s.serviceId === SERVICE)?.waiting).toBe(3);
  const tooMany = Array.from({ length: 201 }, () => tickets[0]);
  expect(
    (await central.request('POST', '/v1/tickets/handover', { kioskId: 'kiosk-1', tickets: tooMany })).status,
  ).toBe(400);
});
