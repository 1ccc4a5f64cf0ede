import { describe, expect, it } from 'vitest';
import {
  charColumns,
  sanitizeForPrinter,
  textColumns,
  wrapToColumns,
} from '../../../electron/services/printing/columns';

describe('columns as the printer counts them', () => {
  it('counts a hanzi, full-width punctuation and 𠮷 as two columns, ASCII as one', () => {
    expect(textColumns('A001')).toBe(4);
    expect(textColumns('社区')).toBe(4);
    expect(textColumns('社区A1')).toBe(6);
    expect(charColumns('，')).toBe(2);
    expect(charColumns('𠮷')).toBe(2);
    expect(textColumns('前面还有 3 人')).toBe(13);
  });

  it('wraps mixed Chinese and English without exceeding the line, losing nothing', () => {
    const text =
      '徐家汇街道社区事务受理服务中心 Xujiahui Sub-district Community Affairs Acceptance Service Center 欢迎您';
    for (const columns of [48, 32, 24, 16]) {
      const lines = wrapToColumns(text, columns);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textColumns(line)).toBeLessThanOrEqual(columns);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });

  it('breaks English at spaces, and never starts a line with closing punctuation', () => {
    expect(wrapToColumns('Estimated wait: about 15 minutes', 16)).toEqual([
      'Estimated wait:',
      'about 15 minutes',
    ]);
    const lines = wrapToColumns('请留意屏幕和语音叫号，过号请重新取号。谢谢！', 20);
    for (const line of lines) expect(line).not.toMatch(/^[，。！]/);
    expect(lines.join('')).toBe('请留意屏幕和语音叫号，过号请重新取号。谢谢！');
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapToColumns('https://hall.example/a-very-long-path', 10);
    expect(lines.every((line) => textColumns(line) <= 10)).toBe(true);
    expect(lines.join('')).toBe('https://hall.example/a-very-long-path');
  });

  it('turns control characters into spaces so text cannot smuggle printer commands', () => {
    expect(sanitizeForPrinter('社区\x1b@\x1dV\x00事务')).toBe('社区 @ V 事务');
    expect(wrapToColumns('A\x1bB', 48)).toEqual(['A B']);
  });
});
