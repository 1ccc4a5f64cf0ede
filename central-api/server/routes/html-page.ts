// The frame of the server's public HTML pages (the queue page /q, the notice page /n): no script, a
// strict CSP that allows only the page's one inline style, by its hash, and headers that keep the
// page from being framed, sniffed or sent with a referrer.
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface HtmlPage {
  lang: string;
  title: string;
  /** Trusted HTML: the caller escapes every untrusted string in it. */
  body: string;
  /** The page reloads itself every this many seconds. */
  refreshSeconds?: number;
}

/**
 * A sender of pages with this inline style. cacheControl: 'no-store' for pages that change by the
 * minute (the queue), 'no-cache' for pages a browser may keep if it asks again first.
 */
export function htmlPages(style: string, cacheControl: 'no-store' | 'no-cache') {
  const styleHash = createHash('sha256').update(style).digest('base64');
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

  const render = ({ lang, title, body, refreshSeconds }: HtmlPage) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">\n` : ''}<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;

  return (reply: FastifyReply, status: number, page: HtmlPage) =>
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', csp)
      .header('cache-control', cacheControl)
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .send(render(page));
}
