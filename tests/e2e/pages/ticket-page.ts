import type { Locator } from 'playwright-core';
import { HomePage } from './home-page';
import { KioskPage } from './kiosk-page';

export class TicketPage extends KioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('ticket.title') }).waitFor();
  }

  /** The live region that announces the issued number to screen-reader users. */
  announcement(): Locator {
    return this.page.getByRole('status');
  }

  /** The issued number, as announced (e.g. "A001"). */
  async ticketNumber(): Promise<string> {
    const announced = (await this.announcement().textContent()) ?? '';
    const match = /[A-Z]\d{3}/.exec(announced);
    if (!match) throw new Error(`no ticket number announced: "${announced}"`);
    return match[0];
  }

  /** Waits for the ticket screen and returns the number it shows. */
  async numberShown(): Promise<string> {
    await this.waitUntilShown();
    const number = await this.ticketNumber();
    await this.main().getByText(number, { exact: true }).waitFor();
    return number;
  }

  /** The calm explanation shown when the ticket could not be printed. */
  printFailedRegion(): Locator {
    return this.page.getByRole('region', { name: this.t('ticket.printFailedTitle') });
  }

  /** The follow-the-queue QR code drawn on screen. */
  qrCode(): Locator {
    return this.page.getByRole('img', { name: this.t('ticket.qrAlt') });
  }

  printAgainButton(): Locator {
    return this.page.getByRole('button', { name: this.t('ticket.printAgain'), exact: true });
  }

  /** The line saying what came of "print again", found by its message. */
  reprintMessage(key: 'ticket.reprinted' | 'ticket.reprintFailed', reason?: string): Locator {
    const text = this.t(key, reason ? { reason: this.t(`print.reason.${reason}`) } : {});
    return this.main().getByText(text, { exact: true });
  }

  doneButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.done'), exact: true });
  }

  async done(): Promise<HomePage> {
    await this.doneButton().click();
    const home = new HomePage(this.page, this.locale);
    await home.waitUntilShown();
    return home;
  }
}
