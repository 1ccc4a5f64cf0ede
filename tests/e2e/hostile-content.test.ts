// Notice text is untrusted wherever it comes from. The hostile corpus (tests/support/hostile-content.ts)
// goes through both ways content enters the kiosk, for real: PUT on the central API then synced,
// and typed into the staff editor. Inert cases show their markup as visible words and run nothing
// (no dialog, no console error, no element of theirs, the pwned flag never set); refused cases
// are stopped with their reason by whichever layer refuses them, and residents keep the last good text.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../electron/notice-model';
import { launchChromium } from '../support/browser';
import { HOSTILE_CASES, type HostileCase, PWNED_FLAG } from '../support/hostile-content';
import { type ContentStack, contentOf, startStaffContentStack, type TestStaff } from './content-stack';
import { openWatchedPage, type WatchedPage } from './kiosk-tabs';
import { HomePage } from './pages/home-page';
import { HomeNotices, type NoticePage } from './pages/notices-page';
import { StaffPages } from './pages/staff-pages';

const WANG: TestStaff = { id: 'wang-li', name: '王丽', pin: '246810' };
/** The notice the central path writes to, and the one the editor path writes to. */
const CENTRAL_TARGET = { id: 'birth-registration', area: 'family-planning', title: '生育登记' };
const EDITOR_TARGET = { id: 'resident-id-card', area: 'household', title: '居民身份证申领、换领、补领' };
/** Elements no notice text may ever become. */
const FORBIDDEN = 'script, img, iframe, svg, style, object, embed, a[href], [onerror], [onload]';
/** What each refused case is refused for, in the staff editor's words. */
const EDITOR_REFUSAL: Record<string, RegExp> = {
  'huge string': /^不能超过 4000 个字。$/,
  'deeply nested list': /^列表嵌套不能超过 \d+ 层。$/,
  'thousands of list markers': /不能超过 4000 个字。|列表嵌套不能超过 \d+ 层。/,
};

const inertCases = HOSTILE_CASES.filter((c) => c.outcome === 'inert');
const refusedCases = HOSTILE_CASES.filter((c) => c.outcome === 'refused');

// Each story holds the hidden corner, signs in and drives real servers: on a loaded two-core CI
// machine one can take half a minute, which is a slow machine, not a fault.
vi.setConfig({ testTimeout: 90_000, expect: { poll: { timeout: 10_000 } } });

let stack: ContentStack;
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStaffContentStack({ staff: [WANG] }), launchChromium()]);
}, 60_000);
afterAll(async () => {
  for (const watched of opened.splice(0)) await watched.context.close();
  await browser?.close();
  await stack?.close();
});

async function watchedKioskPage(): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, stack.host.kioskUrl);
  opened.push(watched);
  await new HomePage(watched.page).waitUntilShown();
  return watched;
}

async function closeWatched(watched: WatchedPage): Promise<string[]> {
  opened.splice(opened.indexOf(watched), 1);
  await watched.context.close();
  return watched.problems;
}

async function residentOpens(page: Page, target: typeof CENTRAL_TARGET): Promise<NoticePage> {
  const notices = await HomeNotices.of(new HomePage(page)).openNotices();
  await notices.chooseArea(target.area);
  return notices.openNotice(target.title);
}

/** The text as Chromium renders it (CSS applied): what a resident actually reads. */
const shownText = (where: Locator) =>
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text is the point here
  where.innerText();

/** Nothing ran: the flag is unset, and no element of the payload exists inside `where`. */
async function expectNothingRan(page: Page, where: Locator): Promise<void> {
  // Give a payload that would fire on load or error its moment.
  await page.waitForTimeout(300);
  expect(
    await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED_FLAG),
  ).toBe(undefined);
  const found = await where
    .locator(FORBIDDEN)
    .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 80)));
  expect(found).toEqual([]);
  await expect(where.isVisible()).resolves.toBe(true);
}

async function expectShownAsText(page: Page, where: Locator, c: HostileCase): Promise<void> {
  await expect.poll(() => shownText(where)).toContain(c.marker);
  await expectNothingRan(page, where);
}

