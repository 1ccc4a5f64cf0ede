// The on-screen keyboard of the staff editor: pinyin composed on its keys, a candidate from the
// real IME (fake KioskApi over the fixture notices) typed at the caret of the field staff were in,
// the 123 keys, and axe with the keyboard open in both languages.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../electron/api';
import type { Notice } from '../../../electron/notice-model';
import { axeViolations, buildStaffSandbox, launchChromium, type OpenStaff, openStaff } from './staff-browser';

let browser: Browser;
let sandbox: Awaited<ReturnType<typeof buildStaffSandbox>>;
const opened: OpenStaff[] = [];

beforeAll(async () => {
  [browser, sandbox] = await Promise.all([launchChromium(), buildStaffSandbox()]);
});
afterEach(async () => {
  for (const staff of opened.splice(0)) {
    expect(staff.problems).toEqual([]);
    await staff.close();
  }
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.remove();
});

/** Signed in as 王丽, the residence-permit notice open in the editor, the keyboard turned on. */
async function openWithKeyboard(locale: Locale = 'zh-CN', bypassCSP = false): Promise<OpenStaff> {
  const staff = await openStaff(browser, sandbox.dir, { locale, bypassCSP });
  opened.push(staff);
  const home = await staff.pages.signInAs('王丽', '246810');
  await home.open('notices');
  await staff.pages.editor.openFromList(locale === 'en' ? 'Applying for a residence permit' : '居住证申领');
  const toggle = staff.pages.editor.button('keyboard.toggle');
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  await toggle.click();
  await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
  return staff;
}

const key = (staff: OpenStaff, name: string): Locator =>
  staff.page
    .getByRole('group', { name: staff.pages.editor.t('keyboard.label') })
    .getByRole('button', { name, exact: true });

const focusedLabel = (staff: OpenStaff) =>
  staff.page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.tagName);

