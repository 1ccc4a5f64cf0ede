// A resident reads procedure notices, for real: Chromium taps by accessible name on the kiosk served
// by the browser-mode host; the notices come from the reference central API through the kiosk's
// sync and SQLite cache; the ticket goes over TCP to the virtual ESC/POS printer and is read back
// decoded. Printing notices (slip, A4, CUPS) is notices-print.test.ts.
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hallDay } from '../../electron/services/queue/hall-day';
import { axeViolations, launchChromium } from '../support/browser';
import { httpKioskClient } from '../support/kiosk-client';
import { type ContentStack, nextPrintedJob, PERMIT, startNoticeStack } from './content-stack';
import { type KioskTab, openKioskTab } from './kiosk-tabs';
import { HomePage } from './pages/home-page';
import { HomeNotices, noticeText } from './pages/notices-page';
import { folded } from './pdf-readback';

let stack: ContentStack;
let browser: Browser;
let tab: KioskTab;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startNoticeStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});
beforeEach(async () => {
  tab = await openKioskTab(browser, stack.host.kioskUrl);
});
afterEach(async (ctx) => {
  // NOTICES_E2E_SHOTS=1: a screenshot of the screen a test failed on, to see what the resident saw.
  if (process.env.NOTICES_E2E_SHOTS && ctx.task.result?.errors?.length)
    await tab.page.screenshot({ path: `/tmp/notices-fail-${ctx.task.id}.png` }).catch(() => {});
  await tab?.close();
});

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(tab.page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('finding a procedure notice', () => {
  it('finds the residence permit by Chinese, full pinyin, initials and English, on both keyboards', async () => {
    const notices = await tab.openNotices();
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
      await expect.poll(() => notices.noticeButton(PERMIT.zh).count()).toBe(0);
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
    const notices = await tab.openNotices();
    await notices.chooseArea('residence');
    const notice = await notices.openNotice(PERMIT.zh);
    const titles = await notice.sectionTitles();
    for (const key of [
      'eligibility',
      'materials',
      'steps',
      'timeLimit',
      'fee',
      'place',
      'phones',
      'legalBasis',
    ])
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

describe('from a notice to the queue', () => {
  it('takes a number for the notice’s own service in one tap and prints its ticket', async () => {
    const notices = await tab.openNotices();
    await notices.typeText('jzz');
    const notice = await notices.openNotice(PERMIT.zh);
    const before = stack.runtime.virtualPrinter?.jobs.length ?? 0;
    const question = await notice.takeNumber();
    const ticket = await question.answer(false);
    const number = await ticket.numberShown();
    // D is the residence-permit service's prefix in the fixture catalog.
    expect(number).toMatch(/^D\d{3}$/);
    const job = await nextPrintedJob(stack, before);
    expect(job.text).toContain(number);
    expect(job.text).toContain('来沪人员居住证');
  });
});

describe('the home screen', () => {
  it('shows the announcements current at the hall’s time, the most urgent first', async () => {
    const home = await new HomePage(tab.page).open(stack.host.kioskUrl);
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
    const notices = await tab.openNotices('en');
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
    let notices = await tab.openNotices();
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

    notices = await tab.openNotices();
    await notices.chooseArea(gone.area);
    await notices.noticeButton(PERMIT.zh).waitFor();
    expect(await notices.noticeButton(title).count()).toBe(0);
    await notices.typeText(title);
    await notices.noResultsMessage(title).waitFor();

    expect(await notices.offlineNote().count()).toBe(0);

    // The central API out of reach: the list is served from the cache, saying how fresh it is.
    await stack.proxy.setMode('refuse');
    try {
      await stack.runtime.sync.syncNow();
      // The kiosk says it serves its cache, as of the last sync that reached the central API
      // (the stack's clock: 4 March, 10:00 in the hall), and the screen shows that time.
      const listed = await httpKioskClient(stack.host.origin, stack.host.token).notices.list();
      expect(listed.offline).toBe(true);
      const asOf = new Date(listed.asOf ?? Number.NaN);
      const { date, time: hallTime } = hallDay(asOf, 'Asia/Shanghai');
      expect(date).toBe('2025-03-04');
      notices = await tab.openNotices();
      await notices.offlineNote().waitFor();
      expect(await notices.offlineNote().textContent()).toContain(hallTime);
      await notices.chooseArea('residence');
      await notices.noticeButton(PERMIT.zh).waitFor();
      expect(await notices.noticeButton(title).count()).toBe(0);
      const opened = await notices.openNotice(PERMIT.zh);
      expect(await opened.section('materials').textContent()).toContain('本人居民身份证');
    } finally {
      await stack.proxy.setMode('pass');
    }
  });

  it('shows a service the back office renamed after the next sync pass, prints it, and keeps it offline', async () => {
    const renamed = {
      'zh-CN': '老龄服务（敬老卡、高龄津贴）',
      en: 'Senior services (card and old-age allowance)',
    };
    const picker = await (await new HomePage(tab.page).open(stack.host.kioskUrl)).takeNumber();
    expect(await picker.serviceButtonName('老龄服务（敬老卡）')).not.toContain('高龄津贴');
    const services = (await stack.central('GET', '/v1/services')).body as {
      services: { id: string; version: number }[];
    };
    const baseVersion = services.services.find((s) => s.id === 'senior-services')?.version;
    const put = await stack.central('PUT', '/v1/services/senior-services', {
      baseVersion,
      editedBy: 'back-office',
      service: { name: renamed },
    });
    expect(put.status).toBe(200);

    // The test before this one took the central API away: passes until the breaker lets one through.
    await expect
      .poll(async () => (await stack.runtime.sync.syncNow()).online, { timeout: 15_000 })
      .toBe(true);
    const home = await picker.back();
    const again = await home.takeNumber();
    await again.serviceButton(renamed['zh-CN']).waitFor();
    const before = stack.runtime.virtualPrinter?.jobs.length ?? 0;
    const ticket = await again.choose(renamed['zh-CN']);
    expect(await ticket.numberShown()).toMatch(/^J\d{3}$/);
    const printed = (await nextPrintedJob(stack, before)).text;
    // The long name wraps on the 80 mm ticket: read it without the line breaks.
    expect(printed.replace(/\s+/g, '')).toContain(renamed['zh-CN']);
    expect(printed).toContain(renamed.en);

    await stack.proxy.setMode('refuse');
    try {
      await stack.runtime.sync.syncNow();
      const offline = await (await ticket.done()).takeNumber();
      await offline.offlineNote().waitFor();
      await offline.serviceButton(renamed['zh-CN']).waitFor();
    } finally {
      await stack.proxy.setMode('pass');
    }
  });
});
