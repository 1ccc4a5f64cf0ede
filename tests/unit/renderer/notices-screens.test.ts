// A resident reading procedure notices: browse, search on the on-screen keyboard, read a notice
// in order, take a number for it, print the slip and the A4 — the built renderer in Chromium
// against the fake KioskApi.
import { describe, expect, it } from 'vitest';
import { HomeNotices, NoticePage, type NoticesHomePage } from '../../e2e/pages/notices-page';
import { fakeAnnouncement, rich } from '../../support/fake-notices';
import { type OpenKiosk, setUpKioskBrowser } from './kiosk-browser';

const { open } = setUpKioskBrowser();

async function openNotices(kiosk: OpenKiosk): Promise<NoticesHomePage> {
  return HomeNotices.of(kiosk.home).openNotices();
}

async function openResidencePermit(kiosk: OpenKiosk): Promise<NoticePage> {
  const notices = await openNotices(kiosk);
  await notices.chooseArea('residence');
  return notices.openNotice('居住证申领');
}

describe('browsing and reading a notice', () => {
  it('opens an area, then a notice whose sections read in the guide order', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    expect(await notices.areaButton('residence').textContent()).toContain('1 项');
    // Only areas that have notices are offered: no dead ends.
    expect(await notices.areaButton('family-planning').count()).toBe(0);
    await notices.chooseArea('community');
    expect(await notices.noticeButton('居住证申领').count()).toBe(0);
    await notices.allAreasButton().click();
    await notices.chooseArea('residence');

    const notice = await notices.openNotice('居住证申领');
    expect(await notice.sectionTitles()).toEqual([
      '谁可以办',
      '请带齐材料',
      '办理步骤',
      '办理时限',
      '收费',
      '办理地点和时间',
      '咨询和投诉电话',
      '常见问题',
      '设定依据',
      '更新日期',
    ]);
    const main = (await notice.main().textContent()) ?? '';
    expect(main).toContain('事项类型：公共服务');
    const materials = notice.section('materials');
    expect(await materials.getByRole('listitem').count()).toBe(6);
    expect(await materials.textContent()).toContain('原件和复印件 · 1 份');
    const steps = notice.section('steps').locator('ol.notice-steps > li');
    expect(await steps.count()).toBe(5);
    expect(await notice.section('timeLimit').textContent()).toContain('15 个工作日内办结');
    expect(await notice.section('fee').textContent()).toContain('免费');
    expect(await notice.section('place').textContent()).toContain('一楼 B 区 8–9 号窗口');
    expect(await notice.section('phones').textContent()).toContain('监督投诉电话：12345');
    // FAQ answers are all visible: nothing to expand.
    expect(
      await notice
        .section('faq')
        .getByText('在本自助机扫描收件回执上的条形码，或输入回执编号，即可查询。')
        .isVisible(),
    ).toBe(true);
    const basis = await notice.section('legalBasis').getByRole('listitem').allTextContents();
    expect(basis[0]).toContain('《居住证暂行条例》');
    expect(basis[1]).toContain('《上海市居住证管理办法》');
    expect(await notice.section('updated').textContent()).toContain('2026年11月18日');
    // Emphasis in the Markdown subset arrives as <strong>.
    expect(await notice.section('eligibility').locator('strong').textContent()).toBe('居住登记满半年');
    // A set: a development build's StrictMode runs each effect twice.
    expect(new Set(kiosk.harness.fake.notices.calls.get)).toEqual(new Set(['residence-permit']));

    // Back returns to the same area.
    const back = await notice.back();
    expect(await back.noticeButton('居住证申领').isVisible()).toBe(true);
    expect(kiosk.problems).toEqual([]);
  });

  it('names the forms a resident can print here, next to the material', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.chooseArea('community');
    const notice = await notices.openNotice('群众团队核准备案');
    expect(await notice.sectionTitles()).toContain('相关表格');
    const materials = (await notice.section('materials').textContent()) ?? '';
    expect(materials).toContain('这张表可以在本机打印：群众团队核准备案表');
    expect(materials).toContain('这张表可以在本机打印：群众团队花名册');
  });

  it('reads the notice in English when English is chosen', async () => {
    const kiosk = await open();
    await kiosk.home.chooseLanguage('en');
    const notices = await openNotices(kiosk);
    await notices.chooseArea('household');
    const notice = await notices.openNotice('Applying for, renewing or replacing a resident identity card');
    expect(await notice.sectionTitles()).toContain('What to bring');
    expect(await notice.section('fee').textContent()).toContain(
      'temporary card: 10 yuan (set by Resident Identity Card Law',
    );
    expect(await notice.section('timeLimit').textContent()).toContain('Within 15 working days');
    const back = await notice.back();
    await back.allAreasButton().click();
    await back.chooseArea('labour-social-security');
    const unemployment = await back.openNotice('Registering as unemployed');
    expect(await unemployment.section('timeLimit').textContent()).toContain('Same day');
  });

  it('keeps the actions on screen and pages through a long notice with buttons', async () => {
    const kiosk = await open({ viewport: { width: 1280, height: 800 } });
    const notice = await openResidencePermit(kiosk);
    for (const control of [notice.takeNumberButton(), notice.printSlipButton(), notice.backButton()]) {
      const box = await control.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    }
    const scrollTop = () => notice.body().evaluate((el) => el.scrollTop);
    expect(await scrollTop()).toBe(0);
    expect(await notice.pageUpButton().getAttribute('aria-disabled')).toBe('true');
    await notice.pageDownButton().click();
    await expect.poll(scrollTop).toBeGreaterThan(100);
    await notice.pageUpButton().click();
    await expect.poll(scrollTop).toBe(0);
  });

  it('says calmly when the notice was removed meanwhile, and goes back to the list', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.chooseArea('residence');
    kiosk.harness.fake.notices.notices = kiosk.harness.fake.notices.notices.filter(
      (n) => n.id !== 'residence-permit',
    );
    await notices.noticeButton('居住证申领').click();
    await notices.errorHeading().waitFor();
    const notice = new NoticePage(kiosk.page);
    expect(await notice.notFoundMessage().isVisible()).toBe(true);
    const list = await notice.backToList();
    expect(await list.areaButton('residence').count()).toBe(0);
  });
});

