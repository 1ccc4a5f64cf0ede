// What the kiosk window may load. The renderer is a single-page app on app://kiosk/: it never
// needs to leave it, open a window, or host a <webview>.
import { isAppUrl } from './app-origin';

export type NavigationDecision = { allow: true } | { allow: false; reason: string };

/** will-navigate, will-frame-navigate and will-redirect: stay on app://kiosk/. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true };
  return { allow: false, reason: `navigation to a foreign URL refused: ${describeUrl(url)}` };
}

/** window.open, target=_blank and friends: never. The kiosk has exactly one window. */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, reason: `new window refused: ${describeUrl(url)}` };
}

/** <webview> would embed a second, less locked-down page: never. */
export function decideWebviewAttach(src: string | undefined): NavigationDecision {
  return { allow: false, reason: `webview refused: ${describeUrl(src ?? '')}` };
}

// Logs keep the scheme and host only: query strings may carry a resident's data.
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(unparseable URL)';
  }
}

// Schemes the page may fetch from besides app://kiosk: inline images (QR codes) and blobs.
const LOCAL_SUBRESOURCE_SCHEMES = new Set(['data:', 'blob:']);

/**
 * session.webRequest.onBeforeRequest: no remote content at all. Complements the CSP, which a
 * compromised page cannot loosen but which does not cover every request (e.g. prefetch).
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SUBRESOURCE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
