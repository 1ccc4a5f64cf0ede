// The app://kiosk/ protocol: serves the built renderer from disk with the kiosk's security
// headers on every response. A privileged standard scheme gives the page a real origin
// (app://kiosk) for 'self' in the CSP, fetch and storage, unlike file://.
import { readFile, realpath } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './lockdown/app-origin';
import { securityHeaders } from './lockdown/content-security-policy';
import { isPathInside, resolveAppRequest } from './lockdown/protocol-paths';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // No bypassCSP, no service workers, no CORS: the page gets what an https page would.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function refusal(status: number, reason: string): Response {
  return new Response(reason, {
    status,
    headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** After 'ready': answers app://kiosk/... from `rendererDir`. */
export function serveAppProtocol(rendererDir: string, log: (msg: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolution = resolveAppRequest({ rootDir: rendererDir, url: request.url, method: request.method });
    if (resolution.kind === 'refused') {
      log(`app protocol refused (${resolution.status}): ${resolution.reason}`);
      return refusal(resolution.status, resolution.reason);
    }
    try {
      // A symlink inside the renderer folder must not lead out of it.
      const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(resolution.filePath)]);
      if (!isPathInside(realRoot, realFile)) return refusal(403, 'path escapes the renderer folder');
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders(), 'content-type': resolution.mimeType },
      });
    } catch {
      return refusal(404, 'not found');
    }
  });
}
