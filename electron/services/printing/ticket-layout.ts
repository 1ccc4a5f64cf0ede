// What a queue ticket says and where: a pure function from the job to printable lines, so the
// layout is tested without a printer. Chinese first, English under it (MISSION.md).
import { textColumns, wrapToColumns } from './columns';
import type { Align, PaperWidth, TextSize, TicketLine, TicketPrintJob } from './types';

/** Columns of Font A (12 dots) on the printable width: 576 dots on 80 mm, 384 on 58 mm. */
export function paperColumns(paperWidth: PaperWidth): number {
  return paperWidth === 80 ? 48 : 32;
}

export interface TicketLayoutOptions {
  /** The hall's time zone: the ticket shows local time whatever the machine's zone is. */
  timeZone?: string;
}

export function layoutTicket(job: TicketPrintJob, options: TicketLayoutOptions = {}): TicketLine[] {
  const columns = paperColumns(job.paperWidth);
  const lines: TicketLine[] = [];
  const text = (value: string, align: Align, size: TextSize = 1, bold = false) => {
    for (const line of wrapToColumns(value, Math.floor(columns / size))) {
      lines.push({ kind: 'text', text: line, align, size, bold });
    }
  };

  text(job.hallName['zh-CN'], 'center', 1, true);
  text(job.hallName.en, 'center');
  lines.push({ kind: 'rule' });
  text(job.serviceName['zh-CN'], 'center', 2, true);
  text(job.serviceName.en, 'center');
  lines.push({ kind: 'blank' });
  text('您的号码 Your number', 'center');
  text(job.number, 'center', largestSizeFitting(job.number, columns), true);
  lines.push({ kind: 'blank' });
  text(peopleAheadZh(job.peopleAhead), 'center', 2);
  text(peopleAheadEn(job.peopleAhead), 'center');
  text(waitZh(job.estimatedWaitMinutes), 'center');
  text(waitEn(job.estimatedWaitMinutes), 'center');
  lines.push({ kind: 'rule' });
  text(`取号时间 Issued ${formatLocalTime(job.issuedAt, options.timeZone ?? 'Asia/Shanghai')}`, 'center');
  lines.push({ kind: 'qr', data: job.qrPayload, cellSize: job.paperWidth === 80 ? 7 : 5 });
  text('扫码查看排队进度 Scan to follow the queue', 'center');
  lines.push({ kind: 'blank' });
  text('请留意屏幕和语音叫号，过号请重新取号', 'center');
  text('Please listen for your number.', 'center');
  return lines;
}

/** The number as large as the paper allows: GS ! 0x33 (4x) fits "A001" even on 58 mm. */
function largestSizeFitting(value: string, columns: number): TextSize {
  const sizes: TextSize[] = [4, 3, 2];
  return sizes.find((size) => textColumns(value) * size <= columns) ?? 1;
}

function peopleAheadZh(count: number): string {
  return count === 0 ? '您是下一位' : `前面还有 ${count} 人`;
}

function peopleAheadEn(count: number): string {
  if (count === 0) return 'You are next';
  return count === 1 ? '1 person ahead of you' : `${count} people ahead of you`;
}

function waitZh(minutes: number): string {
  return minutes < 1 ? '预计等候不到 1 分钟' : `预计等候约 ${minutes} 分钟`;
}

function waitEn(minutes: number): string {
  return minutes < 1 ? 'Estimated wait: under 1 min' : `Estimated wait: about ${minutes} min`;
}

/** YYYY-MM-DD HH:mm in the given zone. */
export function formatLocalTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
