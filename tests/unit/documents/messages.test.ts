import { describe, expect, it } from 'vitest';
import { documentText, sectionNumber } from '../../../electron/services/documents/document-messages';
import docEn from '../../../electron/services/documents/messages/en.json';
import docZh from '../../../electron/services/documents/messages/zh-CN.json';
import slipEn from '../../../electron/services/printing/messages/slip.en.json';
import slipZh from '../../../electron/services/printing/messages/slip.zh-CN.json';
import { slipText } from '../../../electron/services/printing/slip-messages';

const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('the words of printed notices', () => {
  it('say the same things in Simplified Chinese and English, none empty (slip and A4)', () => {
    expect(baseKeys(slipZh)).toEqual(baseKeys(slipEn));
    expect(baseKeys(docZh)).toEqual(baseKeys(docEn));
    for (const value of [
      ...Object.values(slipZh),
      ...Object.values(slipEn),
      ...Object.values(docZh),
      ...Object.values(docEn),
    ]) {
      expect(value.trim()).not.toBe('');
    }
  });

  it('count working days and copies with each language’s plural rules', () => {
    expect(slipText['zh-CN']('workingDays', { count: 1 })).toBe('承诺件，1 个工作日');
    expect(slipText.en('workingDays', { count: 1 })).toBe('1 working day');
    expect(slipText.en('workingDays', { count: 20 })).toBe('20 working days');
    expect(documentText.en('materialCopies', { form: 'copy', count: 1 })).toBe('copy, 1 copy');
    expect(documentText.en('materialCopies', { form: 'copy', count: 2 })).toBe('copy, 2 copies');
    expect(documentText['zh-CN']('materialCopies', { form: '复印件', count: 2 })).toBe('复印件，2 份');
    expect(documentText['zh-CN']('labelled', { label: '办理窗口', value: '8 号' })).toBe('办理窗口：8 号');
    expect(() => documentText.en('no-such-message')).toThrow(/no-such-message/);
  });

  it('numbers Chinese sections the Chinese way', () => {
    expect([1, 2, 10, 11, 15].map((n) => sectionNumber('zh-CN', n))).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '十五',
    ]);
    expect(sectionNumber('en', 11)).toBe('11');
  });
});
