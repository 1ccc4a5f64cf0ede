// The port between the notice service and printing: what a notice needs printed, and how.
// Implemented by electron/services/documents (thermal slip, A4 PDF, preview, CUPS).
import type { A4PrintOutcome, Locale, NoticeView, PrintOutcome } from '../../api';

export interface NoticeDocuments {
  /** The thermal slip: title, materials checklist, time limit, window, QR of view.onlineUrl. */
  printSlip(view: NoticeView, locale: Locale): Promise<PrintOutcome>;
  /** The A4 PDF of the whole notice (embedded subsetted Noto Sans SC, QR, update date). */
  renderPdf(view: NoticeView, locale: Locale): Promise<Buffer>;
  /** PNG data URLs, one per page, for the on-screen preview. */
  previewPages(pdf: Buffer): Promise<string[]>;
  /** Sends the PDF to the configured A4 queue and follows the job to its end. */
  printA4(pdf: Buffer, title: string): Promise<A4PrintOutcome>;
}
