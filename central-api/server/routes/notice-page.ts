// The public page of a procedure notice: GET /n/{noticeId}?lang=zh-CN|en, the target of the QR
// code on slips and A4 prints. No token, no script, strict CSP. Notice text is untrusted: every
// string is escaped, and Markdown becomes paragraphs and lists through the project's one parser.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RichBlock, RichText } from '../../../electron/api';
import { type Notice, Notice as NoticeSchema } from '../../../electron/notice-model';
import { parseRichText } from '../../../electron/services/notices/markdown/rich-text';
import { type NoticePageText, noticePageText } from '../page-messages';
import type { RouteContext } from './context';
import { escapeHtml, htmlPages } from './html-page';

type Lang = 'zh-CN' | 'en';

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;padding:1.5rem;background:#fff;color:#111;line-height:1.5;font-size:1.1rem}
main{max-width:44rem;margin:0 auto}h1{font-size:1.6rem;margin:.25rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #111}
.kind{margin:0;font-weight:700}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{font-weight:700}dd{margin:0}
li{margin:.25rem 0}a{color:#0645ad}footer{margin-top:2rem;color:#333}`;
const sendPage = htmlPages(STYLE, 'no-cache');

function richHtml(blocks: RichText): string {
  const block = (b: RichBlock): string => {
    if (b.type === 'paragraph') {
      const inline = b.inlines
        .map((i) => {
          let html = escapeHtml(i.text).replace(/\n/g, '<br>');
          if (i.em) html = `<em>${html}</em>`;
          if (i.strong) html = `<strong>${html}</strong>`;
          return html;
        })
        .join('');
      return `<p>${inline}</p>`;
    }
    const items = b.items.map((item) => `<li>${item.map(block).join('')}</li>`).join('');
    return b.ordered ? `<ol start="${b.start}">${items}</ol>` : `<ul>${items}</ul>`;
  };
  return blocks.map(block).join('\n');
}

/** Markdown as safe HTML; text the parser refuses (too deep) is shown as escaped lines. */
function markdownHtml(source: string): string {
  const parsed = parseRichText(source);
  if (parsed.ok) return richHtml(parsed.rich);
  return source
    .split('\n')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('');
}

function noticeBody(n: Notice, lang: Lang, t: NoticePageText, updatedDate: string): string {
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  const e = (s: string) => escapeHtml(s);
  const timeLimit =
    n.timeLimit.kind === 'same-day' ? t('sameDay') : t('workingDays', { days: n.timeLimit.days });
  const fee =
    n.fee.kind === 'free'
      ? t('free')
      : t('charged', { amount: n.fee.amount[lang], basis: n.fee.basis[lang] });
  const list = (items: string[], ordered = true) =>
    `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${i}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;
  const sections = [
    `<p class="kind">${t('kind')}</p>`,
    `<h1>${e(n.title[lang])}</h1>`,
    `<p><a href="/n/${encodeURIComponent(n.id)}?lang=${other}" hreflang="${other}" lang="${other}">${t('otherLanguage')}</a></p>`,
    `<dl><dt>${t('matterType')}</dt><dd>${t(`matter_${n.matterType}`)}</dd><dt>${t('timeLimit')}</dt><dd>${timeLimit}</dd><dt>${t('fee')}</dt><dd>${fee}</dd></dl>`,
    `<h2>${t('legalBasis')}</h2>`,
    list(n.legalBasis.map((b) => `${e(b.title[lang])} ${e(b.article[lang])}`)),
    `<h2>${t('eligibility')}</h2>`,
    markdownHtml(n.eligibility[lang]),
    `<h2>${t('materials')}</h2>`,
    list(
      n.materials.map(
        (m) =>
          `<strong>${e(m.name[lang])}</strong> · ${t(`form_${m.form}`)} · ${t('copies', { count: m.copies })}${m.notes ? markdownHtml(m.notes[lang]) : ''}`,
      ),
    ),
    `<h2>${t('steps')}</h2>`,
    list(n.steps.map((s) => markdownHtml(s[lang]))),
    `<h2>${t('place')}</h2>`,
    `<dl><dt>${t('address')}</dt><dd>${e(n.place.address[lang])}</dd><dt>${t('windows')}</dt><dd>${e(n.place.windows[lang])}</dd><dt>${t('hours')}</dt><dd>${e(n.place.hours[lang])}</dd></dl>`,
    `<h2>${t('contact')}</h2>`,
    `<dl><dt>${t('consultationPhone')}</dt><dd>${e(n.consultationPhone)}</dd><dt>${t('complaintPhone')}</dt><dd>${e(n.complaintPhone)}</dd></dl>`,
    ...(n.faq.length
      ? [
          `<h2>${t('faq')}</h2>`,
          ...n.faq.map((f) => `<h3>${e(f.question[lang])}</h3>${markdownHtml(f.answer[lang])}`),
        ]
      : []),
    `<footer>${t('updated', { date: updatedDate })}</footer>`,
  ];
  return sections.join('\n');
}

const PageQuery = z.object({ lang: z.enum(['zh-CN', 'en']).catch('zh-CN').default('zh-CN') });

export function registerNoticePage(app: FastifyInstance, { store, timeZone }: RouteContext): void {
  app.get('/n/:noticeId', async (request, reply) => {
    const { lang } = PageQuery.parse(request.query ?? {});
    const t = noticePageText(lang);
    const id = z.object({ noticeId: z.string() }).parse(request.params).noticeId;
    // What the store holds was checked on the way in; parse again so the page never renders a surprise.
    const found = NoticeSchema.safeParse(store.getItem('notice', id));
    if (!found.success) {
      const body = `<h1>${t('notFoundTitle')}</h1>\n<p>${t('notFoundHint')}</p>`;
      return sendPage(reply, 404, { lang, title: t('notFoundTitle'), body });
    }
    const notice = found.data;
    const updated = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(
      new Date(notice.updatedAt),
    );
    return sendPage(reply, 200, {
      lang,
      title: `${notice.title[lang]} · ${t('kind')}`,
      body: noticeBody(notice, lang, t, updated),
    });
  });
}