describe('idle rules', () => {
  it('gives a notice the longer reading time, and the notices home the menu time', async () => {
    // Menu: 26 s with a 20 s warning, so the warning shows after about 6 s; a notice: after 40 s.
    const kiosk = await open({
      configure: (fake) =>
        (fake.info.idleTimeoutsSeconds = { menu: 26, notice: 60, result: 26, warning: 20 }),
    });
    const notice = await openResidencePermit(kiosk);
    await kiosk.page.waitForTimeout(7_000);
    expect(await notice.idleDialog().count()).toBe(0);
    const notices = await notice.back();
    await notices.idleDialog().waitFor({ timeout: 10_000 });
  }, 45_000);
});

describe('searching', () => {
  it('finds the residence permit by pinyin initials typed on the on-screen keyboard', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.tapText('jzz');
    expect(await notices.searchBox().inputValue()).toBe('jzz');
    // "jz" alone finds it too: wait until the search for the whole query has been asked (debounced).
    await expect.poll(() => kiosk.harness.fake.notices.calls.search.at(-1)).toBe('jzz');
    await notices.resultsHeading(1).waitFor();
    expect(await notices.noticeButton('居住证申领').isVisible()).toBe(true);
    const notice = await notices.openNotice('居住证申领');
    // Back keeps the query and its results.
    const back = await notice.back();
    expect(await back.searchBox().inputValue()).toBe('jzz');
    await back.resultsHeading(1).waitFor();
  });

  it('searches as a physical keyboard types, and says kindly when nothing matches', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.typeText('xyz');
    await notices.noResultsMessage('xyz').waitFor();
    expect(await notices.noResultsMessage('xyz').textContent()).toContain('jzz');
    await notices.key('clear').click();
    expect(await notices.searchBox().inputValue()).toBe('');
    await notices.areaButton('residence').waitFor();
    // Keys typed while a key of the screen has focus still reach the box.
    await notices.key('q').focus();
    await kiosk.page.keyboard.type('qztd');
    expect(await notices.searchBox().inputValue()).toBe('qztd');
    await notices.noticeButton('群众团队核准备案').waitFor();
    await notices.key('backspace').click();
    expect(await notices.searchBox().inputValue()).toBe('qzt');
  });

  it('makes one search for keys that come faster than the debounce', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.areaButton('residence').waitFor();
    // Four keys in one task, as a scanner or a fast typist sends them: no time passes between them.
    await kiosk.page.evaluate(() => {
      for (const key of 'sydj')
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    await notices.noticeButton('失业登记').waitFor();
    expect(await notices.searchBox().inputValue()).toBe('sydj');
    expect(kiosk.harness.fake.notices.calls.search).toEqual(['sydj']);
  });

  it('searches English words', async () => {
    const kiosk = await open();
    await kiosk.home.chooseLanguage('en');
    const notices = await openNotices(kiosk);
    await notices.tapText('permit');
    await notices.resultsHeading(1).waitFor();
    expect(await notices.noticeButton('Applying for a residence permit').isVisible()).toBe(true);
  });

  it('never shows the answer to an older query over a newer one', async () => {
    const kiosk = await open({ configure: (fake) => (fake.notices.searchDelayMs = 300) });
    const notices = await openNotices(kiosk);
    await notices.tapText('jz');
    await kiosk.page.waitForTimeout(200);
    await notices.tapText('zzz');
    await notices.noResultsMessage('jzzzz').waitFor();
    await kiosk.page.waitForTimeout(400);
    expect(await notices.noticeButton('居住证申领').count()).toBe(0);
  });
});

