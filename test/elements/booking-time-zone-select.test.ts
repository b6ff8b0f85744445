// <booking-time-zone-select>: the WAI-ARIA APG combobox with a listbox popup, driven by the keyboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/booking-time-zone-select.js';
import type { BookingTimeZoneSelect } from '../../src/elements/booking-time-zone-select/booking-time-zone-select.js';

// 10 January 2026: Copenhagen and New York on standard time.
const AT = Date.UTC(2026, 0, 10, 12);

async function mount(lang = 'en-GB', value = 'America/New_York') {
  const el = await fixture<BookingTimeZoneSelect>(
    html`<booking-time-zone-select
      lang=${lang}
      value=${value}
      .preferred=${['America/New_York', 'Europe/Copenhagen']}
      .at=${AT}
    ></booking-time-zone-select>`,
  );
  const root = el.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () => root.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.dataset.zone;
  const changes: string[] = [];
  el.addEventListener('change', () => changes.push(el.value));
  const press = async (press: string) => {
    await sendKeys({ press });
    await el.updateComplete;
  };
  const type = async (text: string) => {
    await sendKeys({ type: text });
    await el.updateComplete;
  };
  return { el, root, input, listbox, options, active, changes, press, type };
}

describe('<booking-time-zone-select>', () => {
  it('is a combobox named "Time zone" that shows the chosen zone by city, name and offset', async () => {
    const { input, listbox, root } = await mount();
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal(listbox.id);
    expect(input.labels![0].textContent).to.equal('Time zone');
    expect(input.value).to.equal('New York — Eastern Time, GMT-5');
    expect(root.querySelector<HTMLElement>('.popup')!.hidden).to.equal(true);
  });

  it('opens with Down on the chosen zone, lists suggested and common zones first, and moves with the arrows', async () => {
    const { el, input, options, active, press } = await mount();
    input.focus();
    await press('ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(active()).to.equal('America/New_York');
    const zones = options().map((o) => o.dataset.zone);
    expect(zones.slice(0, 2)).to.deep.equal(['America/New_York', 'Europe/Copenhagen']);
    expect(zones[2]).to.equal('UTC');
    expect(new Set(zones).size, 'each zone once').to.equal(zones.length);
    expect(zones.length).to.be.greaterThan(300);
    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')].map(
      (g) => el.shadowRoot!.getElementById(g.getAttribute('aria-labelledby')!)!.textContent,
    );
    expect(groups).to.deep.equal(['Suggested time zones', 'Common time zones', 'All time zones']);
    expect(options()[1].textContent.replace(/\s+/g, ' ').trim()).to.equal('Copenhagen — Central European Time, GMT+1');
    expect(options()[0].getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(active()).to.equal('Europe/Copenhagen');
    await press('ArrowUp');
    expect(active()).to.equal('America/New_York');
    await expect(el).to.be.accessible();
    // Escape closes without choosing.
    await press('Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('filters as the reader types (city, zone name, accents folded) and chooses with Enter, firing change once', async () => {
    const { el, input, options, active, changes, press, type, root } = await mount();
    input.focus();
    await type('cope');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options().map((o) => o.dataset.zone)).to.deep.equal(['Europe/Copenhagen']);
    expect(active()).to.equal('Europe/Copenhagen');
    expect(root.querySelector('[role="status"]')!.textContent.trim()).to.equal('1 time zone');
    await press('Enter');
    expect(el.value).to.equal('Europe/Copenhagen');
    expect(changes).to.deep.equal(['Europe/Copenhagen']);
    expect(input.value).to.equal('Copenhagen — Central European Time, GMT+1');
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    // Accents and zone names.
    input.select();
    await type('sao paulo');
    expect(options().map((o) => o.dataset.zone)).to.include('America/Sao_Paulo');
    input.select();
    await type('india');
    expect(options().map((o) => o.dataset.zone)).to.include('Asia/Kolkata', 'common zones, under their current name');

    // Nothing matches: it says so, Enter chooses nothing, Escape restores the chosen zone.
    input.select();
    await type('zzzz');
    expect(options()).to.have.length(0);
    expect(root.querySelector('.no-match')!.textContent).to.contain('No time zone matches “zzzz”');
    await expect(el).to.be.accessible();
    await press('Enter');
    await press('Escape');
    expect(input.value).to.equal('Copenhagen — Central European Time, GMT+1');
    expect(changes).to.deep.equal(['Europe/Copenhagen']);
  });

  it('opens and chooses with the mouse too, and fires nothing when its value is set', async () => {
    const { el, root, input, options, changes } = await mount();
    el.value = 'Asia/Kolkata';
    await el.updateComplete;
    expect(changes).to.deep.equal([]);
    expect(input.value).to.equal('Kolkata — India Standard Time, GMT+5:30');
    root.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    options()
      .find((o) => o.dataset.zone === 'Europe/Copenhagen')!
      .click();
    await el.updateComplete;
    expect(el.value).to.equal('Europe/Copenhagen');
    expect(changes).to.deep.equal(['Europe/Copenhagen']);
  });

  it('names zones in the reader’s language', async () => {
    const { input } = await mount('de', 'Europe/Copenhagen');
    await waitUntil(() => input.value.includes('Mittel'), 'the German catalogue loads');
    expect(input.value).to.equal('Copenhagen — Mitteleuropäische Zeit, GMT+1');
  });
});
