// Layout primitives of our A4 documents on top of pdfkit: headings that never sit alone at the
// bottom of a page, paragraphs of RichText (bold, lists) and hanging list items. pdfkit flows text
// line by line onto a new page when a line does not fit, so no line is ever cut.
import type PDFKitDocument from 'pdfkit';
import type { RichBlock, RichInline, RichText } from '../../api';
import { loadFont } from './fonts';

export const A4_MARGINS = { top: 72, bottom: 64, left: 60, right: 60 };
export const BODY_SIZE = 10.5;
export const SMALL_SIZE = 9;
const LINE_GAP = 3;
const LIST_INDENT = 16;

export type Pdf = PDFKit.PDFDocument;

// Noto Sans SC draws ’ “ ” full-width (Chinese style): in an English document the OpenType
// feature pwid gives them Latin widths. Chinese documents keep the default.
const featuresOf = new WeakMap<Pdf, PDFKit.Mixins.OpenTypeFeatures[]>();

// pdfkit takes about half a second to load: it is loaded with the first document, not at kiosk start.
let pdfkit: Promise<typeof PDFKitDocument> | null = null;
const loadPdfKit = () => {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  return pdfkit;
};

export async function createA4Document(info: {
  title: string;
  author: string;
  subject: string;
  date: Date;
  locale: 'zh-CN' | 'en';
}): Promise<Pdf> {
  const [PDFDocument, regular, bold] = await Promise.all([
    loadPdfKit(),
    loadFont('regular'),
    loadFont('bold'),
  ]);
  const doc = new PDFDocument({
    size: 'A4',
    margins: A4_MARGINS,
    bufferPages: true,
    // A fixed creation date makes the same notice render to the same bytes (file ID included).
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: 'hall-kiosk',
      CreationDate: info.date,
    },
    lang: info.locale,
    displayTitle: true,
  });
  doc.registerFont('regular', regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', bold as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font('regular').fontSize(BODY_SIZE);
  featuresOf.set(doc, info.locale === 'en' ? ['pwid'] : []);
  return doc;
}

/** Text options every piece of text of the document shares. */
export function textFeatures(doc: Pdf): { features: PDFKit.Mixins.OpenTypeFeatures[] } {
  return { features: featuresOf.get(doc) ?? [] };
}

/** The bytes of the finished document. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
export function keepTogether(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function lineHeight(doc: Pdf, size = BODY_SIZE): number {
  doc.fontSize(size);
  return doc.currentLineHeight(true) + LINE_GAP;
}

/** A heading, kept on the same page as at least two lines of what follows it. */
export function heading(doc: Pdf, text: string, size = 13): void {
  doc.moveDown(0.5);
  keepTogether(doc, lineHeight(doc, size) + 2 * lineHeight(doc));
  const x = doc.page.margins.left;
  doc
    .font('bold')
    .fontSize(size)
    .text(text, x, doc.y, { width: contentWidth(doc), lineGap: LINE_GAP });
  doc.moveDown(0.2);
  doc.font('regular').fontSize(BODY_SIZE);
}

export interface Run {
  text: string;
  strong?: boolean;
  em?: boolean;
}

/** One paragraph of runs at x (from the left margin) over the rest of the width. */
export function paragraph(doc: Pdf, runs: Run[], indent = 0, size = BODY_SIZE): void {
  const visible = runs.filter((r) => r.text !== '');
  if (visible.length === 0) return;
  const x = doc.page.margins.left + indent;
  const width = contentWidth(doc) - indent;
  keepTogether(doc, lineHeight(doc, size));
  doc.fontSize(size);
  visible.forEach((run, i) => {
    doc.font(run.strong ? 'bold' : 'regular');
    const options = {
      width,
      lineGap: LINE_GAP,
      continued: i < visible.length - 1,
      oblique: run.em === true,
      ...textFeatures(doc),
    };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.font('regular').fontSize(BODY_SIZE);
}

/** A list item: the marker in the gutter, the content beside it (same first line). */
export function hangingItem(
  doc: Pdf,
  marker: string,
  indent: number,
  drawContent: (indent: number) => void,
): void {
  keepTogether(doc, lineHeight(doc));
  const y = doc.y;
  const x = doc.page.margins.left + indent;
  doc.font('regular').fontSize(BODY_SIZE);
  doc.text(marker, x, y, { width: LIST_INDENT + 8, lineBreak: false });
  doc.y = y;
  const page = doc.page;
  drawContent(indent + LIST_INDENT + 4);
  // An empty item still takes its line, so the next marker does not print over this one.
  if (doc.page === page && doc.y <= y) doc.y = y + lineHeight(doc);
}

export function richText(doc: Pdf, rich: RichText, indent = 0, size = BODY_SIZE): void {
  for (const block of rich) richBlock(doc, block, indent, size);
}

function richBlock(doc: Pdf, block: RichBlock, indent: number, size: number): void {
  if (block.type === 'paragraph') {
    paragraph(doc, block.inlines.map(toRun), indent, size);
    return;
  }
  block.items.forEach((item, n) => {
    const marker = block.ordered ? `${block.start + n}.` : '•';
    hangingItem(doc, marker, indent, (inner) => richText(doc, item, inner, size));
  });
}

function toRun(inline: RichInline): Run {
  return { text: inline.text, strong: inline.strong, em: inline.em };
}
