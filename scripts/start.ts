// `npm start`: runs the kiosk. With the Electron binary it opens the Electron kiosk window;
// without it (our build machines) it says so in one line and runs browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { bootKiosk, PROJECT_ROOT } from '../electron/boot';
import { startKioskHost } from '../electron/host/kiosk-host';
import { ConfigError, formatConfigError } from '../electron/services/config/load-config';
import { findChromium, openKioskWindow } from './lib/chromium';
import { findElectronBinary } from './lib/electron-binary';
import { ensureRendererBuilt } from './lib/renderer-build';

const HELP = `Usage: npm start -- [options]

Runs the hall kiosk. With nothing configured it uses kiosk-config/demo.yaml: an embedded
reference central API with the fixture data, a virtual ESC/POS printer and the kiosk itself.

Options:
  --config PATH     kiosk configuration file (default: $KIOSK_CONFIG, else kiosk-config/demo.yaml)
  --port N          port of the browser-mode host on 127.0.0.1 (default: the config's host.port, 0 = any)
  --browser-mode    run browser mode even where the Electron binary is installed
  --no-window       do not open a Chromium window in browser mode (serve only)
  --windowed        open Chromium as a normal app window instead of full-screen kiosk mode
  -h, --help        show this help

Prints one line each: kiosk: URL, central-api: URL, printer: URI. Stops on Ctrl+C or SIGTERM.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      'browser-mode': { type: 'boolean', default: false },
      'no-window': { type: 'boolean', default: false },
      windowed: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const argv = values.config ? ['--config', values.config] : [];
  const electron = findElectronBinary();

  if ('path' in electron && !values['browser-mode']) {
    return runElectron(electron.path, argv);
  }
  if ('reason' in electron) {
    console.log(`electron: ${electron.reason}; running browser mode`);
  }

  if (await ensureRendererBuilt(PROJECT_ROOT)) console.log('renderer: built dist/renderer');
  const runtime = await bootKiosk({ argv, env: process.env, cwd: process.cwd() });
  const port = values.port !== undefined ? Number(values.port) : runtime.config.host.port;
  const host = await startKioskHost({ router: runtime.router, rendererDir: runtime.rendererDir, port });

  console.log(`kiosk: ${host.kioskUrl}`);
  console.log(`central-api: ${runtime.centralApiUrl}`);
  const printer = runtime.virtualPrinter;
  console.log(
    printer
      ? `printer: ${printer.url} (decoded tickets in ${printer.outDir})`
      : `printer: ${runtime.config.printers.ticket.uri}`,
  );

  const chromium = findChromium();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const window =
    !values['no-window'] && hasDisplay && chromium
      ? openKioskWindow(chromium, host.kioskUrl, !values.windowed)
      : null;

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`kiosk: stopping (${signal})`);
      window?.kill('SIGTERM');
      await host.close();
      await runtime.close();
      resolve(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });
}

async function runElectron(binary: string, argv: string[]): Promise<number> {
  console.log(`electron: ${binary}`);
  await ensureRendererBuilt(PROJECT_ROOT);
  const built = spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) return 1;
  const child = spawn(binary, [`${PROJECT_ROOT}/dist/electron/main.mjs`, ...argv], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(formatConfigError(error));
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`kiosk: could not start: ${message}`);
    process.exit(1);
  },
);
