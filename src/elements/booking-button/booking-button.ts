import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { BookingAdapter } from '../../contract/adapter.js';
import type { Clock } from '../../context/keys.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { HourCycle } from '../../i18n/index.js';
import type { Prefill } from '../booking-page/prefill.js';
import { styles } from './booking-button.styles.js';
import type { renderPopup } from './popup.js';
import { enMore } from '../../i18n/en-more.js';
import { completeEnglish } from '../../i18n/index.js';

// English's second part (en-more.ts), which this module shows: in place before anything renders.
completeEnglish(enMore);

/** What `open()` may choose for this one opening. */
export interface BookingButtonOpenOptions {
  /** Open on this service (a one-service flow). */
  service?: string;
  /** Preselect this staff member. */
  staff?: string;
  /** Where focus returns on close (default: what had focus when it opened). */
  returnFocusTo?: HTMLElement;
}

/** The element that had focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A "Book now" button that opens the booking flow in a modal dialog: the popup embed. It takes
 * the same attributes as `<booking-page>` and passes them on. Any element of the page with a
 * `data-booking-open` attribute opens it too (`data-booking-open="<id>"` names one button when
 * the page has several; `data-booking-service` and `data-booking-staff` preselect), and so does
 * `open()`. The dialog is a native modal `<dialog>`: focus moves in and returns on close, Escape
 * and the close button close it, the page behind is inert and does not scroll, and on a phone it
 * fills the screen. Its code loads when it is first opened.
 *
 * @summary A button (or floating button) that opens the booking flow in an accessible popup.
 * @slot - The button's text (default: "Book now" in the page's language).
 * @fires booking-viewed - From the popup's booking page: it loaded and shows its first step.
 * @fires booking-service-selected - From the popup's booking page: the customer chose a service.
 * @fires booking-staff-selected - From the popup's booking page: the customer chose a staff member or "Anyone".
 * @fires booking-slot-selected - From the popup's booking page: the customer chose a time.
 * @fires booking-confirm - From the popup's booking page: cancelable; the customer pressed Book.
 * @fires booking-confirmed - From the popup's booking page: the booking was made.
 * @fires booking-failed - From the popup's booking page: the booking failed.
 * @csspart button - The button, with the state word `floating` when pinned to a corner.
 * @csspart dialog - The popup.
 * @csspart close - The popup's close button.
 * @cssprop --booking-button-dialog-width - The popup's width on large screens (default 760px).
 * @cssstate open - The popup is open.
 */
export class BookingButton extends LitElement {
  static override styles = styles;

  private locale = new LocaleController(this);
  private internals = this.attachInternals();

  /** The popup's template, loaded on first opening. */
  @state() private popup: typeof renderPopup | undefined;
  @state() private opened = false;
  /** What this opening chose (`open(options)`, or the `data-booking-*` of the element clicked). */
  @state() private choice: { service?: string; staff?: string } = {};
  @state() private loadFailed = false;
  /** Bumped to start the flow afresh: after a booking, or when an opening chooses differently. */
  @state() private generation = 0;
  private booked = false;
  private returnFocusTo: HTMLElement | null = null;
  private previousOverflow = '';

  /** Business id, for adapters that hold several businesses. */
  @property() business = '';
  /** A one-service flow: only this service is offered. */
  @property() service = '';
  /** Preselects a staff member. */
  @property() staff = '';
  /** Forces the zone times are shown in (IANA). */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** `h12` or `h23`; default: the language's own. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;
  /** URL of a business configuration JSON for the in-browser reference adapter. */
  @property({ attribute: 'config-src' }) configSrc = '';
  /** Base URL of a server speaking the REST contract. */
  @property() api = '';
  /** Where the manage page lives. */
  @property({ attribute: 'manage-url' }) manageUrl = '';
  /** The customer's details, shown filled in (never submitted by themselves). */
  @property({ attribute: false }) prefill: Prefill | undefined;
  /** The customer's name, filled in. */
  @property({ attribute: 'prefill-name' }) prefillName = '';
  /** The customer's e-mail address, filled in. */
  @property({ attribute: 'prefill-email' }) prefillEmail = '';
  /** The customer's phone number, filled in. */
  @property({ attribute: 'prefill-phone' }) prefillPhone = '';
  /** Where the booking came from, as the site names it (stored with the booking). */
  @property() source = '';
  /** Site-defined metadata stored with the booking (up to 10 text entries); as an attribute, JSON. */
  @property({ type: Object }) metadata: Record<string, string> | undefined;
  /** `bottom-right` (or empty) or `bottom-left`: pin the button to that corner of the window. */
  @property({ reflect: true }) floating: 'bottom-right' | 'bottom-left' | '' | undefined;
  /** No button of its own: only the page's `data-booking-open` elements and `open()` open it. */
  @property({ type: Boolean, attribute: 'no-button' }) noButton = false;
  /** The backend. Overrides `api` and `config-src`. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;
  /** The clock (`() => epoch ms`); tests and stories pass a fixed one. */
  @property({ attribute: false }) clock: Clock | undefined;

