import type { Locator } from 'playwright-core';
import { KioskPage } from './kiosk-page';
import { TicketPage } from './ticket-page';

/** "Do you need priority service?" after a service is chosen: two large answers and Back. */
export class PriorityQuestionPage extends KioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('priority.title') }).waitFor();
  }

  answerButton(priority: boolean): Locator {
    const name = this.t(priority ? 'priority.priority' : 'priority.normal');
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Answers and waits for the ticket. */
  async answer(priority: boolean): Promise<TicketPage> {
    await this.answerButton(priority).click();
    const ticket = new TicketPage(this.page, this.locale);
    await ticket.waitUntilShown();
    return ticket;
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.back'), exact: true });
  }
}
