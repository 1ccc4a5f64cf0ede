// The staff member's other screens: the audit log and the device page show what the kiosk knows,
// announcements are edited in hall time; and every staff screen passes axe in both languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../electron/api';
import { fakeConflict } from '../../support/fake-staff';
import type { FakeKiosk } from '../../support/renderer-harness';
import { axeViolations, type OpenStaff, type StaffOpenOptions, setUpStaffBrowser } from './staff-browser';

const { open } = setUpStaffBrowser();

const HALL_ZONE = 'Asia/Shanghai';

async function signedIn(options: StaffOpenOptions = {}): Promise<OpenStaff> {
  const staff = await open({
    ...options,
    configure: (fake) => {
      fake.info.timeZone = HALL_ZONE;
      options.configure?.(fake);
    },
  });
  await staff.pages.signInAs('王丽', '246810');
  return staff;
}

describe('the audit log', () => {
  it('lists entries newest first with who, hall time, action in words, target and upload state', async () => {
    const staff = await signedIn({
      configure: (fake) => {
        fake.staff.audit.push(
          entry(
            fake,
            '2026-03-02T01:00:00.000Z',
            'zhang-wei',
            'notice-saved',
            'residence-permit',
            'title (v2 → v3)',
            true,
          ),
          entry(fake, '2026-03-02T02:30:00.000Z', null, 'login-failed', null, '', false),
        );
      },
    });
    await staff.pages.home.open('audit');
    const rows = await staff.pages.audit.rows();
    // The sign-in just made comes first (now), then the two older entries.
    expect(rows[0]?.slice(1, 3)).toEqual(['王丽', '登录']);
    expect(rows.slice(1)).toEqual([
      ['2026-03-02 10:30', '（未知）', '登录失败', '—', '—', '等待上传'],
      ['2026-03-02 09:00', '张伟', '保存告知书', 'residence-permit', 'title (v2 → v3)', '已上传'],
    ]);
  });
});

function entry(
  fake: FakeKiosk,
  at: string,
  staffId: string | null,
  action: 'notice-saved' | 'login-failed',
  target: string | null,
  summary: string,
  synced: boolean,
) {
  return { id: `${at}-${action}`, at, kioskId: fake.info.kioskId, staffId, action, target, summary, synced };
}

describe('the device page', () => {
  it('says the printer, queue, central API, outbox, content age, version and disk in words', async () => {
    const staff = await signedIn();
    await staff.pages.home.open('device');
    const { device } = staff.pages;
    await expect.poll(() => device.fact('device.ticketPrinter')).toMatch(/^纸将用完，请尽快换纸/);
    await expect(device.fact('device.a4Printer')).resolves.toBe('hall-a4：空闲');
    await expect(device.fact('device.central')).resolves.toBe('无法连接');
    await expect(device.fact('device.lastSync')).resolves.toBe('2026-03-02 09:35');
    await expect(device.fact('device.outbox')).resolves.toBe('3 条等待上传，1 条被中心拒收');
    await expect(device.fact('device.appVersion')).resolves.toBe('0.0.0-test');
    await expect(device.fact('device.disk')).resolves.toBe('可用 12.5 GB，共 64.0 GB');
    const refused = await device.fact('device.refused');
    expect(refused).toContain('居民看到的是之前的正确版本');
    expect(refused).toContain(
      '办事告知书 minimum-living-allowance：steps.2.zh-CN（Markdown nested too deep (lists at most 3 levels)），2026-03-02 09:35',
    );
    expect(refused).toContain('共 12 条，仅显示最新 1 条');
    staff.harness.fake.staff.device = {
      ...staff.harness.fake.staff.device,
      central: { reachable: true, lastSyncAt: null },
    };
    await device.refresh();
    await expect.poll(() => device.fact('device.central')).toBe('可以连接');
    await expect(device.fact('device.lastSync')).resolves.toBe('从未');
    staff.harness.fake.staff.device = {
      ...staff.harness.fake.staff.device,
      refusedContent: { count: 0, items: [] },
    };
    await device.refresh();
    await expect.poll(() => device.fact('device.refused')).toBe('无');
  });
});

