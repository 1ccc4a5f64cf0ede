// Which web permissions the kiosk page gets. Default: none. The kiosk needs no camera,
// microphone, location, notifications, clipboard reads, USB, serial or HID from the page:
// devices (printers, scanners) are reached by the main process, never by the renderer.
import { isAppUrl } from './app-origin';

export interface PermissionQuery {
  /** Electron's permission name, e.g. 'media', 'geolocation', 'notifications'. */
  permission: string;
  /** The URL or origin asking (requestingUrl / requestingOrigin); may be empty. */
  requestingUrl: string;
}

/**
 * Permissions that may be granted to the kiosk's own origin. Empty on purpose: adding one here
 * is a security decision to record in docs/decisions/003-electron-shell-lockdown.md.
 */
export const GRANTED_TO_APP: ReadonlySet<string> = new Set<string>();

/** One rule for both Electron handlers: setPermissionRequestHandler and setPermissionCheckHandler. */
export function isPermissionGranted(
  query: PermissionQuery,
  grantedToApp: ReadonlySet<string> = GRANTED_TO_APP,
): boolean {
  if (!isAppUrl(query.requestingUrl)) return false;
  return grantedToApp.has(query.permission);
}
