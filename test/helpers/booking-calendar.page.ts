import { sendKeys } from '@web/test-runner-commands';
import type { BookingCalendar } from '../../src/elements/booking-calendar/booking-calendar.js';

/** Page object for <booking-calendar>: find days, read their state, press keys as a user would. */
export class CalendarPage {
  constructor(readonly el: BookingCalendar) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  day(key: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[data-day="${key}"]`);
    if (!cell) throw new Error(`day ${key} is not shown`);
    return cell;
  }

  get focusable(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[part~="day"][tabindex="0"]')!;
  }

  get heading(): string {
    return this.root.querySelector('h3')!.textContent.trim();
  }

  get prevButton(): HTMLButtonElement {
    return this.root.querySelectorAll<HTMLButtonElement>('.nav button')[0];
  }

  get nextButton(): HTMLButtonElement {
    return this.root.querySelectorAll<HTMLButtonElement>('.nav button')[1];
  }

  get focusedDay(): string | undefined {
    return (this.root.activeElement as HTMLElement | null)?.dataset.day;
  }

  /** A real key press through the browser (puppeteer), e.g. `ArrowRight` or `Shift+PageDown`. */
  async press(key: string): Promise<void> {
    const [modifier, k] = key.includes('+') ? key.split('+') : [undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: k });
    if (modifier) await sendKeys({ up: modifier });
    await this.el.updateComplete;
  }
}
