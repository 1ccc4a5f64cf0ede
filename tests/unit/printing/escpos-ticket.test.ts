import iconv from 'iconv-lite';
import thermal from 'node-thermal-printer';
import { describe, expect, it } from 'vitest';
import { buildTicketBytes } from '../../../electron/services/printing/escpos-ticket';
import { layoutTicket } from '../../../electron/services/printing/ticket-layout';
import type { TicketPrintJob } from '../../../electron/services/printing/types';
import { decodeEscPos } from '../../../fixtures/virtual-printer/decode-escpos';

const job: TicketPrintJob = {
  hallName: { 'zh-CN': '社区事务受理服务中心', en: 'Community Affairs Service Center' },
  serviceName: { 'zh-CN': '吉𠮷户籍办理', en: 'Household registration' },
  number: 'B027',
  kind: 'normal',
  appointmentTime: null,
  peopleAhead: 2,
  estimatedWaitMinutes: 6,
  approximate: false,
  issuedAt: new Date('2025-06-02T00:00:00Z'),
  qrPayload: 'HK1/kiosk-1/t-9/B027',
  materials: [],
  offline: false,
  paperWidth: 58,
};

describe('buildTicketBytes', () => {
  const bytes = buildTicketBytes(layoutTicket(job), job.paperWidth);
  const decoded = decodeEscPos(bytes);

  it('switches Chinese mode on and sends Chinese as GB18030, 𠮷 included', () => {
    expect(decoded.chineseMode).toBe(true);
    expect(decoded.lines).toContain('吉𠮷户籍办理');
    expect(bytes.includes(iconv.encode('吉𠮷户籍办理', 'gb18030'))).toBe(true);
    expect(bytes.includes(Buffer.from('?', 'ascii'))).toBe(false);
  });

  it('sends no code page switches (ESC R, ESC t) that the library would add', () => {
    expect(decoded.text).not.toMatch(/<ESC [Rt] /);
  });

  it('carries the number, the QR payload with a correct length, and exactly one cut', () => {
    expect(decoded.lines).toContain('B027');
    expect(decoded.qrCodes).toEqual([job.qrPayload]);
    expect(decoded.cuts).toBe(1);
    expect(decoded.text).toMatch(/\[x4\]\[b\]B027/);
  });

  it('refuses a QR payload that is not plain ASCII', () => {
    expect(() => buildTicketBytes(layoutTicket({ ...job, qrPayload: 'https://例子/取号' }), 80)).toThrow(
      /ASCII/,
    );
  });
});

// What DESIGN.md says node-thermal-printer 4.6 does with Chinese, checked against the installed
// version: if one of these starts failing, the library changed and our workaround may go.
describe('node-thermal-printer facts behind our workaround', () => {
  const make = (characterSet?: thermal.CharacterSet) =>
    new thermal.ThermalPrinter({ type: thermal.PrinterTypes.EPSON, interface: '', characterSet });

  it('with CHINA it sends ESC R 15 but never FS &, and 𠮷 becomes "?" with a code page switch', () => {
    const printer = make(thermal.CharacterSet.CHINA);
    printer.println('社区 𠮷 受理');
    const out = printer.getBuffer();
    expect(out.subarray(0, 3)).toEqual(Buffer.from([0x1b, 0x52, 0x0f]));
    expect(out.includes(Buffer.from([0x1c, 0x26]))).toBe(false);
    expect(out.includes(Buffer.from('??'))).toBe(true);
    expect(out.includes(iconv.encode('受理', 'gb18030'))).toBe(false); // after 𠮷 it is no longer GB text
  });

  it('printQR writes the length in characters, so non-ASCII data corrupts the stream', () => {
    const printer = make();
    printer.printQR('A受');
    const out = printer.getBuffer();
    const store = out.indexOf(Buffer.from([0x31, 0x50, 0x30]));
    const declared = (out[store - 2] ?? 0) + (out[store - 1] ?? 0) * 256 - 3;
    expect(declared).toBe(2);
    expect(Buffer.byteLength('A受')).toBe(4);
  });
});
