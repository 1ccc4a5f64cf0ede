// Hall staff keep notices current from the kiosk itself, for real: Chromium holds the hidden
// corner and taps the PIN pad of a kiosk booted like `npm start`; edits go through the kiosk's
// outbox to the reference central API (its own process, behind a fault proxy), which the test
// reads back with its own token. Offline edits wait and then arrive; a conflict is shown with both
// versions; the audit log names who did what, on the kiosk and centrally; the device page tells
// the truth about printer, network, outbox, version and disk.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_VERSION } from '../../electron/boot';
import { launchChromium } from '../support/browser';
import {
  type ContentStack,
  contentOf,
  STAFF_KIOSK_ID,
  startStaffContentStack,
  type TestStaff,
} from './content-stack';
import { openWatchedPage, type WatchedPage } from './kiosk-tabs';
import { HomePage } from './pages/home-page';
import { HomeNotices, type NoticePage } from './pages/notices-page';
import { StaffPages } from './pages/staff-pages';

const WANG: TestStaff = { id: 'wang-li', name: '王丽', pin: '246810' };
const ZHANG: TestStaff = { id: 'zhang-wei', name: '张伟', pin: '135790' };
const NOTICE_ID = 'residence-permit';
const AREA = 'residence';

// Each story holds the hidden corner, signs in and drives real servers: on a loaded two-core CI
// machine one can take half a minute, which is a slow machine, not a fault.
vi.setConfig({ testTimeout: 90_000, expect: { poll: { timeout: 10_000 } } });

let stack: ContentStack;
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStaffContentStack({ staff: [WANG, ZHANG] }), launchChromium()]);
}, 60_000);
afterEach(async () => {
  await stack.proxy.setMode('pass');
  for (const watched of opened.splice(0)) {
    await watched.context.close();
    expect(watched.problems).toEqual([]);
  }
});
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

async function kioskPage(): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, stack.host.kioskUrl);
  opened.push(watched);
  await new HomePage(watched.page).waitUntilShown();
  return watched;
}

/** Holds the hidden corner for 3 s and signs in on the PIN pad. */
async function signedIn(staff: TestStaff): Promise<StaffPages> {
  const { page } = await kioskPage();
  const pages = new StaffPages(page);
  await pages.entry.pressAndHold();
  await pages.signInAs(staff.name, staff.pin);
  return pages;
}

async function openEditor(pages: StaffPages, title: string): Promise<void> {
  await pages.home.open('notices');
  try {
    await pages.editor.openFromList(title);
  } catch (error) {
    const shown = (await pages.page.locator('body').textContent()) ?? '';
    throw new Error(`${(error as Error).message}\n--- the screen showed:\n${shown.slice(0, 3000)}`);
  }
}

/** A resident, on a fresh page, opens the notice from its service area. */
async function residentOpens(title: string): Promise<NoticePage> {
  const { page } = await kioskPage();
  const notices = await HomeNotices.of(new HomePage(page)).openNotices();
  await notices.chooseArea(AREA);
  return notices.openNotice(title);
}

/** Runs sync passes until `done` holds (the breaker may need a probe first), at most ~15 s. */
async function syncUntil(done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await stack.runtime.sync.syncNow();
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('not synced within 15 s');
}

describe('staff sign-in', () => {
  it('opens on a 3-second press, says how many tries are left, then signs in', async () => {
    const { page } = await kioskPage();
    const pages = new StaffPages(page);
    // A resident's tap does nothing.
    await pages.entry.entry().click();
    await page.waitForTimeout(500);
    await expect(pages.signIn.heading().textContent()).resolves.not.toBe(pages.signIn.t('signIn.title'));

    await pages.entry.pressAndHold();
    await pages.signIn.waitUntilShown();
    await pages.signIn.signIn(WANG.name, '000000');
    await expect
      .poll(() => pages.signIn.problem().textContent())
      .toBe(pages.signIn.t('signIn.wrongPin', { count: 4 }));
    await pages.signIn.signIn(WANG.name, WANG.pin);
    await pages.home.waitUntilShown(WANG.name);
  });
});

describe('editing a notice', () => {
  it('saves through the central API (version + 1, by this staff member) and residents see it', async () => {
    const before = await stack.admin.getNotice(NOTICE_ID);
    const pages = await signedIn(WANG);
    await openEditor(pages, before.title['zh-CN']);
    const newTitle = '来沪人员居住证申领（经办人已更新）';
    await pages.editor.setText('field.title', 'zh-CN', newTitle);
    await pages.editor.save();
    await expect
      .poll(() => pages.editor.status().textContent())
      .toBe(pages.editor.t('editor.saved', { version: before.version + 1 }));

    const after = await stack.admin.getNotice(NOTICE_ID);
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedBy).toBe(WANG.id);
    expect(after.title['zh-CN']).toBe(newTitle);
    expect(after.title.en).toBe(before.title.en);

    const notice = await residentOpens(newTitle);
    await expect(notice.heading().textContent()).resolves.toBe(newTitle);
  });
});

