import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { styles } from './booking-staff-picker.styles.js';

export interface StaffOption {
  id: string;
  displayName: string;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join('');

/**
 * Who the customer wants to see: "Anyone" first, then each bookable staff member. Native radio
 * buttons, so arrows move the choice and the group is one tab stop.
 *
 * @summary Staff choice with "Anyone" first.
 * @fires change - The user chose; read `value` (`''` = Anyone).
 * @csspart option - Each choice, with the state word `selected`.
 */
export class BookingStaffPicker extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);

  /** The bookable staff members, in order ("Anyone" is added before them). */
  @property({ attribute: false }) staff: readonly StaffOption[] = [];
  /** The chosen staff member's id; `''` = Anyone. */
  @property() value = '';

  private handleChange(e: Event) {
    this.value = (e.target as HTMLInputElement).value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render() {
    const m = this.locale.messages;
    const options = [{ id: '', displayName: m.anyone }, ...this.staff];
    return html`<fieldset>
      <legend>${m.staffHeading}</legend>
      <div class="options">
        ${options.map((o) => {
          const selected = o.id === this.value;
          return html`<label part=${selected ? 'option selected' : 'option'}>
            <input type="radio" name="staff" .value=${o.id} .checked=${selected} @change=${this.handleChange} />
            <span class="avatar" aria-hidden="true">${o.id ? initials(o.displayName) : '★'}</span>
            <span>${o.displayName}</span>
            ${o.id ? nothing : html`<span class="hint">${m.anyoneHint}</span>`}
          </label>`;
        })}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-staff-picker': BookingStaffPicker;
  }
}
