// Every notice screen, in each language and in large text, checked with axe-core (WCAG 2.x A/AA/AAA
// and best practices) and against DESIGN.md's sizes; and the controls a resident needs stay in view.
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../electron/api';
import { HomeNotices, NoticePage } from '../../e2e/pages/notices-page';
import { fakeAnnouncement } from '../../support/fake-notices';
import type { FakeKiosk } from '../../support/renderer-harness';
import { setUpKioskBrowser } from './kiosk-browser';
import { checkScreen, expectInView, type Findings, KIOSK_VIEWPORTS } from './screen-checks';

const { open } = setUpKioskBrowser({ bypassCSP: true });

function withContent(fake: FakeKiosk): void {
  fake.notices.announcements = [
    fakeAnnouncement('window-3', 'urgent', '3 号窗口今天下午暂停服务', 'Counter 3 is closed this afternoon'),
    fakeAnnouncement('permits', 'important', '办理社保请带**居住证**', 'Bring your **residence permit**'),
    fakeAnnouncement('hours', 'normal', '周六上午照常办公', 'Open on Saturday morning as usual'),
  ];
  fake.notices.freshness = { asOf: new Date(Date.now() - 3_600_000).toISOString(), offline: true };
}

const TITLES: Record<Locale, { permit: string; team: string }> = {
  'zh-CN': { permit: '居住证申领', team: '群众团队核准备案' },
  en: { permit: 'Applying for a residence permit', team: 'Registering a community activity group' },
};

async function sweep(locale: Locale, largeText: boolean): Promise<Findings> {
  const findings: Findings = {};
  const kiosk = await open({ configure: withContent });
  const { page, harness } = kiosk;
  if (locale !== 'zh-CN') await kiosk.home.chooseLanguage(locale);
  if (largeText) await kiosk.home.largerTextButton().click();
  const home = HomeNotices.of(kiosk.home);
  await home.announcements().waitFor();
  await checkScreen(page, 'home with announcements', findings);

  const notices = await home.openNotices();
  await notices.areaButton('residence').waitFor();
  await notices.offlineNote().waitFor();
  await checkScreen(page, 'notices home, offline', findings);
  await notices.chooseArea('community');
  await checkScreen(page, 'area list', findings);
  await notices.allAreasButton().click();

  await notices.tapText('zzz');
  await notices.noResultsMessage('zzz').waitFor();
  await checkScreen(page, 'search, no results', findings);
  await notices.key('clear').click();
  await notices.tapText(locale === 'en' ? 'permit' : 'jzz');
  await notices.resultsHeading(1).waitFor();
  await checkScreen(page, 'search results', findings);

  const notice = await notices.openNotice(TITLES[locale].permit);
  await checkScreen(page, 'notice', findings);
  await notice.printSlipButton().click();
  await notice.slipMessage().waitFor();
  harness.fake.notices.slipOutcome = { status: 'failed', reason: 'paper-out' };
  await notice.printSlipButton().click();
  await notice.slipMessage('paper-out').waitFor();
  await checkScreen(page, 'notice, slip not printed', findings);

  const preview = await notice.previewA4();
  await preview.pageImages().first().waitFor();
  await checkScreen(page, 'A4 preview', findings);
  harness.fake.notices.a4Outcome = { status: 'failed', reason: 'no-printer' };
  await preview.printButton().click();
  await preview.outcomeMessage('no-printer').waitFor();
  await checkScreen(page, 'A4 not printed', findings);

  const back = await (await preview.back()).back();
  await back.noticeButton(TITLES[locale].permit).waitFor();
  harness.fake.notices.notices = harness.fake.notices.notices.filter(
    (n) => n.title[locale] !== TITLES[locale].permit,
  );
  await back.noticeButton(TITLES[locale].permit).click();
  await new NoticePage(page, locale).notFoundMessage().waitFor();
  await checkScreen(page, 'notice removed meanwhile', findings);
  return findings;
}

describe('accessibility of the notice screens', () => {
  for (const locale of LOCALES) {
    it(`has no findings in ${locale}`, async () => {
      expect(await sweep(locale, false)).toEqual({});
    }, 90_000);
  }

  it('has no findings in large text', async () => {
    expect(await sweep('zh-CN', true)).toEqual({});
  }, 90_000);
});

describe('layout of the notice screens', () => {
  for (const viewport of KIOSK_VIEWPORTS) {
    it(`keeps the keyboard, the results and the actions in view at ${viewport.width}×${viewport.height}`, async () => {
      const kiosk = await open({ viewport, configure: withContent });
      const home = HomeNotices.of(kiosk.home);
      await home.announcements().waitFor();
      await expectInView(home.noticesButton(), viewport);
      await expectInView(kiosk.home.takeNumberButton(), viewport);

      const notices = await home.openNotices();
      await notices.tapText('jzz');
      await notices.resultsHeading(1).waitFor();
      for (const control of [
        notices.key('1'),
        notices.key('m'),
        notices.key('clear'),
        notices.noticeButton(TITLES['zh-CN'].permit),
        notices.backButton(),
      ])
        await expectInView(control, viewport);

      const notice = await notices.openNotice(TITLES['zh-CN'].permit);
      for (const control of [
        notice.takeNumberButton(),
        notice.printSlipButton(),
        notice.previewA4Button(),
        notice.backButton(),
        notice.pageDownButton(),
      ])
        await expectInView(control, viewport);
      // The text keeps a useful share of the screen beside the actions.
      const body = await notice.body().boundingBox();
      expect(body?.height ?? 0).toBeGreaterThan(viewport.height * 0.25);
    });
  }
});