describe('an edit made while the central API is unreachable', () => {
  it('is queued, shown to residents at once, and handed over when the network returns', async () => {
    const before = await stack.admin.getNotice(NOTICE_ID);
    const title = before.title['zh-CN'];
    const pages = await signedIn(WANG);
    await openEditor(pages, title);

    await stack.proxy.setMode('refuse');
    const offlineStep = '来沪后先办理居住登记（断网时修改）；满半年可申领居住证。';
    await pages.editor.itemTextbox('editor.stepItem', 1, 'zh-CN').fill(offlineStep);
    await pages.editor.save();
    await expect.poll(() => pages.editor.status().textContent()).toBe(pages.editor.t('editor.queued'));
    expect((await stack.admin.getNotice(NOTICE_ID)).version).toBe(before.version);

    // The device page says so: central unreachable, something waiting in the outbox. (One more
    // pass, as the sync loop would run it, so the breaker has seen enough failures to open.)
    await stack.runtime.sync.syncNow();
    await pages.editor.back();
    await pages.editor.back();
    await pages.home.waitUntilShown(WANG.name);
    await pages.home.open('device');
    await expect.poll(() => pages.device.fact('device.central')).toBe(pages.device.t('device.unreachable'));
    const waiting = Number(/^(\d+)/.exec(await pages.device.fact('device.outbox'))?.[1]);
    expect(waiting).toBeGreaterThanOrEqual(1);

    // Residents already read the change (the kiosk shows its pending change).
    const notice = await residentOpens(title);
    await expect.poll(() => notice.section('steps').textContent()).toContain(offlineStep);

    await stack.proxy.setMode('pass');
    await syncUntil(async () => (await stack.admin.getNotice(NOTICE_ID)).version === before.version + 1);
    const after = await stack.admin.getNotice(NOTICE_ID);
    expect(after.steps[0]?.['zh-CN']).toBe(offlineStep);
    expect(after.updatedBy).toBe(WANG.id);

    await pages.device.refresh();
    await expect.poll(() => pages.device.fact('device.central')).toBe(pages.device.t('device.reachable'));
    await expect
      .poll(() => pages.device.fact('device.outbox'))
      .toMatch(new RegExp(`^${pages.device.t('device.outboxCounts', { waiting: 0, refused: 0 })}`));
  });
});

describe('a conflict', () => {
  it('shows both versions to staff and, on "keep mine", puts mine on top of theirs', async () => {
    const start = await stack.admin.getNotice(NOTICE_ID);
    const pages = await signedIn(ZHANG);
    await openEditor(pages, start.title['zh-CN']);

    // Meanwhile the back office changes the same notice on the central API, and the kiosk syncs.
    const theirTitle = `${start.title.en} (revised by the back office)`;
    const put = await stack.admin.putNotice(
      { ...contentOf(start), title: { ...start.title, en: theirTitle } },
      { baseVersion: start.version, editedBy: 'back-office' },
    );
    expect(put.status).toBe(200);
    await syncUntil(async () => true);

    const myTitle = '来沪人员居住证申领（张伟修改）';
    await pages.editor.setText('field.title', 'zh-CN', myTitle);
    await pages.editor.save();
    await pages.conflicts.waitUntilShown();
    const conflict = pages.conflicts.conflict('notice', NOTICE_ID);
    await conflict.waitFor();
    const rows = await pages.conflicts.rows(conflict);
    const cells = rows.map((row) => row.join(' | '));
    // Both versions, side by side: my Chinese title against theirs, their English title against mine.
    expect(
      rows.some(([, mine, theirs]) => mine?.includes(myTitle) && theirs?.includes(start.title['zh-CN'])),
      cells.join('\n'),
    ).toBe(true);
    expect(
      rows.some(([, mine, theirs]) => mine?.includes(start.title.en) && theirs?.includes(theirTitle)),
      cells.join('\n'),
    ).toBe(true);
    // Nothing was overwritten while staff decide.
    expect((await stack.admin.getNotice(NOTICE_ID)).title.en).toBe(theirTitle);

    await pages.conflicts.keep(conflict, 'mine');
    await expect.poll(() => conflict.count()).toBe(0);
    const after = await stack.admin.getNotice(NOTICE_ID);
    expect(after.version).toBe(start.version + 2);
    expect(after.title['zh-CN']).toBe(myTitle);
    expect(after.updatedBy).toBe(ZHANG.id);
  });
});

