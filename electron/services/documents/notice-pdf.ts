// The A4 PDF of a procedure notice, in the order of the national service guide: 设定依据 (highest
// rank first), 受理条件, 申请材料, 办理流程, 办理时限, 收费标准, 办理地点/窗口/时间, 咨询电话, 监督投诉电话,
// 常见问题, 相关表格; then a QR of the online version. The hall's name heads every page; the update
// date and the page number close it.
import QRCode from 'qrcode';
import type { Locale, NoticeView } from '../../api';
import { hallDate } from '../queue/hall-day';
import { documentText, sectionNumber } from './document-messages';
import {
  BODY_SIZE,
  contentWidth,
  createA4Document,
  finish,
  hangingItem,
  heading,
  keepTogether,
  type Pdf,
  paragraph,
  richText,
  SMALL_SIZE,
  textFeatures,
} from './pdf-writer';

export interface NoticePdfOptions {
  hallName: string;
  /** The hall's time zone for the update date, default Asia/Shanghai. */
  timeZone?: string;
}

const QR_SIZE = 96;
const GREY = '#444444';

export async function renderNoticePdf(
  view: NoticeView,
  locale: Locale,
  options: NoticePdfOptions,
): Promise<Buffer> {
  const t = documentText[locale];
  const title = view.title[locale];
  const updated = hallDate(new Date(view.updatedAt), options.timeZone ?? 'Asia/Shanghai');
  const doc = await createA4Document({
    title,
    author: options.hallName,
    subject: t('documentKind'),
    date: new Date(view.updatedAt),
    locale,
  });
  const features = textFeatures(doc);

  doc
    .font('bold')
    .fontSize(20)
    .text(title, { width: contentWidth(doc), align: 'center' });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(BODY_SIZE).fillColor(GREY);
  const facts = [
    t('labelled', { label: t('matterType'), value: t(`matter_${view.matterType}`) }),
    t('labelled', { label: t('queueService'), value: view.serviceName[locale] }),
  ];
  doc.text(facts.join('    '), { width: contentWidth(doc), align: 'center', ...features });
  doc.fillColor('black');

  let section = 0;
  const next = (key: string) => {
    section += 1;
    heading(doc, `${t('sectionNumber', { number: sectionNumber(locale, section) })}${t(key)}`);
  };

  next('legalBasis');
  view.legalBasis.forEach((basis, i) => {
    const line = t('basisLine', {
      title: basis.title[locale],
      article: basis.article[locale],
      rank: t(`rank_${basis.rank}`),
    });
    hangingItem(doc, `${i + 1}.`, 0, (indent) => paragraph(doc, [{ text: line }], indent));
  });

  next('eligibility');
  richText(doc, view.eligibility[locale]);

  next('materials');
  view.materials.forEach((material, i) => {
    const form = t(`form_${material.form}`);
    const how =
      material.form === 'electronic'
        ? t('materialNoCopies', { form })
        : t('materialCopies', { form, count: material.copies });
    const detail = material.formId ? t('materialHowWithNote', { how, note: t('printableForm') }) : how;
    hangingItem(doc, `${i + 1}.`, 0, (indent) => {
      const described = t('materialHow', { how: detail });
      paragraph(doc, [{ text: material.name[locale], strong: true }, { text: described }], indent);
      if (material.notes) {
        doc.fillColor(GREY);
        richText(doc, material.notes[locale], indent, SMALL_SIZE);
        doc.fillColor('black');
      }
    });
  });

  next('steps');
  view.steps.forEach((step, i) => {
    hangingItem(doc, `${i + 1}.`, 0, (indent) => richText(doc, step[locale], indent));
  });

  next('timeLimit');
  const limit =
    view.timeLimit.kind === 'same-day' ? t('sameDay') : t('workingDays', { count: view.timeLimit.days });
  paragraph(doc, [{ text: limit }]);

  next('fee');
  const fee =
    view.fee.kind === 'free'
      ? t('free')
      : t('charged', { amount: view.fee.amount[locale], basis: view.fee.basis[locale] });
  paragraph(doc, [{ text: fee }]);

  next('place');
  for (const [key, value] of [
    ['address', view.place.address],
    ['windows', view.place.windows],
    ['hours', view.place.hours],
  ] as const) {
    paragraph(doc, [
      { text: t('labelled', { label: t(key), value: '' }), strong: true },
      { text: value[locale] },
    ]);
  }

  next('consultationPhone');
  paragraph(doc, [{ text: view.consultationPhone }]);
  next('complaintPhone');
  paragraph(doc, [{ text: view.complaintPhone }]);

  if (view.faq.length > 0) {
    next('faq');
    for (const entry of view.faq) {
      paragraph(doc, [
        { text: t('question'), strong: true },
        { text: entry.question[locale], strong: true },
      ]);
      hangingItem(doc, t('answer').trim(), 0, (indent) => richText(doc, entry.answer[locale], indent));
      doc.moveDown(0.3);
    }
  }

  if (view.forms.length > 0) {
    next('forms');
    view.forms.forEach((form, i) => {
      hangingItem(doc, `${i + 1}.`, 0, (indent) => paragraph(doc, [{ text: form.title[locale] }], indent));
    });
  }

  drawQr(doc, view.onlineUrl, t('scanForOnline'));
  drawPageFrames(doc, {
    header: `${options.hallName} · ${t('documentKind')}`,
    updated: t('labelled', { label: t('updated'), value: updated }),
    pageOf: (page, pages) => t('pageOf', { page, pages }),
  });
  return finish(doc);
}

/**
 * The QR of the online version, drawn as vector squares (sharp at any resolution, a few hundred
 * bytes, no PNG to encode), with its caption and the URL beside it, kept together on one page.
 */
function drawQr(doc: Pdf, url: string, caption: string): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = QR_SIZE / (modules.size + 2 * quiet);
  doc.moveDown(1);
  keepTogether(doc, QR_SIZE + 8);
  const x = doc.page.margins.left;
  const y = doc.y;
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules in a row.
    for (let col = 0; col < modules.size; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('black').fill();
  const textX = x + QR_SIZE + 12;
  const width = contentWidth(doc) - QR_SIZE - 12;
  doc
    .font('bold')
    .fontSize(BODY_SIZE)
    .text(caption, textX, y + QR_SIZE / 2 - 16, { width, ...textFeatures(doc) });
  doc
    .font('regular')
    .fontSize(SMALL_SIZE)
    .text(url, textX, doc.y + 2, { width });
  doc.x = x;
  doc.y = y + QR_SIZE + 8;
}

/** Header and footer on every page, drawn once the page count is known. */
function drawPageFrames(
  doc: Pdf,
  frame: { header: string; updated: string; pageOf: (page: number, pages: number) => string },
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom, top } = doc.page.margins;
    const width = doc.page.width - left - right;
    // Writing inside the margins would make pdfkit start a page: lift the bottom margin meanwhile.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(SMALL_SIZE).fillColor(GREY);
    doc.text(frame.header, left, top - 30, { width, align: 'left', lineBreak: false, ...textFeatures(doc) });
    doc
      .moveTo(left, top - 14)
      .lineTo(left + width, top - 14)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    const footerY = doc.page.height - bottom + 22;
    doc.text(frame.updated, left, footerY, { width, align: 'left', lineBreak: false, ...textFeatures(doc) });
    doc.text(frame.pageOf(i - range.start + 1, range.count), left, footerY, {
      width,
      align: 'right',
      lineBreak: false,
      ...textFeatures(doc),
    });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}
