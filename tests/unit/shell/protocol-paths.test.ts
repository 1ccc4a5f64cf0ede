import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isPathInside,
  mimeTypeFor,
  resolveAppRequest,
} from '../../../electron/shell/lockdown/protocol-paths';

let rootDir: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-'));
  rootDir = path.join(base, 'renderer');
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>取号</title>');
  writeFileSync(path.join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'kiosk credential');
});

afterAll(() => rmSync(path.dirname(rootDir), { recursive: true, force: true }));

function resolve(url: string, method = 'GET') {
  return resolveAppRequest({ rootDir, url, method });
}

describe('app:// protocol path resolution', () => {
  it('serves index.html for the root and for client-side routes', () => {
    for (const url of [
      'app://kiosk/',
      'app://kiosk',
      'app://kiosk/ticket/issued',
      'app://kiosk/index.html',
    ]) {
      const result = resolve(url);
      expect(result, url).toMatchObject({ kind: 'file', mimeType: 'text/html; charset=utf-8' });
      if (result.kind === 'file') expect(readFileSync(result.filePath, 'utf8')).toContain('取号');
    }
  });

  it('serves assets with their MIME type', () => {
    const result = resolve('app://kiosk/assets/index-abc.js?v=1');
    expect(result).toEqual({
      kind: 'file',
      filePath: path.join(rootDir, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('collapses plain dot segments the way the browser does, inside the renderer folder', () => {
    for (const url of [
      'app://kiosk/../secret.txt',
      'app://kiosk/%2e%2e/secret.txt',
      'app://kiosk/a/../../secret.txt',
    ]) {
      expect(resolve(url), url).toMatchObject({ kind: 'file', filePath: path.join(rootDir, 'secret.txt') });
    }
  });

  it.each([
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/a\\..\\..\\secret.txt',
    'app://kiosk/index.html%00.png',
    'app://kiosk/.env',
    'app://kiosk/assets/.hidden.js',
  ])('refuses the escape or hidden path %s', (url) => {
    const result = resolve(url);
    expect(result.kind).toBe('refused');
    if (result.kind === 'file') expect(result.filePath.startsWith(rootDir)).toBe(true);
  });

  it('never resolves outside the renderer folder, whatever the URL', () => {
    const attempts = ['..', '%2e%2e', '%252e%252e', '....', '.%2e', '%c0%ae%c0%ae', '/', '//', '\\'];
    for (const a of attempts) {
      for (const b of attempts) {
        const result = resolve(`app://kiosk/${a}/${b}/secret.txt`);
        if (result.kind === 'file') expect(isPathInside(rootDir, result.filePath), `${a}/${b}`).toBe(true);
      }
    }
  });

  it('refuses foreign origins, bad encoding and methods other than GET/HEAD', () => {
    expect(resolve('app://other/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolve('https://kiosk/index.html')).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolve('app://kiosk/%E0%A4%A.js')).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolve('app://kiosk/index.html', 'POST')).toMatchObject({ kind: 'refused', status: 405 });
    expect(resolve('app://kiosk/index.html', 'HEAD')).toMatchObject({ kind: 'file' });
  });

  it('knows the MIME types the renderer ships', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('NotoSansSC-Regular.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });

  it('isPathInside treats siblings with a common prefix as outside', () => {
    expect(isPathInside('/srv/renderer', '/srv/renderer/index.html')).toBe(true);
    expect(isPathInside('/srv/renderer', '/srv/renderer')).toBe(true);
    expect(isPathInside('/srv/renderer', '/srv/renderer-evil/index.html')).toBe(false);
    expect(isPathInside('/srv/renderer', '/srv/secret.txt')).toBe(false);
  });
});