describe('announcements', () => {
  it('creates one from hall date and time, sent as ISO with the hall offset', async () => {
    const staff = await signedIn();
    const { page, editor } = { page: staff.page, editor: staff.pages.editor };
    await staff.pages.home.open('announcements');
    await editor.button('announcements.new').click();
    await editor.setText('field.id', undefined, 'lift-repair');
    await editor.select('field.priority').selectOption({ label: '紧急' });
    await editor.setText('field.text', 'zh-CN', '电梯维修，请走**楼梯**');
    await editor.setText('field.text', 'en', 'The lift is under repair: please use the **stairs**');
    await expect
      .poll(() => editor.preview('field.text', 'zh-CN').locator('strong').textContent())
      .toBe('楼梯');
    const starts = page.getByRole('group', { name: '开始时间' });
    const ends = page.getByRole('group', { name: '结束时间' });
    await starts.getByLabel('日期').fill('2026-03-02');
    await starts.getByLabel('时间（大厅时间）').fill('08:30');
    await ends.getByLabel('日期').fill('2026-03-02');
    await ends.getByLabel('时间（大厅时间）').fill('08:00');
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('有 1 处需要修改，未保存。');
    await expect(ends.textContent()).resolves.toContain('结束时间必须晚于开始时间。');
    await ends.getByLabel('时间（大厅时间）').fill('17:00');
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('已保存（版本 1）');
    expect(staff.harness.fake.staff.saves.at(-1)?.draft).toEqual({
      id: 'lift-repair',
      priority: 'urgent',
      text: { 'zh-CN': '电梯维修，请走**楼梯**', en: 'The lift is under repair: please use the **stairs**' },
      startsAt: '2026-03-02T08:30:00+08:00',
      endsAt: '2026-03-02T17:00:00+08:00',
    });
  });
  it('saved again while its creation waits offline: the second save builds on v1, not a second create', async () => {
    const staff = await signedIn({
      configure: (fake) => {
        fake.staff.saveMode = 'queued';
      },
    });
    const { page, editor } = { page: staff.page, editor: staff.pages.editor };
    await staff.pages.home.open('announcements');
    await editor.button('announcements.new').click();
    await editor.setText('field.id', undefined, 'lift-repair');
    await editor.setText('field.text', 'zh-CN', '电梯维修');
    await editor.setText('field.text', 'en', 'The lift is under repair');
    for (const group of ['开始时间', '结束时间']) {
      const times = page.getByRole('group', { name: group });
      await times.getByLabel('日期').fill('2026-03-02');
      await times.getByLabel('时间（大厅时间）').fill(group === '开始时间' ? '08:30' : '17:00');
    }
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('已保存在本机，网络恢复后自动上传');
    await page
      .getByRole('heading', { level: 1, name: editor.t('announcements.editTitle', { id: 'lift-repair' }) })
      .waitFor();
    await editor.setText('field.text', 'zh-CN', '电梯维修，请走楼梯');
    await editor.save();
    await expect.poll(() => staff.harness.fake.staff.saves.length).toBe(2);
    expect(staff.harness.fake.staff.saves.map((s) => s.baseVersion)).toEqual([0, 1]);
    expect(staff.harness.fake.staff.saves[1]?.draft).toMatchObject({
      text: { 'zh-CN': '电梯维修，请走楼梯' },
    });
  });
});

/** Staff screens may be denser than the residents', but every control stays at least 44 px. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      const small = box.width < 44 || box.height < 44;
      return small
        ? [`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 20)}" ${box.width}×${box.height}`]
        : [];
    }),
  );
}

/** Every staff screen, reached the way staff reach it; each checked with axe and for target sizes. */
async function sweep(locale: Locale): Promise<Record<string, string[]>> {
  const findings: Record<string, string[]> = {};
  const staff = await open({
    locale,
    bypassCSP: true,
    configure: (fake) => {
      const theirs = fake.staff.notices[0];
      if (theirs) fakeConflict(fake.staff, { ...theirs, complaintPhone: '12340' }, { ...theirs, version: 4 });
    },
  });
  const { page, pages } = staff;
  const check = async (screen: string) => {
    const found = [
      ...(await axeViolations(page)).map((v) => `${v.id} (${v.impact}): ${v.nodes.join(' | ')}`),
      ...(await smallTargets(page)).map((target) => `small target ${target}`),
    ];
    if (found.length > 0) findings[screen] = found;
  };
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  await pages.signIn.waitUntilShown();
  await pages.signIn.select('signIn.chooseName').selectOption({ label: '王丽' });
  await pages.signIn.typePin('1');
  await pages.signIn.button('signIn.submit').click();
  await pages.signIn.problem().waitFor();
  await check('sign-in with a wrong PIN');
  await pages.signIn.signIn('王丽', '246810');
  await pages.home.waitUntilShown('王丽');
  await check('home');
  await pages.home.open('notices');
  await heading(pages.home.t('notices.title'));
  await check('notices');
  await page
    .getByRole('button', { name: locale === 'en' ? 'Applying for a residence permit' : '居住证申领' })
    .click();
  await pages.editor.textbox('field.title', 'en').fill('');
  await pages.editor.save();
  await pages.editor.summary().waitFor();
  await check('notice editor with issues');
  await pages.editor.back();
  await pages.editor.button('notices.new').click();
  await check('new notice');
  await pages.editor.back();
  await pages.editor.back();
  await pages.home.open('announcements');
  await heading(pages.home.t('announcements.title'));
  await check('announcements');
  await page
    .getByRole('button', { name: pages.home.t('announcements.edit', { id: 'window-3-closed' }) })
    .click();
  await check('announcement editor');
  await pages.editor.back();
  await pages.editor.back();
  await pages.home.open('conflicts');
  await pages.conflicts.waitUntilShown();
  await check('conflicts');
  await pages.editor.back();
  await pages.home.open('audit');
  await pages.audit.table().waitFor();
  await check('audit');
  await pages.editor.back();
  await pages.home.open('device');
  await page.locator('dl').waitFor();
  await check('device');
  staff.harness.fake.staff.endAll = true;
  await pages.device.refresh();
  await heading(pages.home.t('session.endedTitle'));
  await check('signed out automatically');
  return findings;
}

describe('accessibility of the staff screens', () => {
  it('has no axe findings on any staff screen in Simplified Chinese', { timeout: 90_000 }, async () => {
    await expect(sweep('zh-CN')).resolves.toEqual({});
  });

  it('has no axe findings on any staff screen in English', { timeout: 90_000 }, async () => {
    await expect(sweep('en')).resolves.toEqual({});
  });
});
