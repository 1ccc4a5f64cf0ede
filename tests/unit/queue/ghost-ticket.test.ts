// A central API that commits an online ticket but answers after the kiosk's ticket timeout: the
// kiosk prints an offline number under the SAME client id, and after recovery the central API holds
// exactly one ticket for that id, with the printed number (no ghost left waiting).

import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { createCentralServer } from '../../../central-api/server';
import { KIOSK_ID, openHallClock, pause, type QueueRig, startQueueRig } from './support/queue-rig';

const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));
const SERVICE = 'residence-permit';
const closers: Array<() => Promise<void> | void> = [];
let rig: QueueRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
  for (const close of closers.splice(0).reverse()) await close();
});

/** Forwards to the central API; while `slow`, answers POST /v1/tickets only after `delayMs`. */
async function startLateAnswers(target: string, delayMs: number) {
  const state = { slow: false, slowed: 0 };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(`${target}${req.url}`, {
      method: req.method ?? 'GET',
      headers: {
        authorization: req.headers.authorization ?? '',
        'content-type': req.headers['content-type'] ?? 'application/json',
      },
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = await upstream.text(); // committed by now
    if (state.slow && req.method === 'POST' && req.url === '/v1/tickets') {
      state.slowed += 1;
      await pause(delayMs);
    }
    if (res.destroyed) return;
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  closers.push(() => server.closeAllConnections());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, state };
}

it('a committed-but-late online ticket leaves one ticket centrally, with the printed offline number', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-ghost-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  const clock = openHallClock();
  const central = await createCentralServer({
    dbPath: path.join(dir, 'central.db'),
    fixturesDir: FIXTURES,
    kioskTokens: ['queue-rig-token'],
    now: () => clock.now(),
  });
  const centralUrl = await central.listen(0);
  closers.push(() => central.close());
  const late = await startLateAnswers(centralUrl, 1200);
  rig = await startQueueRig({ centralUrl: late.url, ticketTimeoutMs: 400 });

  late.state.slow = true;
  const { ticket } = await rig.queue.issueTicket({ serviceId: SERVICE, locale: 'zh-CN' });
  expect(late.state.slowed).toBe(1); // the online call did reach (and commit at) the central API
  expect(ticket.offline).toBe(true);
  await pause(1000); // the late answer has been sent (and dropped)
  late.state.slow = false;

  const committed = await rig.direct.queueSummary();
  expect(committed.find((s) => s.serviceId === SERVICE)?.waiting).toBe(1); // the online one

  await pause(250); // a half-open probe would be due
  const report = await rig.sync.syncNow();
  expect(report.replay).toMatchObject({ delivered: 1, rejected: 0, interrupted: false });

  // The same id again (idempotent): the central API's one ticket for it has the printed number.
  const known = await rig.direct.issueTicket({
    clientTicketId: ticket.id,
    serviceId: SERVICE,
    kioskId: KIOSK_ID,
  });
  expect(known).toMatchObject({ clientTicketId: ticket.id, number: ticket.number, offline: true });
  const after = await rig.direct.queueSummary();
  expect(after.find((s) => s.serviceId === SERVICE)?.waiting).toBe(1);
});
