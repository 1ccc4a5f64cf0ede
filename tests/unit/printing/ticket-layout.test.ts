import { describe, expect, it } from 'vitest';
import { textColumns } from '../../../electron/services/printing/columns';
import { formatLocalTime, layoutTicket } from '../../../electron/services/printing/ticket-layout';
import type { TicketLine, TicketPrintJob } from '../../../electron/services/printing/types';

const job: TicketPrintJob = {
  hallName: {
    'zh-CN': '徐家汇街道社区事务受理服务中心',
    en: 'Xujiahui Sub-district Community Affairs Service Center',
  },
  serviceName: { 'zh-CN': '劳动保障与社会保险业务办理（含退休审批）', en: 'Labour and social security' },
  number: 'A001',
  peopleAhead: 7,
  estimatedWaitMinutes: 21,
  issuedAt: new Date('2025-03-01T01:30:00Z'),
  qrPayload: 'HK1/kiosk-1/t-42/A001',
  paperWidth: 80,
};

const texts = (lines: TicketLine[]) =>
  lines.filter((line): line is Extract<TicketLine, { kind: 'text' }> => line.kind === 'text');

describe('layoutTicket', () => {
  for (const [paperWidth, columns] of [
    [80, 48],
    [58, 32],
  ] as const) {
    it(`keeps every line within ${columns} columns on ${paperWidth} mm paper`, () => {
      const lines = texts(layoutTicket({ ...job, paperWidth }));
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(textColumns(line.text) * line.size).toBeLessThanOrEqual(columns);
    });
  }

  it('prints the number at four times size, and the rest of what a resident needs', () => {
    const lines = layoutTicket(job);
    const number = texts(lines).find((line) => line.text === 'A001');
    expect(number).toMatchObject({ size: 4, align: 'center', bold: true });
    const all = texts(lines)
      .map((line) => line.text)
      .join('');
    expect(all).toContain('徐家汇街道社区事务受理服务中心');
    expect(all).toContain('劳动保障与社会保险业务办理');
    expect(all).toContain('Labour and social security');
    expect(all).toContain('前面还有 7 人');
    expect(all).toContain('7 people ahead of you');
    expect(all).toContain('预计等候约 21 分钟');
    expect(all).toContain('2025-03-01 09:30'); // 01:30 UTC is 09:30 in the hall (Asia/Shanghai)
    expect(lines.filter((line) => line.kind === 'qr')).toEqual([
      { kind: 'qr', data: job.qrPayload, cellSize: 7 },
    ]);
  });

  it('wraps a long Chinese service name at double size into lines of 24 columns on 80 mm', () => {
    const service = texts(layoutTicket(job)).filter((line) => line.size === 2 && line.bold);
    expect(service.length).toBe(2);
    expect(service.map((line) => line.text).join('')).toBe(job.serviceName['zh-CN']);
    for (const line of service) expect(textColumns(line.text)).toBeLessThanOrEqual(24);
  });

  it('says "you are next" when nobody is ahead', () => {
    const all = texts(layoutTicket({ ...job, peopleAhead: 0, estimatedWaitMinutes: 0 })).map((l) => l.text);
    expect(all).toContain('您是下一位');
    expect(all).toContain('You are next');
  });

  it('formats time in the given zone', () => {
    expect(formatLocalTime(new Date('2025-12-31T16:05:00Z'), 'Asia/Shanghai')).toBe('2026-01-01 00:05');
    expect(formatLocalTime(new Date('2025-12-31T16:05:00Z'), 'UTC')).toBe('2025-12-31 16:05');
  });
});
