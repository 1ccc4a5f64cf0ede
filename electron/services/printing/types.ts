// The ticket printer port: what the rest of the kiosk sees of a thermal printer.
import type { LocalizedText, PrintOutcome } from '../../api';

export type { PrintOutcome };
export type PrintFailureReason = Extract<PrintOutcome, { status: 'failed' }>['reason'];
export type PaperWidth = 80 | 58;

export interface TicketPrintJob {
  hallName: LocalizedText;
  serviceName: LocalizedText;
  /** e.g. A001 */
  number: string;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  issuedAt: Date;
  /** ASCII only (a URL): the QR is built from bytes, and printers expect ASCII here. */
  qrPayload: string;
  paperWidth: PaperWidth;
}

export interface PrinterStatus {
  online: boolean;
  paper: 'ok' | 'near-end' | 'out' | 'unknown';
  coverOpen: boolean;
  /** ISO time of the check. */
  checkedAt: string;
}

export interface TicketPrinter {
  /** Never throws: every failure comes back as a PrintOutcome. */
  printTicket(job: TicketPrintJob): Promise<PrintOutcome>;
  /** Never throws: an unreachable printer is `online: false, paper: 'unknown'`. */
  status(): Promise<PrinterStatus>;
}

/** Character size multiplier, applied to width and height alike (GS !). */
export type TextSize = 1 | 2 | 3 | 4;
export type Align = 'left' | 'center' | 'right';

/** One block of the laid-out ticket; text lines are already wrapped to fit the paper. */
export type TicketLine =
  | { kind: 'text'; text: string; align: Align; size: TextSize; bold: boolean }
  | { kind: 'rule' }
  | { kind: 'blank' }
  | { kind: 'qr'; data: string; cellSize: number };
