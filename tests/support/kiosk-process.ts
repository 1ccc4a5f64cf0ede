// A kiosk as its own process, started the way a site starts it (`node scripts/launch.mjs
// --no-window --config FILE`: browser mode, no window), so that tests can SIGKILL it like a power
// cut and start it again on the same data dir. The test owns the central API (usually behind a
// fault proxy) and the virtual printer (so it sees every job the kiosk ever sent).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../../electron/boot';
import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';
import { waitForLine } from './central-process';
import { httpKioskClient, type KioskClient } from './kiosk-client';

export interface KioskProcessOptions {
  /** The kiosk's own folder: config, credential file and dataDir (kept across restarts). */
  dir: string;
  kioskId: string;
  /** centralApi.url: the fault proxy's URL (or the central API's). */
  centralUrl: string;
  token: string;
  /** tcp://127.0.0.1:PORT of a virtual printer the test started. */
  printerUrl: string;
  /**
   * Deep-merged over the generated config, e.g. `{ centralApi: { timeoutMs: 300 }, queue: {
   * offlineBlockSize: 20 } }` (keys: kiosk-config/schema.ts, documented in kiosk-config/example.yaml).
   */
  config?: Record<string, unknown>;
}

export interface KioskProcess {
  readonly dataDir: string;
  readonly configPath: string;
  /** http://127.0.0.1:PORT of the current run (changes on restart). */
  readonly origin: string;
  readonly token: string;
  /** A KioskApi client (HTTP transport) for the current run. */
  readonly api: KioskClient;
  readonly pid: number | undefined;
  /** SIGKILL: no clean-up at all, like a power cut (the OS page cache survives, see decision 004). */
  kill(): Promise<void>;
  /** SIGTERM and wait for a clean stop. */
  stop(): Promise<void>;
  /** Starts again on the same config and dataDir (after kill or stop). */
  restart(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
let bundleReady = false;

/**
 * Builds the renderer and the start bundle once, under a lock shared by every test worker, so
 * that kiosks started at the same moment (or restarted 100 times) never race to rebuild it.
 */
export async function ensureKioskBuilt(): Promise<void> {
  if (bundleReady) return;
  await ensureRendererBuilt(PROJECT_ROOT);
  const built = spawnSync(
    'flock',
    ['/tmp/hall-kiosk-start-bundle.lock', process.execPath, 'scripts/launch.mjs', '--help'],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`could not build the start bundle: ${built.stderr}`);
  bundleReady = true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

export function writeKioskProcessConfig(opts: KioskProcessOptions): { configPath: string; dataDir: string } {
  mkdirSync(opts.dir, { recursive: true });
  const credentialFile = path.join(opts.dir, 'central-token');
  writeFileSync(credentialFile, `${opts.token}\n`, { mode: 0o600 });
  const dataDir = path.join(opts.dir, 'data');
  const base: Record<string, unknown> = {
    kioskId: opts.kioskId,
    hallName: {
      'zh-CN': '故障测试街道社区事务受理服务中心',
      en: 'Fault Test Community Affairs Service Centre',
    },
    layout: 'floor-standing',
    staff: { accounts: [] },
    centralApi: { url: opts.centralUrl, credential: { file: credentialFile } },
    printers: { ticket: { uri: opts.printerUrl } },
    idleTimeoutsSeconds: { menu: 600, result: 600 },
    dataDir,
  };
  const configPath = path.join(opts.dir, 'kiosk.yaml');
  writeFileSync(configPath, YAML.stringify(deepMerge(base, opts.config ?? {})));
  return { configPath, dataDir };
}

export async function startKioskProcess(opts: KioskProcessOptions): Promise<KioskProcess> {
  await ensureKioskBuilt();
  const { configPath, dataDir } = writeKioskProcessConfig(opts);
  let child: ChildProcess | null = null;
  let origin = '';
  let token = '';
  let api: KioskClient | null = null;

  async function start(): Promise<void> {
    const started = spawn(process.execPath, ['scripts/launch.mjs', '--no-window', '--config', configPath], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
    });
    try {
      const line = await waitForLine(started, /^kiosk: (http:\/\/[^/#\s]+)\/?#token=(\S+)/, START_TIMEOUT_MS);
      origin = line[1] as string;
      token = line[2] as string;
      api = httpKioskClient(origin, token);
      child = started;
    } catch (error) {
      started.kill('SIGKILL');
      throw error;
    }
  }

  async function end(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  return {
    dataDir,
    configPath,
    get origin() {
      return origin;
    },
    get token() {
      return token;
    },
    get api() {
      if (!api) throw new Error('the kiosk process is not running');
      return api;
    },
    get pid() {
      return child?.pid;
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    async restart() {
      await end('SIGKILL');
      await start();
    },
  };
}
