// Electron main process of the kiosk: one instance, one locked-down window, the KioskApi over a
// MessagePort. Bundled by scripts/build-electron.ts to dist/electron/main.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, powerSaveBlocker, session } from 'electron';
import pino from 'pino';
import { bootKiosk, type KioskRuntime } from '../boot';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { serveKioskApiOverIpc } from './kiosk-api-ipc';
import { createKioskWindow, reloadKioskPage } from './kiosk-window';
import { superviseRenderer } from './renderer-recovery';
import { lockDownSession } from './session-lockdown';
import { lockDownWebContents } from './window-lockdown';

// dist/electron/main.mjs -> the app root (the repository, or app.asar when packaged).
const BUNDLE_DIR = path.dirname(fileURLToPath(import.meta.url));
const APP_ROOT = path.resolve(BUNDLE_DIR, '..', '..');
const PRELOAD_PATH = path.join(BUNDLE_DIR, 'preload.cjs');
const SHUTDOWN_TIMEOUT_MS = 5_000;

const logger = pino({ name: 'kiosk-shell' });
const warn = (msg: string) => logger.warn(msg);

// Before 'ready': sandbox every renderer, register app://, no pinch or swipe navigation.
app.enableSandbox();
registerAppScheme();
app.commandLine.appendSwitch('disable-pinch');
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

let runtime: KioskRuntime | null = null;
let kioskWindow: BrowserWindow | null = null;
// Run on shutdown: app.exit() skips will-quit, so nothing may rely on it.
const cleanups: Array<() => void> = [];
let quitting = false;

async function shutdown(exitCode: number): Promise<void> {
  if (quitting) return;
  quitting = true;
  logger.info({ exitCode }, 'shutting down');
  for (const cleanup of cleanups.splice(0)) cleanup();
  const closing = runtime?.close() ?? Promise.resolve();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
  await Promise.race([
    closing.catch((error: unknown) => logger.error({ err: error }, 'close failed')),
    timeout,
  ]);
  app.exit(exitCode);
}

async function startKiosk(): Promise<void> {
  await app.whenReady();
  runtime = await bootKiosk({
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    projectRoot: APP_ROOT,
  });
  serveAppProtocol(runtime.rendererDir, warn);
  lockDownSession(session.defaultSession, warn);
  // Listening before the window exists: the page connects as soon as it loads.
  const api = serveKioskApiOverIpc({
    router: runtime.router,
    kioskWebContentsId: () => (kioskWindow && !kioskWindow.isDestroyed() ? kioskWindow.webContents.id : null),
    log: warn,
  });
  cleanups.push(() => api.close());

  const title = `${runtime.config.hallName['zh-CN']} · ${runtime.config.hallName.en}`;
  const win = createKioskWindow({ preloadPath: PRELOAD_PATH, title });
  kioskWindow = win;
  const supervisor = superviseRenderer({
    win,
    reload: () => reloadKioskPage(win),
    giveUp: (exitCode) => void shutdown(exitCode),
    isQuitting: () => quitting,
    log: warn,
  });
  cleanups.push(() => supervisor.dispose());

  const sleepBlocker = powerSaveBlocker.start('prevent-display-sleep');
  cleanups.push(() => powerSaveBlocker.stop(sleepBlocker));
  logger.info({ rendererDir: runtime.rendererDir }, 'kiosk window up');
}

if (!app.requestSingleInstanceLock()) {
  // Another kiosk is running: it is told (second-instance) and brings its window forward.
  app.exit(0);
} else {
  app.on('second-instance', () => {
    if (!kioskWindow || kioskWindow.isDestroyed()) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.show();
    kioskWindow.setKiosk(true);
    kioskWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, warn));
  app.on('window-all-closed', () => void shutdown(0));
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    void shutdown(0);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(0));

  startKiosk().catch((error: unknown) => {
    logger.fatal({ err: error }, 'kiosk failed to start');
    void shutdown(1);
  });
}
