// Real-time status (DLE EOT n), asked before every job: a printer out of paper or with its cover
// open still accepts data over TCP, so "the socket opened" says nothing (DESIGN.md, Printing).
// Bit meanings: Epson ESC/POS reference, DLE EOT (transmit real-time status).
import type { PrinterStatus, PrintFailureReason } from './types';

/** DLE EOT 1 (printer), DLE EOT 2 (offline cause), DLE EOT 4 (roll paper sensor): three 1-byte answers. */
export const STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
export const STATUS_ANSWER_LENGTH = 3;

/** Every DLE EOT answer has bit 1 and bit 4 set, bit 0 and bit 7 clear. */
const FIXED_MASK = 0b1001_0011;
const FIXED_VALUE = 0b0001_0010;

const OFFLINE = 0x08; // DLE EOT 1, bit 3
const COVER_OPEN = 0x04; // DLE EOT 2, bit 2
const STOPPED_BY_PAPER_END = 0x20; // DLE EOT 2, bit 5
const ERROR_OCCURRED = 0x40; // DLE EOT 2, bit 6
const PAPER_NEAR_END = 0x0c; // DLE EOT 4, bits 2-3
const PAPER_END = 0x60; // DLE EOT 4, bits 5-6

export interface StatusReading {
  status: PrinterStatus;
  /** Why a job must not be sent now, or null when the printer can print. */
  blocker: PrintFailureReason | null;
}

export function unreachableStatus(checkedAt: Date): PrinterStatus {
  return { online: false, paper: 'unknown', coverOpen: false, checkedAt: checkedAt.toISOString() };
}

export function interpretStatusAnswer(answer: Buffer, checkedAt: Date): StatusReading {
  const [printer, offlineCause, paperSensor] = answer;
  if (
    answer.length !== STATUS_ANSWER_LENGTH ||
    printer === undefined ||
    offlineCause === undefined ||
    paperSensor === undefined ||
    [printer, offlineCause, paperSensor].some((byte) => (byte & FIXED_MASK) !== FIXED_VALUE)
  ) {
    return { status: unreachableStatus(checkedAt), blocker: 'error' };
  }
  const coverOpen = (offlineCause & COVER_OPEN) !== 0;
  const paperOut = (paperSensor & PAPER_END) !== 0 || (offlineCause & STOPPED_BY_PAPER_END) !== 0;
  const nearEnd = (paperSensor & PAPER_NEAR_END) !== 0;
  const offline = (printer & OFFLINE) !== 0;
  const status: PrinterStatus = {
    online: !offline,
    paper: paperOut ? 'out' : nearEnd ? 'near-end' : 'ok',
    coverOpen,
    checkedAt: checkedAt.toISOString(),
  };
  // Cover first: with the cover open the paper sensor may also read "out".
  let blocker: PrintFailureReason | null = null;
  if (coverOpen) blocker = 'cover-open';
  else if (paperOut) blocker = 'paper-out';
  else if (offline || (offlineCause & ERROR_OCCURRED) !== 0) blocker = 'error';
  return { status, blocker };
}
