// Per-webContents refusals. Applied to every webContents the app creates (the security
// checklist's catch-all), so a window or frame we did not plan for is locked down too.
import type { WebContents } from 'electron';
import { judgeShortcut } from './lockdown/keyboard-policy';
import { decideNavigation, decideWebviewAttach, decideWindowOpen } from './lockdown/navigation-policy';

export function lockDownWebContents(contents: WebContents, log: (msg: string) => void): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url);
    if (!decision.allow) {
      event.preventDefault();
      log(decision.reason);
    }
  };
  contents.on('will-navigate', (details) => refuseForeign(details, details.url));
  contents.on('will-frame-navigate', (details) => refuseForeign(details, details.url));
  contents.on('will-redirect', (details) => refuseForeign(details, details.url));

  contents.setWindowOpenHandler(({ url }) => {
    log(decideWindowOpen(url).allow ? 'window.open allowed' : `window.open refused`);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    const decision = decideWebviewAttach(params.src);
    if (!decision.allow) log(decision.reason);
  });

  contents.on('context-menu', (event) => event.preventDefault());

  contents.on('before-input-event', (event, input) => {
    if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return;
    const verdict = judgeShortcut(input);
    if (verdict.block) event.preventDefault();
  });

  // Pinch zoom off; Ctrl+wheel zoom does not pass through before-input-event, so undo it.
  const pinZoom = () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    contents.setZoomLevel(0);
  };
  contents.on('did-finish-load', pinZoom);
  contents.on('zoom-changed', pinZoom);

  contents.on('devtools-opened', () => contents.closeDevTools());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
