import { describe, expect, it } from 'vitest';
import en from '../../../electron/services/printing/messages/en.json';
import zhCN from '../../../electron/services/printing/messages/zh-CN.json';
import { ticketText } from '../../../electron/services/printing/ticket-messages';

const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('ticket message files', () => {
  it('say the same things in Simplified Chinese and English, none empty', () => {
    expect(baseKeys(zhCN)).toEqual(baseKeys(en));
    for (const value of [...Object.values(zhCN), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('count people ahead with each language’s plural rules', () => {
    expect(ticketText['zh-CN']('peopleAhead', { count: 0 })).toBe('您是下一位');
    expect(ticketText['zh-CN']('peopleAhead', { count: 3 })).toBe('前面还有 3 人');
    expect(ticketText.en('peopleAhead', { count: 1 })).toBe('1 person ahead of you');
    expect(ticketText.en('peopleAhead', { count: 12 })).toBe('12 people ahead of you');
  });
});
