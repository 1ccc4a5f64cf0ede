// "14:00 开始取号": when a closed service opens again, in the hall's (the kiosk's) local time.
import { describe, expect, it } from 'vitest';
import { hallTimeZoneOf } from '../../../renderer/src/session/hall-time';
import { describeOpening } from '../../../renderer/src/ticket/opening-time';

const now = new Date(2026, 10, 26, 9, 15); // a Thursday morning, local time
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).toISOString();

describe('when a closed service opens', () => {
  it('says only the time for later today', () => {
    expect(describeOpening(at(26, 14), now, 'zh-CN')).toEqual({
      key: 'services.opensToday',
      values: { time: '14:00' },
    });
    expect(describeOpening(at(26, 13, 30), now, 'en')).toEqual({
      key: 'services.opensToday',
      values: { time: '13:30' },
    });
  });

  it('says tomorrow, then a date, further ahead', () => {
    expect(describeOpening(at(27, 8, 30), now, 'zh-CN')).toEqual({
      key: 'services.opensTomorrow',
      values: { time: '08:30' },
    });
    const monday = describeOpening(at(30, 9), now, 'zh-CN');
    expect(monday.key).toBe('services.opensOn');
    expect(monday.key === 'services.opensOn' && monday.values.date).toMatch(/11月30日/);
    const english = describeOpening(at(30, 9), now, 'en');
    expect(english.key === 'services.opensOn' && english.values.date).toMatch(/Monday, November 30/);
  });

  it('says only "closed" when it does not open again (disabled) or the time is unreadable', () => {
    expect(describeOpening(null, now, 'zh-CN')).toEqual({ key: 'services.closed' });
    expect(describeOpening('not a time', now, 'en')).toEqual({ key: 'services.closed' });
  });
});

describe("in the hall's time zone, whatever the kiosk machine's zone", () => {
  const shanghaiMorning = new Date('2026-11-26T01:15:00Z'); // 09:15 in Shanghai

  it('says the Shanghai time, and tomorrow by the Shanghai date', () => {
    expect(describeOpening('2026-11-26T06:00:00Z', shanghaiMorning, 'zh-CN', 'Asia/Shanghai')).toEqual({
      key: 'services.opensToday',
      values: { time: '14:00' },
    });
    // 00:30 UTC on the 27th is 08:30 on the 27th in Shanghai: tomorrow there.
    expect(describeOpening('2026-11-27T00:30:00Z', shanghaiMorning, 'en', 'Asia/Shanghai')).toEqual({
      key: 'services.opensTomorrow',
      values: { time: '08:30' },
    });
    // 23:30 Shanghai on the 26th is 15:30 UTC: still today in Shanghai.
    expect(describeOpening('2026-11-26T15:30:00Z', shanghaiMorning, 'en', 'Asia/Shanghai').key).toBe(
      'services.opensToday',
    );
  });

  it("takes KioskInfo's zone only when it is a zone this browser knows", () => {
    const info = {
      kioskId: 'k',
      hallName: { 'zh-CN': '厅', en: 'Hall' },
      defaultLocale: 'zh-CN' as const,
      locales: ['zh-CN' as const],
      idleTimeoutsSeconds: { menu: 45, notice: 120, result: 30, warning: 20 },
      appVersion: '0',
    };
    expect(hallTimeZoneOf({ ...info, timeZone: 'Asia/Shanghai' })).toBe('Asia/Shanghai');
    expect(hallTimeZoneOf({ ...info, timeZone: 'Mars/Olympus' })).toBeUndefined();
    expect(hallTimeZoneOf(null)).toBeUndefined();
  });
});