  // A getter rather than Lit's @query: in the script-tag bundle that decorator sits with the
  // booking page's later steps, and the button (on the page from the start) would fetch them too.
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.handleDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.handleDocumentClick);
    if (this.opened) this.close();
  }

  protected override updated(): void {
    if (this.opened) this.internals.states.add('open');
    else this.internals.states.delete('open');
  }

  /** Opens the popup from any `[data-booking-open]` of the page addressed to this button. */
  private handleDocumentClick = (e: MouseEvent): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const trigger = e
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-booking-open'));
    if (!trigger) return;
    const wanted = trigger.getAttribute('data-booking-open')?.replace(/^#/, '');
    const mine = wanted ? this.id === wanted : document.querySelector('booking-button') === this;
    if (!mine) return;
    // A link stays a link without script; with it, the popup opens instead of the link's page.
    e.preventDefault();
    void this.open({
      ...(trigger.dataset.bookingService ? { service: trigger.dataset.bookingService } : {}),
      ...(trigger.dataset.bookingStaff ? { staff: trigger.dataset.bookingStaff } : {}),
      returnFocusTo: trigger,
    });
  };

  private handleButtonClick() {
    void this.open();
  }

  private handleCloseClick() {
    this.close();
  }

  /** The dialog closed (Escape, the close button or `close()`): give the page back, once. */
  private handleDialogClose() {
    if (!this.opened) return;
    this.opened = false;
    // The flow stays where the customer left it, unless they booked: then the next opening starts over.
    if (this.booked) {
      this.booked = false;
      this.generation++;
    }
    document.documentElement.style.overflow = this.previousOverflow;
    const back = this.returnFocusTo;
    this.returnFocusTo = null;
    (back?.isConnected ? back : this.renderRoot.querySelector<HTMLElement>('[part~="button"]'))?.focus();
  }

  /** A click on the backdrop (outside the dialog's box) closes it, as on most sites' popups. */
  private handleDialogClick(e: MouseEvent) {
    const dialog = this.dialog;
    if (!dialog || e.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
    if (!inside) this.close();
  }

  private handleConfirmed() {
    this.booked = true;
  }

  private handleRetry() {
    void this.open(this.choice);
  }

  /** Opens the popup (loading its code the first time). Resolves when it is open. */
  async open(options: BookingButtonOpenOptions = {}): Promise<void> {
    if (this.opened) return;
    this.returnFocusTo = options.returnFocusTo ?? deepActiveElement();
    const choice = {
      ...(options.service ? { service: options.service } : {}),
      ...(options.staff ? { staff: options.staff } : {}),
    };
    if (choice.service !== this.choice.service || choice.staff !== this.choice.staff) {
      this.choice = choice;
      this.generation++;
    }
    if (!this.popup) {
      try {
        this.popup = (await import('./popup.js')).renderPopup;
        this.loadFailed = false;
      } catch {
        this.loadFailed = true;
        return;
      }
    }
    this.opened = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.previousOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
    dialog.showModal();
  }

  /** Closes the popup; focus returns to what opened it. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
    // Now, not when the dialog's `close` event comes (a task later): an `open()` right after works.
    this.handleDialogClose();
  }

  override render() {
    const m = this.locale.messages;
    const floating = this.floating !== undefined && this.floating !== null;
    return html`${
      this.noButton
        ? nothing
        : html`<button
            type="button"
            part=${floating ? 'button floating' : 'button'}
            class=${floating ? `button primary floating ${this.floating === 'bottom-left' ? 'left' : 'right'}` : 'button primary'}
            aria-haspopup="dialog"
            aria-expanded=${this.opened ? 'true' : 'false'}
            @click=${this.handleButtonClick}
          >
            <slot>${m.bookNow}</slot>
          </button>`
    }
    ${
      this.loadFailed
        ? html`<p class="error" role="alert">
            ${m.popupLoadFailed}
            <button type="button" class="link-button" @click=${this.handleRetry}>${m.retry}</button>
          </p>`
        : nothing
    }
    ${
      this.popup
        ? keyed(
            this.generation,
            this.popup(this, {
              messages: m,
              service: this.choice.service ?? this.service,
              staff: this.choice.staff ?? this.staff,
              onClose: this.handleCloseClick,
              onDialogClose: this.handleDialogClose,
              onDialogClick: this.handleDialogClick,
              onConfirmed: this.handleConfirmed,
            }),
          )
        : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-button': BookingButton;
  }
}
