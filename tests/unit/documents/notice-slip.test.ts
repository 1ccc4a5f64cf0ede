import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNoticeDocuments } from '../../../electron/services/documents';
import { createTicketPrinter, textColumns } from '../../../electron/services/printing';
import { hallDate } from '../../../electron/services/queue/hall-day';
import { startVirtualPrinter, type VirtualPrinter } from '../../../fixtures/virtual-printer';
import { socialAssistance as ticket } from '../printing/sample-jobs';
import { fixtureView, HALL_NAME } from './support/notice-views';

let dir: string;
let printer: VirtualPrinter;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notice-slip-'));
  printer = await startVirtualPrinter({ outDir: path.join(dir, 'jobs') });
});
afterEach(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

function documents(paperWidth: 80 | 58 = 80) {
  const thermal = createTicketPrinter({ uri: printer.url });
  const docs = createNoticeDocuments({
    hallName: HALL_NAME,
    printer: thermal,
    paperWidth,
    a4Queue: null,
    dataDir: dir,
  });
  return { thermal, docs };
}

const view = fixtureView('residence-permit');
const updated = hallDate(new Date(view.updatedAt), 'Asia/Shanghai');
const FORM_ZH = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件及复印件',
  electronic: '电子版',
};

describe('the notice slip, printed on the virtual ESC/POS printer over TCP', () => {
  it('lists what to bring with boxes to tick, the time limit, the window and a QR of the notice', async () => {
    const { docs } = documents();
    expect(await docs.printSlip(view, 'zh-CN')).toEqual({ status: 'printed' });
    const [slip] = await printer.waitForJobs(1, 5000);
    expect(slip?.chineseMode).toBe(true);
    expect(slip?.statusRequests).toEqual([1, 2, 4, 1, 2, 4]);
    const lines = slip?.lines ?? [];
    expect(lines).toContain(HALL_NAME['zh-CN']);
    expect(lines).toContain(view.title['zh-CN']);
    expect(lines).toContain('请带齐以下材料');
    const boxes = lines.filter((line) => line.startsWith('□ '));
    expect(boxes).toHaveLength(view.materials.length);
    const first = view.materials[0];
    expect(first?.form).not.toBe('electronic');
    expect(boxes[0]).toBe(
      `□ ${first?.name['zh-CN']}（${FORM_ZH[first?.form ?? 'copy']} × ${first?.copies}）`,
    );
    const days = view.timeLimit.kind === 'working-days' ? view.timeLimit.days : 0;
    expect(lines).toContain(`办理时限：承诺件，${days} 个工作日`);
    expect(lines.join('')).toContain(`办理窗口：${view.place.windows['zh-CN']}`);
    expect(lines.join('')).toContain(`咨询电话：${view.consultationPhone}`);
    expect(lines).toContain(`更新日期：${updated}`);
    expect(slip?.qrCodes).toEqual([view.onlineUrl]);
    expect(slip?.cuts).toBe(1);
  });

  it('speaks English to an English reader, naming the notice in Chinese for the counter', async () => {
    const { docs } = documents();
    const sameDay = { ...view, timeLimit: { kind: 'same-day' as const } };
    expect(await docs.printSlip(sameDay, 'en')).toEqual({ status: 'printed' });
    const [slip] = await printer.waitForJobs(1, 5000);
    const text = slip?.lines.join('\n') ?? '';
    expect(text).toContain('Please bring these materials');
    expect(text).toContain(view.title['zh-CN']);
    expect(text).toContain('Time limit: Same day (served on the spot)');
    expect(slip?.lines.filter((line) => line.startsWith('□ '))).toHaveLength(view.materials.length);
    expect(text).toContain(`Updated: ${updated}`);
    expect(slip?.qrCodes).toEqual([view.onlineUrl]);
  });

  it('fits 58 mm paper: no line wider than 32 columns', async () => {
    const { docs } = documents(58);
    expect(await docs.printSlip(view, 'zh-CN')).toEqual({ status: 'printed' });
    const [slip] = await printer.waitForJobs(1, 5000);
    const lines = slip?.lines ?? [];
    expect(lines.length).toBeGreaterThan(10);
    // The double-size title is wrapped to 16 columns, so it too fits 32 once printed.
    for (const line of lines) expect(textColumns(line)).toBeLessThanOrEqual(32);
  });

  it('prints nothing and says paper-out when the roll is empty', async () => {
    await printer.setBehaviour({ paper: 'out' });
    const { docs } = documents();
    expect(await docs.printSlip(view, 'zh-CN')).toEqual({ status: 'failed', reason: 'paper-out' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(printer.jobs).toHaveLength(0);
  });

  it('queues behind tickets on the same printer: never two conversations at once', async () => {
    const { thermal, docs } = documents();
    const outcomes = await Promise.all([
      thermal.printTicket(ticket),
      docs.printSlip(view, 'zh-CN'),
      thermal.printTicket({ ...ticket, number: 'C016' }),
    ]);
    expect(outcomes).toEqual([{ status: 'printed' }, { status: 'printed' }, { status: 'printed' }]);
    const jobs = await printer.waitForJobs(3, 5000);
    expect(jobs.map((job) => job.qrCodes[0])).toEqual([ticket.qrPayload, view.onlineUrl, ticket.qrPayload]);
    expect(printer.connections.peak).toBe(1);
  });
});
