// The ticket printer port: what the rest of the kiosk sees of a thermal printer.
import type { LocalizedText, PrintOutcome } from '../../api';

export type { PrintOutcome };
export type PrintFailureReason = Extract<PrintOutcome, { status: 'failed' }>['reason'];
export type PaperWidth = 80 | 58;

export type TicketKind = 'normal' | 'priority' | 'appointment';

export interface TicketPrintJob {
  hallName: LocalizedText;
  serviceName: LocalizedText;
  /** e.g. A001 */
  number: string;
  kind: TicketKind;
  /** The booked time of an appointment ticket (printed as HH:mm in the hall's zone), else null. */
  appointmentTime: Date | null;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  /** Figures from the last known queue state (offline issue): printed with "约" / "about". */
  approximate: boolean;
  issuedAt: Date;
  /** The ticket's followUrl: ASCII only, the QR is built from bytes and printers expect ASCII. */
  qrPayload: string;
  /** The service's required materials; the first 3 are printed under "please have ready". */
  materials: LocalizedText[];
  /** Issued from the kiosk's leased block during an outage: a discreet mark at the bottom. */
  offline: boolean;
  paperWidth: PaperWidth;
}

export interface PrinterStatus {
  online: boolean;
  paper: 'ok' | 'near-end' | 'out' | 'unknown';
  coverOpen: boolean;
  /** ISO time of the check. */
  checkedAt: string;
  /** Why the printer could not be asked (refused, no answer, connection lost): for staff and logs. */
  problem?: string;
}

export interface TicketPrinter {
  /** Never throws: every failure comes back as a PrintOutcome. */
  printTicket(job: TicketPrintJob): Promise<PrintOutcome>;
  /** Never throws: an unreachable printer is `online: false, paper: 'unknown'`. */
  status(): Promise<PrinterStatus>;
  /**
   * Every status the printer learns, also while printing (before and after each job, or the
   * failure to reach it), so a health monitor needs no extra connection. Returns an unsubscribe.
   */
  onStatus?(listener: (status: PrinterStatus) => void): () => void;
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

/** A slip laid out by its own layout (e.g. layoutNoticeSlip): printed like a ticket, one cut. */
export interface SlipPrintJob {
  /** What the slip is, for the log (e.g. "notice residence-permit"). */
  label: string;
  lines: TicketLine[];
  paperWidth: PaperWidth;
}

/** The thermal printer as the kiosk has it: tickets, and any other slip, on one queue. */
export interface ThermalPrinter extends TicketPrinter {
  /** Never throws: every failure comes back as a PrintOutcome, as for tickets. */
  printLines(job: SlipPrintJob): Promise<PrintOutcome>;
}
