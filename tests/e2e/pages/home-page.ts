import type { Locator } from 'playwright-core';
import { AppointmentPage } from './appointment-page';
import { KioskPage } from './kiosk-page';
import { ServicePickerPage } from './service-picker-page';

export class HomePage extends KioskPage {
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.waitUntilShown();
    return this;
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: this.t('home.title') }).waitFor();
  }

  takeNumberButton(): Locator {
    return this.page.getByRole('button', { name: this.t('home.takeNumber'), exact: true });
  }

  checkInButton(): Locator {
    return this.page.getByRole('button', { name: this.t('home.checkIn'), exact: true });
  }

  async checkIn(): Promise<AppointmentPage> {
    await this.checkInButton().click();
    const appointment = new AppointmentPage(this.page, this.locale);
    await appointment.waitUntilShown();
    return appointment;
  }

  async takeNumber(): Promise<ServicePickerPage> {
    await this.takeNumberButton().click();
    const picker = new ServicePickerPage(this.page, this.locale);
    await picker.waitUntilShown();
    return picker;
  }
}
