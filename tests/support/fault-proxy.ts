// An HTTP proxy on 127.0.0.1 in front of the central API whose behaviour can be switched at any
// moment, to inject the faults a hall network really has: a stopped server (connection refused),
// one that accepts and never answers, one answering 500, one answering broken JSON, and a link that
// flaps. Plain node:http piping: the proxy must also be able to stop listening, which a library
// proxy would hide from us.
import http from 'node:http';
import type net from 'node:net';

export type FaultMode = 'pass' | 'refuse' | 'hang' | 'error-500' | 'malformed' | 'flap';

export interface FaultProxy {
  /** http://127.0.0.1:PORT; stays the same whatever the mode. */
  readonly url: string;
  readonly port: number;
  readonly mode: FaultMode;
  /** Switches mode; 'flap' alternates pass and refuse every `flapMs` (default 2000), starting with refuse. */
  setMode(mode: FaultMode, options?: { flapMs?: number }): Promise<void>;
  /** Points the proxy at another upstream (e.g. a restarted central API on a new port). */
  setTarget(url: string): void;
  /** Requests seen per mode that answered them ('pass' includes flap's pass phases). */
  readonly counts: Readonly<Record<'pass' | 'hang' | 'error-500' | 'malformed', number>>;
  close(): Promise<void>;
}

export async function startFaultProxy(targetUrl: string, opts: { port?: number } = {}): Promise<FaultProxy> {
  let target = new URL(targetUrl);
  let mode: FaultMode = 'pass';
  /** What answers right now: flap switches this between 'pass' and 'refuse'. */
  let effective: Exclude<FaultMode, 'flap'> = 'pass';
  let flapTimer: NodeJS.Timeout | null = null;
  let listening = false;
  let closed = false;
  const sockets = new Set<net.Socket>();
  const hung = new Set<http.ServerResponse>();
  const counts = { pass: 0, hang: 0, 'error-500': 0, malformed: 0 };

  const server = http.createServer((req, res) => {
    switch (effective) {
      case 'hang':
        counts.hang++;
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return; // accept, read nothing back, never answer
      case 'error-500':
        counts['error-500']++;
        req.resume();
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'INTERNAL', message: 'injected fault' }));
        return;
      case 'malformed':
        counts.malformed++;
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "abc", "number": "A0'); // cut mid-document
        return;
      default:
        counts.pass++;
        forward(req, res);
    }
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    // The upstream itself is down (e.g. the central process was stopped): the client sees a reset.
    upstream.on('error', () => res.socket?.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  }

  let port = opts.port ?? 0;
  async function listen(): Promise<void> {
    if (listening || closed) return;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as net.AddressInfo;
    port = address.port;
    listening = true;
  }

  /** Stops listening and drops every open connection: new connections are refused by the OS. */
  async function refuse(): Promise<void> {
    if (!listening) return;
    listening = false;
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await stopped;
  }

  async function apply(next: Exclude<FaultMode, 'flap'>): Promise<void> {
    effective = next;
    // Leaving 'hang': release what was held (the client has likely given up already).
    if (next !== 'hang') for (const res of hung) res.socket?.destroy();
    if (next === 'refuse') await refuse();
    else await listen();
  }

  await listen();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get mode() {
      return mode;
    },
    counts,
    setTarget(url) {
      target = new URL(url);
    },
    async setMode(next, options = {}) {
      if (flapTimer) clearInterval(flapTimer);
      flapTimer = null;
      mode = next;
      if (next !== 'flap') return apply(next);
      const flapMs = options.flapMs ?? 2000;
      let phase: 'pass' | 'refuse' = 'refuse';
      await apply(phase);
      flapTimer = setInterval(() => {
        phase = phase === 'pass' ? 'refuse' : 'pass';
        void apply(phase).catch(() => {});
      }, flapMs);
    },
    async close() {
      if (flapTimer) clearInterval(flapTimer);
      await refuse();
      closed = true;
    },
  };
}