describe('acting on a notice', () => {
  it('takes a number for the notice’s service in one tap (then the priority answer)', async () => {
    const kiosk = await open();
    const notice = await openResidencePermit(kiosk);
    const question = await notice.takeNumber();
    expect(await question.main().textContent()).toContain('居住证办理');
    const ticket = await question.answer(false);
    expect(await ticket.numberShown()).toBe('B001');
    expect(kiosk.harness.fake.issueCalls).toEqual([
      { serviceId: 'residence-permit', locale: 'zh-CN', priority: false },
    ]);
  });

  it('returns to the notice from the priority question', async () => {
    const kiosk = await open();
    const notice = await openResidencePermit(kiosk);
    const question = await notice.takeNumber();
    await question.backButton().click();
    await notice.waitUntilShown('居住证申领');
    expect(kiosk.harness.fake.issueCalls).toEqual([]);
  });

  it('prints the checklist slip, and says so plainly when the paper is out', async () => {
    const kiosk = await open();
    const notice = await openResidencePermit(kiosk);
    await notice.printSlipButton().click();
    await notice.slipMessage().waitFor();
    kiosk.harness.fake.notices.slipOutcome = { status: 'failed', reason: 'paper-out' };
    await notice.printSlipButton().click();
    await notice.slipMessage('paper-out').waitFor();
    expect(await notice.slipMessage('paper-out').textContent()).toContain('打印纸用完了');
    expect(kiosk.harness.fake.notices.calls.printSlip).toEqual([
      { id: 'residence-permit', locale: 'zh-CN' },
      { id: 'residence-permit', locale: 'zh-CN' },
    ]);
  });

  it('previews the A4 pages, prints them, and names each failure', async () => {
    const kiosk = await open();
    const notice = await openResidencePermit(kiosk);
    const preview = await notice.previewA4();
    await expect.poll(() => preview.pageImages().count()).toBe(2);
    const loaded = await preview
      .pageImages()
      .evaluateAll((images) => images.every((img) => (img as HTMLImageElement).naturalWidth > 0));
    expect(loaded).toBe(true);
    expect(await preview.pageImages().first().getAttribute('alt')).toBe('A4 第 1 页，共 2 页');
    await preview.printButton().click();
    await preview.outcomeMessage('printed').waitFor();
    for (const reason of ['no-printer', 'stopped', 'rejected', 'timeout', 'error'] as const) {
      kiosk.harness.fake.notices.a4Outcome = { status: 'failed', reason };
      await preview.printButton().click();
      await preview.outcomeMessage(reason).waitFor();
    }
    expect(await preview.outcomeMessage('no-printer').count()).toBe(0);
    kiosk.harness.fake.notices.a4Outcome = { status: 'failed', reason: 'no-printer' };
    await preview.printButton().click();
    expect(await preview.outcomeMessage('no-printer').textContent()).toBe(
      '本机未连接 A4 打印机，请到服务台领取。',
    );
    expect(kiosk.harness.fake.notices.calls.printA4).toHaveLength(7);
    const back = await preview.back();
    expect(await back.sectionTitles()).toContain('请带齐材料');
  });
});

