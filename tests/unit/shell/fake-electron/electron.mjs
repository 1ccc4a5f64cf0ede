// A stand-in for the 'electron' module, just enough to run dist/electron/main.mjs in plain Node
// (the real binary cannot be downloaded here). Once the kiosk window loads, it drives the shell
// as Electron would (protocol requests, permission asks, navigation, IPC connect), prints one
// line `FAKE_ELECTRON_REPORT <json>`, then sends itself SIGTERM to check the clean shutdown.
import { EventEmitter } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import { createORPCClient } from '@orpc/client';
import { RPCLink } from '@orpc/client/message-port';

const report = { switches: [], schemes: [], sandbox: false, windows: [], blockers: [] };
const protocolHandlers = new Map();
const sessionHandlers = {};
let nextWebContentsId = 1;

function emit(line) {
  process.stdout.write(`FAKE_ELECTRON_REPORT ${JSON.stringify(line)}\n`);
}

class FakeApp extends EventEmitter {
  commandLine = { appendSwitch: (...args) => report.switches.push(args) };
  enableSandbox() {
    report.sandbox = true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
  isReady() {
    return true;
  }
  exit(code) {
    emit({ event: 'exit', code, blockerStopped: report.blockerStopped === true });
    process.exit(code);
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
  handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
};

class FakeWebContents extends EventEmitter {
  id = nextWebContentsId++;
  posted = [];
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  setVisualZoomLevelLimits() {
    return Promise.resolve();
  }
  setZoomLevel() {}
  closeDevTools() {}
  forcefullyCrashRenderer() {}
  postMessage(channel, message, ports) {
    this.posted.push({ channel, message, ports });
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    app.emit('web-contents-created', {}, this.webContents);
  }
  removeMenu() {
    this.menuRemoved = true;
  }
  isDestroyed() {
    return false;
  }
  loadURL(url) {
    this.loadedUrl = url;
    setTimeout(() => driveShell(this).catch((error) => emit({ event: 'error', message: String(error) })), 50);
    return Promise.resolve();
  }
}

export const ipcMain = new EventEmitter();

/** Node's MessagePort behind MessagePortMain's interface: EventEmitter, queued until start(). */
class FakeMessagePortMain extends EventEmitter {
  constructor(port) {
    super();
    this.port = port;
    port.on('close', () => this.emit('close'));
  }
  postMessage(message) {
    this.port.postMessage(message);
  }
  start() {
    this.port.on('message', (data) => this.emit('message', { data, ports: [] }));
  }
  close() {
    this.port.close();
  }
}

export class MessageChannelMain {
  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port1 = new FakeMessagePortMain(port1);
    this.port2 = port2;
  }
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (h) => (sessionHandlers.permissionRequest = h),
    setPermissionCheckHandler: (h) => (sessionHandlers.permissionCheck = h),
    setDevicePermissionHandler: (h) => (sessionHandlers.device = h),
    setDisplayMediaRequestHandler: (h) => (sessionHandlers.displayMedia = h),
    setBluetoothPairingHandler: (h) => (sessionHandlers.bluetooth = h),
    on: (event, h) => (sessionHandlers[event] = h),
    webRequest: { onBeforeRequest: (h) => (sessionHandlers.beforeRequest = h) },
  },
};

export const powerSaveBlocker = {
  start: (type) => {
    report.blockers.push(type);
    return 1;
  },
  stop: () => {
    report.blockerStopped = true;
  },
  isStarted: () => true,
};

function preventable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

async function fetchApp(url, method = 'GET') {
  const response = await protocolHandlers.get('app')({ url, method });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: (await response.text()).slice(0, 200),
  };
}

async function driveShell(win) {
  const contents = win.webContents;
  const navigateAway = preventable();
  contents.emit('will-navigate', Object.assign(navigateAway, { url: 'https://example.com/' }));
  const navigateHome = preventable();
  contents.emit('will-navigate', Object.assign(navigateHome, { url: 'app://kiosk/index.html#/ticket' }));
  const f12 = preventable();
  contents.emit('before-input-event', f12, { type: 'keyDown', key: 'F12', code: 'F12' });
  const typing = preventable();
  contents.emit('before-input-event', typing, { type: 'keyDown', key: 'a', code: 'KeyA' });
  const permission = await new Promise((resolve) =>
    sessionHandlers.permissionRequest(contents, 'media', resolve, { requestingUrl: 'app://kiosk/' }),
  );
  const remoteRequest = await new Promise((resolve) =>
    sessionHandlers.beforeRequest({ url: 'https://example.com/x.js', resourceType: 'script' }, resolve),
  );

  // IPC: a foreign frame asks first (refused), then the kiosk page (served).
  ipcMain.emit('kiosk-api:connect', {
    sender: contents,
    senderFrame: { url: 'https://evil.example/', parent: null },
  });
  const postedToForeign = contents.posted.length;
  ipcMain.emit('kiosk-api:connect', {
    sender: contents,
    senderFrame: { url: 'app://kiosk/index.html', parent: null },
  });
  const handOver = contents.posted.at(-1);
  const port = handOver?.ports?.[0];
  port?.start();
  const api = port ? createORPCClient(new RPCLink({ port })) : null;
  const info = api ? await api.kiosk.info() : null;
  port?.close();

  emit({
    event: 'checks',
    ...report,
    window: { options: win.options, menuRemoved: win.menuRemoved === true, loadedUrl: win.loadedUrl },
    index: await fetchApp('app://kiosk/index.html'),
    route: await fetchApp('app://kiosk/ticket/issued'),
    traversal: await fetchApp('app://kiosk/..%2f..%2fpackage.json'),
    post: await fetchApp('app://kiosk/index.html', 'POST'),
    navigateAwayPrevented: navigateAway.prevented,
    navigateHomePrevented: navigateHome.prevented,
    f12Prevented: f12.prevented,
    typingPrevented: typing.prevented,
    windowOpen: contents.windowOpenHandler({ url: 'https://example.com/' }),
    permissionGranted: permission,
    remoteRequest,
    postedToForeign,
    handOverChannel: handOver?.channel,
    kioskId: info?.kioskId ?? null,
  });
  process.kill(process.pid, 'SIGTERM');
}

export default { app, protocol, BrowserWindow, ipcMain, MessageChannelMain, session, powerSaveBlocker };
