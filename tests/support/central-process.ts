// The reference central API as its own process (`central-api/server/main.ts`), for fault and
// several-kiosk tests: start, stop (SIGTERM or SIGKILL), restart on the same database file and port.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { PROJECT_ROOT } from '../../electron/boot';

export interface CentralProcess {
  /** http://127.0.0.1:PORT (the same across restarts). */
  readonly url: string;
  readonly port: number;
  readonly dbPath: string;
  readonly token: string;
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts again on the same database file and the same port. */
  restart(): Promise<void>;
}

export interface CentralProcessOptions {
  dbPath: string;
  token: string;
  /** Fixtures folder; default: a copy of fixtures/ whose services are open all day (see openAllDayFixtures). */
  fixturesDir?: string;
  /** Port to listen on; default 0 (the OS chooses on first start; restarts reuse it). */
  port?: number;
}

const START_TIMEOUT_MS = 20_000;

/**
 * A copy of fixtures/ in which every enabled service is open every day from 00:00 to 23:59, so that
 * tests do not depend on the hour they run at (the fixture hall closes at lunch and at night).
 */
export function openAllDayFixtures(dir: string): string {
  const target = path.join(dir, 'fixtures-open-all-day');
  mkdirSync(target, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'fixtures'), target, {
    recursive: true,
    filter: (src) => !src.includes('virtual-printer'),
  });
  const file = path.join(target, 'services.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as {
    services: Array<{ openingHours: Record<string, unknown> }>;
  };
  const allDay = [{ from: '00:00', to: '23:59' }];
  for (const service of catalog.services) {
    service.openingHours = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, allDay]),
    );
  }
  writeFileSync(file, JSON.stringify(catalog, null, 2));
  return target;
}

function spawnCentral(opts: Required<CentralProcessOptions>): ChildProcess {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'central-api/server/main.ts',
      // name=value: a random token may start with "-", which parseArgs would take for an option.
      `--port=${opts.port}`,
      `--db=${opts.dbPath}`,
      `--token=${opts.token}`,
      `--fixtures=${opts.fixturesDir}`,
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

export async function startCentralProcess(options: CentralProcessOptions): Promise<CentralProcess> {
  const opts: Required<CentralProcessOptions> = {
    port: 0,
    fixturesDir: options.fixturesDir ?? openAllDayFixtures(path.dirname(options.dbPath)),
    ...options,
  };
  let child: ChildProcess | null = null;
  let url = '';

  async function start(): Promise<void> {
    // A port freed a moment ago by a killed process is normally free at once on Linux; retry briefly.
    for (let attempt = 1; ; attempt++) {
      const started = spawnCentral(opts);
      try {
        const line = await waitForLine(started, /^central-api: (http:\/\/\S+)/, START_TIMEOUT_MS);
        url = line[1] as string;
        child = started;
        opts.port = Number(new URL(url).port);
        return;
      } catch (error) {
        started.kill('SIGKILL');
        if (attempt >= 5 || opts.port === 0) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  async function stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  return {
    get url() {
      return url;
    },
    get port() {
      return opts.port;
    },
    dbPath: opts.dbPath,
    token: opts.token,
    stop,
    async restart() {
      await stop();
      await start();
    },
  };
}

/**
 * Resolves with the match of the first stdout line matching `pattern`; rejects when the process
 * exits first or after timeoutMs, with its stderr in the message.
 */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  const stdout = child.stdout;
  if (!stdout) return Promise.reject(new Error('the child process has no stdout pipe'));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 8000) stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: stdout });
    const done = (error: Error | null, match?: RegExpExecArray) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      lines.off('line', onLine);
      // Keep draining stdout so that the child never blocks on a full pipe.
      stdout.resume();
      if (error) reject(error);
      else resolve(match as RegExpExecArray);
    };
    const onLine = (line: string) => {
      const match = pattern.exec(line);
      if (match) done(null, match);
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`process exited (${signal ?? code}) before printing ${pattern}: ${stderr.trim()}`));
    const timer = setTimeout(
      () => done(new Error(`no line matching ${pattern} within ${timeoutMs} ms: ${stderr.trim()}`)),
      timeoutMs,
    );
    lines.on('line', onLine);
    child.once('exit', onExit);
  });
}