describe('announcements, the cache and hostile content', () => {
  it('shows the current announcements on home, importance in words', async () => {
    const kiosk = await open({
      configure: (fake) => {
        fake.notices.announcements = [
          fakeAnnouncement(
            'window-3',
            'urgent',
            '3 号窗口今天下午暂停服务',
            'Counter 3 is closed this afternoon',
          ),
          fakeAnnouncement('bring-permit', 'normal', '办理社保请带居住证', 'Bring your residence permit'),
        ];
      },
    });
    let home = HomeNotices.of(kiosk.home);
    await home.announcements().waitFor();
    const items = await home.announcementItems().allTextContents();
    expect(items[0]).toContain('紧急');
    expect(items[0]).toContain('3 号窗口今天下午暂停服务');
    expect(items[1]).toBe('办理社保请带居住证');
    await kiosk.home.chooseLanguage('en');
    home = HomeNotices.of(kiosk.home);
    await home.announcements().getByText('Counter 3 is closed this afternoon').waitFor();
  });

  it('shows nothing on home when there is no announcement', async () => {
    const kiosk = await open();
    await kiosk.page.waitForTimeout(200);
    expect(kiosk.harness.fake.notices.calls.announcements).toBeGreaterThan(0);
    expect(await HomeNotices.of(kiosk.home).announcements().count()).toBe(0);
  });

  it('says "as of" in hall time when the notices come from the cache', async () => {
    const kiosk = await open({
      configure: (fake) => {
        fake.info.timeZone = 'Asia/Shanghai';
        fake.notices.freshness = { asOf: '2026-11-26T06:05:00.000Z', offline: true };
      },
    });
    const notices = await openNotices(kiosk);
    await notices.offlineNote('11月26日 14:05').waitFor();
    await notices.chooseArea('residence');
    const notice = await notices.openNotice('居住证申领');
    expect(await notice.main().textContent()).toContain('信息更新于 11月26日 14:05');
  });

  it('shows no "as of" note when the notices are fresh', async () => {
    const kiosk = await open();
    const notices = await openNotices(kiosk);
    await notices.areaButton('residence').waitFor();
    expect(await notices.offlineNote().count()).toBe(0);
  });

  it('renders hostile notice text as visible words, never as markup', async () => {
    const hostile =
      '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> [x](javascript:alert(1))';
    const kiosk = await open({
      configure: (fake) => {
        const first = fake.notices.notices[0];
        if (first) first.eligibility = rich(hostile, hostile);
      },
    });
    const notice = await openResidencePermit(kiosk);
    const eligibility = notice.section('eligibility');
    expect(await eligibility.textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await eligibility.textContent()).toContain('[x](javascript:alert(1))');
    expect(await kiosk.page.locator('main script, main img[src="x"], main a').count()).toBe(0);
    expect(await kiosk.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});
