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
