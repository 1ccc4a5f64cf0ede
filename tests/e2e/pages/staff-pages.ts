// Page models of the staff screens (renderer/src/staff), found by the names staff see: the hidden
// entry, sign-in, the staff home, the notice editor, conflicts, the audit log and the device page.
import type { Locator, Page } from 'playwright-core';
import type { Locale } from '../../../electron/api';
import staffEn from '../../../renderer/src/staff/messages/en.json';
import staffZhCN from '../../../renderer/src/staff/messages/zh-CN.json';

const STAFF_MESSAGES: Record<Locale, unknown> = { 'zh-CN': staffZhCN, en: staffEn };

/** A staff message (key without the "staff." prefix) with `{{name}}` placeholders filled in. */
export function staffText(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = STAFF_MESSAGES[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no staff message ${key} in ${locale}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** How long the hidden entry must be held (StaffEntry's 3 s, and a margin). */
export const HOLD_MS = 3300;

class StaffPage {
  constructor(
    readonly page: Page,
    public locale: Locale,
  ) {}

  t(key: string, values?: Record<string, string | number>): string {
    return staffText(this.locale, key, values);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  button(key: string, values?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: this.t(key, values), exact: true });
  }

  /** A text input or textarea by its label, e.g. ('field.title', 'en') → "Name of the matter (English)". */
  textbox(labelKey: string, lang?: Locale, within: Page | Locator = this.page): Locator {
    return within.getByRole('textbox', { name: this.label(labelKey, lang), exact: true });
  }

  select(labelKey: string, within: Page | Locator = this.page): Locator {
    return within.getByRole('combobox', { name: this.t(labelKey), exact: true });
  }

  label(labelKey: string, lang?: Locale): string {
    const label = this.t(labelKey);
    if (!lang) return label;
    return this.t(lang === 'zh-CN' ? 'lang.labelZh' : 'lang.labelEn', { label });
  }

  /** The save outcome, "saved", "queued" or the refusal, as a live region says it. */
  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }

  back(): Promise<void> {
    return this.button('common.back').first().click();
  }
}

export class StaffEntryPage extends StaffPage {
  entry(): Locator {
    return this.page.getByRole('button', { name: this.t('entry.label'), exact: true });
  }

  /** A finger held on the corner for `ms`. */
  async pressAndHold(ms = HOLD_MS): Promise<void> {
    const box = await this.entry().boundingBox();
    if (!box) throw new Error('the staff entry is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.waitForTimeout(ms);
    await this.page.mouse.up();
  }
}

export class SignInPage extends StaffPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('signIn.title') }).waitFor();
  }

  async typePin(pin: string): Promise<void> {
    const keys = this.page.getByRole('group', { name: this.t('signIn.keypad') });
    for (const digit of pin) await keys.getByRole('button', { name: digit, exact: true }).click();
  }

  pinDisplay(): Locator {
    return this.page.getByRole('status').filter({ hasText: /●|\d/ });
  }

  async signIn(name: string, pin: string): Promise<void> {
    await this.select('signIn.chooseName').selectOption({ label: name });
    await this.typePin(pin);
    await this.button('signIn.submit').click();
  }

  /** The wrong-PIN or lockout message. */
  problem(): Locator {
    return this.alert();
  }
}

export class StaffHomePage extends StaffPage {
  async waitUntilShown(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('home.title', { name }) }).waitFor();
  }

  menuButton(key: 'notices' | 'announcements' | 'conflicts' | 'audit' | 'device'): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('home.menu') })
      .getByRole('button', { name: new RegExp(`^${this.t(`home.${key}`)}`) });
  }

  async open(key: 'notices' | 'announcements' | 'conflicts' | 'audit' | 'device'): Promise<void> {
    await this.menuButton(key).click();
  }

  signOut(): Promise<void> {
    return this.button('home.signOut').click();
  }
}

export class NoticeEditorPage extends StaffPage {
  async openFromList(title: string): Promise<void> {
    await this.page.getByRole('button', { name: title, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('editor.editTitle', { title }) }).waitFor();
  }

  /** Replaces a field's text, e.g. setText('field.title', 'zh-CN', '居住证申领（新）'). */
  async setText(labelKey: string, lang: Locale | undefined, value: string, within?: Locator): Promise<void> {
    await this.textbox(labelKey, lang, within).fill(value);
  }

