// The whole MessagePort hand-over without Electron: page -> preload bridge -> "main" -> oRPC
// served on one end of a real MessageChannel (wrapped to behave like Electron's MessagePortMain),
// the page's oRPC client on the other.
import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { createORPCClient, isDefinedError, ORPCError } from '@orpc/client';
import { RPCLink } from '@orpc/client/message-port';
import type { ContractRouterClient } from '@orpc/contract';
import { implement } from '@orpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type KioskContract, type KioskInfo, queueContract } from '../../../electron/api';
import {
  isKioskPortMessage,
  KIOSK_API_PORT_CHANNEL,
  type KioskPortMessage,
} from '../../../electron/shell/ipc-protocol';
import {
  createKioskApiPortServer,
  type KioskApiPortServer,
  type ServerMessagePort,
} from '../../../electron/shell/kiosk-api-port-server';
import { createPreloadBridge } from '../../../electron/shell/preload-bridge';

const info: KioskInfo = {
  kioskId: 'hall-a-01',
  hallName: { 'zh-CN': '社区事务受理服务中心', en: 'Community Affairs Service Center' },
  defaultLocale: 'zh-CN',
  locales: ['zh-CN', 'en'],
  idleTimeoutsSeconds: { menu: 45, notice: 120, result: 30, warning: 20 },
  appVersion: '0.1.0',
  timeZone: 'Asia/Shanghai',
};

function testRouter() {
  const os = implement(queueContract);
  let issued = 0;
  return os.router({
    kiosk: { info: os.kiosk.info.handler(() => info) },
    services: {
      list: os.services.list.handler(() => ({
        services: [],
        asOf: '2026-05-01T08:00:00.000Z',
        offline: false,
      })),
    },
    tickets: {
      issue: os.tickets.issue.handler(({ input, errors }) => {
        if (input.serviceId !== 'social-security') throw errors.SERVICE_NOT_FOUND();
        issued += 1;
        return {
          ticket: {
            id: `t-${issued}`,
            number: `A${String(issued).padStart(3, '0')}`,
            serviceId: input.serviceId,
            serviceName: { 'zh-CN': '社会保障', en: 'Social security' },
            kind: input.priority ? ('priority' as const) : ('normal' as const),
            appointmentTime: null,
            peopleAhead: issued - 1,
            estimatedWaitMinutes: 5,
            approximate: false,
            offline: false,
            issuedAt: '2026-05-01T08:00:00.000Z',
            followUrl: `http://127.0.0.1/q/t-${issued}`,
          },
          print: { status: 'printed' as const },
        };
      }),
      checkIn: os.tickets.checkIn.handler(({ errors }) => {
        throw errors.APPOINTMENT_NOT_FOUND();
      }),
      reprint: os.tickets.reprint.handler(() => ({ status: 'printed' as const })),
    },
  });
}

/** Node's MessagePort behind Electron's MessagePortMain interface (EventEmitter, queued until start). */
class MessagePortMainLike extends EventEmitter implements ServerMessagePort {
  constructor(private readonly port: MessagePort) {
    super();
    port.on('close', () => this.emit('close'));
  }
  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }
  start(): void {
    this.port.on('message', (data: unknown) => this.emit('message', { data, ports: [] }));
  }
  close(): void {
    this.port.close();
  }
}

const openPorts: MessagePort[] = [];
let server: KioskApiPortServer | undefined;

afterEach(() => {
  server?.closeAll();
  for (const port of openPorts.splice(0)) port.close();
});

/** The page's side: connect with a nonce, accept only the matching message, build the client. */
async function connectLikeThePage(nonce: string) {
  server ??= createKioskApiPortServer({ router: testRouter() });
  const activeServer = server;
  const delivered: Array<{ message: KioskPortMessage; ports: MessagePort[] }> = [];
  const { bridge, deliverPorts } = createPreloadBridge<MessagePort>({
    // Stands in for ipcRenderer.send -> ipcMain: main makes the channel and sends port2 back.
    requestPort: () => {
      const { port1, port2 } = new MessageChannel();
      openPorts.push(port1, port2);
      activeServer.serve(new MessagePortMainLike(port1));
      queueMicrotask(() => deliverPorts([port2]));
    },
    postToPage: (message, ports) => delivered.push({ message, ports }),
  });
  bridge.connect(nonce);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const handOver = delivered.find((d) => isKioskPortMessage(d.message, nonce));
  if (!handOver) throw new Error('no port handed over');
  const port = handOver.ports[0];
  if (!port) throw new Error('hand-over without a port');
  port.start();
  return createORPCClient<ContractRouterClient<KioskContract>>(new RPCLink({ port }));
}

