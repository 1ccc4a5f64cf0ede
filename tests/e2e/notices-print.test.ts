// Printing a notice, for real: the thermal slip over TCP to the virtual ESC/POS printer, read back
// decoded; the A4 PDF previewed as page images and printed to the 'virtual' queue, read back with
// pdftotext and its QR scanned (pdftoppm + zbarimg); and A4 through a real CUPS queue backed by
// cups-pdf, the job followed with lp/lpstat until done, its output scanned for the QR.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../support/browser';
import { type CupsPdfQueue, createCupsPdfQueue, cupsMissing, removeQueue } from '../support/cups';
import { type ContentStack, nextPrintedJob, PERMIT, startNoticeStack } from './content-stack';
import { type KioskTab, openKioskTab } from './kiosk-tabs';
import { folded, pdfPageCount, pdfQrCodes, pdfText } from './pdf-readback';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('printing a notice on the thermal printer and the virtual A4 queue', () => {
  let stack: ContentStack;
  let tab: KioskTab;

  beforeAll(async () => {
    stack = await startNoticeStack();
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    tab = await openKioskTab(browser, stack.host.kioskUrl);
  });
  afterEach(async () => {
    await tab?.close();
  });

  it('prints the slip: title, materials checklist, time limit, window and the QR of the online page', async () => {
    const notices = await tab.openNotices();
    await notices.typeText('居住证');
    const notice = await notices.openNotice(PERMIT.zh);
    const before = stack.runtime.virtualPrinter?.jobs.length ?? 0;
    await notice.printSlipButton().click();
    await notice.slipMessage().waitFor();
    const job = await nextPrintedJob(stack, before);
    const text = folded(job.text);
    expect(text).toContain(PERMIT.zh);
    expect(text).toContain('□ 本人居民身份证');
    expect(text).toContain('□ 居住证数码照片回执');
    expect(job.text.match(/□/g)?.length).toBe(6);
    expect(text).toContain('承诺件，15 个工作日');
    expect(text).toContain('一楼 B 区 8–9 号窗口');
    const onlineUrl = `${stack.proxy.url}/n/${PERMIT.id}`;
    expect(job.qrCodes).toEqual([onlineUrl]);
    expect(job.cuts).toBe(1);
    const online = await fetch(onlineUrl);
    expect(online.status).toBe(200);
    expect(await online.text()).toContain(PERMIT.zh);
  });

  it('previews the A4 page images and prints a PDF with the title, sections, update date and QR', async () => {
    const notices = await tab.openNotices();
    await notices.chooseArea('residence');
    const notice = await notices.openNotice(PERMIT.zh);
    const preview = await notice.previewA4();
    await preview.pageImages().first().waitFor();
    const images = await preview.pageImages().count();
    expect(images).toBeGreaterThanOrEqual(1);
    // Each page is a drawn image, not a broken one.
    const widths = () =>
      preview.pageImages().evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    await expect.poll(async () => Math.min(...(await widths()))).toBeGreaterThan(300);
    const violations = await axeViolations(tab.page);
    expect(violations, `A4 preview (zh-CN): ${JSON.stringify(violations, null, 2)}`).toEqual([]);

    await preview.printButton().click();
    await preview.outcomeMessage('printed').waitFor();
    const jobsDir = path.join(stack.dataDir, 'a4-jobs');
    expect(existsSync(jobsDir)).toBe(true);
    const pdfs = readdirSync(jobsDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(1);
    const file = path.join(jobsDir, pdfs[0] as string);
    const text = folded(await pdfText(file));
    expect(text).toContain(PERMIT.zh);
    for (const heading of ['申请材料', '办理流程', '办理时限']) expect(text).toContain(heading);
    expect(text).toContain('本人居民身份证');
    // The update date as the central API has it, on the hall's calendar (YYYY-MM-DD).
    const central = await stack.central('GET', `/v1/notices/${PERMIT.id}`);
    const updatedAt = new Date((central.body as { updatedAt: string }).updatedAt);
    expect(text).toContain(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(updatedAt));
    expect(await pdfQrCodes(file)).toEqual([`${stack.proxy.url}/n/${PERMIT.id}`]);
  });
});

// Our own queue, so the unit tests' 'kiosk-a4' queue is never disturbed by a parallel run.
const QUEUE = 'kiosk-a4-e2e-notices';

const missing = cupsMissing();

// CI installs CUPS (.ci/run), so there a missing CUPS fails loudly instead of skipping.
describe.skipIf(missing !== null && !process.env.CI)(
  `A4 notices through a real CUPS queue${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let queue: CupsPdfQueue;
    let stack: ContentStack;
    let tab: KioskTab;

    beforeAll(async () => {
      queue = await createCupsPdfQueue(QUEUE);
      stack = await startNoticeStack({ a4Queue: QUEUE });
      tab = await openKioskTab(browser, stack.host.kioskUrl);
    });
    afterAll(async () => {
      await tab?.close();
      await stack?.close();
      await removeQueue(QUEUE);
    });

    it('prints the notice: the screen says printed and cups-pdf writes a PDF whose QR is the online page', async () => {
      // cups-pdf names its output after the job title: clear what an earlier run of this test left.
      const stem = PERMIT.en.replace(/[^A-Za-z0-9-]/g, '_');
      if (existsSync(queue.outputDir))
        for (const f of readdirSync(queue.outputDir).filter((name) => name.startsWith(stem)))
          rmSync(path.join(queue.outputDir, f), { force: true });

      const notices = await tab.openNotices('en');
      await notices.typeText('jzz');
      const notice = await notices.openNotice(PERMIT.en);
      const preview = await notice.previewA4();
      await preview.pageImages().first().waitFor();
      const previewPages = await preview.pageImages().count();
      await preview.printButton().click();
      await preview.outcomeMessage('printed').waitFor({ timeout: 60_000 });

      const output = await queue.waitForOutput(PERMIT.en, 30_000);
      // cups-pdf redraws the job through Ghostscript, which leaves the subsetted CJK text unreadable
      // to pdftotext: what a reader sees is checked instead, the pages and the QR.
      expect(await pdfPageCount(output)).toBe(previewPages);
      expect(await pdfQrCodes(output)).toEqual([`${stack.proxy.url}/n/residence-permit`]);
    }, 120_000);
  },
);
