// The public queue page a resident opens from the QR code on their ticket: GET /q/{clientTicketId}.
// No token, no script, no personal data (number, service, status, people ahead, wait); bilingual;
// refreshes itself every 30 s. A strict CSP allows only the one inline style, by its hash.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bilingual, bilingualText } from '../page-messages';
import type { TicketRecord } from '../store';
import type { RouteContext } from './context';
import { escapeHtml, htmlPages } from './html-page';
import { ticketNumber } from './queue';

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;padding:1.5rem;background:#fff;color:#111;line-height:1.4}
main{max-width:32rem;margin:0 auto}h1{font-size:1.25rem;margin:0 0 1rem}
.number{font-size:4.5rem;font-weight:700;margin:.5rem 0;letter-spacing:.05em}
dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem;font-size:1.15rem}dt{font-weight:700}dd{margin:0}
.status{font-size:1.5rem;font-weight:700;padding:.75rem;border:3px solid #111;margin:1rem 0}
.en{color:#333}footer{margin-top:1.5rem;font-size:.95rem;color:#333}`;
const sendPage = htmlPages(STYLE, 'no-store');

function statusHtml(t: TicketRecord): string {
  if (t.status === 'served') return bilingual('statusServed');
  if (t.status === 'called') return bilingual('statusCalled', { counter: t.counterId ?? '' });
  return bilingual('statusWaiting');
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
      const body = `<h1>${bilingual('notFoundTitle')}</h1>\n<p>${bilingual('notFoundHint')}</p>`;
      return sendPage(reply, 404, { lang: 'zh-CN', title: bilingualText('notFoundTitle'), body });
    }
    const number = escapeHtml(ticketNumber(service, ticket));
    const { peopleAhead, estimatedWaitMinutes } = waits.forTicket(ticket, now());
    const waiting = ticket.status === 'waiting';
    const kind =
      ticket.kind === 'normal'
        ? ''
        : `<dt>${bilingual('type')}</dt><dd>${bilingual(ticket.kind === 'priority' ? 'kindPriority' : 'kindAppointment')}</dd>`;
    const asOf = new Intl.DateTimeFormat('zh-CN', {
      timeStyle: 'short',
      timeZone,
    }).format(now());
    const body = `<h1>${bilingual('title')}</h1>
<p class="number">${number}</p>
<p class="status">${statusHtml(ticket)}</p>
<dl>
<dt>${bilingual('service')}</dt><dd>${escapeHtml(service.name['zh-CN'])} · <span lang="en">${escapeHtml(service.name.en)}</span></dd>
${kind}
${
  waiting
    ? `<dt>${bilingual('aheadLabel')}</dt><dd>${bilingual('ahead', { count: peopleAhead })}</dd>
<dt>${bilingual('waitLabel')}</dt><dd>${bilingual('wait', { minutes: estimatedWaitMinutes })}</dd>`
    : ''
}
</dl>
<footer>${bilingual('footer', { time: asOf })}</footer>`;
    return sendPage(reply, 200, {
      lang: 'zh-CN',
      title: `${ticketNumber(service, ticket)} · ${bilingualText('title')}`,
      body,
      // A served ticket's page will not change: no reason to keep reloading it.
      ...(ticket.status !== 'served' ? { refreshSeconds: 30 } : {}),
    });
  });
}
