import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { listTimeZones } from '../../core/time-zones.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { zoneLabel } from '../../i18n/format.js';
import { styles } from './booking-time-zone-select.styles.js';

/** "America/Argentina/Buenos_Aires" → "Buenos Aires": people know their city better than their zone's name. */
const cityOf = (zone: string) => (zone.split('/').pop() ?? zone).replaceAll('_', ' ');

/**
 * Chooses the zone the times are shown in. The viewer's and the business's zones come first, named
 * in words with their offset ("Central European Standard Time (GMT+1)"), then every IANA zone.
 *
 * @summary Time-zone chooser for displayed times.
 * @fires change - The user chose a zone; read `value`.
 * @csspart select - The native select.
 */
export class BookingTimeZoneSelect extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);

  /** The zone shown (IANA). */
  @property() value = 'UTC';
  /** Zones listed first, e.g. the viewer's and the business's. */
  @property({ attribute: false }) preferred: readonly string[] = [];
  /** The instant used to name zones (offsets differ in summer and winter). */
  @property({ type: Number }) at = 0;

  private handleChange(e: Event) {
    this.value = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    const m = this.locale.messages;
    const lang = this.locale.lang;
    const first = [...new Set([...this.preferred, this.value])];
    const rest = listTimeZones().filter((z) => !first.includes(z));
    return html`<label for="zone">${m.timeZone}</label>
      <select id="zone" part="select" @change=${this.handleChange}>
        <!-- Named groups, not a disabled "──────" option a screen reader would spell out. -->
        <optgroup label=${m.suggestedZones}>
          ${first.map((z) => html`<option value=${z} ?selected=${z === this.value}>${cityOf(z)} — ${zoneLabel(z, lang, this.at)}</option>`)}
        </optgroup>
        <optgroup label=${m.allZones}>
          ${rest.map((z) => html`<option value=${z} ?selected=${z === this.value}>${z.replaceAll('_', ' ')}</option>`)}
        </optgroup>
      </select>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-time-zone-select': BookingTimeZoneSelect;
  }
}