  /** The live preview beside a Markdown field; `item` names a list item, e.g. "材料 2". */
  preview(labelKey: string, lang: Locale, item?: string): Locator {
    const label = item ? `${item} · ${this.label(labelKey, lang)}` : this.label(labelKey, lang);
    return this.page.getByRole('region', { name: this.t('editor.previewOf', { label }), exact: true });
  }

  /** A list item's group, e.g. item('editor.materialItem', 2). */
  item(legendKey: string, n: number): Locator {
    return this.page.getByRole('group', { name: this.t(legendKey, { n }), exact: true });
  }

  /** A list item's Markdown box, e.g. itemTextbox('editor.stepItem', 1, 'zh-CN') → "第 1 步（中文）". */
  itemTextbox(itemKey: string, n: number, lang: Locale): Locator {
    const label = this.t(lang === 'zh-CN' ? 'lang.labelZh' : 'lang.labelEn', {
      label: this.t(itemKey, { n }),
    });
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** The live preview of a list item's Markdown, e.g. itemPreview('editor.stepItem', 1, 'zh-CN'). */
  itemPreview(itemKey: string, n: number, lang: Locale): Locator {
    const label = this.t(lang === 'zh-CN' ? 'lang.labelZh' : 'lang.labelEn', {
      label: this.t(itemKey, { n }),
    });
    return this.page.getByRole('region', { name: this.t('editor.previewOf', { label }), exact: true });
  }

  save(): Promise<void> {
    return this.button('editor.save').click();
  }

  summary(): Locator {
    return this.page.getByRole('region', { name: this.t('editor.summaryTitle') });
  }

  async remove(): Promise<void> {
    await this.button('editor.remove').click();
    await this.button('editor.confirmRemove').click();
  }
}

export class ConflictsPage extends StaffPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('conflicts.title') }).waitFor();
  }

  /** One conflict, by its item, e.g. conflict('notice', 'residence-permit'). */
  conflict(kind: 'notice' | 'announcement', id: string): Locator {
    const item = this.t('conflicts.item', { kind: this.t(`conflicts.kind.${kind}`), id });
    return this.page.getByRole('region', { name: item });
  }

  /** The differing fields: [field, mine, theirs] per row. */
  /** The differing fields of a conflict (at least one), once its card has rendered them. */
  async rows(conflict: Locator): Promise<string[][]> {
    // The card can show before its table: reading at once could see no rows (a CI race).
    await conflict.locator('tbody tr').first().waitFor();
    return conflict
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
      );
  }

  keep(conflict: Locator, which: 'mine' | 'theirs'): Promise<void> {
    const key = which === 'mine' ? 'conflicts.keepMine' : 'conflicts.keepTheirs';
    return conflict.getByRole('button', { name: this.t(key), exact: true }).click();
  }
}

export class AuditPage extends StaffPage {
  table(): Locator {
    return this.page.getByRole('table', { name: this.t('audit.caption') });
  }

  /** Every row as its cells' text: when, who, action, target, summary, upload. */
  rows(): Promise<string[][]> {
    return this.table()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((c) => (c.textContent ?? '').trim())),
      );
  }
}

export class DevicePage extends StaffPage {
  /** The value shown for a fact, e.g. fact('device.central') → "无法连接". */
  async fact(labelKey: string): Promise<string> {
    const term = this.page.locator('dt', { hasText: this.t(labelKey) });
    return (await term.locator('xpath=following-sibling::dd[1]').textContent())?.trim() ?? '';
  }

  refresh(): Promise<void> {
    return this.button('common.refresh').click();
  }
}

/** All staff page models over one page, switching language together. */
export class StaffPages {
  readonly entry: StaffEntryPage;
  readonly signIn: SignInPage;
  readonly home: StaffHomePage;
  readonly editor: NoticeEditorPage;
  readonly conflicts: ConflictsPage;
  readonly audit: AuditPage;
  readonly device: DevicePage;

  constructor(
    readonly page: Page,
    readonly locale: Locale = 'zh-CN',
  ) {
    this.entry = new StaffEntryPage(page, locale);
    this.signIn = new SignInPage(page, locale);
    this.home = new StaffHomePage(page, locale);
    this.editor = new NoticeEditorPage(page, locale);
    this.conflicts = new ConflictsPage(page, locale);
    this.audit = new AuditPage(page, locale);
    this.device = new DevicePage(page, locale);
  }

  /** Signs in from the sign-in screen and waits for the staff home. */
  async signInAs(name: string, pin: string): Promise<StaffHomePage> {
    await this.signIn.waitUntilShown();
    await this.signIn.signIn(name, pin);
    await this.home.waitUntilShown(name);
    return this.home;
  }
}
