import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../fixtures/virtual-printer/decode-escpos';

const INIT = [0x1b, 0x40];
const CHINESE_ON = [0x1c, 0x26];
const gb = (text: string) => [...iconv.encode(text, 'gb18030')];
const ascii = (text: string) => [...Buffer.from(text, 'ascii')];
const bytes = (...parts: number[][]) => Buffer.from(parts.flat());

function qr(data: string): number[] {
  const payload = ascii(data);
  const length = payload.length + 3;
  return [
    ...[0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00], // model 2
    ...[0x1d, 0x28, 0x6b, length % 256, Math.floor(length / 256), 0x31, 0x50, 0x30, ...payload], // store
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30], // print
  ];
}

describe('decodeEscPos', () => {
  it('decodes GB18030 text after FS &, including a character outside GBK (𠮷)', () => {
    const text = '社区事务受理 𠮷 A001';
    expect(iconv.encode('𠮷', 'gb18030')).toHaveLength(4); // really a four-byte sequence
    const decoded = decodeEscPos(bytes(INIT, CHINESE_ON, gb(text), [0x0a]));
    expect(decoded.chineseMode).toBe(true);
    expect(decoded.lines).toEqual([text]);
    expect(decoded.text).toContain(text);
  });

  it('does not read Chinese without FS &, and ESC @ cancels Chinese mode', () => {
    const withoutMode = decodeEscPos(bytes(INIT, gb('社区'), [0x0a]));
    expect(withoutMode.chineseMode).toBe(false);
    expect(withoutMode.lines[0]).not.toBe('社区');

    const cancelled = decodeEscPos(bytes(CHINESE_ON, gb('社区'), [0x0a], INIT, gb('社区'), [0x0a]));
    expect(cancelled.lines[0]).toBe('社区');
    expect(cancelled.lines[1]).not.toBe('社区');
  });

  it('records QR data stored with GS ( k and printed', () => {
    const url = 'https://hall.example/q?t=A001&k=kiosk-1';
    const decoded = decodeEscPos(bytes(INIT, ascii('before\n'), qr(url), ascii('after\n')));
    expect(decoded.qrCodes).toEqual([url]);
    expect(decoded.text).toContain(`[QR: ${url}]`);
    expect(decoded.lines).toEqual(['before', 'after']);
  });

  it('counts full and partial cuts and keeps decoding after them', () => {
    const decoded = decodeEscPos(
      bytes(ascii('one\n'), [0x1d, 0x56, 0x00], ascii('two\n'), [0x1d, 0x56, 0x42, 0x03], ascii('three\n')),
    );
    expect(decoded.cuts).toBe(2);
    expect(decoded.lines).toEqual(['one', 'two', 'three']);
    expect(decoded.text).toMatch(/\[CUT\][\s\S]*\[PARTIAL CUT\]/);
  });

  it('marks size, bold and alignment, and keeps them out of the printed lines', () => {
    const decoded = decodeEscPos(
      bytes([0x1b, 0x61, 0x01], [0x1d, 0x21, 0x33], [0x1b, 0x45, 0x01], ascii('A001\n'), [0x1d, 0x21, 0x11]),
    );
    expect(decoded.text).toContain('[center][x4][b]A001');
    expect(decoded.text).toContain('[x2]');
    expect(decoded.lines).toEqual(['A001']);
  });

  it('records barcodes in both GS k forms, decoding Code128 code sets', () => {
    const decoded = decodeEscPos(
      bytes(
        [0x1d, 0x6b, 0x49, 6, ...ascii('{BA001')],
        [0x1d, 0x6b, 0x49, 5, ...ascii('{C'), 12, 34, 5],
        [0x1d, 0x6b, 0x04, ...ascii('CASE-7'), 0x00],
      ),
    );
    expect(decoded.barcodes).toEqual([
      { type: 'CODE128', data: 'A001' },
      { type: 'CODE128', data: '123405' },
      { type: 'CODE39', data: 'CASE-7' },
    ]);
  });

  it('shows unknown and uninteresting commands as <...>, never as garbage text', () => {
    const decoded = decodeEscPos(bytes([0x1b, 0x52, 0x0f], [0x1b, 0x5a], ascii('ok\n'), [0x10, 0x04, 0x01]));
    expect(decoded.text).toContain('<ESC R 15>');
    expect(decoded.text).toContain('<ESC Z>');
    expect(decoded.lines).toEqual(['ok']);
    expect(decoded.statusRequests).toEqual([1]);
  });

  it('stops cleanly at a truncated command', () => {
    const decoded = decodeEscPos(bytes(ascii('x\n'), [0x1d, 0x28, 0x6b, 0x40, 0x00, 0x31]));
    expect(decoded.lines).toEqual(['x']);
    expect(decoded.text).toContain('<truncated');
  });
});
