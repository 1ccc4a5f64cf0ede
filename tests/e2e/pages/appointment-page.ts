import type { Locator } from 'playwright-core';
import { KioskPage } from './kiosk-page';
import { TicketPage } from './ticket-page';

/** Appointment check-in: the keypad, the code typed so far, and what went wrong. */
export class AppointmentPage extends KioskPage {
  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('appointment.title') }).waitFor();
  }

  keypad(): Locator {
    return this.page.getByRole('group', { name: this.t('appointment.keypad') });
  }

  /** One key of the on-screen keypad: a digit, a letter, 'delete' or 'clear'. */
  key(key: string): Locator {
    const name = key === 'delete' || key === 'clear' ? this.t(`appointment.${key}`) : key;
    return this.keypad().getByRole('button', { name, exact: true });
  }

  /** Taps the code in on the on-screen keypad. */
  async tapCode(code: string): Promise<void> {
    for (const key of code) await this.key(key).click();
  }

  /**
   * A barcode scanner (keyboard wedge): the characters and Enter, 5 ms apart, no field focused.
   * Real key events through DevTools with their timestamps set, so that a busy test machine
   * cannot spread the keys out the way no scanner does.
   */
  async scan(code: string): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page);
    try {
      const start = Date.now() / 1000;
      const keys = [...code].map((char) => ({
        key: char,
        code: /\d/.test(char) ? `Digit${char}` : `Key${char.toUpperCase()}`,
        text: char,
        keyCode: char.toUpperCase().charCodeAt(0),
      }));
      keys.push({ key: 'Enter', code: 'Enter', text: '\r', keyCode: 13 });
      for (const [i, key] of keys.entries()) {
        const timestamp = start + i * 0.005;
        const common = { key: key.key, code: key.code, windowsVirtualKeyCode: key.keyCode, timestamp };
        await session.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key.text, ...common });
        await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
      }
    } finally {
      await session.detach();
    }
  }

  /** The code as the screen shows it. */
  async codeShown(): Promise<string> {
    const shown = this.page.getByRole('status', { name: this.t('appointment.codeLabel') });
    return ((await shown.textContent()) ?? '').trim();
  }

  submitButton(): Locator {
    return this.page.getByRole('button', { name: this.t('appointment.submit'), exact: true });
  }

  async submitExpectingTicket(): Promise<TicketPage> {
    await this.submitButton().click();
    return this.ticketShown();
  }

  async ticketShown(): Promise<TicketPage> {
    const ticket = new TicketPage(this.page, this.locale);
    await ticket.waitUntilShown();
    return ticket;
  }

  /** The alert that explains a refused check-in. */
  failure(): Locator {
    return this.page.getByRole('alert', { name: this.t('appointment.failedTitle') });
  }

  invalidCodeMessage(): Locator {
    return this.page.getByText(this.t('appointment.invalid'));
  }

  takeRegularNumberButton(): Locator {
    return this.page.getByRole('button', { name: this.t('appointment.takeRegular'), exact: true });
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.back'), exact: true });
  }
}
