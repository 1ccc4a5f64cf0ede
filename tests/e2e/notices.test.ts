// A resident reads procedure notices, for real: Chromium taps by accessible name on the kiosk served
// by the browser-mode host; the notices come from the reference central API through the kiosk's
// sync and SQLite cache; slips and tickets go over TCP to the virtual ESC/POS printer and are read
// back decoded; the A4 PDF is read back with pdftotext and its QR scanned with zbarimg.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../electron/api';
import { axeViolations, launchChromium } from '../support/browser';
import { type NoticeStack, startNoticeStack } from './notice-stack';
import { HomePage } from './pages/home-page';
import { HomeNotices, type NoticesHomePage, noticeText } from './pages/notices-page';
import { folded, pdfQrCodes, pdfText } from './pdf-readback';

const PERMIT = { id: 'residence-permit', zh: '来沪人员居住证申领', en: 'Applying for a Shanghai residence permit' };

let stack: NoticeStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startNoticeStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});
beforeEach(async () => {
  // axe is injected as a script tag, which the kiosk's CSP rightly refuses (see take-ticket.test.ts).
  context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});
afterEach(async () => {
  await context?.close();
});

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function openNotices(locale: Locale = 'zh-CN'): Promise<NoticesHomePage> {
  const home = await new HomePage(page).open(stack.host.kioskUrl);
  if (locale !== 'zh-CN') await home.chooseLanguage(locale);
  return HomeNotices.of(home).openNotices();
}

async function waitForNextJob(before: number) {
  const jobs = (await stack.runtime.virtualPrinter?.waitForJobs(before + 1, 10_000)) ?? [];
  const job = jobs.at(-1);
  expect(job).toBeDefined();
  return job as NonNullable<typeof job>;
}

describe('finding a procedure notice', () => {
  it('finds the residence permit by Chinese, full pinyin, initials and English, on both keyboards', async () => {
    const notices = await openNotices();
    await expectNoAxeViolations('notices home (zh-CN)');
    const searches: Array<{ query: string; how: 'screen' | 'physical' }> = [
      { query: '居住证', how: 'physical' },
      { query: 'juzhuzheng', how: 'screen' },
      { query: 'jzz', how: 'screen' },
      { query: 'residence permit', how: 'physical' },
    ];
    for (const { query, how } of searches) {
      await notices.key('clear').click();
      await expect.poll(() => notices.searchBox().inputValue()).toBe('');
      if (how === 'screen') await notices.tapText(query);
      else await notices.typeText(query);
      await expect.poll(() => notices.searchBox().inputValue()).toBe(query);
      await expect(notices.noticeButton(PERMIT.zh).waitFor(), `search "${query}"`).resolves.toBeUndefined();
    }
    // A query that matches nothing says so (the search does not simply list everything).
    await notices.key('clear').click();
    await notices.typeText('zzzqqq');
    await notices.noResultsMessage('zzzqqq').waitFor();
    expect(await notices.noticeButton(PERMIT.zh).count()).toBe(0);
  });

  it('browses an area, opens the notice and reads it as a step-by-step guide', async () => {
    const notices = await openNotices();
    await notices.chooseArea('residence');
    const notice = await notices.openNotice(PERMIT.zh);
    const titles = await notice.sectionTitles();
    for (const key of ['eligibility', 'materials', 'steps', 'timeLimit', 'fee', 'place', 'phones', 'legalBasis'])
      expect(titles, key).toContain(noticeText('zh-CN', `notices.section.${key}`));
    expect(titles.indexOf(noticeText('zh-CN', 'notices.section.eligibility'))).toBeLessThan(
      titles.indexOf(noticeText('zh-CN', 'notices.section.materials')),
    );
    await expect.poll(() => notice.section('materials').textContent()).toContain('本人居民身份证');
    expect(await notice.section('timeLimit').textContent()).toContain('15 个工作日');
    expect(await notice.section('fee').textContent()).toContain('免费');
    expect(await notice.section('place').textContent()).toContain('8–9 号窗口');
    await expectNoAxeViolations('notice (zh-CN)');
  });
});

