import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { AdminSectionName, BookingAdmin } from '../../src/elements/booking-admin/booking-admin.js';
import type { BookingAdminCalendar } from '../../src/elements/booking-admin-calendar/booking-admin-calendar.js';
import { deepActiveElement, deepQuery, deepQueryAll } from './booking-page.page.js';
import { makeAdapter } from './fixtures.js';

export { deepActiveElement, deepQuery, deepQueryAll };

export const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const TAGS: Record<AdminSectionName, string> = {
  calendar: 'booking-admin-calendar',
  services: 'booking-admin-services',
  staff: 'booking-admin-staff',
  business: 'booking-admin-business',
  translations: 'booking-admin-translations',
  customers: 'booking-admin-customers',
  waitlist: 'booking-admin-waitlist',
  outbox: 'booking-admin-outbox',
  templates: 'booking-admin-templates',
  webhooks: 'booking-admin-webhooks',
  reports: 'booking-admin-reports',
  explain: 'booking-admin-explain',
};

export interface MountOptions {
  config: unknown;
  staffMember: string;
  now: number;
  adapter?: ReferenceAdapter;
  section?: AdminSectionName;
  /** Default `en-GB`. */
  lang?: string;
  hourCycle?: 'h12' | 'h23';
}

/** `<booking-admin>` on a reference adapter (its own IndexedDB database), acting as `staffMember`. */
export async function mountAdmin(o: MountOptions): Promise<{ page: BookingAdminPage; adapter: ReferenceAdapter }> {
  const adapter = o.adapter ?? makeAdapter(o.config, o.now);
  const el = await fixture<BookingAdmin>(
    html`<booking-admin
      lang=${o.lang ?? 'en-GB'}
      hour-cycle=${o.hourCycle ?? nothing}
      section=${o.section ?? 'calendar'}
      .adapter=${adapter.asStaff(o.staffMember)}
      .bookingAdapter=${adapter}
      .clock=${() => o.now}
    ></booking-admin>`,
  );
  const page = new BookingAdminPage(el);
  await page.ready();
  return { page, adapter };
}

/** Page object for the back office: navigation, and a panel object per section. */
export class BookingAdminPage {
  constructor(readonly el: BookingAdmin) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  async ready(): Promise<void> {
    await waitUntil(
      () => !!this.root.querySelector('nav') || !!this.root.querySelector('.state'),
      'the back office never loaded',
      { timeout: 10000 },
    );
  }

  /** The section names in the navigation, as shown. */
  navItems(): string[] {
    return [...this.root.querySelectorAll('nav button')].map((b) => text(b));
  }

  get header(): string {
    return text(this.root.querySelector('header'));
  }

  get state(): string {
    return text(this.root.querySelector('.state'));
  }

  async open(name: AdminSectionName): Promise<AdminPanel> {
    const button = this.root.querySelector<HTMLButtonElement>(`nav button[data-name="${name}"]`);
    if (!button) throw new Error(`no navigation item ${name}`);
    button.click();
    await this.el.updateComplete;
    return this.panel(name);
  }

  async panel(name: AdminSectionName): Promise<AdminPanel> {
    await waitUntil(() => !!this.root.querySelector(TAGS[name]), `section ${name} never showed`, { timeout: 10000 });
    const panel = new AdminPanel(
      this.root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS[name])!,
    );
    await panel.loaded();
    return panel;
  }
}

/** One section's panel: fields by id, buttons by text, notices, the live region. */
export class AdminPanel {
  constructor(readonly el: HTMLElement & { updateComplete: Promise<boolean> }) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  async loaded(): Promise<void> {
    await waitUntil(
      () =>
        !!this.root.querySelector('h2') &&
        !this.root.querySelector('.loading') &&
        !this.root.querySelector('[aria-busy="true"]'),
      `${this.el.localName} never finished loading`,
      { timeout: 10000 },
    );
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await this.loaded();
  }

  get heading(): string {
    return text(this.root.querySelector('h2'));
  }

  get textContent(): string {
    return text(this.root);
  }

  get announcement(): string {
    return text(this.root.querySelector('[role="status"][aria-live="polite"]'));
  }

  get error(): string {
    return text(this.root.querySelector('.notice.error'));
  }

