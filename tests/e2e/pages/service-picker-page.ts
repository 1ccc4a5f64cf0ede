import type { Locator } from 'playwright-core';
import { HomePage } from './home-page';
import { KioskPage } from './kiosk-page';
import { escapeRegExp } from './messages';
import { TicketPage } from './ticket-page';

export class ServicePickerPage extends KioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('services.title') }).waitFor();
  }

  /** A service's button; its accessible name starts with the service name, then waiting and wait time. */
  serviceButton(serviceName: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(serviceName)}`) });
  }

  async serviceButtonName(serviceName: string): Promise<string> {
    return (await this.serviceButton(serviceName).textContent())?.trim() ?? '';
  }

  async choose(serviceName: string): Promise<TicketPage> {
    await this.serviceButton(serviceName).click();
    const ticket = new TicketPage(this.page, this.locale);
    await ticket.waitUntilShown();
    return ticket;
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.back'), exact: true });
  }

  async back(): Promise<HomePage> {
    await this.backButton().click();
    const home = new HomePage(this.page, this.locale);
    await home.waitUntilShown();
    return home;
  }
}
