// Page models of the resident's notice screens: the notices home (areas, search, on-screen
// keyboard), one notice, and the A4 preview. Controls are found by the names residents see.
import type { Locator } from 'playwright-core';
import type { Locale } from '../../../electron/api';
import noticesEn from '../../../renderer/src/notices/messages/en.json';
import noticesZhCN from '../../../renderer/src/notices/messages/zh-CN.json';
import { HomePage } from './home-page';
import { KioskPage } from './kiosk-page';
import { escapeRegExp, text } from './messages';
import { PriorityQuestionPage } from './priority-question-page';
import { ServicePickerPage } from './service-picker-page';

const NOTICE_MESSAGES: Record<Locale, unknown> = { 'zh-CN': noticesZhCN, en: noticesEn };

/** A message of the kiosk: "notices.…" from the flow's own files, the rest from the base files. */
export function noticeText(
  locale: Locale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  if (!key.startsWith('notices.')) return text(locale, key, values);
  let node: unknown = NOTICE_MESSAGES[locale];
  for (const part of key.slice('notices.'.length).split('.'))
    node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

class NoticesKioskPage extends KioskPage {
  protected override t(key: string, values?: Record<string, string | number>): string {
    return noticeText(this.locale, key, values);
  }

  protected button(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(key, values), exact: true });
  }
}

/** The home screen's parts that belong to notices: the button and the announcements. */
export class HomeNotices extends NoticesKioskPage {
  static of(home: HomePage): HomeNotices {
    return new HomeNotices(home.page, home.locale);
  }

  noticesButton(): Locator {
    return this.button('notices.homeButton');
  }

  async openNotices(): Promise<NoticesHomePage> {
    await this.noticesButton().click();
    const notices = new NoticesHomePage(this.page, this.locale);
    await notices.waitUntilShown();
    return notices;
  }

  /** The announcements region (absent when there are none). */
  announcements(): Locator {
    return this.page.getByRole('region', { name: this.t('notices.announcements') });
  }

  announcementItems(): Locator {
    return this.announcements().getByRole('listitem');
  }
}

