// Staff mode's way in: the hidden corner answers a 3-second press only; the PIN pad says how many
// tries are left, then that sign-in is locked and until when; a session the main process ended is
// said in words and leads back to the entry.
import { describe, expect, it } from 'vitest';
import { text } from '../../e2e/pages/messages';
import { HOLD_MS } from '../../e2e/pages/staff-pages';
import { setUpStaffBrowser } from './staff-browser';

const { open } = setUpStaffBrowser();

describe('the hidden staff entry', () => {
  it('does nothing on a tap or a short press, and opens sign-in after a 3-second press', async () => {
    const { page, pages } = await open({ start: 'entry' });
    const entry = pages.entry.entry();
    await entry.waitFor();
    await entry.click();
    await pages.entry.pressAndHold(1500);
    await page.waitForTimeout(2000);
    await expect(
      page.getByRole('heading', { level: 1, name: pages.signIn.t('signIn.title') }).count(),
    ).resolves.toBe(0);
    await pages.entry.pressAndHold(HOLD_MS);
    await pages.signIn.waitUntilShown();
  });

  it('is a named button a keyboard user can hold down', async () => {
    const { page, pages } = await open({ start: 'entry' });
    await pages.entry.entry().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await expect(pages.signIn.heading().textContent()).resolves.not.toBe(pages.signIn.t('signIn.title'));
    await page.keyboard.down('Enter');
    await page.waitForTimeout(HOLD_MS);
    await page.keyboard.up('Enter');
    await pages.signIn.waitUntilShown();
  });
});

describe('signing in', () => {
  it('says how many tries are left after a wrong PIN, then signs in with the right one', async () => {
    const { harness, pages } = await open();
    await pages.signIn.waitUntilShown();
    await pages.signIn.signIn('王丽', '111111');
    await expect.poll(() => pages.signIn.problem().textContent()).toBe('PIN 不正确，还可尝试 4 次');
    await pages.signIn.signIn('王丽', '246810');
    await pages.home.waitUntilShown('王丽');
    expect(harness.fake.staff.logins).toEqual(['wang-li']);
    expect(Object.values(harness.fake.staff.sessions)).toEqual(['wang-li']);
  });

  it('shows the PIN as dots, never the digits', async () => {
    const { page, pages } = await open();
    await pages.signIn.waitUntilShown();
    await pages.signIn.typePin('2468');
    const shown = await page.locator('output').textContent();
    expect(shown).toContain('●●●●');
    expect(shown).not.toMatch(/2468/);
  });

  it('locks sign-in after five wrong PINs and says until when (hall time)', async () => {
    const { harness, pages } = await open();
    await pages.signIn.waitUntilShown();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await pages.signIn.signIn('张伟', '000000');
      await expect
        .poll(() => pages.signIn.problem().textContent())
        .toBe(`PIN 不正确，还可尝试 ${5 - attempt} 次`);
    }
    await pages.signIn.signIn('张伟', '000000');
    await expect.poll(() => pages.signIn.problem().textContent()).toMatch(/^已锁定/);
    const until = harness.fake.staff.lockedUntil;
    expect(until).not.toBeNull();
    const hhmm = new Intl.DateTimeFormat('zh-CN', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(until ?? 0));
    await expect.poll(() => pages.signIn.problem().textContent()).toBe(`已锁定，请于 ${hhmm} 后再试`);
    // The right PIN does not open a locked kiosk.
    await pages.signIn.signIn('张伟', '135790');
    await expect.poll(() => pages.signIn.problem().textContent()).toBe(`已锁定，请于 ${hhmm} 后再试`);
    expect(harness.fake.staff.logins).toEqual([]);
  });

  it('goes back to the home screen on cancel', async () => {
    const { page, pages } = await open();
    await pages.signIn.waitUntilShown();
    await pages.signIn.button('signIn.cancel').click();
    await page.getByRole('heading', { level: 1, name: text('zh-CN', 'home.title') }).waitFor();
    await expect(pages.entry.entry().isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { level: 1, name: pages.signIn.t('signIn.title') }).count(),
    ).resolves.toBe(0);
  });
});

describe('the end of a session', () => {
  it('says "signed out automatically" when the main process has ended the session', async () => {
    const { harness, pages } = await open();
    const home = await pages.signInAs('王丽', '246810');
    await home.open('audit');
    await pages.audit.table().waitFor();
    harness.fake.staff.sessions = {};
    await pages.audit.button('common.refresh').click();
    await pages.home.page.getByRole('heading', { level: 1, name: '已自动退出' }).waitFor();
    await pages.home.button('session.ok').click();
    await expect(pages.entry.entry().isVisible()).resolves.toBe(true);
  });

  it('warns before the idle end, keeps the session on "continue", then signs out', async () => {
    const { harness, page, pages } = await open({
      configure: (fake) => {
        fake.staff.idleSeconds = 4;
      },
    });
    await pages.signInAs('王丽', '246810');
    const warning = page.getByRole('region', { name: pages.home.t('session.warningTitle') });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(/\d 秒后自动退出/);
    const before = harness.rpcRequestCount();
    await warning.getByRole('button', { name: pages.home.t('session.continue') }).click();
    await expect.poll(() => harness.rpcRequestCount()).toBeGreaterThan(before);
    await page.getByRole('heading', { level: 1, name: '已自动退出' }).waitFor({ timeout: 8000 });
    expect(harness.fake.staff.logouts).toBeGreaterThanOrEqual(1);
  });
});
