// The notice editor stays open while its queued change is delivered: it stops saying "waiting"
// and shows the version the kiosk has now, says when the change met another one, keeps sending
// the version it loaded (the service builds it onto our own delivered change), and never re-reads
// on a timer (each staff call keeps the session alive).
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Notice } from '../../../electron/notice-model';
import { fakeConflict } from '../../support/fake-staff';
import { type OpenStaff, setUpStaffBrowser } from './staff-browser';

const { open } = setUpStaffBrowser();

const PENDING = '本机有尚未上传的修改，网络恢复后自动上传。';
/** A re-read comes 0.8 s after the last edit: wait past it, with room for a loaded machine. */
const RECHECK = { timeout: 8_000 };
const ID = 'residence-permit';

/**
 * 王丽 saves an edit of 居住证申领 (v3) while the central API is away: queued. With `holdRereads`,
 * the editor's re-reads after the save wait until `release()` (so a test can deliver first).
 */
async function savedWhileOffline(
  holdRereads = false,
): Promise<{ staff: OpenStaff; reads: () => number; release: () => void }> {
  const staff = await open({
    configure: (fake) => {
      fake.staff.saveMode = 'queued';
    },
  });
  let gets = 0;
  // Counted when answered, not when sent: a test that changes the fake after "2 reads" must not
  // change the answer to the second one (a CI race).
  staff.page.on('requestfinished', (r: Request) => {
    if (/\/staff\/notices\/get\b/.test(r.url())) gets += 1;
  });
  const home = await staff.pages.signInAs('王丽', '246810');
  await home.open('notices');
  await staff.pages.editor.openFromList('居住证申领');
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (!holdRereads) release();
  await staff.page.route(/\/staff\/notices\/get\b/, async (route) => {
    await gate;
    await route.continue();
  });
  await staff.pages.editor.setText('field.windows', 'zh-CN', '一楼 B 区 6 号窗口');
  await staff.pages.editor.save();
  await expect.poll(() => staff.pages.editor.status().textContent()).toBe('已保存在本机，网络恢复后自动上传');
  await staff.page.getByText(PENDING).waitFor();
  expect(staff.harness.fake.staff.pending).toEqual([ID]);
  return { staff, reads: () => gets, release };
}

it('delivered right after the save: says saved with the version, no longer waiting', async () => {
  const { staff, release } = await savedWhileOffline(true);
  // The outbox delivers it before the editor looks again (the fake already holds it as v4).
  staff.harness.fake.staff.pending = [];
  release();
  await expect.poll(() => staff.pages.editor.status().textContent(), RECHECK).toBe('已保存（版本 4）');
  await expect.poll(() => staff.page.getByText(PENDING).count(), RECHECK).toBe(0);
  await expect(staff.page.getByText('当前版本：4').count()).resolves.toBe(1);
});

it('delivered later: noticed at the next edit, never on a timer; the next save keeps its base', async () => {
  const { staff, reads } = await savedWhileOffline();
  const fake = staff.harness.fake.staff;
  // One look after the save (still waiting), then none while staff do nothing.
  await expect.poll(() => reads(), RECHECK).toBe(2);
  fake.pending = [];
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(reads()).toBe(2);
  await expect(staff.page.getByText(PENDING).count()).resolves.toBe(1);

  // Staff go on editing: the editor looks again and tells the truth.
  await staff.pages.editor.setText('field.windows', 'zh-CN', '一楼 B 区 7 号窗口');
  await expect.poll(() => staff.page.getByText(PENDING).count(), RECHECK).toBe(0);
  await expect(staff.page.getByText('当前版本：4').count()).resolves.toBe(1);
  expect(reads()).toBe(3);

  fake.saveMode = 'saved';
  await staff.pages.editor.save();
  await expect.poll(() => staff.pages.editor.status().textContent()).toBe('已保存（版本 5）');
  // Sent on the version it loaded: the service puts it on top of our own delivered v4.
  expect(fake.saves.map((s) => s.baseVersion)).toEqual([3, 3]);
  await expect(staff.page.getByText('当前版本：5').count()).resolves.toBe(1);
});

it('the waiting change met another one: the editor says so and leads to the conflicts', async () => {
  const { staff } = await savedWhileOffline();
  const fake = staff.harness.fake.staff;
  const theirs = fake.notices.find((n) => n.id === ID) as Notice;
  fake.pending = [];
  fakeConflict(fake, { ...theirs, version: 3 }, { ...theirs, version: 4, updatedBy: 'li-na' });
  await staff.pages.editor.setText('field.windows', 'zh-CN', '一楼 B 区 8 号窗口');
  const alert = staff.pages.editor.alert();
  await expect.poll(() => alert.textContent(), RECHECK).toContain('与其他终端的修改冲突');
  await alert.getByRole('button', { name: '去处理冲突' }).click();
  await staff.pages.conflicts.waitUntilShown();
  await expect(staff.pages.conflicts.conflict('notice', ID).count()).resolves.toBe(1);
});
