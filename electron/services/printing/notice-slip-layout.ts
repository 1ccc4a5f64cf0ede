// What a procedure notice's thermal slip says and where: a pure function from the slip to
// printable lines (the same TicketLine blocks as a ticket), so the layout is tested without a
// printer. The slip is what a resident takes home: what to bring, how long, where, and a QR to
// the whole notice online.
import type { MaterialForm, TimeLimit } from '../../notice-model';
import { hallDate } from '../queue/hall-day';
import { textColumns, wrapToColumns } from './columns';
import { slipText } from './slip-messages';
import { paperColumns } from './ticket-layout';
import type { Align, PaperWidth, TextSize, TicketLine } from './types';

export interface NoticeSlip {
  locale: 'zh-CN' | 'en';
  hallName: string;
  title: string;
  /** Printed small under the title, e.g. the Chinese title on an English slip for the counter. */
  subtitle: string | null;
  materials: Array<{ name: string; form: MaterialForm; copies: number }>;
  timeLimit: TimeLimit;
  address: string;
  windows: string;
  hours: string;
  consultationPhone: string;
  /** ASCII URL of the notice online: the QR. */
  onlineUrl: string;
  updatedAt: Date;
  paperWidth: PaperWidth;
}

/** The checkbox a resident ticks at home: one full-width cell in GB18030. */
export const CHECKBOX = '□';

export function layoutNoticeSlip(slip: NoticeSlip, options: { timeZone?: string } = {}): TicketLine[] {
  const columns = paperColumns(slip.paperWidth);
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const t = slipText[slip.locale];
  const lines: TicketLine[] = [];
  const text = (value: string, align: Align, size: TextSize = 1, bold = false) => {
    for (const line of wrapToColumns(value, Math.floor(columns / size))) {
      lines.push({ kind: 'text', text: line, align, size, bold });
    }
  };
  /** A hanging item: the prefix on its first line, the rest indented under the text. */
  const item = (prefix: string, value: string) => {
    const indent = ' '.repeat(textColumns(prefix));
    wrapToColumns(value, columns - indent.length).forEach((line, index) => {
      const printed = (index === 0 ? prefix : indent) + line;
      lines.push({ kind: 'text', text: printed, align: 'left', size: 1, bold: false });
    });
  };
  const labelled = (label: string, value: string) => text(t('labelled', { label, value }), 'left');

  text(slip.hallName, 'center', 1, true);
  lines.push({ kind: 'rule' });
  text(slip.title, 'center', 2, true);
  if (slip.subtitle) text(slip.subtitle, 'center');
  lines.push({ kind: 'blank' });

  text(t('materialsHeading'), 'left', 1, true);
  for (const material of slip.materials) {
    const form = t(`form_${material.form}`);
    const described =
      material.form === 'electronic'
        ? t('materialNoCopies', { name: material.name, form })
        : t('materialCopies', { name: material.name, form, copies: material.copies });
    item(`${CHECKBOX} `, described);
  }
  lines.push({ kind: 'rule' });

  const limit =
    slip.timeLimit.kind === 'same-day' ? t('sameDay') : t('workingDays', { count: slip.timeLimit.days });
  labelled(t('timeLimit'), limit);
  labelled(t('address'), slip.address);
  labelled(t('windows'), slip.windows);
  labelled(t('hours'), slip.hours);
  labelled(t('phone'), slip.consultationPhone);
  lines.push({ kind: 'blank' });

  lines.push({ kind: 'qr', data: slip.onlineUrl, cellSize: slip.paperWidth === 80 ? 6 : 4 });
  text(t('scanForOnline'), 'center');
  text(t('labelled', { label: t('updated'), value: hallDate(slip.updatedAt, timeZone) }), 'center');
  return lines;
}
