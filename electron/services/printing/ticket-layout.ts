// What a queue ticket says and where: a pure function from the job to printable lines, so the
// layout is tested without a printer. Chinese first, English under it (MISSION.md).
import { hallDateTime, hallDay } from '../queue/hall-day';
import { textColumns, wrapToColumns } from './columns';
import { ticketText } from './ticket-messages';
import type { Align, PaperWidth, TextSize, TicketLine, TicketPrintJob } from './types';

/** Columns of Font A (12 dots) on the printable width: 576 dots on 80 mm, 384 on 58 mm. */
export function paperColumns(paperWidth: PaperWidth): number {
  return paperWidth === 80 ? 48 : 32;
}

/** "Please have ready" lists the first few materials; the notice has the full list. */
export const PRINTED_MATERIALS = 3;

export interface TicketLayoutOptions {
  /** The hall's time zone: the ticket shows local time whatever the machine's zone is. */
  timeZone?: string;
}

export function layoutTicket(job: TicketPrintJob, options: TicketLayoutOptions = {}): TicketLine[] {
  const columns = paperColumns(job.paperWidth);
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const lines: TicketLine[] = [];
  const text = (value: string, align: Align, size: TextSize = 1, bold = false) => {
    for (const line of wrapToColumns(value, Math.floor(columns / size))) {
      lines.push({ kind: 'text', text: line, align, size, bold });
    }
  };
  /** A left-aligned list item: "1. " on its first line, the rest indented under the text. */
  const item = (prefix: string, value: string) => {
    const indent = ' '.repeat(prefix.length);
    wrapToColumns(value, columns - indent.length).forEach((line, index) => {
      lines.push({
        kind: 'text',
        text: (index === 0 ? prefix : indent) + line,
        align: 'left',
        size: 1,
        bold: false,
      });
    });
  };
  const zh = ticketText['zh-CN'];
  const en = ticketText.en;

  text(job.hallName['zh-CN'], 'center', 1, true);
  text(job.hallName.en, 'center');
  lines.push({ kind: 'rule' });
  text(job.serviceName['zh-CN'], 'center', 2, true);
  text(job.serviceName.en, 'center');
  lines.push({ kind: 'blank' });

  if (job.kind === 'priority') {
    text(zh('priority'), 'center', 2, true);
    text(en('priority'), 'center', 1, true);
  } else if (job.kind === 'appointment') {
    const time = job.appointmentTime ? hallDay(job.appointmentTime, timeZone).time : '';
    text(zh('appointment', { time }).trim(), 'center', 2, true);
    text(en('appointment', { time }).trim(), 'center', 1, true);
  }
  text(`${zh('yourNumber')} ${en('yourNumber')}`, 'center');
  text(job.number, 'center', largestSizeFitting(job.number, columns), true);
  lines.push({ kind: 'blank' });

  const ahead = job.approximate ? 'peopleAheadApprox' : 'peopleAhead';
  text(zh(ahead, { count: job.peopleAhead }), 'center', 2);
  text(en(ahead, { count: job.peopleAhead }), 'center');
  const wait = job.estimatedWaitMinutes < 1 ? 'wait_under' : 'wait_about';
  text(zh(wait, { minutes: job.estimatedWaitMinutes }), 'center');
  text(en(wait, { minutes: job.estimatedWaitMinutes }), 'center');
  lines.push({ kind: 'rule' });
  text(`${zh('issued')} ${en('issued')} ${hallDateTime(job.issuedAt, timeZone)}`, 'center');

  lines.push({ kind: 'qr', data: job.qrPayload, cellSize: job.paperWidth === 80 ? 7 : 5 });
  text(`${zh('scanToFollow')} ${en('scanToFollow')}`, 'center');
  text(`${zh('showAtCounter')} ${en('showAtCounter')}`, 'center');

  const materials = job.materials.slice(0, PRINTED_MATERIALS);
  if (materials.length > 0) {
    lines.push({ kind: 'rule' });
    text(`${zh('haveReady')} ${en('haveReady')}`, 'left', 1, true);
    materials.forEach((material, index) => {
      item(`${index + 1}. `, material['zh-CN']);
      item('   ', material.en);
    });
    if (job.materials.length > PRINTED_MATERIALS) {
      item('   ', zh('moreMaterials'));
      item('   ', en('moreMaterials'));
    }
  }

  lines.push({ kind: 'blank' });
  text(zh('listen'), 'center');
  text(en('listen'), 'center');
  if (job.offline) text(`${zh('offlineIssue')} ${en('offlineIssue')}`, 'right');
  return lines;
}

/** The number as large as the paper allows: GS ! 0x33 (4x) fits "A001" even on 58 mm. */
function largestSizeFitting(value: string, columns: number): TextSize {
  const sizes: TextSize[] = [4, 3, 2];
  return sizes.find((size) => textColumns(value) * size <= columns) ?? 1;
}
