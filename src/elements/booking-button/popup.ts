/**
 * `<booking-button>`'s popup: a native modal `<dialog>` around a `<booking-page>` that gets the
 * button's attributes. Split out so that a page shows its button without downloading this; it
 * loads on the first opening.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/index.js';
import type { BookingButton } from './booking-button.js';

export interface PopupOptions {
  messages: Messages;
  /** The service and staff member this opening chose, else the button's. */
  service: string;
  staff: string;
  onClose: () => void;
  onDialogClose: () => void;
  onDialogClick: (e: MouseEvent) => void;
  onConfirmed: () => void;
}

export function renderPopup(button: BookingButton, o: PopupOptions) {
  const m = o.messages;
  return html`<dialog part="dialog" aria-labelledby="popup-title" @close=${o.onDialogClose} @click=${o.onDialogClick}>
    <div class="popup-header">
      <h2 id="popup-title" class="visually-hidden">${m.bookingDialogTitle}</h2>
      <button type="button" part="close" class="close" aria-label=${m.closeDialog} @click=${o.onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <booking-page
      business=${ifDefined(button.business || undefined)}
      service=${ifDefined(o.service || undefined)}
      staff=${ifDefined(o.staff || undefined)}
      time-zone=${ifDefined(button.timeZone || undefined)}
      hour-cycle=${ifDefined(button.hourCycle)}
      config-src=${ifDefined(button.configSrc || undefined)}
      api=${ifDefined(button.api || undefined)}
      manage-url=${ifDefined(button.manageUrl || undefined)}
      prefill-name=${ifDefined(button.prefillName || undefined)}
      prefill-email=${ifDefined(button.prefillEmail || undefined)}
      prefill-phone=${ifDefined(button.prefillPhone || undefined)}
      source=${ifDefined(button.source || undefined)}
      .prefill=${button.prefill}
      .metadata=${button.metadata}
      .adapter=${button.adapter}
      .clock=${button.clock}
      @booking-confirmed=${o.onConfirmed}
    ></booking-page>
  </dialog>`;
}
