// Every state of every kind of button reads at 4.5:1 or more (WCAG 1.4.3), light and dark: the
// contrast is computed from the browser's computed styles (colours, backgrounds and opacity up the
// composed tree), with the mouse really over the button for hover.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../../src/define.js';
import type { BookingCalendar } from '../../src/elements/booking-calendar/booking-calendar.js';
import type { BookingSlotList } from '../../src/elements/booking-slot-list/booking-slot-list.js';
import type { BookingStaffPicker } from '../../src/elements/booking-staff-picker/booking-staff-picker.js';
import { adminStyles } from '../../src/elements/booking-admin/admin.styles.js';
import { styles as manageStyles } from '../../src/elements/booking-manage/booking-manage.styles.js';
import { styles as pageStyles } from '../../src/elements/booking-page/booking-page.styles.js';
import { controls, tokens } from '../../src/styles/tokens.js';
import { emulateMedia } from '../helpers/emulate-media.js';

type Rgba = [number, number, number, number];

/** `rgb(…)`, `rgba(…)` and `color(srgb …)` as computed by Chromium, channels 0–1. */
function parseColor(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(text);
  if (rgb)
    return [
      Number(rgb[1]) / 255,
      Number(rgb[2]) / 255,
      Number(rgb[3]) / 255,
      rgb[4] === undefined ? 1 : Number(rgb[4]),
    ];
  throw new Error(`unreadable colour ${text}`);
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function mix(a: Rgba, b: Rgba, t: number): Rgba {
  return [0, 1, 2].map((i) => a[i] * t + b[i] * (1 - t)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The element and its ancestors across shadow boundaries, the element first. */
function chain(el: Element): Element[] {
  const out: Element[] = [];
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) out.push(node);
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return out;
}

/** The contrast of `textEl`'s text over everything painted behind it, opacity included. */
function contrastOf(textEl: Element): number {
  const nodes = chain(textEl);
  // What lies behind each node's own background, top down from the page (white canvas).
  const behind = new Map<Element, Rgba>();
  let paint: Rgba = [1, 1, 1, 1];
  for (const node of [...nodes].reverse()) {
    behind.set(node, paint);
    paint = over(parseColor(getComputedStyle(node).backgroundColor), paint);
  }
  let text = over(parseColor(getComputedStyle(textEl).color), paint);
  let back = paint;
  for (const node of nodes) {
    const o = Number(getComputedStyle(node).opacity);
    if (o < 1) {
      text = mix(text, behind.get(node)!, o);
      back = mix(back, behind.get(node)!, o);
    }
  }
  const [l1, l2] = [luminance(text), luminance(back)].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

async function hover(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

const MIN = 4.5;

/** Measures `el` (text in `textEl`, default the element itself) at rest, focused and under the mouse. */
async function measure(name: string, el: HTMLElement, textEl: Element = el, host?: LitElement): Promise<void> {
  await resetMouse();
  const states: [string, () => Promise<void>][] = [
    ['default', () => Promise.resolve()],
    ['focus', () => Promise.resolve(el.focus())],
    ['hover', () => hover(el)],
  ];
  for (const [state, enter] of states) {
    await enter();
    await host?.updateComplete;
    const ratio = contrastOf(textEl);
    expect(ratio, `${name} ${state}`).to.be.at.least(MIN);
    el.blur();
    await resetMouse();
  }
}

class ButtonSampler extends LitElement {
  static override styles = [tokens, controls];
  override render() {
    return html`<div style="background: var(--_surface); padding: 8px">
      <button class="button" data-name="button">Back</button>
      <button class="button primary" data-name="primary">Book</button>
      <button class="button" disabled data-name="button disabled">Back</button>
      <button class="button primary" disabled data-name="primary disabled">Book</button>
      <button class="button primary" aria-disabled="true" data-name="primary aria-disabled">Book</button>
      <button class="link-button" data-name="link">Change</button>
    </div>`;
  }
}
customElements.define('test-button-sampler', ButtonSampler);

/** The buttons the page, the manage link and the back office each style on top of the shared ones. */
class PageButtons extends LitElement {
  static override styles = pageStyles;
  override render() {
    return html`<div part="container">
      <button part="service" data-name="service"><span class="service-name">Dental cleaning</span></button>
    </div>`;
  }
}
customElements.define('test-page-buttons', PageButtons);

class ManageButtons extends LitElement {
  static override styles = manageStyles;
  override render() {
    return html`<div part="container">
      <button class="button danger" data-name="cancel booking">Yes, cancel it</button>
    </div>`;
  }
}
customElements.define('test-manage-buttons', ManageButtons);

class AdminButtons extends LitElement {
  static override styles = adminStyles;
  override render() {
    return html`<div style="background: var(--_surface); padding: 8px">
      <button class="button danger" data-name="admin danger">Delete</button>
      <button class="button danger primary" data-name="admin danger primary">Delete</button>
      <ul class="list">
        <li>
          <button data-name="list item"><span class="name">Anna</span></button>
        </li>
        <li>
          <button aria-current="true" data-name="list item current"><span class="name">Ben</span></button>
        </li>
      </ul>
    </div>`;
  }
}
customElements.define('test-admin-buttons', AdminButtons);

const SLOTS = ['09:00', '09:30', '10:00'].map((t) => ({
  start: `2026-12-01T${t}:00Z`,
  end: `2026-12-01T${t.replace(':00', ':30').replace(':30:30', ':59')}:00Z`,
  staffMemberIds: ['anna'],
  remainingCapacity: 1,
}));

for (const scheme of ['light', 'dark'] as const) {
  describe(`button contrast, every state (${scheme})`, () => {
    before(() => emulateMedia({ colorScheme: scheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    afterEach(() => resetMouse());

    it('shared buttons: plain, primary, disabled (both ways) and link buttons', async () => {
      const el = await fixture<ButtonSampler>(html`<test-button-sampler></test-button-sampler>`);
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
        await measure(`${scheme} ${b.dataset.name}`, b, b, el);
      }
    });

    it('service choices, cancel and delete buttons, back-office list items', async () => {
      for (const el of [
        await fixture<LitElement>(html`<test-page-buttons></test-page-buttons>`),
        await fixture<LitElement>(html`<test-manage-buttons></test-manage-buttons>`),
        await fixture<LitElement>(html`<test-admin-buttons></test-admin-buttons>`),
      ]) {
        for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
          await measure(`${scheme} ${b.dataset.name}`, b, b.querySelector('span') ?? b, el);
        }
      }
    });

    it('time buttons: default, hover, focus, selected and selected under the mouse (slot list)', async () => {
      const list = await fixture<BookingSlotList>(
        html`<booking-slot-list
          lang="en"
          day="2026-12-01"
          time-zone="UTC"
          .slots=${SLOTS}
          value=${SLOTS[1].start}
        ></booking-slot-list>`,
      );
      const buttons = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="slot"]')];
      expect(buttons[1].getAttribute('part')).to.equal('slot selected');
      await measure(`${scheme} slot`, buttons[0], buttons[0].querySelector('.time')!, list);
      await measure(`${scheme} slot selected`, buttons[1], buttons[1].querySelector('.time')!, list);
    });

    it('calendar days (available, selected, unavailable, today) and the month buttons, enabled and disabled', async () => {
      const cal = await fixture<BookingCalendar>(
        html`<booking-calendar
          lang="en"
          month="2026-12-01"
          today="2026-12-01"
          value="2026-12-02"
          min="2026-12-01"
          .availability=${new Map([
            ['2026-12-02', 3],
            ['2026-12-03', 2],
          ])}
        ></booking-calendar>`,
      );
      const day = (d: string) => cal.shadowRoot!.querySelector<HTMLElement>(`[data-day="${d}"]`)!;
      for (const [d, what] of [
        ['2026-12-02', 'selected'],
        ['2026-12-03', 'available'],
        ['2026-12-04', 'unavailable'],
        ['2026-12-01', 'today'],
      ]) {
        const cell = day(d);
        await measure(`${scheme} day ${what}`, cell, cell.querySelector('span')!, cal);
      }
      const navs = [...cal.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')];
      expect(
        navs.some((b) => b.disabled),
        'the previous month is disabled at min',
      ).to.equal(true);
      for (const b of navs) await measure(`${scheme} month ${b.disabled ? 'disabled' : 'enabled'}`, b, b, cal);
    });

    it('staff choices, chosen or not', async () => {
      const picker = await fixture<BookingStaffPicker>(
        html`<booking-staff-picker
          lang="en"
          .staff=${[
            { id: 'anna', displayName: 'Anna Larsen' },
            { id: 'carl', displayName: 'Carl Madsen' },
          ]}
          value="anna"
        ></booking-staff-picker>`,
      );
      for (const label of picker.shadowRoot!.querySelectorAll<HTMLElement>('label[part~="option"]')) {
        const name = label.querySelector('span:not(.avatar):not(.hint)') ?? label;
        await measure(`${scheme} staff ${label.getAttribute('part')}`, label, name, picker);
      }
    });
  });
}
