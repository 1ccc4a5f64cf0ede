// Keeps the kiosk page alive: a crashed renderer is reloaded with backoff, a hung one is
// killed (which then counts as a crash), and a page that keeps failing ends the process so
// that systemd starts a clean one. The policy itself is in lockdown/restart-policy.ts.
import type { BrowserWindow } from 'electron';
import {
  DEFAULT_RECOVERY_POLICY,
  INITIAL_RECOVERY_STATE,
  type RecoveryPolicy,
  type RecoveryState,
  recordRendererFailure,
} from './lockdown/restart-policy';

// net::ERR_ABORTED: a navigation we refused ourselves, or one replaced by a newer load.
const ERR_ABORTED = -3;

export function superviseRenderer(options: {
  win: BrowserWindow;
  reload: () => void;
  giveUp: (exitCode: number) => void;
  isQuitting: () => boolean;
  log: (msg: string) => void;
  policy?: RecoveryPolicy;
  now?: () => number;
}): { dispose(): void } {
  const { win, log } = options;
  const policy = options.policy ?? DEFAULT_RECOVERY_POLICY;
  const now = options.now ?? Date.now;
  let state: RecoveryState = INITIAL_RECOVERY_STATE;
  let pending: NodeJS.Timeout | undefined;

  const onFailure = (what: string) => {
    if (options.isQuitting() || win.isDestroyed()) return;
    const result = recordRendererFailure(state, now(), policy);
    state = result.state;
    const { decision } = result;
    if (decision.action === 'exit') {
      log(`renderer ${what}: ${decision.failuresInWindow} failures in the window, exiting for a restart`);
      options.giveUp(decision.exitCode);
      return;
    }
    log(`renderer ${what}: reloading in ${decision.delayMs} ms (failure ${decision.failuresInWindow})`);
    clearTimeout(pending);
    pending = setTimeout(options.reload, decision.delayMs);
  };

  win.webContents.on('render-process-gone', (_event, details) => onFailure(`gone (${details.reason})`));
  // A hung page cannot be reloaded in place: crash it, and render-process-gone takes over.
  win.on('unresponsive', () => {
    log('renderer unresponsive: killing it');
    win.webContents.forcefullyCrashRenderer();
  });
  win.webContents.on('did-fail-load', (_event, errorCode, description, _url, isMainFrame) => {
    if (isMainFrame && errorCode !== ERR_ABORTED) onFailure(`failed to load (${errorCode} ${description})`);
  });

  return {
    dispose() {
      clearTimeout(pending);
    },
  };
}
