import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { serviceNamesOf } from './fixtures.js';

/** Every element matching `selector` in `root` and the open shadow roots below it. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** An element's text as spoken: all text, hidden-for-sight included, whitespace collapsed. */
export function accessibleText(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const text = (el: Element | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Page object for <booking-page>: what a customer sees and does, step by step. */
export class BookingPagePage {
  constructor(readonly el: BookingPage) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get heading(): string {
    return text(this.root.querySelector('h3.step') ?? undefined);
  }

  get notice(): string {
    return text(this.root.querySelector('[part~="notice"]') ?? undefined);
  }

  get announcement(): string {
    return text(this.root.querySelector('[role="status"][aria-live="polite"]') ?? undefined);
  }

  async waitForHeading(heading: string): Promise<void> {
    await waitUntil(() => this.heading === heading, `heading "${heading}" never showed; it is "${this.heading}"`, {
      timeout: 10000,
    });
  }

  serviceButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="service"]')];
  }

  /**
   * A service by its name; a sample clinic service's English name also finds it under its name in
   * the page's language (the clinic's texts are translated, issue 17).
   */
  serviceButton(name: string): HTMLButtonElement {
    const names = serviceNamesOf(name);
    const b =
      this.serviceButtons().find((s) => text(s.querySelector('.service-name') ?? undefined) === name) ??
      this.serviceButtons().find((s) => names.includes(text(s.querySelector('.service-name') ?? undefined)));
    if (!b) throw new Error(`no service "${name}"`);
    return b;
  }

  staffOptions(): HTMLInputElement[] {
    return deepQueryAll<HTMLInputElement>(this.root, 'booking-staff-picker input[type="radio"]').concat(
      deepQueryAll<HTMLInputElement>(this.root, 'input[name="staff"]'),
    );
  }

  staffLabels(): string[] {
    return deepQueryAll(this.root, 'label[part~="option"]').map((l) =>
      text(l.querySelector('span:not(.avatar):not(.hint)') ?? undefined),
    );
  }

  calendarDay(day: string): HTMLElement | undefined {
    return deepQuery(this.root, `[data-day="${day}"][part~="day"]`);
  }

  /** The days the calendar marks as having free times. */
  availableDays(): string[] {
    return deepQueryAll(this.root, '[part~="day"][part~="available"]').map((d) => d.dataset.day!);
  }

  async waitForTimes(): Promise<HTMLButtonElement[]> {
    await waitUntil(() => this.times().length > 0, 'no times were shown', { timeout: 10000 });
    return this.times();
  }

  times(): HTMLButtonElement[] {
    return deepQueryAll<HTMLButtonElement>(this.root, 'button[part~="slot"]');
  }

  /** What a screen reader hears for each time (the buttons are named by their content). */
  timeLabels(): string[] {
    return this.times().map((t) => accessibleText(t));
  }

  field(name: string): HTMLInputElement | HTMLTextAreaElement {
    const f =
      deepQuery<HTMLInputElement>(this.root, `booking-details-form [name="${name}"]`) ??
      deepQuery<HTMLInputElement>(this.root, `[name="${name}"]`);
    if (!f) throw new Error(`no field ${name}`);
    return f;
  }

  errorOf(key: string): string {
    return text(deepQuery(this.root, `[id="${key}-error"]`));
  }

  get bookButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  }

  /** Types into a field as a user would (focus, then real key presses). */
  async type(name: string, value: string): Promise<void> {
    const f = this.field(name);
    f.focus();
    await sendKeys({ type: value });
    await this.el.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }

  /** Presses Tab until the focused element matches, failing after `max` presses. */
  async tabTo(predicate: (el: Element) => boolean, max = 60, shift = false): Promise<Element> {
    for (let i = 0; i < max; i++) {
      const el = deepActiveElement();
      if (el && predicate(el)) return el;
      if (shift) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
    }
    throw new Error(`Tab never reached the element; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
  }

  confirmation(): Record<string, string> {
    const out: Record<string, string> = {};
    const dts = [...this.root.querySelectorAll('dt')];
    for (const dt of dts) out[text(dt)] = text(dt.nextElementSibling ?? undefined);
    return out;
  }

  link(textContent: string): HTMLAnchorElement | undefined {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a')].find((a) => text(a) === textContent);
  }
}
