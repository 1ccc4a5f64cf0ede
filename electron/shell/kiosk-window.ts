// The one kiosk window: full screen, no chrome, sandboxed renderer without Node.
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './lockdown/app-origin';

export function createKioskWindow(options: { preloadPath: string; title: string }): BrowserWindow {
  const win = new BrowserWindow({
    title: options.title,
    show: false,
    fullscreen: true,
    kiosk: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      // The page keeps its idle timers and speech running even if the OS thinks it is hidden.
      backgroundThrottling: false,
    },
  });
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}

/** A fresh start of the page: the resident's session is gone with the old renderer. */
export function reloadKioskPage(win: BrowserWindow): void {
  if (!win.isDestroyed()) void win.loadURL(APP_START_URL);
}