describe('hostile text from the central API, synced to the kiosk', () => {
  afterEach(async () => {
    for (const watched of [...opened]) expect(await closeWatched(watched)).toEqual([]);
  });

  it.each(inertCases)('$name: shown as text, nothing runs', async (c) => {
    const before = await stack.admin.getNotice(CENTRAL_TARGET.id);
    const content = contentOf(before);
    const put = await stack.admin.putNotice(
      {
        ...content,
        eligibility: { ...content.eligibility, 'zh-CN': c.markdown },
        steps: [
          { ...(content.steps[0] as Notice['steps'][0]), 'zh-CN': c.markdown },
          ...content.steps.slice(1),
        ],
      },
      { baseVersion: before.version, editedBy: 'back-office' },
    );
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    await stack.runtime.sync.syncNow();

    const { page } = await watchedKioskPage();
    const notice = await residentOpens(page, CENTRAL_TARGET);
    await expectShownAsText(page, notice.section('eligibility'), c);
    await expectShownAsText(page, notice.section('steps'), c);
    await expectNothingRan(page, notice.body());
  });

  it.each(refusedCases)('$name: refused with its reason; residents keep the last good text', async (c) => {
    const { page } = await watchedKioskPage();
    const shownBefore = await shownText((await residentOpens(page, CENTRAL_TARGET)).section('eligibility'));
    const before = await stack.admin.getNotice(CENTRAL_TARGET.id);
    const content = contentOf(before);
    const put = await stack.admin.putNotice(
      { ...content, eligibility: { ...content.eligibility, 'zh-CN': c.markdown } },
      { baseVersion: before.version, editedBy: 'back-office' },
    );
    // The central API refuses it at the source, and says why: too long a field, too big a request,
    // or Markdown nested deeper than any kiosk shows (the kiosk's own refusal at sync, for a central
    // system that lets such text through, is in tests/unit/notices/content-sync.test.ts).
    const why = JSON.stringify(put.body);
    if (put.status === 413) expect(why).toMatch(/too large/i);
    else {
      expect(put.status).toBe(400);
      expect(why).toMatch(
        c.markdown.length > 4000
          ? /eligibility[\s\S]*at most 4000 characters/
          : /body\.content\.eligibility\.zh-CN: Markdown nested too deep/,
      );
    }
    expect((await stack.admin.getNotice(CENTRAL_TARGET.id)).version).toBe(before.version);
    // A fresh page, so that the text is read again from the kiosk.
    const fresh = await watchedKioskPage();
    const again = await residentOpens(fresh.page, CENTRAL_TARGET);
    await expect.poll(() => shownText(again.section('eligibility'))).toBe(shownBefore);
    await expectNothingRan(fresh.page, again.body());
  });
});

describe('hostile text typed into the staff editor', () => {
  let watched: WatchedPage;
  let pages: StaffPages;

  beforeAll(async () => {
    watched = await watchedKioskPage();
    pages = new StaffPages(watched.page);
    await pages.entry.pressAndHold();
    await pages.signInAs(WANG.name, WANG.pin);
    await pages.home.open('notices');
    await pages.editor.openFromList(EDITOR_TARGET.title);
  }, 30_000);
  afterAll(async () => {
    if (watched) expect(await closeWatched(watched)).toEqual([]);
  });

  const field = () => pages.editor.textbox('field.eligibility', 'zh-CN');
  const preview = () => pages.editor.preview('field.eligibility', 'zh-CN');
  /** The field's accessible description: the hint, then its issues in words. */
  const fieldIssues = () =>
    field().evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .slice(1)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );

  it.each(inertCases)('$name: the live preview shows it as text, nothing runs', async (c) => {
    await field().fill(c.markdown);
    await expectShownAsText(watched.page, preview(), c);
    await expect(fieldIssues()).resolves.toBe('');
  });

  it.each(refusedCases)('$name: the field says why, and saving saves nothing', async (c) => {
    const before = await stack.admin.getNotice(EDITOR_TARGET.id);
    const seen = watched.problems.length;
    await field().fill(c.markdown);
    await expect.poll(fieldIssues).toMatch(EDITOR_REFUSAL[c.name] as RegExp);
    await expectNothingRan(watched.page, preview());

    await pages.editor.save();
    await expect.poll(() => pages.editor.status().textContent()).toMatch(/^有 \d+ 处需要修改，未保存。$/);
    const why = EDITOR_REFUSAL[c.name] as RegExp;
    await expect(pages.editor.summary().textContent()).resolves.toMatch(
      new RegExp(why.source.replace(/^\^|\$$/g, '')),
    );
    // Nothing went to the outbox: a sync pass brings the central API nothing.
    await stack.runtime.sync.syncNow();
    expect((await stack.admin.getNotice(EDITOR_TARGET.id)).version).toBe(before.version);
    // staff.preview takes at most 20,000 characters (the contract): past that its request is refused
    // (400) and the field's own issue, from validation, is what staff read. Only that is forgiven.
    const during = watched.problems.splice(seen);
    const unexpected = during.filter(
      (p) => !(c.markdown.length > 20_000 && /status of 400 \(Bad Request\)/.test(p)),
    );
    expect(unexpected).toEqual([]);
  });

  it('saves an inert case, and residents read it as text', async () => {
    const c = inertCases[0] as HostileCase;
    const before = await stack.admin.getNotice(EDITOR_TARGET.id);
    await field().fill(c.markdown);
    await expectShownAsText(watched.page, preview(), c);
    await pages.editor.save();
    await expect.poll(() => pages.editor.status().textContent()).not.toBe('');
    // On failure, the kiosk's warnings say why the change did not reach the central API.
    const warnings = JSON.stringify(stack.kioskLog().filter((line) => Number(line.level) >= 40)).slice(
      0,
      4000,
    );
    await expect(pages.editor.status().textContent(), warnings).resolves.toBe(
      pages.editor.t('editor.saved', { version: before.version + 1 }),
    );
    expect((await stack.admin.getNotice(EDITOR_TARGET.id)).eligibility['zh-CN']).toBe(c.markdown);

    const resident = await watchedKioskPage();
    const notice = await residentOpens(resident.page, EDITOR_TARGET);
    await expectShownAsText(resident.page, notice.section('eligibility'), c);
    expect(await closeWatched(resident)).toEqual([]);
  });
});