describe('KioskApi over a MessagePort', () => {
  it('answers kiosk.info and issues a ticket', async () => {
    const api = await connectLikeThePage('nonce-0123456789abcdef');
    expect(await api.kiosk.info()).toEqual(info);
    const first = await api.tickets.issue({ serviceId: 'social-security', locale: 'zh-CN' });
    const second = await api.tickets.issue({ serviceId: 'social-security', locale: 'en' });
    expect(first.ticket.number).toBe('A001');
    expect(second.ticket).toMatchObject({ number: 'A002', peopleAhead: 1 });
    expect(second.print).toEqual({ status: 'printed' });
  });

  it('carries defined errors to the page with their code', async () => {
    const api = await connectLikeThePage('nonce-0123456789abcdef');
    const error = await api.tickets.issue({ serviceId: 'no-such-service', locale: 'zh-CN' }).catch((e) => e);
    expect(error).toBeInstanceOf(ORPCError);
    expect(isDefinedError(error)).toBe(true);
    expect(error.code).toBe('SERVICE_NOT_FOUND');
  });

  it('rejects input that breaks the contract before any handler runs', async () => {
    const api = await connectLikeThePage('nonce-0123456789abcdef');
    const error = await api.tickets
      // @ts-expect-error: a page that ignores the types must still be refused at the edge.
      .issue({ serviceId: '../../etc', locale: 'fr' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ORPCError);
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('keeps at most maxOpenPorts ports: a page reloading in a loop cannot pile them up', async () => {
    server = createKioskApiPortServer({ router: testRouter(), maxOpenPorts: 2 });
    const closed: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { port1, port2 } = new MessageChannel();
      openPorts.push(port1, port2);
      port2.on('close', () => closed.push(i));
      server.serve(new MessagePortMainLike(port1));
    }
    expect(server.openPorts).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed.sort()).toEqual([0, 1, 2]);
  });
});

describe('the preload bridge', () => {
  function bridgeWithLog() {
    const requests: number[] = [];
    const posted: Array<{ message: KioskPortMessage; ports: string[] }> = [];
    const preload = createPreloadBridge<string>({
      requestPort: () => requests.push(requests.length),
      postToPage: (message, ports) => posted.push({ message, ports }),
    });
    return { ...preload, requests, posted };
  }

  it('exposes connect and nothing else, frozen', () => {
    const { bridge } = bridgeWithLog();
    expect(Object.keys(bridge)).toEqual(['connect']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each([
    '',
    'short',
    'x'.repeat(65),
    'has spaces in it 1234',
    'ünïcödé-ünïcödé-ünïcödé',
    '<script>alert(1)</script>',
  ])('ignores the bad nonce %j', (nonce) => {
    const { bridge, requests } = bridgeWithLog();
    bridge.connect(nonce);
    expect(requests).toHaveLength(0);
  });

  it('ignores a non-string nonce', () => {
    const { bridge, requests } = bridgeWithLog();
    bridge.connect(42 as unknown as string);
    bridge.connect({ toString: () => 'nonce-0123456789abcdef' } as unknown as string);
    expect(requests).toHaveLength(0);
  });

  it('pairs each port with the nonce of its connect, in order', () => {
    const { bridge, deliverPorts, posted } = bridgeWithLog();
    bridge.connect('first-nonce-0123456789');
    bridge.connect('second-nonce-012345678');
    deliverPorts(['port-a']);
    deliverPorts(['port-b']);
    expect(posted).toEqual([
      { message: { channel: KIOSK_API_PORT_CHANNEL, nonce: 'first-nonce-0123456789' }, ports: ['port-a'] },
      { message: { channel: KIOSK_API_PORT_CHANNEL, nonce: 'second-nonce-012345678' }, ports: ['port-b'] },
    ]);
  });

  it('drops a port nobody asked for, and a message with other than one port', () => {
    const { bridge, deliverPorts, posted } = bridgeWithLog();
    deliverPorts(['unasked']);
    bridge.connect('nonce-0123456789abcdef');
    deliverPorts([]);
    deliverPorts(['late']);
    expect(posted).toEqual([]);
  });

  it('stops asking main after a few unanswered connects', () => {
    const { bridge, requests } = bridgeWithLog();
    for (let i = 0; i < 20; i += 1) bridge.connect(`looping-nonce-${String(i).padStart(4, '0')}`);
    expect(requests.length).toBe(4);
  });
});

describe('the page-side check of the hand-over message', () => {
  const nonce = 'nonce-0123456789abcdef';
  it('accepts only the right channel and the same nonce', () => {
    expect(isKioskPortMessage({ channel: KIOSK_API_PORT_CHANNEL, nonce }, nonce)).toBe(true);
    expect(
      isKioskPortMessage({ channel: KIOSK_API_PORT_CHANNEL, nonce: 'other-nonce-0123456789' }, nonce),
    ).toBe(false);
    expect(isKioskPortMessage({ channel: 'something-else', nonce }, nonce)).toBe(false);
    expect(isKioskPortMessage(null, nonce)).toBe(false);
    expect(isKioskPortMessage('kiosk-api:port', nonce)).toBe(false);
    expect(isKioskPortMessage({ channel: KIOSK_API_PORT_CHANNEL, nonce: 'short' }, 'short')).toBe(false);
  });
});
