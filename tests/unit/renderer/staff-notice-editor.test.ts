// A staff member edits a notice: the preview follows the Markdown, the save says saved or queued,
// an invalid draft is refused with each field's message and a summary, a conflict shows both
// versions and the choice reaches the service; lists reorder; removal asks first.
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../electron/notice-model';
import { fakeConflict } from '../../support/fake-staff';
import { type OpenStaff, type StaffOpenOptions, setUpStaffBrowser } from './staff-browser';

const { open } = setUpStaffBrowser();

/** Signed in as 王丽, with the residence-permit notice open in the editor. */
async function openResidencePermit(options: StaffOpenOptions = {}): Promise<OpenStaff> {
  const staff = await open(options);
  const home = await staff.pages.signInAs('王丽', '246810');
  await home.open('notices');
  await staff.pages.editor.openFromList('居住证申领');
  return staff;
}

const lastSave = (staff: OpenStaff) => staff.harness.fake.staff.saves.at(-1)?.draft as Notice | undefined;

describe('editing a notice', () => {
  it('shows the Markdown as residents will see it, saves the change and says "saved" with the version', async () => {
    const staff = await openResidencePermit();
    const { editor, page } = { editor: staff.pages.editor, page: staff.page };
    await editor.setText('field.title', 'zh-CN', '居住证申领（2026 版）');
    await editor.setText('field.eligibility', 'zh-CN', '须满足：\n\n- 居住满 **半年**\n- 有稳定住所');
    const preview = editor.preview('field.eligibility', 'zh-CN');
    await expect.poll(() => preview.locator('li strong').textContent()).toBe('半年');
    await expect(preview.locator('li').count()).resolves.toBe(2);
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('已保存（版本 4）');
    const saved = lastSave(staff);
    expect(saved?.title['zh-CN']).toBe('居住证申领（2026 版）');
    expect(saved?.eligibility['zh-CN']).toContain('- 居住满 **半年**');
    expect(staff.harness.fake.staff.saves.at(-1)?.baseVersion).toBe(3);
    // The materials, steps and the rest go back unchanged.
    expect(saved?.materials).toEqual(
      staff.harness.fake.staff.notices.find((n) => n.id === 'residence-permit')?.materials,
    );
    await expect(page.getByText('当前版本：4').count()).resolves.toBe(1);
  });

  it('shows hostile Markdown as text, never as markup', async () => {
    const staff = await openResidencePermit();
    const { editor } = staff.pages;
    await editor.setText(
      'field.eligibility',
      'en',
      '<img src=x onerror="window.hacked=1"> [x](javascript:alert(1))',
    );
    const preview = editor.preview('field.eligibility', 'en');
    await expect.poll(() => preview.textContent()).toContain('<img src=x onerror="window.hacked=1">');
    await expect(preview.locator('img, a, script').count()).resolves.toBe(0);
    await expect(staff.page.evaluate(() => (window as { hacked?: number }).hacked)).resolves.toBeUndefined();
  });

  it("refuses a too-long paste in the preview with the field limit, in the staff member's language", async () => {
    const staff = await openResidencePermit();
    const { editor } = staff.pages;
    // Past the contract's cap on a preview request (20,000) too: the editor sends only enough to tell.
    await editor.setText('field.eligibility', 'zh-CN', '居'.repeat(25_000));
    const preview = editor.preview('field.eligibility', 'zh-CN');
    await expect.poll(() => preview.locator('.staff-issue').textContent()).toBe('不能超过 4000 个字。');
    await expect(preview.locator('li, p:not(.staff-issue):not(.staff-hint)').count()).resolves.toBe(0);
    const sent = staff.harness.fake.staff.previews.at(-1) ?? '';
    expect(sent.length).toBe(4001);
    // Back under the limit: rendered again, the refusal gone.
    await editor.setText('field.eligibility', 'zh-CN', '居住满**半年**');
    await expect.poll(() => preview.locator('strong').textContent()).toBe('半年');
    await expect(preview.locator('.staff-issue').count()).resolves.toBe(0);
  });

  it('words the too-long refusal of the preview in English for an English-speaking staff member', async () => {
    const staff = await open({ locale: 'en' });
    const home = await staff.pages.signInAs('王丽', '246810');
    await home.open('notices');
    await staff.pages.editor.openFromList('Applying for a residence permit');
    await staff.pages.editor.setText('field.eligibility', 'en', 'x'.repeat(30_000));
    const preview = staff.pages.editor.preview('field.eligibility', 'en');
    await expect.poll(() => preview.locator('.staff-issue').textContent()).toBe('At most 4000 characters.');
  });

  it('says the change waits on this kiosk when the central API is unreachable', async () => {
    const staff = await openResidencePermit({
      configure: (fake) => {
        fake.staff.saveMode = 'queued';
      },
    });
    await staff.pages.editor.setText('field.windows', 'zh-CN', '一楼 B 区 6 号窗口');
    await staff.pages.editor.save();
    await expect
      .poll(() => staff.pages.editor.status().textContent())
      .toBe('已保存在本机，网络恢复后自动上传');
    expect(lastSave(staff)?.place.windows['zh-CN']).toBe('一楼 B 区 6 号窗口');
    expect(staff.harness.fake.staff.pending).toEqual(['residence-permit']);
  });

  it('refuses an invalid draft with a message at each field and a summary that leads to them', async () => {
    const staff = await openResidencePermit();
    const { editor, page } = { editor: staff.pages.editor, page: staff.page };
    await editor.setText('field.title', 'zh-CN', '');
    await editor.setText('field.title', 'en', 'x'.repeat(201));
    // Live validation names the fields as they are changed.
    const zhTitle = editor.textbox('field.title', 'zh-CN');
    await expect.poll(() => zhTitle.getAttribute('aria-invalid')).toBe('true');
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('有 2 处需要修改，未保存。');
    const summary = editor.summary();
    await expect(summary.getByRole('button').allTextContents()).resolves.toEqual([
      '事项名称（中文）: 必须填写。',
      '事项名称（英文）: 不能超过 200 个字。',
    ]);
    const describedBy = await zhTitle.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe('必须填写。');
    await summary.getByRole('button', { name: /英文/ }).click();
    await expect(
      editor.textbox('field.title', 'en').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect(staff.harness.fake.staff.notices.find((n) => n.id === 'residence-permit')?.version).toBe(3);
  });

  it('moves a legal basis and refuses the wrong order with the rule in words', async () => {
    const staff = await openResidencePermit();
    const { editor } = staff.pages;
    await editor.item('editor.legalBasisItem', 2).getByRole('button', { name: '上移依据 2' }).click();
    await expect(
      editor.textbox('field.lawTitle', 'zh-CN', editor.item('editor.legalBasisItem', 1)).inputValue(),
    ).resolves.toBe('《上海市居住证管理办法》');
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('有 1 处需要修改，未保存。');
    await expect(editor.summary().textContent()).resolves.toContain('请按法律层级从高到低排列');
    expect(lastSave(staff)?.legalBasis.map((b) => b.rank)).toEqual([
      'local-rule',
      'administrative-regulation',
    ]);
  });

  it('adds a material with its own fields', async () => {
    const staff = await openResidencePermit();
    const { editor } = staff.pages;
    await editor.button('editor.addMaterial').click();
    const third = editor.item('editor.materialItem', 3);
    await editor.setText('field.materialName', 'zh-CN', '近期免冠照片', third);
    await editor.setText('field.materialName', 'en', 'Recent photo', third);
    await editor.setText('field.copies', undefined, '2', third);
    await third.getByRole('combobox', { name: '原件或复印件' }).selectOption({ label: '电子材料' });
    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('已保存（版本 4）');
    expect(lastSave(staff)?.materials[2]).toEqual({
      name: { 'zh-CN': '近期免冠照片', en: 'Recent photo' },
      form: 'electronic',
      copies: 2,
      notes: null,
      formId: null,
    });
  });

  it('removes a notice only after the confirm step', async () => {
    const staff = await openResidencePermit();
    await staff.pages.editor.button('editor.remove').click();
    expect(staff.harness.fake.staff.removals).toEqual([]);
    await staff.pages.editor.button('editor.confirmRemove').click();
    await staff.page.getByRole('heading', { level: 1, name: '办事告知书' }).waitFor();
    expect(staff.harness.fake.staff.removals).toEqual([
      { kind: 'notice', id: 'residence-permit', baseVersion: 3 },
    ]);
  });
});

describe('a conflict', () => {
  it('shows a removal that met a newer central version as "I removed it" against theirs', async () => {
    const staff = await openResidencePermit({
      configure: (fake) => {
        fake.staff.saveMode = 'conflict';
      },
    });
    await staff.pages.editor.remove();
    await staff.pages.conflicts.waitUntilShown();
    const card = staff.pages.conflicts.conflict('notice', 'residence-permit');
    await expect(card.textContent()).resolves.toContain('我删除了它。');
    const rows = await staff.pages.conflicts.rows(card);
    expect(rows.find((row) => row[0] === '事项名称')).toEqual([
      '事项名称',
      '—',
      '居住证申领 / Applying for a residence permit',
    ]);
  });

  it('goes to the conflict view with both versions, and keeping mine reaches the service', async () => {
    const staff = await openResidencePermit({
      configure: (fake) => {
        fake.staff.saveMode = 'conflict';
      },
    });
    const { editor, conflicts } = staff.pages;
    await editor.setText('field.title', 'zh-CN', '居住证申领（我的）');
    await editor.save();
    await conflicts.waitUntilShown();
    const card = conflicts.conflict('notice', 'residence-permit');
    const rows = await conflicts.rows(card);
    expect(rows).toEqual([
      [
        '事项名称',
        '居住证申领（我的） / Applying for a residence permit',
        '居住证申领 / Applying for a residence permit',
      ],
    ]);
    await expect(card.textContent()).resolves.toContain('张伟');
    await conflicts.keep(card, 'mine');
    await expect.poll(() => staff.pages.conflicts.status().textContent()).toContain('已保留我的版本');
    expect(staff.harness.fake.staff.resolutions).toEqual([{ conflictId: expect.any(String), keep: 'mine' }]);
    await expect.poll(() => staff.page.getByText('没有待处理的冲突。').count()).toBe(1);
  });

  it('lists a waiting conflict on the staff home and lets staff keep theirs', async () => {
    const staff = await open({
      configure: (fake) => {
        const theirs = fake.staff.notices[0] as Notice;
        fakeConflict(
          fake.staff,
          { ...theirs, fee: { kind: 'free' }, consultationPhone: '021-5555 0199' },
          { ...theirs, version: 4 },
        );
      },
    });
    const home = await staff.pages.signInAs('王丽', '246810');
    await expect.poll(() => home.menuButton('conflicts').textContent()).toBe('修改冲突1 个待处理');
    await home.open('conflicts');
    const card = staff.pages.conflicts.conflict('notice', 'residence-permit');
    await expect(staff.pages.conflicts.rows(card)).resolves.toEqual([
      ['咨询电话', '021-5555 0199', '021-5555 0101'],
    ]);
    await staff.pages.conflicts.keep(card, 'theirs');
    await expect.poll(() => staff.harness.fake.staff.resolutions.map((r) => r.keep)).toEqual(['theirs']);
  });
});
