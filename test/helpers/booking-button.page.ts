import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BookingButton } from '../../src/elements/booking-button/booking-button.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { BookingPagePage, deepActiveElement } from './booking-page.page.js';

/** Page object for <booking-button>: its button, its popup and the booking page inside. */
export class BookingButtonPage {
  constructor(readonly el: BookingButton) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get button(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="button"]');
  }

  get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  get closeButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="close"]');
  }

  get isOpen(): boolean {
    return this.dialog?.open === true;
  }

  /** The booking page inside the popup. */
  get page(): BookingPagePage {
    const page = this.root.querySelector<BookingPage>('booking-page');
    if (!page) throw new Error('the popup holds no booking page');
    return new BookingPagePage(page);
  }

  async waitOpen(): Promise<void> {
    await waitUntil(() => this.isOpen, 'the popup never opened', { timeout: 10000 });
  }

  async waitClosed(): Promise<void> {
    await waitUntil(() => !this.isOpen, 'the popup never closed', { timeout: 10000 });
  }

  /** Whether focus is inside the popup (the dialog or an element in it, through shadow roots). */
  focusInside(): boolean {
    const dialog = this.dialog;
    let el: Node | null = deepActiveElement();
    while (el) {
      if (el === dialog) return true;
      el = el.parentNode ?? (el instanceof ShadowRoot ? el.host : null);
    }
    return false;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
}
