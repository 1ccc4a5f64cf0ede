// The notices flow's pure parts: the renderer's copy of the service areas, the on-screen
// keyboard's editing, and dates in the hall's time zone.
import { describe, expect, it } from 'vitest';
import { A4PrintOutcome } from '../../../electron/api';
import { LEGAL_RANKS, MATTER_TYPES, NOTICE_AREAS } from '../../../electron/notice-model';
import { applyKeyboardKey } from '../../../renderer/src/components/keyboard-keys';
import { messages } from '../../../renderer/src/i18n';
import { AREA_ORDER } from '../../../renderer/src/notices/areas';
import { formatAsOf, formatNoticeDate, pickRich } from '../../../renderer/src/notices/format';

describe('service areas', () => {
  it('are the contract’s areas, in the same order', () => {
    expect([...AREA_ORDER]).toEqual([...NOTICE_AREAS]);
  });

  it('each have a label in both languages, and so do matter types and legal ranks', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const notices = messages[locale].notices as unknown as Record<string, Record<string, string>>;
      for (const area of NOTICE_AREAS) expect(notices.area?.[area], `${locale} ${area}`).toBeTruthy();
      for (const type of MATTER_TYPES) expect(notices.matterType?.[type], `${locale} ${type}`).toBeTruthy();
      for (const rank of LEGAL_RANKS) expect(notices.rank?.[rank], `${locale} ${rank}`).toBeTruthy();
    }
  });
});

describe('A4 print outcomes', () => {
  it('each failure reason has a message in both languages', () => {
    const failed = A4PrintOutcome.options.find((option) => option.shape.status.value === 'failed');
    const reasons = failed && 'reason' in failed.shape ? failed.shape.reason.options : [];
    expect(reasons.length).toBe(5);
    for (const locale of ['zh-CN', 'en'] as const) {
      const a4 = (messages[locale].notices as { a4: { failed: Record<string, string> } }).a4;
      for (const reason of reasons) expect(a4.failed[reason], `${locale} ${reason}`).toBeTruthy();
    }
  });
});

describe('the on-screen keyboard', () => {
  it('types letters, digits and spaces, deletes one character and clears', () => {
    let text = '';
    for (const key of ['j', 'z', 'space', '1']) text = applyKeyboardKey(text, key);
    expect(text).toBe('jz 1');
    expect(applyKeyboardKey(text, 'backspace')).toBe('jz ');
    expect(applyKeyboardKey(text, 'clear')).toBe('');
    expect(applyKeyboardKey('', 'backspace')).toBe('');
  });

  it('deletes a whole character even when it is outside the BMP, and stops at the length limit', () => {
    expect(applyKeyboardKey('居𠮷', 'backspace')).toBe('居');
    expect(applyKeyboardKey('abc', 'd', 3)).toBe('abc');
  });
});

describe('dates in the hall’s zone', () => {
  const at = '2026-11-25T17:30:00.000Z'; // 01:30 on the 26th in Shanghai, still the 25th in UTC

  it('gives the "as of" time in the hall’s zone, 24-hour', () => {
    expect(formatAsOf(at, 'zh-CN', 'Asia/Shanghai')).toBe('11月26日 01:30');
    expect(formatAsOf(at, 'zh-CN', 'UTC')).toBe('11月25日 17:30');
    expect(formatAsOf(at, 'en', 'Asia/Shanghai')).toContain('01:30');
  });

  it('gives the update date as residents read dates', () => {
    expect(formatNoticeDate(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月26日');
    expect(formatNoticeDate(at, 'en', 'UTC')).toBe('November 25, 2026');
    expect(formatNoticeDate('not a date', 'en')).toBe('not a date');
  });
});

describe('localised rich text', () => {
  it('picks the language, and falls back to Simplified Chinese when it is empty', () => {
    const zh = [{ type: 'paragraph' as const, inlines: [{ text: '免费' }] }];
    const en = [{ type: 'paragraph' as const, inlines: [{ text: 'Free' }] }];
    expect(pickRich({ 'zh-CN': zh, en }, 'en')).toBe(en);
    expect(pickRich({ 'zh-CN': zh, en: [] }, 'en')).toBe(zh);
  });
});
