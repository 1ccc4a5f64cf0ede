import { describe, expect, it } from 'vitest';
import { textColumns } from '../../../electron/services/printing/columns';
import { layoutTicket } from '../../../electron/services/printing/ticket-layout';
import type { TicketLine, TicketPrintJob } from '../../../electron/services/printing/types';
import { socialAssistance } from './sample-jobs';

const job: TicketPrintJob = {
  ...socialAssistance,
  hallName: {
    'zh-CN': '徐家汇街道社区事务受理服务中心',
    en: 'Xujiahui Sub-district Community Affairs Service Center',
  },
  serviceName: { 'zh-CN': '劳动保障与社会保险业务办理（含退休审批）', en: 'Labour and social security' },
  number: 'A001',
  peopleAhead: 7,
  estimatedWaitMinutes: 21,
  issuedAt: new Date('2025-03-01T01:30:00Z'),
};

const texts = (lines: TicketLine[]) =>
  lines.filter((line): line is Extract<TicketLine, { kind: 'text' }> => line.kind === 'text');
const printed = (ticket: TicketPrintJob) => texts(layoutTicket(ticket)).map((line) => line.text);

/** Every variant a ticket can take, for the fit tests. */
const variants: [string, TicketPrintJob][] = [
  ['normal', job],
  ['priority, offline, approximate', { ...job, kind: 'priority', offline: true, approximate: true }],
  ['appointment', { ...job, kind: 'appointment', appointmentTime: new Date('2025-03-01T02:30:00Z') }],
  ['no materials', { ...job, materials: [] }],
  [
    'long materials',
    {
      ...job,
      materials: [
        {
          'zh-CN': '灵活就业人员就业登记表及社会保险费缴费基数申报表（一式两份，需加盖公章）',
          en: 'Flexible employment registration form and social insurance contribution base declaration, in duplicate, stamped',
        },
      ],
    },
  ],
];

describe('layoutTicket', () => {
  for (const [paperWidth, columns] of [
    [80, 48],
    [58, 32],
  ] as const) {
    for (const [name, variant] of variants) {
      it(`keeps every line of a ${name} ticket within ${columns} columns on ${paperWidth} mm paper`, () => {
        const lines = texts(layoutTicket({ ...variant, paperWidth }));
        expect(lines.length).toBeGreaterThan(10);
        for (const line of lines) expect(textColumns(line.text) * line.size).toBeLessThanOrEqual(columns);
      });
    }
  }

  it('prints the number at four times size, and the rest of what a resident needs', () => {
    const lines = layoutTicket(job);
    const number = texts(lines).find((line) => line.text === 'A001');
    expect(number).toMatchObject({ size: 4, align: 'center', bold: true });
    const all = printed(job).join('');
    expect(all).toContain('徐家汇街道社区事务受理服务中心');
    expect(all).toContain('劳动保障与社会保险业务办理');
    expect(all).toContain('Labour and social security');
    expect(all).toContain('前面还有 7 人');
    expect(all).toContain('7 people ahead of you');
    expect(all).toContain('预计等候约 21 分钟');
    expect(all).toContain('2025-03-01 09:30'); // 01:30 UTC is 09:30 in the hall (Asia/Shanghai)
    expect(all).toContain('扫码查看排队进度 Scan to follow the queue');
    expect(lines.filter((line) => line.kind === 'qr')).toEqual([
      { kind: 'qr', data: job.qrPayload, cellSize: 7 },
    ]);
  });

  it('marks nothing on a normal ticket issued online', () => {
    const all = printed(job).join('\n');
    expect(all).not.toMatch(/优先|Priority|预约|Appointment|离线|Offline|前面约|About/);
  });

  it('marks a priority ticket above the number, large, in both languages', () => {
    const lines = texts(layoutTicket({ ...job, kind: 'priority' }));
    const mark = lines.findIndex((line) => line.text === '优先');
    expect(lines[mark]).toMatchObject({ size: 2, bold: true, align: 'center' });
    expect(lines[mark + 1]).toMatchObject({ text: 'Priority', bold: true });
    expect(mark).toBeLessThan(lines.findIndex((line) => line.text === 'A001'));
  });

  it('marks an appointment with its booked time in the hall’s zone', () => {
    const appointment: TicketPrintJob = {
      ...job,
      kind: 'appointment',
      appointmentTime: new Date('2025-03-01T02:30:00Z'),
    };
    const lines = texts(layoutTicket(appointment));
    expect(lines.find((line) => line.text === '预约 10:30')).toMatchObject({ size: 2, bold: true });
    expect(lines.map((line) => line.text)).toContain('Appointment 10:30');
    const elsewhere = texts(layoutTicket(appointment, { timeZone: 'UTC' })).map((line) => line.text);
    expect(elsewhere).toContain('预约 02:30');
  });

  it('lists the first 3 required materials, zh and en, and points to the notice for the rest', () => {
    const lines = printed(job);
    const heading = lines.indexOf('请备好以下材料： Please have ready:');
    expect(heading).toBeGreaterThan(0);
    const list = lines.slice(heading + 1);
    expect(list[0]).toBe('1. 申请人居民身份证、户口簿原件及复印件');
    expect(list[1]).toBe('   ID card and household register, originals and');
    expect(list[2]).toBe('   copies');
    expect(list.join('\n')).toContain('2. 家庭收入及财产状况声明');
    expect(list.join('\n')).toContain('3. 最低生活保障申请书（签字）');
    expect(list.join('\n')).not.toContain('残疾证');
    expect(list).toContain('   其余材料见办事告知书');
    expect(list).toContain('   More in the procedure notice');
    const three = printed({ ...job, materials: job.materials.slice(0, 3) }).join('\n');
    expect(three).not.toContain('其余材料');
    expect(three).not.toContain('More in the procedure notice');
  });

  it('leaves out "please have ready" when the service lists no materials', () => {
    expect(printed({ ...job, materials: [] }).join('\n')).not.toContain('请备好');
  });

  it('says "about" when the figures are approximate (offline issue)', () => {
    const all = printed({ ...job, approximate: true });
    expect(all).toContain('前面约有 7 人');
    expect(all).toContain('About 7 people ahead of you');
    expect(printed({ ...job, approximate: true, peopleAhead: 0 })).toContain('You are probably next');
  });

  it('ends an offline-issued ticket with a small mark, right-aligned', () => {
    const lines = texts(layoutTicket({ ...job, offline: true }));
    expect(lines.at(-1)).toEqual({
      kind: 'text',
      text: '离线取号 Offline issue',
      align: 'right',
      size: 1,
      bold: false,
    });
  });

  it('wraps a long Chinese service name at double size into lines of 24 columns on 80 mm', () => {
    const service = texts(layoutTicket(job)).filter((line) => line.size === 2 && line.bold);
    expect(service.length).toBe(2);
    expect(service.map((line) => line.text).join('')).toBe(job.serviceName['zh-CN']);
    for (const line of service) expect(textColumns(line.text)).toBeLessThanOrEqual(24);
  });

  it('says "you are next" when nobody is ahead', () => {
    const all = printed({ ...job, peopleAhead: 0, estimatedWaitMinutes: 0 });
    expect(all).toContain('您是下一位');
    expect(all).toContain('You are next');
  });
});
