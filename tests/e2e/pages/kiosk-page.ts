// What every kiosk screen has: the screen heading, the language switch, larger text, the idle warning.
import type { Locator, Page } from 'playwright-core';
import type { Locale } from '../../../electron/api';
import { text } from './messages';

/** Each language button is named in its own language, whatever the screen's language is. */
const LANGUAGE_BUTTON_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

export class KioskPage {
  constructor(
    readonly page: Page,
    public locale: Locale = 'zh-CN',
  ) {}

  protected t(key: string, values?: Record<string, string | number>): string {
    return text(this.locale, key, values);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  languageButton(locale: Locale): Locator {
    return this.page.getByRole('button', { name: LANGUAGE_BUTTON_NAMES[locale], exact: true });
  }

  /** Switches language; the page model follows so later look-ups use the new names. */
  async chooseLanguage(locale: Locale): Promise<void> {
    await this.languageButton(locale).click();
    this.locale = locale;
  }

  largerTextButton(): Locator {
    return this.page.getByRole('button', { name: this.t('chrome.largerText') });
  }

  idleDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('idle.title') });
  }

  async continueSession(): Promise<void> {
    await this.idleDialog()
      .getByRole('button', { name: this.t('idle.continue') })
      .click();
  }

  /** The error screen's heading, for any failure. */
  errorHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('errors.title') });
  }

  retryButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.retry'), exact: true });
  }
}
