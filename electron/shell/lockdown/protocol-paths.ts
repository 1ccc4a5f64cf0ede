// Maps an app://kiosk/ request to a file of the built renderer, or refuses it.
// Pure (node:path only): the protocol handler in main.ts does the reading.
import path from 'node:path';
import { isAppUrl } from './app-origin';

export type AppRequestResolution =
  | { kind: 'file'; filePath: string; mimeType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `candidate` is `root` itself or lies below it (both absolute). */
export function isPathInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Resolves a request against `rootDir` (the built renderer). Refuses foreign origins, methods
 * other than GET/HEAD, encoded separators, NUL, dot-files and anything that escapes the root
 * after decoding. A path without an extension is a client-side route: it gets index.html.
 */
export function resolveAppRequest(input: {
  rootDir: string;
  url: string;
  method?: string;
}): AppRequestResolution {
  const method = (input.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return { kind: 'refused', status: 405, reason: `method ${method} not allowed` };
  }
  if (!isAppUrl(input.url)) return { kind: 'refused', status: 403, reason: 'foreign origin' };

  const rawPath = new URL(input.url).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed percent-encoding' };
  }
  // Checked after decoding: %2F, %5C and %00 must not become separators or terminators.
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(rawPath)) {
    return { kind: 'refused', status: 400, reason: 'forbidden character in path' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) {
    return { kind: 'refused', status: 404, reason: 'dot segment or hidden file' };
  }

  const last = segments.at(-1);
  const relative = last === undefined || path.extname(last) === '' ? 'index.html' : segments.join('/');
  const root = path.resolve(input.rootDir);
  const filePath = path.resolve(root, relative);
  if (!isPathInside(root, filePath) || filePath === root) {
    return { kind: 'refused', status: 403, reason: 'path escapes the renderer folder' };
  }
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}
