// The public queue page a resident opens from the QR code on their ticket: GET /q/{clientTicketId}.
// No token, no script, no personal data (number, service, status, people ahead, wait); bilingual;
// refreshes itself every 30 s. A strict CSP allows only the one inline style, by its hash.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { TicketRecord } from '../store';
import type { RouteContext } from './context';
import { ticketNumber } from './queue';

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;padding:1.5rem;background:#fff;color:#111;line-height:1.4}
main{max-width:32rem;margin:0 auto}h1{font-size:1.25rem;margin:0 0 1rem}
.number{font-size:4.5rem;font-weight:700;margin:.5rem 0;letter-spacing:.05em}
dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem;font-size:1.15rem}dt{font-weight:700}dd{margin:0}
.status{font-size:1.5rem;font-weight:700;padding:.75rem;border:3px solid #111;margin:1rem 0}
.en{color:#333}footer{margin-top:1.5rem;font-size:.95rem;color:#333}`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="30">\n' : ''}<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

const send = (reply: FastifyReply, status: number, html: string) =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .send(html);

function statusText(t: TicketRecord): { zh: string; en: string } {
  if (t.status === 'served') return { zh: '已办理', en: 'Served' };
  if (t.status === 'called') {
    const counter = escapeHtml(t.counterId ?? '');
    return { zh: `请到 ${counter} 号窗口`, en: `Please go to counter ${counter}` };
  }
  return { zh: '等候中', en: 'Waiting' };
}

export function registerPublicPage(
  app: FastifyInstance,
  { store, now, timeZone, waits }: RouteContext,
): void {
  app.get('/q/:clientTicketId', async (request, reply) => {
    const id = z.object({ clientTicketId: z.uuid() }).safeParse(request.params);
    const ticket = id.success ? store.getTicket(id.data.clientTicketId) : undefined;
    const service = ticket ? store.getService(ticket.serviceId) : undefined;
    if (!ticket || !service) {
      const body = `<h1>未找到该号票 · Ticket not found</h1>
<p>请核对号票上的二维码，或咨询大厅工作人员。</p>
<p class="en" lang="en">Check the QR code on your ticket, or ask the hall staff.</p>`;
      return send(reply, 404, page('未找到号票 · Ticket not found', body, false));
    }
    const number = escapeHtml(ticketNumber(service, ticket));
    const status = statusText(ticket);
    const { peopleAhead, estimatedWaitMinutes } = waits.forTicket(ticket, now());
    const waiting = ticket.status === 'waiting';
    const kind =
      ticket.kind === 'priority'
        ? '<dt>类型 · Type</dt><dd>优先 · Priority</dd>'
        : ticket.kind === 'appointment'
          ? '<dt>类型 · Type</dt><dd>预约 · Appointment</dd>'
          : '';
    const asOf = new Intl.DateTimeFormat('zh-CN', {
      timeStyle: 'short',
      timeZone,
    }).format(now());
    const body = `<h1>排队进度 · Queue status</h1>
<p class="number">${number}</p>
<p class="status">${status.zh} · <span lang="en">${status.en}</span></p>
<dl>
<dt>业务 · Service</dt><dd>${escapeHtml(service.name['zh-CN'])} · <span lang="en">${escapeHtml(service.name.en)}</span></dd>
${kind}
${
  waiting
    ? `<dt>前面还有 · Ahead of you</dt><dd>${peopleAhead} 人 · <span lang="en">${peopleAhead} ${peopleAhead === 1 ? 'person' : 'people'}</span></dd>
<dt>预计等候 · Estimated wait</dt><dd>约 ${estimatedWaitMinutes} 分钟 · <span lang="en">about ${estimatedWaitMinutes} min</span></dd>`
    : ''
}
</dl>
<footer>更新于 ${escapeHtml(asOf)}，每 30 秒自动刷新 · <span lang="en">Updated ${escapeHtml(asOf)}; refreshes every 30 s</span></footer>`;
    return send(
      reply,
      200,
      page(`${ticketNumber(service, ticket)} · 排队进度`, body, ticket.status !== 'served'),
    );
  });
}