describe('the audit log', () => {
  it('lists sign-ins and edits with the staff name on the kiosk, and centrally after a sync', async () => {
    const pages = await signedIn(WANG);
    await pages.home.open('audit');
    await pages.audit.table().waitFor();
    const rows = await pages.audit.rows();
    const has = (who: string, actionKey: string, target?: string) =>
      rows.some(
        ([, name, action, item]) =>
          name === who &&
          action === pages.audit.t(`audit.actions.${actionKey}`) &&
          (!target || item === target),
      );
    const table = rows.map((r) => r.join(' | ')).join('\n');
    expect(has(WANG.name, 'login'), table).toBe(true);
    expect(has(WANG.name, 'login-failed'), table).toBe(true);
    expect(has(WANG.name, 'notice-saved', NOTICE_ID), table).toBe(true);
    expect(has(ZHANG.name, 'conflict-detected', NOTICE_ID), table).toBe(true);
    expect(has(ZHANG.name, 'conflict-resolved', NOTICE_ID), table).toBe(true);

    await syncUntil(async () => true);
    const central = await stack.admin.audit(500);
    const changes = central.filter((e) => e.action === 'notice.update' && e.target === `notice:${NOTICE_ID}`);
    expect(changes.map((e) => e.staffId)).toEqual(expect.arrayContaining([WANG.id, ZHANG.id, 'back-office']));
    expect(changes.filter((e) => e.kioskId === STAFF_KIOSK_ID).length).toBeGreaterThanOrEqual(3);
    const posted = central.filter((e) => e.kioskId === STAFF_KIOSK_ID && !String(e.id).startsWith('change:'));
    expect(posted.some((e) => e.action === 'login' && e.staffId === WANG.id)).toBe(true);
    expect(posted.some((e) => e.action === 'notice-saved' && e.staffId === WANG.id)).toBe(true);
    expect(posted.some((e) => e.action === 'conflict-resolved' && e.staffId === ZHANG.id)).toBe(true);
  });
});

describe('the device page', () => {
  it('shows printer status, central reachability, outbox depth, app version and disk', async () => {
    const pages = await signedIn(WANG);
    await pages.home.open('device');
    const { device } = pages;
    await expect
      .poll(() => device.fact('device.ticketPrinter'))
      .toMatch(new RegExp(`^${device.t('device.printer.ok')}`));
    await expect.poll(() => device.fact('device.central')).toBe(device.t('device.reachable'));
    const outbox = await device.fact('device.outbox');
    const depth = Number(/^(\d+)/.exec(outbox)?.[1]);
    expect(outbox).toBe(device.t('device.outboxCounts', { waiting: depth, refused: 0 }));
    await expect(device.fact('device.appVersion')).resolves.toBe(APP_VERSION);
    await expect(device.fact('device.kioskId')).resolves.toBe(STAFF_KIOSK_ID);
    await expect(device.fact('device.disk')).resolves.toMatch(/^可用 \d+(\.\d+)? GB，共 \d+(\.\d+)? GB$/);
    await expect(device.fact('device.a4Printer')).resolves.toBe(
      `virtual：${device.t('device.a4States.virtual')}`,
    );
    await expect(device.fact('device.lastSync')).resolves.not.toBe(device.t('device.never'));
  });
});

// Last: the lock holds for the configured minute and would stop every later sign-in.
describe('lockout', () => {
  it('locks sign-in after five wrong PINs and refuses even the right PIN while locked', async () => {
    const { page } = await kioskPage();
    const pages = new StaffPages(page);
    await pages.entry.pressAndHold();
    await pages.signIn.waitUntilShown();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pages.signIn.signIn(ZHANG.name, '000000');
      await expect
        .poll(() => pages.signIn.problem().textContent())
        .toBe(pages.signIn.t('signIn.wrongPin', { count: 5 - attempt }));
    }
    await pages.signIn.signIn(ZHANG.name, '000000');
    const locked = /^已锁定，请于 \d{2}:\d{2} 后再试$/;
    await expect.poll(() => pages.signIn.problem().textContent()).toMatch(locked);
    const message = await pages.signIn.problem().textContent();

    await pages.signIn.signIn(ZHANG.name, ZHANG.pin);
    await page.waitForTimeout(500);
    await expect.poll(() => pages.signIn.problem().textContent()).toBe(message);
    await expect(pages.home.heading().textContent()).resolves.not.toBe(
      pages.home.t('home.title', { name: ZHANG.name }),
    );
    // The lock is recorded and handed over like every staff event.
    await syncUntil(async () =>
      (await stack.admin.audit(100)).some((e) => e.kioskId === STAFF_KIOSK_ID && e.action === 'locked-out'),
    );
  });
});