  field<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const f = deepQuery<T>(this.root, `[id="${id}"]`);
    if (!f) throw new Error(`no field ${id} in ${this.el.localName}`);
    return f;
  }

  has(selector: string): boolean {
    return !!deepQuery(this.root, selector);
  }

  /** The error shown under a field. */
  errorOf(id: string): string {
    return text(deepQuery(this.root, `[id="${id}-error"]`));
  }

  /** Sets a field's value as typing would (input and change events). */
  async set(id: string, value: string | boolean): Promise<void> {
    const f = this.field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(id);
    if (f instanceof HTMLInputElement && (f.type === 'checkbox' || f.type === 'radio')) {
      if (f.checked !== value) f.click();
    } else {
      f.value = String(value);
      f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      f.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await this.el.updateComplete;
  }

  /** Types into a field with real key presses. */
  async type(id: string, value: string): Promise<void> {
    const f = this.field(id);
    f.focus();
    await sendKeys({ type: value });
    await this.el.updateComplete;
  }

  buttons(): HTMLButtonElement[] {
    return deepQueryAll<HTMLButtonElement>(this.root, 'button');
  }

  button(label: string | RegExp): HTMLButtonElement {
    const b = this.buttons().find((x) =>
      typeof label === 'string' ? text(x) === label || x.getAttribute('aria-label') === label : label.test(text(x)),
    );
    if (!b) throw new Error(`no button "${String(label)}" in ${this.el.localName}`);
    return b;
  }

  hasButton(label: string | RegExp): boolean {
    try {
      this.button(label);
      return true;
    } catch {
      return false;
    }
  }

  async click(label: string | RegExp): Promise<void> {
    this.button(label).click();
    await this.el.updateComplete;
  }

  /** Clicks a button inside the first element matching `selector` (e.g. a confirmation group). */
  async clickIn(selector: string, label: string): Promise<void> {
    const scope = deepQuery(this.root, selector);
    const b = [...(scope?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((x) => text(x) === label);
    if (!b) throw new Error(`no button "${label}" in ${selector}`);
    b.click();
    await this.el.updateComplete;
  }

  /** Waits until the live region says something matching. */
  async waitForAnnouncement(pattern: RegExp): Promise<string> {
    await waitUntil(
      () => pattern.test(this.announcement),
      `never announced ${String(pattern)}; said "${this.announcement}"`,
      {
        timeout: 10000,
      },
    );
    return this.announcement;
  }

  async waitFor(predicate: () => boolean, what: string): Promise<void> {
    await waitUntil(predicate, what, { timeout: 10000 });
  }

  /** List items in the panel's master list (services, staff). */
  listNames(): string[] {
    return [...this.root.querySelectorAll('.list .name')].map((n) => text(n));
  }

  async select(name: string): Promise<void> {
    const b = [...this.root.querySelectorAll<HTMLButtonElement>('.list button')].find(
      (x) => text(x.querySelector('.name')) === name,
    );
    if (!b) throw new Error(`no list item ${name}`);
    b.click();
    await this.el.updateComplete;
  }

  get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }
}

/** The record element inside the customers panel, once loaded. */
export async function openRecord(panel: AdminPanel, name: string): Promise<AdminPanel> {
  const button = [...panel.root.querySelectorAll<HTMLButtonElement>('.name-button')].find((b) => text(b) === name);
  if (!button) throw new Error(`no customer ${name}`);
  button.click();
  await panel.el.updateComplete;
  let el: (HTMLElement & { updateComplete: Promise<boolean> }) | null = null;
  await waitUntil(() => (el = panel.root.querySelector('booking-admin-customer-record')) !== null, 'the record opens');
  const record = new AdminPanel(el!);
  await waitUntil(
    () => !!record.root.querySelector('h3#record-heading') && !record.root.querySelector('[aria-busy="true"]'),
    'the record loads',
    { timeout: 10000 },
  );
  return record;
}

// ---------------------------------------------------------------- the calendar's week grid

/**
 * The back office at 1280 × 900 showing the calendar's week of `date` (default 1 December 2026), with
 * what `seed` stored first; `seeded` is what it returned.
 */
export async function openCalendarWeek<S>(
  seed: (adapter: ReferenceAdapter) => Promise<S>,
  o: MountOptions & { date?: string },
) {
  await setViewport({ width: 1280, height: 900 });
  const { page, adapter } = await mountAdmin(o);
  const seeded = await seed(adapter);
  const panel = await page.panel('calendar');
  const calendar = panel.el as unknown as BookingAdminCalendar;
  calendar.date = o.date ?? '2026-12-01';
  calendar.view = 'week';
  await panel.settle();
  calendar.refresh();
  await panel.settle();
  return { page, panel, adapter, calendar, seeded };
}

/** The appointments drawn in the week grid. */
export const gridBlocks = (panel: AdminPanel) => [
  ...panel.root.querySelectorAll<HTMLButtonElement>('.time-grid .g-appt'),
];

/** An element's accessible name from its content: its text without what is hidden from assistive technology. */
export function nameOf(el: Element | null): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

/** The week grid's appointment whose accessible name matches `label`. */
export function gridBlock(panel: AdminPanel, label: RegExp): HTMLButtonElement {
  const found = gridBlocks(panel).find((b) => label.test(nameOf(b)));
  if (!found) throw new Error(`no block ${label}`);
  return found;
}