describe('the on-screen keyboard', () => {
  it('types 居民 from j-u-m-i-n at the caret, then "，" from the 123 keys; the draft saves', async () => {
    const staff = await openWithKeyboard();
    const { editor, page } = staff.pages;
    const title = editor.textbox('field.title', 'zh-CN');
    const before = await title.inputValue();
    expect(before).toBe('居住证申领');
    await title.click();
    await title.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
    const fieldId = await focusedLabel(staff);

    for (const letter of 'jumin') await key(staff, letter).click();
    // The keys never took the focus: the caret is still in the title.
    expect(await focusedLabel(staff)).toBe(fieldId);
    await expect
      .poll(() => page.getByText(editor.t('keyboard.composition', { letters: 'jumin' })).count())
      .toBe(1);
    const candidates = page.getByRole('group', { name: editor.t('keyboard.candidates') }).getByRole('button');
    await expect.poll(async () => (await candidates.allTextContents())[0]).toBe('居民');
    await key(staff, '居民').click();
    await expect.poll(() => title.inputValue()).toBe('居住证居民申领');
    await expect(
      page.getByText(editor.t('keyboard.composition', { letters: 'jumin' })).count(),
    ).resolves.toBe(0);
    expect(staff.harness.fake.staff.imeQueries).toContain('jumin');
    // Debounced: not one question per letter.
    expect(staff.harness.fake.staff.imeQueries.length).toBeLessThan(6);

    await key(staff, editor.t('keyboard.modeDigits')).click();
    await expect(key(staff, editor.t('keyboard.modeDigits')).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await key(staff, '，').click();
    await expect.poll(() => title.inputValue()).toBe('居住证居民，申领');
    expect(await focusedLabel(staff)).toBe(fieldId);

    await editor.save();
    await expect.poll(() => editor.status().textContent()).toBe('已保存（版本 4）');
    const saved = staff.harness.fake.staff.saves.at(-1)?.draft as Notice | undefined;
    expect(saved?.title['zh-CN']).toBe('居住证居民，申领');
  });

  it('edits the composition with backspace, types a space candidate and new lines in a Markdown box', async () => {
    const staff = await openWithKeyboard();
    const { editor } = staff.pages;
    const box = editor.textbox('field.eligibility', 'zh-CN');
    await box.fill('');
    await box.click();
    for (const letter of 'juzhux') await key(staff, letter).click();
    await key(staff, editor.t('keyboard.backspace')).click();
    await expect
      .poll(() => staff.page.getByText(editor.t('keyboard.composition', { letters: 'juzhu' })).count())
      .toBe(1);
    await expect
      .poll(
        async () =>
          (
            await staff.page
              .getByRole('group', { name: editor.t('keyboard.candidates') })
              .getByRole('button')
              .allTextContents()
          )[0],
      )
      .toBe('居住');
    await key(staff, editor.t('keyboard.space')).click();
    await expect.poll(() => box.inputValue()).toBe('居住');
    await key(staff, editor.t('keyboard.enter')).click();
    await key(staff, editor.t('keyboard.modeDigits')).click();
    await key(staff, '-').click();
    await key(staff, editor.t('keyboard.space')).click();
    await key(staff, editor.t('keyboard.modeAbc')).click();
    await key(staff, editor.t('keyboard.shift')).click();
    await key(staff, 'A').click();
    await expect.poll(() => box.inputValue()).toBe('居住\n- A');
    await key(staff, editor.t('keyboard.backspace')).click();
    await expect.poll(() => box.inputValue()).toBe('居住\n- ');
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`is axe clean with the keyboard open and candidates shown (${locale}), keys at least 60×60`, async () => {
      const staff = await openWithKeyboard(locale, true);
      const { editor, page } = staff.pages;
      await editor.textbox('field.eligibility', 'zh-CN').click();
      for (const letter of 'shen') await key(staff, letter).click();
      const group = page.getByRole('group', { name: editor.t('keyboard.candidates') });
      await expect.poll(() => group.getByRole('button').count()).toBeGreaterThan(3);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes.join(' | ')}`)).toEqual([]);
      const sizes = await page
        .getByRole('group', { name: editor.t('keyboard.label') })
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons.map((b) => {
            const box = b.getBoundingClientRect();
            return { name: b.textContent, small: box.width < 60 || box.height < 60 };
          }),
        );
      expect(sizes.length).toBeGreaterThan(30);
      expect(sizes.filter((s) => s.small)).toEqual([]);
    });
  }

  it('moves on to the next field from a one-line field with its Enter key (named so), and keeps new lines in a textarea', async () => {
    const staff = await openWithKeyboard();
    const { editor } = staff.pages;
    const zhTitle = editor.textbox('field.title', 'zh-CN');
    const enTitle = editor.textbox('field.title', 'en');
    const enBefore = await enTitle.inputValue();
    await zhTitle.click();
    const next = key(staff, editor.t('keyboard.nextField'));
    await expect.poll(() => next.count()).toBe(1);
    await expect(next.textContent()).resolves.toBe(editor.t('keyboard.next'));
    await expect(key(staff, editor.t('keyboard.enter')).count()).resolves.toBe(0);
    await next.click();
    await expect.poll(() => enTitle.evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing typed by the key itself; the next letters go to the end of the English title.
    await expect(zhTitle.inputValue()).resolves.toBe('居住证申领');
    await key(staff, editor.t('keyboard.modeAbc')).click();
    await key(staff, 'x').click();
    await expect.poll(() => enTitle.inputValue()).toBe(`${enBefore}x`);

    // In a Markdown box the same key is a new line again.
    const box = editor.textbox('field.eligibility', 'zh-CN');
    await box.fill('');
    await box.click();
    await expect.poll(() => key(staff, editor.t('keyboard.enter')).count()).toBe(1);
    await expect(next.count()).resolves.toBe(0);
    await key(staff, 'y').click();
    await key(staff, editor.t('keyboard.enter')).click();
    await key(staff, 'z').click();
    await expect.poll(() => box.inputValue()).toBe('y\nz');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });
});