describe('printing a notice', () => {
  it('prints the slip: title, materials checklist, time limit, window and the QR of the online page', async () => {
    const notices = await openNotices();
    await notices.typeText('居住证');
    const notice = await notices.openNotice(PERMIT.zh);
    const before = stack.runtime.virtualPrinter?.jobs.length ?? 0;
    await notice.printSlipButton().click();
    await notice.slipMessage().waitFor();
    const job = await waitForNextJob(before);
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
    const notices = await openNotices();
    await notices.chooseArea('residence');
    const notice = await notices.openNotice(PERMIT.zh);
    const preview = await notice.previewA4();
    await preview.pageImages().first().waitFor();
    const images = await preview.pageImages().count();
    expect(images).toBeGreaterThanOrEqual(1);
    // Each page is a drawn image, not a broken one.
    const widths = await preview
      .pageImages()
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(widths.every((w) => w > 500)).toBe(true);
    await expectNoAxeViolations('A4 preview (zh-CN)');

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
    const updatedAt = await stack.central('GET', `/v1/notices/${PERMIT.id}`);
    const updatedDay = String((updatedAt.body as { updatedAt: string }).updatedAt).slice(0, 10);
    expect(text).toContain(updatedDay);
    expect(await pdfQrCodes(file)).toEqual([`${stack.proxy.url}/n/${PERMIT.id}`]);
  });
});

describe('from a notice to the queue', () => {
  it('takes a number for the notice’s own service in one tap and prints its ticket', async () => {
    const notices = await openNotices();
    await notices.typeText('jzz');
    const notice = await notices.openNotice(PERMIT.zh);
    const before = stack.runtime.virtualPrinter?.jobs.length ?? 0;
    const question = await notice.takeNumber();
    const ticket = await question.answer(false);
    const number = await ticket.numberShown();
    // D is the residence-permit service's prefix in the fixture catalog.
    expect(number).toMatch(/^D\d{3}$/);
    const job = await waitForNextJob(before);
    expect(job.text).toContain(number);
    expect(job.text).toContain('来沪人员居住证');
  });
});

describe('the home screen', () => {
  it('shows the announcements current at the hall’s time, the most urgent first', async () => {
    const home = await new HomePage(page).open(stack.host.kioskUrl);
    const items = HomeNotices.of(home).announcementItems();
    await items.first().waitFor();
    const texts = (await items.allTextContents()).map(folded);
    // Tuesday 10:00: the maintenance notice (08:00–17:00, urgent) and the residence-permit reminder
    // (two days ago to sixty days on); not counter 3 (from 11:30) nor medical insurance (in 3 days).
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('因市级系统维护');
    expect(texts[1]).toContain('办理居住证请带好身份证原件');
    expect(texts.join(' ')).not.toContain('3 号窗口');
    expect(texts.join(' ')).not.toContain('城乡居民医保');
  });
});

describe('in English', () => {
  it('is clean for axe on the notices home, a notice and the A4 preview', async () => {
    const notices = await openNotices('en');
    await expectNoAxeViolations('notices home (en)');
    await notices.typeText('residence permit');
    const notice = await notices.openNotice(PERMIT.en);
    expect(await notice.sectionTitles()).toContain(noticeText('en', 'notices.section.materials'));
    await expectNoAxeViolations('notice (en)');
    const preview = await notice.previewA4();
    await preview.pageImages().first().waitFor();
    await expectNoAxeViolations('A4 preview (en)');
  });
});

describe('cache and sync', () => {
  it('drops a notice removed centrally, and shows the cache with its "as of" time when offline', async () => {
    const gone = { id: 'residence-registration', area: 'residence' };
    const current = await stack.central('GET', `/v1/notices/${gone.id}`);
    expect(current.status).toBe(200);
    const notice = current.body as { version: number; title: { 'zh-CN': string } };
    const title = notice.title['zh-CN'];

    // Before: browse and search both show it.
    let notices = await openNotices();
    await notices.chooseArea(gone.area);
    await notices.noticeButton(title).waitFor();

    const query = new URLSearchParams({
      baseVersion: String(notice.version),
      changeId: randomUUID(),
      editedBy: 'back-office',
      kioskId: 'back-office',
    });
    expect((await stack.central('DELETE', `/v1/notices/${gone.id}?${query}`)).status).toBe(204);
    await stack.runtime.sync.syncNow();

    notices = await openNotices();
    await notices.chooseArea(gone.area);
    await notices.noticeButton(PERMIT.zh).waitFor();
    expect(await notices.noticeButton(title).count()).toBe(0);
    await notices.typeText(title);
    await notices.noResultsMessage(title).waitFor();

    // The central API out of reach: the list is served from the cache, saying how fresh it is.
    await stack.proxy.setMode('refuse');
    try {
      await stack.runtime.sync.syncNow();
      notices = await openNotices();
      await notices.offlineNote().waitFor();
      await notices.chooseArea('residence');
      await notices.noticeButton(PERMIT.zh).waitFor();
      expect(await notices.noticeButton(title).count()).toBe(0);
      const opened = await notices.openNotice(PERMIT.zh);
      expect(await opened.section('materials').textContent()).toContain('本人居民身份证');
    } finally {
      await stack.proxy.setMode('pass');
    }
  });
});
