// The same KioskApi cases over both transports: HTTP (browser mode) and MessagePort (Electron;
// exercised with Node's worker_threads MessageChannel, the same oRPC adapter without the binary).
import { MessageChannel } from 'node:worker_threads';
import { createORPCClient, isDefinedError, safe } from '@orpc/client';
import { RPCLink as PortLink } from '@orpc/client/message-port';
import { RPCHandler as PortHandler } from '@orpc/server/message-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpKioskClient, type KioskClient } from '../support/kiosk-client';
import { type KioskStack, startKioskStack } from '../support/kiosk-stack';

let stack: KioskStack;
const closers: Array<() => void> = [];

beforeAll(async () => {
  stack = await startKioskStack();
});
afterAll(async () => {
  for (const close of closers) close();
  await stack?.close();
});

function httpClient(token = stack.host.token): KioskClient {
  return httpKioskClient(stack.host.origin, token);
}

function portClient(): KioskClient {
  const { port1, port2 } = new MessageChannel();
  new PortHandler(stack.runtime.router).upgrade(port1);
  port1.start();
  port2.start();
  closers.push(() => {
    port1.close();
    port2.close();
  });
  return createORPCClient(new PortLink({ port: port2 }));
}

const transports: Array<[string, () => KioskClient]> = [
  ['http', () => httpClient()],
  ['message-port', () => portClient()],
];

describe.each(transports)('KioskApi over %s', (_name, makeClient) => {
  let client: KioskClient;
  beforeAll(() => {
    client = makeClient();
  });

  it('tells the kiosk its hall name and languages, and nothing secret', async () => {
    const info = await client.kiosk.info();
    expect(info.hallName['zh-CN']).toBe('测试街道社区事务受理服务中心');
    expect(info.locales).toContain('zh-CN');
    expect(JSON.stringify(info)).not.toMatch(/token|credential|pin/i);
  });

  it('lists the hall services with their queue', async () => {
    const { services } = await client.services.list();
    expect(services.length).toBeGreaterThanOrEqual(8);
    for (const service of services) {
      expect(service.prefix).toMatch(/^[A-Z]$/);
      expect(service.waiting).toBeGreaterThanOrEqual(0);
    }
  });

  it('issues a ticket, prints it, and counts it in the queue', async () => {
    const { services } = await client.services.list();
    const service = services.find((s) => s.open);
    if (!service) throw new Error('the fixtures have no open service');
    const before = service.waiting;
    const { ticket, print } = await client.tickets.issue({ serviceId: service.id, locale: 'zh-CN' });
    expect(ticket.number.startsWith(service.prefix)).toBe(true);
    expect(ticket.peopleAhead).toBe(before);
    expect(print).toEqual({ status: 'printed' });
    expect(ticket).toMatchObject({
      kind: 'normal',
      offline: false,
      approximate: false,
      appointmentTime: null,
    });
    expect(ticket.followUrl).toBe(`${stack.runtime.centralApiUrl}/q/${ticket.id}`);
    expect(await client.tickets.reprint({ ticketId: ticket.id })).toEqual({ status: 'printed' });
    const after = (await client.services.list()).services.find((s) => s.id === service.id);
    expect(after?.waiting).toBe(before + 1);
  });

  it('says whether the list is live, and when closed services open', async () => {
    const list = await client.services.list();
    expect(list.offline).toBe(false);
    const closed = list.services.find((s) => s.id === 'business-registration');
    expect(closed).toMatchObject({ open: false, opensAt: null });
  });

  it('marks a priority ticket', async () => {
    const { ticket } = await client.tickets.issue({
      serviceId: 'senior-services',
      locale: 'zh-CN',
      priority: true,
    });
    expect(ticket.kind).toBe('priority');
  });

  it('checks in an appointment, and names a wrong code', async () => {
    const [none] = await safe(client.tickets.checkIn({ code: 'ZZ0000Z0', locale: 'en' }));
    expect(isDefinedError(none) && none.code).toBe('APPOINTMENT_NOT_FOUND');
  });

  it('answers a ticket it never issued with TICKET_NOT_FOUND', async () => {
    const [error] = await safe(client.tickets.reprint({ ticketId: '00000000-0000-4000-8000-000000000000' }));
    expect(isDefinedError(error) && error.code).toBe('TICKET_NOT_FOUND');
  });

  it('answers an unknown service with SERVICE_NOT_FOUND', async () => {
    const [error] = await safe(client.tickets.issue({ serviceId: 'no-such-service', locale: 'en' }));
    expect(isDefinedError(error) && error.code).toBe('SERVICE_NOT_FOUND');
  });

  it('rejects malformed input before it reaches a service', async () => {
    const [error] = await safe(
      client.tickets.issue({ serviceId: 'Bad Id!', locale: 'en' } as unknown as {
        serviceId: string;
        locale: 'en';
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('browser-mode host', () => {
  it('refuses calls without the per-launch token', async () => {
    const [error] = await safe(httpClient('not-the-token').kiosk.info());
    expect(error).toBeTruthy();
    const response = await fetch(`${stack.host.origin}/rpc/kiosk/info`, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const response = await fetch(`${stack.host.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<div id="root">');
  });
});
