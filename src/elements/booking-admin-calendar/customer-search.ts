/**
 * The customer type-ahead of the booking-on-behalf dialog: an APG combobox (list autocomplete)
 * over `listCustomers({ query, limit })`, matching name, email or phone, best first. Arrow keys
 * move through the suggestions, Enter chooses one, Escape closes the list; choosing fills the
 * customer's details and links the booking to their record.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { CustomerRecord } from '../../schemas/admin.js';

const LIMIT = 6;
const DEBOUNCE_MS = 150;

export interface CustomerSearchOptions {
  search: (query: string, signal: AbortSignal) => Promise<CustomerRecord[]>;
  onChoose: (customer: CustomerRecord) => void;
}

export class CustomerSearch implements ReactiveController {
  query = '';
  results: CustomerRecord[] = [];
  active = -1;
  open = false;
  /** The record chosen for this booking, until the details typed stop matching it. */
  chosen: CustomerRecord | undefined;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CustomerSearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
  }

  reset(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
    this.query = '';
    this.results = [];
    this.active = -1;
    this.open = false;
    this.chosen = undefined;
    this.host.requestUpdate();
  }

  private handleInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.active = -1;
    clearTimeout(this.timer);
    const q = this.query.trim();
    if (!q) {
      this.results = [];
      this.open = false;
      this.host.requestUpdate();
      return;
    }
    this.timer = setTimeout(() => void this.run(q), DEBOUNCE_MS);
    this.host.requestUpdate();
  };

  private async run(q: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const list = await this.options.search(q, abort.signal);
      if (abort.signal.aborted) return;
      this.results = list.slice(0, LIMIT);
      this.open = true;
    } catch {
      // A failed suggestion is no failure: staff type the details themselves.
      if (abort.signal.aborted) return;
      this.results = [];
      this.open = false;
    }
    this.host.requestUpdate();
  }

  private choose(c: CustomerRecord): void {
    this.chosen = c;
    this.query = c.name;
    this.open = false;
    this.active = -1;
    this.options.onChoose(c);
    this.host.requestUpdate();
  }

  private handleKeydown = (e: KeyboardEvent) => {
    const n = this.results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      this.open = true;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      this.host.requestUpdate();
    } else if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.choose(this.results[this.active]);
    } else if (e.key === 'Escape' && this.open) {
      // Closes the list only, not the dialog around it.
      e.preventDefault();
      e.stopPropagation();
      this.open = false;
      this.active = -1;
      this.host.requestUpdate();
    }
  };

  private handleBlur = () => {
    // A click on a suggestion lands before the list closes (pointerdown keeps focus, see below).
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  };

  render(m: AdminMessages) {
    const expanded = this.open && this.query.trim() !== '';
    const activeId = this.active >= 0 ? `customer-option-${this.active}` : undefined;
    return html`<div class="field wide customer-search" data-field="customer-search">
      <label for="customer-search">${m.findCustomer}</label>
      <input
        id="customer-search"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="customer-options"
        aria-describedby="customer-search-hint"
        aria-activedescendant=${activeId ?? ''}
        .value=${this.query}
        @input=${this.handleInput}
        @keydown=${this.handleKeydown}
        @blur=${this.handleBlur}
      />
      <span class="hint" id="customer-search-hint">${m.findCustomerHint}</span>
      <ul id="customer-options" role="listbox" aria-label=${m.findCustomer} ?hidden=${!expanded}>
        ${
          this.results.length === 0
            ? html`<li class="no-match" role="option" aria-disabled="true" aria-selected="false">
                ${m.noCustomerMatch}
              </li>`
            : this.results.map(
                (c, i) =>
                  html`<li
                    id=${`customer-option-${i}`}
                    role="option"
                    aria-selected=${i === this.active ? 'true' : 'false'}
                    @pointerdown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.choose(c)}
                  >
                    <strong>${c.name}</strong>
                    <span>${[c.emailAddress, c.phone].filter(Boolean).join(' · ')}</span>
                  </li>`,
              )
        }
      </ul>
      <span class="visually-hidden" role="status">${expanded ? m.customerMatches(this.results.length) : nothing}</span>
    </div>`;
  }
}
