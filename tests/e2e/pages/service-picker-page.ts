import type { Locator } from 'playwright-core';
import { HomePage } from './home-page';
import { KioskPage } from './kiosk-page';
import { escapeRegExp } from './messages';
import { PriorityQuestionPage } from './priority-question-page';
import type { TicketPage } from './ticket-page';

export class ServicePickerPage extends KioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('services.title') }).waitFor();
    // The heading shows before the list arrives; reading the list (or its offline note) before then races.
    await this.page.getByText(this.t('services.loading')).waitFor({ state: 'hidden' });
  }

  /** A service's button; its accessible name starts with the service name, then waiting and wait time. */
  serviceButton(serviceName: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(serviceName)}`) });
  }

  async serviceButtonName(serviceName: string): Promise<string> {
    return (await this.serviceButton(serviceName).textContent())?.trim() ?? '';
  }

  /** Chooses a service and waits for the priority question. */
  async chooseService(serviceName: string): Promise<PriorityQuestionPage> {
    await this.serviceButton(serviceName).click();
    const question = new PriorityQuestionPage(this.page, this.locale);
    await question.waitUntilShown();
    return question;
  }

  /** Chooses a service, answers the priority question (a regular number unless asked) and waits for the ticket. */
  async choose(serviceName: string, options: { priority?: boolean } = {}): Promise<TicketPage> {
    const question = await this.chooseService(serviceName);
    return question.answer(options.priority ?? false);
  }

  /** The note that waits are approximate while the central system is unreachable. */
  offlineNote(): Locator {
    return this.page.getByText(this.t('services.offlineNote'));
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