export class NoticesHomePage extends NoticesKioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('notices.title') }).waitFor();
  }

  /** An area's button; its name starts with the area's label, then how many notices. */
  areaButton(area: string): Locator {
    const label = this.t(`notices.area.${area}`);
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}`) });
  }

  async chooseArea(area: string): Promise<void> {
    await this.areaButton(area).click();
    await this.page.getByRole('heading', { level: 2, name: this.t(`notices.area.${area}`) }).waitFor();
  }

  allAreasButton(): Locator {
    return this.button('notices.allAreas');
  }

  /** A notice in a list (area or results); its name starts with the notice's title. */
  noticeButton(title: string): Locator {
    return this.main().getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  async openNotice(title: string): Promise<NoticePage> {
    await this.noticeButton(title).click();
    const notice = new NoticePage(this.page, this.locale);
    await notice.waitUntilShown(title);
    return notice;
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('notices.searchLabel') });
  }

  keyboard(): Locator {
    return this.page.getByRole('group', { name: this.t('notices.keyboardLabel') });
  }

  /** A key of the on-screen keyboard: a letter or digit, or space, backspace, clear. */
  key(key: string): Locator {
    const named: Record<string, string> = {
      ' ': 'notices.keyboard.space',
      space: 'notices.keyboard.space',
      backspace: 'notices.keyboard.backspace',
      clear: 'notices.keyboard.clear',
    };
    const name = named[key] ? this.t(named[key]) : key;
    return this.keyboard().getByRole('button', { name, exact: true });
  }

  /** Types on the on-screen keyboard, one tap per character. */
  async tapText(typed: string): Promise<void> {
    for (const character of typed) await this.key(character).click();
  }

  /** Types on a physical keyboard into the search box. */
  async typeText(typed: string): Promise<void> {
    await this.searchBox().focus();
    await this.page.keyboard.type(typed);
  }

  resultsHeading(count: number): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.t('notices.results', { count }) });
  }

  noResultsMessage(query: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.t('notices.noResults', { query }) });
  }

  /** The "as of" note shown when the notices come from the kiosk's cache. */
  offlineNote(time?: string): Locator {
    if (time) return this.main().getByText(this.t('notices.offlineAsOf', { time }), { exact: true });
    const prefix = this.t('notices.offlineAsOf').split('{{time}}')[0] ?? '';
    return this.main().getByText(new RegExp(`^${escapeRegExp(prefix)}`));
  }

  backButton(): Locator {
    return this.button('common.back');
  }

  async back(): Promise<HomePage> {
    await this.backButton().click();
    const home = new HomePage(this.page, this.locale);
    await home.waitUntilShown();
    return home;
  }
}

export class NoticePage extends NoticesKioskPage {
  async waitUntilShown(title?: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, ...(title ? { name: title } : {}) }).waitFor();
    await this.body().waitFor();
  }

  /** The scrolling region that holds the notice's sections. */
  body(): Locator {
    return this.page.getByRole('region', { name: this.t('notices.section.content') });
  }

  /** The section headings, in the order they are read. */
  async sectionTitles(): Promise<string[]> {
    return (await this.body().getByRole('heading', { level: 2 }).allTextContents()).map((s) => s.trim());
  }

  /** A section by its key (eligibility, materials, steps, timeLimit, fee, place, phones, faq, …). */
  section(key: string): Locator {
    return this.body().getByRole('region', { name: this.t(`notices.section.${key}`) });
  }

  takeNumberButton(): Locator {
    return this.button('notices.takeNumber');
  }

  /** One tap: the priority question for this notice's service (when it is open now). */
  async takeNumber(): Promise<PriorityQuestionPage> {
    await this.takeNumberButton().click();
    const question = new PriorityQuestionPage(this.page, this.locale);
    await question.waitUntilShown();
    return question;
  }

  /** When the service is not taking numbers now, the list of services shows instead. */
  async takeNumberExpectingList(): Promise<ServicePickerPage> {
    await this.takeNumberButton().click();
    const picker = new ServicePickerPage(this.page, this.locale);
    await picker.waitUntilShown();
    return picker;
  }

  printSlipButton(): Locator {
    return this.button('notices.printSlip');
  }

  /** The line saying what came of the slip: printed, or failed with a print.reason.* reason. */
  slipMessage(reason?: string): Locator {
    const message = reason
      ? this.t('notices.slip.failed', { reason: this.t(`print.reason.${reason}`) })
      : this.t('notices.slip.printed');
    return this.main().getByText(message, { exact: true });
  }

  previewA4Button(): Locator {
    return this.button('notices.previewA4');
  }

  async previewA4(): Promise<A4PreviewPage> {
    await this.previewA4Button().click();
    const preview = new A4PreviewPage(this.page, this.locale);
    await preview.waitUntilShown();
    return preview;
  }

  pageDownButton(): Locator {
    return this.button('notices.pageDown');
  }

  pageUpButton(): Locator {
    return this.button('notices.pageUp');
  }

  backButton(): Locator {
    return this.button('common.back');
  }

  async back(): Promise<NoticesHomePage> {
    await this.backButton().click();
    const home = new NoticesHomePage(this.page, this.locale);
    await home.waitUntilShown();
    return home;
  }

  /** The calm message when the notice was removed meanwhile. */
  notFoundMessage(): Locator {
    return this.main().getByText(this.t('notices.notFound'), { exact: true });
  }

  async backToList(): Promise<NoticesHomePage> {
    await this.button('notices.backToList').click();
    const home = new NoticesHomePage(this.page, this.locale);
    await home.waitUntilShown();
    return home;
  }
}

export class A4PreviewPage extends NoticesKioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('notices.a4.title') }).waitFor();
  }

  /** The page images, once the preview is ready. */
  pageImages(): Locator {
    return this.page.getByRole('region', { name: this.t('notices.a4.pagesRegion') }).getByRole('img');
  }

  printButton(): Locator {
    return this.button('notices.a4.print');
  }

  /** What came of "print": 'printed' or an A4PrintOutcome failure reason. */
  outcomeMessage(outcome: string): Locator {
    const key = outcome === 'printed' ? 'notices.a4.printed' : `notices.a4.failed.${outcome}`;
    return this.main().getByText(this.t(key), { exact: true });
  }

  backButton(): Locator {
    return this.button('common.back');
  }

  async back(): Promise<NoticePage> {
    await this.backButton().click();
    const notice = new NoticePage(this.page, this.locale);
    await notice.waitUntilShown();
    return notice;
  }
}
