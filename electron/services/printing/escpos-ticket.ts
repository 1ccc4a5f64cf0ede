// Laid-out ticket -> ESC/POS bytes. node-thermal-printer builds the commands (alignment, size,
// QR, cut); every piece of text is encoded here as GB18030 after FS &, because the library's
// own text path sends the wrong commands and encodings for Chinese (DESIGN.md, Printing;
// reproduced with 4.6.1: ESC R 15 without FS &, GBK not GB18030, 𠮷 -> "?" + code page switch).
import iconv from 'iconv-lite';
import thermal from 'node-thermal-printer';
import { sanitizeForPrinter, textColumns } from './columns';
import { paperColumns } from './ticket-layout';
import type { PaperWidth, TicketLine } from './types';

/** FS & : select Chinese (double-byte) character mode. ESC @ cancels it, so send it after each. */
export const CHINESE_MODE_ON = Buffer.from([0x1c, 0x26]);
const LF = Buffer.from([0x0a]);
/** ESC @ : clear the buffer and reset every mode to its power-on default. */
const INITIALIZE = Buffer.from([0x1b, 0x40]);

/** QR payloads must be printable ASCII: the library writes the length in characters, not bytes. */
const PRINTABLE_ASCII = /^[\x20-\x7e]{1,700}$/;

export function encodeText(text: string): Buffer {
  return iconv.encode(sanitizeForPrinter(text), 'gb18030');
}

export function buildTicketBytes(lines: TicketLine[], paperWidth: PaperWidth): Buffer {
  const columns = paperColumns(paperWidth);
  // No interface: the library only builds the buffer; no characterSet: it sends no ESC R / ESC t.
  const printer = new thermal.ThermalPrinter({
    type: thermal.PrinterTypes.EPSON,
    interface: '',
    width: columns,
    breakLine: thermal.BreakLine.NONE,
  });
  printer.add(INITIALIZE);
  printer.add(CHINESE_MODE_ON);

  for (const line of lines) {
    switch (line.kind) {
      case 'text': {
        if (textColumns(line.text) * line.size > columns) {
          throw new RangeError(`line wider than ${columns} columns: ${line.text}`);
        }
        if (line.align === 'center') printer.alignCenter();
        else if (line.align === 'right') printer.alignRight();
        else printer.alignLeft();
        // The library's setTextSize puts height in the high nibble; we use equal sizes, so GS ! is right.
        printer.setTextSize(line.size - 1, line.size - 1);
        printer.bold(line.bold);
        printer.add(encodeText(line.text));
        printer.add(LF);
        break;
      }
      case 'rule':
        printer.alignLeft();
        printer.setTextSize(0, 0);
        printer.bold(false);
        printer.add(Buffer.from(`${'-'.repeat(columns)}\n`, 'ascii'));
        break;
      case 'blank':
        printer.add(LF);
        break;
      case 'qr':
        if (!PRINTABLE_ASCII.test(line.data))
          throw new RangeError('QR data must be 1-700 printable ASCII characters');
        printer.alignCenter();
        printer.printQR(line.data, { cellSize: line.cellSize, correction: 'M', model: 2 });
        printer.add(LF);
        break;
    }
  }
  printer.alignLeft();
  printer.setTextSize(0, 0);
  printer.cut();
  return printer.getBuffer();
}
