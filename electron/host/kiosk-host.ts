// Browser mode: serves the built renderer and the KioskApi (oRPC over HTTP) on 127.0.0.1,
// guarded by a per-launch bearer token that only the URL printed at start-up carries.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import { RPCHandler } from '@orpc/server/fastify';
import Fastify from 'fastify';
import type { KioskRouter } from '../services/kiosk-router';
// One set of security headers for both transports (the shell's app:// protocol serves the same).
import { securityHeaders } from '../shell/lockdown/content-security-policy';

export interface KioskHostOptions {
  router: KioskRouter;
  rendererDir: string;
  port?: number;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface KioskHost {
  /** The URL to open: carries the token in the fragment, which never reaches a server log. */
  kioskUrl: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export async function startKioskHost(options: KioskHostOptions): Promise<KioskHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  // A staff draft at the content model's own limits (71 Markdown fields × 2 languages × 4,000
  // characters, up to 3 bytes each) is about 1.7 MB; below that, a too-long field would be refused
  // whole (413) before validation could name it to staff.
  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 });
  const rpc = new RPCHandler(options.router);

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders());
  });

  app.all('/rpc/*', async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.status(401).send({ code: 'UNAUTHORIZED', message: 'missing or wrong kiosk token' });
    }
    const { matched } = await rpc.handle(request, reply, { prefix: '/rpc', context: {} });
    if (!matched) return reply.status(404).send({ code: 'NOT_FOUND', message: 'no such procedure' });
  });

  await app.register(fastifyStatic, { root: options.rendererDir, index: ['index.html'] });

  const address = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const origin = address.replace('localhost', '127.0.0.1');
  return {
    kioskUrl: `${origin}/#token=${token}`,
    origin,
    token,
    close: () => app.close(),
  };
}
