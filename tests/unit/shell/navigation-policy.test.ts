import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl } from '../../../electron/shell/lockdown/app-origin';
import {
  decideNavigation,
  decideWebviewAttach,
  decideWindowOpen,
  isAllowedRequest,
} from '../../../electron/shell/lockdown/navigation-policy';

describe('the kiosk window stays on app://kiosk/', () => {
  it.each([
    APP_START_URL,
    'app://kiosk/',
    'app://kiosk/ticket/issued?service=social-security',
    'app://kiosk/index.html#/notices',
    'APP://KIOSK/index.html',
  ])('allows its own page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(decideNavigation(url)).toEqual({ allow: true });
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://kiosk.evil.example/',
    'app://kiosk@evil.example/',
    'app://user:pw@kiosk/',
    'app://kiosk:8080/',
    'app://other/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    const decision = decideNavigation(url);
    expect(decision.allow).toBe(false);
  });

  it('never logs the query string of a refused URL (it may hold personal data)', () => {
    const decision = decideNavigation('https://evil.example/steal?idcard=310101199001011234');
    expect(decision.allow).toBe(false);
    if (!decision.allow) {
      expect(decision.reason).toContain('https://evil.example');
      expect(decision.reason).not.toContain('310101199001011234');
    }
  });

  it('refuses every new window and every webview, even to its own origin', () => {
    expect(decideWindowOpen(APP_START_URL).allow).toBe(false);
    expect(decideWindowOpen('https://example.com').allow).toBe(false);
    expect(decideWebviewAttach(APP_START_URL).allow).toBe(false);
    expect(decideWebviewAttach(undefined).allow).toBe(false);
  });
});

describe('requests the page may make', () => {
  it('allows its own files, inline images and blobs', () => {
    expect(isAllowedRequest('app://kiosk/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequest('blob:app://kiosk/2f0c5a9e-0000-4000-8000-000000000000')).toBe(true);
  });

  it('refuses anything remote or local-file', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:3000/rpc',
      'ws://127.0.0.1:3000/',
      'file:///etc/hosts',
      'app://elsewhere/x.js',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});
