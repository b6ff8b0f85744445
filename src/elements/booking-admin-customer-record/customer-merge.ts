/**
 * A customer record's "Duplicates": other records of the same person (suggested by the name, or
 * found by name, e-mail or phone) merged into this one with `mergeCustomers`: their appointments
 * move here, their contact details fill this record's empty fields, their notes are added, and
 * they are deleted. Asked once more before it happens; logged in the privacy log.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { CustomerRecord } from '../../schemas/admin.js';

const LIMIT = 8;
const DEBOUNCE_MS = 200;

export interface MergeOptions {
  messages: () => AdminMessages;
  /** The language lists of names are joined in ("Eva and Eve"). */
  language: () => string;
  search: (query: string, signal: AbortSignal) => Promise<CustomerRecord[]>;
  merge: (duplicateIds: string[]) => Promise<void>;
  renderError: (error: unknown) => unknown;
}

export class CustomerMerge implements ReactiveController {
  open = false;
  private query = '';
  private results: CustomerRecord[] | undefined;
  private chosen = new Map<string, CustomerRecord>();
  private confirming = false;
  private working = false;
  private failure: unknown;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The record merged into. */
  private keep: CustomerRecord | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MergeOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
  }

  /** Opens the panel for `keep`, suggesting records with the same name. */
  start(keep: CustomerRecord): void {
    this.keep = keep;
    this.open = true;
    this.chosen = new Map();
    this.confirming = false;
    this.failure = undefined;
    this.query = keep.name;
    this.search();
    this.host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.abort?.abort();
    clearTimeout(this.timer);
    this.host.requestUpdate();
  }

  private search(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
    const q = this.query.trim();
    if (!q) {
      this.results = [];
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.timer = setTimeout(() => {
      this.options.search(q, abort.signal).then(
        (list) => {
          if (abort.signal.aborted) return;
          this.results = list.filter((c) => c.id !== this.keep?.id).slice(0, LIMIT);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.failure = error;
          this.host.requestUpdate();
        },
      );
    }, DEBOUNCE_MS);
  }

  private readonly handleQuery = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.search();
    this.host.requestUpdate();
  };

  private readonly handleChoose = (e: Event) => {
    const box = e.target as HTMLInputElement;
    const record = this.results?.find((c) => c.id === box.value);
    if (!record) return;
    if (box.checked) this.chosen.set(record.id, record);
    else this.chosen.delete(record.id);
    this.confirming = false;
    this.host.requestUpdate();
  };

  private async handleMerge(): Promise<void> {
    if (this.working || this.chosen.size === 0) return;
    this.working = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      await this.options.merge([...this.chosen.keys()]);
      this.open = false;
    } catch (error) {
      this.failure = error;
      this.confirming = false;
    } finally {
      this.working = false;
      this.host.requestUpdate();
    }
  }

  render() {
    const m = this.options.messages();
    const r = m.record;
    const keep = this.keep;
    if (!this.open || !keep) return nothing;
    const names = new Intl.ListFormat(this.options.language(), { type: 'conjunction' }).format(
      [...this.chosen.values()].map((c) => c.name),
    );
    return html`<div class="merge" role="group" aria-labelledby="merge-heading">
      <h5 id="merge-heading">${r.mergeHeading}</h5>
      <p class="intro">${r.mergeIntro(keep.name)}</p>
      <div class="field">
        <label for="merge-search">${r.mergeSearch}</label>
        <input id="merge-search" type="search" autocomplete="off" .value=${this.query} @input=${this.handleQuery} />
      </div>
      ${
        this.results === undefined
          ? html`<p class="hint" role="status">${m.loading}</p>`
          : this.results.length === 0
            ? html`<p class="hint" role="status">${r.mergeNone}</p>`
            : html`<ul class="merge-results" aria-label=${r.mergeCandidates}>
                ${this.results.map(
                  (c) =>
                    html`<li class="check">
                      <input
                        id=${`merge-${c.id}`}
                        type="checkbox"
                        value=${c.id}
                        .checked=${this.chosen.has(c.id)}
                        @change=${this.handleChoose}
                      />
                      <label for=${`merge-${c.id}`}>
                        <strong>${c.name}</strong>
                        <span class="muted"
                          >${[c.emailAddress, c.phone].filter(Boolean).join(' · ') || '—'} ·
                          ${r.mergeBookings(c.appointmentCount)}</span
                        >
                      </label>
                    </li>`,
                )}
              </ul>`
      }
      ${this.options.renderError(this.failure)}
      ${
        this.confirming
          ? html`<div class="notice warning" role="alert">
              <p>${r.mergeConfirm(names, keep.name)}</p>
              <div class="actions">
                <button
                  class="button danger"
                  type="button"
                  ?disabled=${this.working}
                  @click=${() => void this.handleMerge()}
                >
                  ${this.working ? m.saving : r.mergeNow}
                </button>
                <button class="button" type="button" @click=${() => this.cancelConfirm()}>${m.cancel}</button>
              </div>
            </div>`
          : html`<div class="actions">
              <button
                class="button"
                type="button"
                ?disabled=${this.chosen.size === 0}
                @click=${() => this.askConfirm()}
              >
                ${r.mergeInto(this.chosen.size, keep.name)}
              </button>
              <button class="button" type="button" @click=${() => this.close()}>${m.cancel}</button>
            </div>`
      }
    </div>`;
  }

  private askConfirm(): void {
    this.confirming = true;
    this.host.requestUpdate();
  }

  private cancelConfirm(): void {
    this.confirming = false;
    this.host.requestUpdate();
  }
}
