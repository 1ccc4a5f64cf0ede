import { describe, expect, it } from 'vitest';
import {
  KIOSK_CONTENT_SECURITY_POLICY,
  securityHeaders,
} from '../../../electron/shell/lockdown/content-security-policy';
import { isTrustedKioskSender } from '../../../electron/shell/lockdown/ipc-sender-policy';
import { GRANTED_TO_APP, isPermissionGranted } from '../../../electron/shell/lockdown/permission-policy';

describe('web permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'openExternal',
    'display-capture',
    'unknown',
  ])('denies %s, even to the kiosk page itself', (permission) => {
    expect(isPermissionGranted({ permission, requestingUrl: 'app://kiosk/index.html' })).toBe(false);
    expect(isPermissionGranted({ permission, requestingUrl: 'https://example.com/' })).toBe(false);
  });

  it('grants nothing by default', () => {
    expect(GRANTED_TO_APP.size).toBe(0);
  });

  it('an allow-list applies to the kiosk origin only, never to a foreign one', () => {
    const allow = new Set(['speaker-selection']);
    expect(
      isPermissionGranted({ permission: 'speaker-selection', requestingUrl: 'app://kiosk' }, allow),
    ).toBe(true);
    expect(
      isPermissionGranted({ permission: 'speaker-selection', requestingUrl: 'https://evil.example' }, allow),
    ).toBe(false);
    expect(isPermissionGranted({ permission: 'speaker-selection', requestingUrl: '' }, allow)).toBe(false);
    expect(isPermissionGranted({ permission: 'media', requestingUrl: 'app://kiosk' }, allow)).toBe(false);
  });
});

describe('security headers of app:// responses', () => {
  const directives = new Map(
    KIOSK_CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('is the strict CSP: nothing inline, nothing remote', () => {
    expect(Object.fromEntries(directives)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(KIOSK_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('sends the CSP and nosniff on every response', () => {
    const headers = securityHeaders();
    expect(headers['content-security-policy']).toBe(KIOSK_CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('who may ask for a KioskApi port', () => {
  const kioskPage = {
    senderWebContentsId: 7,
    kioskWebContentsId: 7,
    frameUrl: 'app://kiosk/index.html',
    isMainFrame: true,
  };

  it('the main frame of the kiosk window on app://kiosk/', () => {
    expect(isTrustedKioskSender(kioskPage)).toBe(true);
  });

  it('nobody else', () => {
    expect(isTrustedKioskSender({ ...kioskPage, senderWebContentsId: 8 })).toBe(false);
    expect(isTrustedKioskSender({ ...kioskPage, kioskWebContentsId: null })).toBe(false);
    expect(isTrustedKioskSender({ ...kioskPage, isMainFrame: false })).toBe(false);
    expect(isTrustedKioskSender({ ...kioskPage, frameUrl: null })).toBe(false);
    expect(isTrustedKioskSender({ ...kioskPage, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedKioskSender({ ...kioskPage, frameUrl: 'app://kiosk.evil/' })).toBe(false);
  });
});
