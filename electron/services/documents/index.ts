// Printing procedure notices (the NoticeDocuments port of electron/services/notices): the thermal
// slip on the kiosk's ESC/POS printer, the A4 PDF (pdfkit, embedded subsetted Noto Sans SC), its
// preview as page images, and A4 printing through CUPS. docs/decisions/011-notice-printing.md.
import type { LocalizedText } from '../../api';
import type { NoticeDocuments } from '../notices/notice-documents';
import { layoutNoticeSlip, type PaperWidth, type ThermalPrinter } from '../printing';
import { createA4Printer, type DocumentsLog } from './a4-printer';
import { renderNoticePdf } from './notice-pdf';
import { noticeSlip } from './notice-slip';
import { previewPages } from './pdf-preview';

export {
  type A4Printer,
  type A4QueueState,
  a4QueueState,
  createA4Printer,
  VIRTUAL_QUEUE,
} from './a4-printer';
export { fontLicencePath, fontPath } from './fonts';
export { renderNoticePdf } from './notice-pdf';
export { PreviewError, previewPages } from './pdf-preview';

export interface NoticeDocumentsOptions {
  hallName: LocalizedText;
  /** The kiosk's thermal printer (createTicketPrinter): slips queue behind tickets. */
  printer: Pick<ThermalPrinter, 'printLines'>;
  paperWidth: PaperWidth;
  /** config.printers.a4.queue: a CUPS queue, 'virtual', or null. */
  a4Queue: string | null;
  dataDir: string;
  /** The hall's time zone for printed dates, default Asia/Shanghai. */
  timeZone?: string;
  /** From lp to the job leaving the CUPS queue, default 60 s. */
  a4JobTimeoutMs?: number;
  /** pdftoppm for the preview, default 15 s. */
  previewTimeoutMs?: number;
  log?: DocumentsLog;
}

export function createNoticeDocuments(options: NoticeDocumentsOptions): NoticeDocuments {
  const a4 = createA4Printer({
    queue: options.a4Queue,
    dataDir: options.dataDir,
    jobTimeoutMs: options.a4JobTimeoutMs,
    log: options.log,
  });
  return {
    printSlip(view, locale) {
      const slip = noticeSlip(view, locale, options.hallName, options.paperWidth);
      let lines: ReturnType<typeof layoutNoticeSlip>;
      try {
        lines = layoutNoticeSlip(slip, { timeZone: options.timeZone });
      } catch (error) {
        options.log?.warn({ err: error, notice: view.id }, 'notice slip could not be laid out');
        return Promise.resolve({ status: 'failed', reason: 'error' });
      }
      return options.printer.printLines({
        label: `notice ${view.id}`,
        lines,
        paperWidth: options.paperWidth,
      });
    },
    renderPdf(view, locale) {
      return renderNoticePdf(view, locale, {
        hallName: options.hallName[locale],
        timeZone: options.timeZone,
      });
    },
    previewPages(pdf) {
      return previewPages(pdf, { timeoutMs: options.previewTimeoutMs });
    },
    printA4(pdf, title) {
      return a4.print(pdf, title);
    },
  };
}
