import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isValidTimeZone, listTimeZones } from '../../core/time-zones.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { canonical, fold, zoneChoice, type ZoneChoice } from './zone-choices.js';
import { styles } from './booking-time-zone-select.styles.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

/** Zones most people look for, after the viewer's and the business's own. */
const COMMON = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Copenhagen',
  'Europe/Warsaw',
  'Europe/Helsinki',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Africa/Lagos',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
];

interface Group {
  id: string;
  label: string;
  options: ZoneChoice[];
}

let instances = 0;

/**
 * Chooses the zone the times are shown in: a searchable combobox (the WAI-ARIA APG combobox
 * pattern, with a listbox popup and list autocomplete). Zones are named as people know them,
 * "Copenhagen — Central European Time, GMT+1", in the reader's language; the viewer's and the
 * business's zones come first, then the common ones, then every IANA zone by city. Typing
 * filters by city, zone name, IANA id or offset; arrows move, Enter chooses, Escape closes.
 *
 * @summary Time-zone chooser for displayed times.
 * @fires change - The user chose a zone; read `value`.
 * @csspart select - The combobox's text field.
 * @csspart listbox - The list of zones.
 * @csspart option - Each zone in the list; the chosen one also has the word `selected`, the highlighted one `active`.
 */
export class BookingTimeZoneSelect extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);
  private readonly uid = `tz${++instances}`;

  @state() private open = false;
  /** What the reader typed; `undefined` while the field shows the chosen zone. */
  @state() private query: string | undefined;
  /** The highlighted option's zone (aria-activedescendant). */
  @state() private active = '';

  /** The zone shown (IANA). */
  @property() value = 'UTC';
  /** Zones listed first, e.g. the viewer's and the business's. */
  @property({ attribute: false }) preferred: readonly string[] = [];
  /** The instant used to name zones (offsets differ in summer and winter). */
  @property({ type: Number }) at = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.handleOutside, true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open' as keyof BookingTimeZoneSelect)) {
      if (this.open) document.addEventListener('pointerdown', this.handleOutside, true);
      else document.removeEventListener('pointerdown', this.handleOutside, true);
    }
    if (this.open && this.active) {
      this.renderRoot.querySelector(`#${this.optionId(this.active)}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private readonly handleOutside = (e: Event) => {
    if (!e.composedPath().includes(this)) this.close();
  };

  private handleInput(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.visible()[0]?.zone ?? '';
  }

  private handleKeyDown(e: KeyboardEvent) {
    const list = this.visible();
    const at = list.findIndex((o) => o.zone === this.active);
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          // Alt+Down opens without moving; Down opens on the chosen zone (or the first).
          this.active = e.altKey ? '' : list.some((o) => o.zone === this.value) ? this.value : (list[0]?.zone ?? '');
        } else if (list.length > 0) this.active = list[Math.min(list.length - 1, at + 1)].zone;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          this.active = list[list.length - 1]?.zone ?? '';
        } else if (e.altKey) this.close();
        else if (list.length > 0) this.active = list[Math.max(0, at - 1)].zone;
        break;
      case 'PageDown':
      case 'PageUp':
        if (!this.open || list.length === 0) return;
        e.preventDefault();
        this.active = list[Math.max(0, Math.min(list.length - 1, at + (e.key === 'PageDown' ? 10 : -10)))].zone;
        break;
      case 'Enter':
        if (!this.open) return;
        e.preventDefault();
        if (this.active) this.choose(this.active);
        else this.close();
        break;
      case 'Escape':
        if (this.open || this.query !== undefined) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private handleToggle() {
    if (this.open) this.close();
    else {
      this.open = true;
      this.active = this.value;
    }
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private handleOptionClick(e: Event) {
    const zone = (e.currentTarget as HTMLElement).dataset.zone;
    if (zone) this.choose(zone);
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private handleOptionPointer(e: Event) {
    this.active = (e.currentTarget as HTMLElement).dataset.zone ?? this.active;
  }

  private handleBlur(e: FocusEvent) {
    // Focus moving into the list (a click on an option) is not leaving.
    if (e.relatedTarget instanceof Node && this.renderRoot.contains(e.relatedTarget)) return;
    this.close();
  }

  private choose(zone: string) {
    const changed = zone !== this.value;
    this.value = zone;
    this.close();
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private close() {
    this.open = false;
    this.query = undefined;
    this.active = '';
  }

  private optionId(zone: string): string {
    return `${this.uid}-${zone.replace(/[^A-Za-z0-9]/g, '-')}`;
  }

  /** The groups as shown: suggested, common, then all (each zone once), filtered by the query. */
  private groups(): Group[] {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const at = this.at;
    // Each zone once, also when the runtime lists it under another name (Asia/Calcutta, Asia/Kolkata).
    const seen = new Set<string>();
    const take = (zones: readonly string[]) =>
      zones
        .filter((z) => isValidTimeZone(z) && !seen.has(canonical(z)) && (seen.add(canonical(z)), true))
        .map((z) => zoneChoice(z, lang, at));
    const suggested = take([...this.preferred, this.value]);
    const common = take(COMMON);
    const all = take(listTimeZones()).sort((a, b) => a.city.localeCompare(b.city, lang));
    const q = fold(this.query ?? '');
    const match = (o: ZoneChoice) => !q || o.search.includes(q);
    return [
      { id: 'suggested', label: m.suggestedZones, options: suggested.filter(match) },
      { id: 'common', label: m.commonZones, options: common.filter(match) },
      { id: 'all', label: m.allZones, options: all.filter(match) },
    ].filter((g) => g.options.length > 0);
  }

  private visible(): ZoneChoice[] {
    return this.groups().flatMap((g) => g.options);
  }

  override render() {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const chosen = zoneChoice(this.value, lang, this.at);
    const groups = this.open ? this.groups() : [];
    const count = groups.reduce((n, g) => n + g.options.length, 0);
    const listbox = `${this.uid}-listbox`;
    return html`<label id=${`${this.uid}-label`} for=${`${this.uid}-input`}>${m.timeZone}</label>
      <div class="combo">
        <input
          id=${`${this.uid}-input`}
          part="select"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listbox}
          aria-activedescendant=${this.open && this.active ? this.optionId(this.active) : nothing}
          .value=${this.query ?? chosen.label}
          @input=${this.handleInput}
          @keydown=${this.handleKeyDown}
          @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
          @blur=${this.handleBlur}
        />
        <button
          type="button"
          class="toggle"
          tabindex="-1"
          aria-label=${m.showZones}
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listbox}
          @click=${this.handleToggle}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <div class="popup" ?hidden=${!this.open}>
          <ul id=${listbox} role="listbox" part="listbox" aria-labelledby=${`${this.uid}-label`}>
            ${groups.map(
              (g) =>
                html`<li role="presentation" class="group">
                  <ul role="group" aria-labelledby=${`${this.uid}-g-${g.id}`}>
                    <li role="presentation" class="group-label" id=${`${this.uid}-g-${g.id}`}>${g.label}</li>
                    ${g.options.map((o) => this.renderOption(o))}
                  </ul>
                </li>`,
            )}
          </ul>
          ${this.open && count === 0 ? html`<p class="no-match">${m.noZoneMatch(this.query ?? '')}</p>` : nothing}
        </div>
      </div>
      <div class="visually-hidden" role="status">
        ${this.open && this.query !== undefined ? m.zoneResults(count) : ''}
      </div>`;
  }

  private renderOption(o: ZoneChoice) {
    const selected = o.zone === this.value;
    const active = o.zone === this.active;
    return html`<li
      id=${this.optionId(o.zone)}
      role="option"
      part=${selected ? (active ? 'option selected active' : 'option selected') : active ? 'option active' : 'option'}
      data-zone=${o.zone}
      aria-selected=${selected ? 'true' : 'false'}
      @click=${this.handleOptionClick}
      @pointermove=${this.handleOptionPointer}
    >
      <span class="city">${o.city}</span> <span class="name">— ${o.description}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-time-zone-select': BookingTimeZoneSelect;
  }
}
