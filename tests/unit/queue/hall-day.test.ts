// The hall's calendar is the hall's, whatever the machine's zone: the dates and times printed on
// tickets and slips, and the day numbers belong to, are taken in the hall's time zone.
import { describe, expect, it } from 'vitest';
import { hallDate, hallDateTime, hallDay } from '../../../electron/services/queue/hall-day';

const NEW_YEAR_IN_SHANGHAI = new Date('2025-12-31T16:05:00Z');

describe('the hall day', () => {
  it('turns the date at local midnight, not at UTC midnight', () => {
    expect(hallDay(NEW_YEAR_IN_SHANGHAI, 'Asia/Shanghai')).toEqual({
      date: '2026-01-01',
      weekday: 'thu',
      time: '00:05',
    });
    expect(hallDay(NEW_YEAR_IN_SHANGHAI, 'UTC')).toEqual({
      date: '2025-12-31',
      weekday: 'wed',
      time: '16:05',
    });
  });

  it('prints the date, and the date with the time, in the hall zone', () => {
    expect(hallDate(NEW_YEAR_IN_SHANGHAI, 'Asia/Shanghai')).toBe('2026-01-01');
    expect(hallDateTime(NEW_YEAR_IN_SHANGHAI, 'Asia/Shanghai')).toBe('2026-01-01 00:05');
    expect(hallDateTime(NEW_YEAR_IN_SHANGHAI, 'UTC')).toBe('2025-12-31 16:05');
  });

  it('writes midnight as 00, never 24', () => {
    expect(hallDateTime(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02 00:00');
  });
});
