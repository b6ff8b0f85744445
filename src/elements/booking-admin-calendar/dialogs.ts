/**
 * The calendar's dialogs and their state: booking on a customer's behalf, rescheduling (free
 * times or a typed time), moving (day, time and staff member typed in, checked by the same rules
 * as a drag), and cancelling or declining. The element renders `render()` and opens a dialog
 * with `open()`; a failed action keeps the dialog open with what was typed, says why in words
 * and, for a refused time, gives the explainer's reasons. Focus returns to what opened a dialog,
 * or to the moved appointment.
 */
import { Task } from '@lit/task';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Service } from '../../core/types.js';
import { listTimeZones } from '../../core/time-zones.js';
import { messagesFor } from '../../i18n/index.js';
import type { StaffAppointment } from '../../schemas/admin.js';
import type { PublicService } from '../../schemas/customer.js';
import {
  emptyDetails,
  validateDetails,
  type BookingDetailsForm,
} from '../booking-details-form/booking-details-form.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import { instantOf, wallOf } from '../booking-admin/admin-format.js';
import { refusalReasons } from '../booking-admin/admin-reasons.js';
import { CustomerSearch } from './customer-search.js';
import { failed, submitCancel, submitMove } from './dialog-actions.js';
import { renderCancelForm, renderRescheduleForm } from './dialog-forms.js';
import { reactive, type Dialog, type DialogsOptions, type DialogState, type TimedDialog } from './dialog-state.js';
import { renderMoveForm } from './move-dialog.js';
import { renderCreate, rulesFor, submitCreate } from './on-behalf-form.js';

export type { Dialog, TimedDialog } from './dialog-state.js';

export class CalendarDialogs implements ReactiveController {
  readonly s: DialogState;
  /** Booking on behalf: the type-ahead over existing customers. */
  readonly customerSearch: CustomerSearch;
  /** The customer side's view of the services: the effective policy the free-time picker needs. */
  readonly pageTask: Task<readonly [AdminSession | undefined, boolean], PublicService[] | undefined>;
  idempotencyKey = '';
  private opener: HTMLElement | null = null;

  constructor(
    readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    readonly o: DialogsOptions,
  ) {
    host.addController(this);
    this.s = reactive(host, {
      dialog: undefined,
      manualTime: false,
      manualDate: '',
      manualClock: '',
      override: false,
      details: emptyDetails(),
      detailsErrors: {},
      customerZone: '',
      noEmail: false,
      cancelMessage: '',
      error: undefined,
      explanation: undefined,
      working: false,
    });
    this.customerSearch = new CustomerSearch(host, {
      search: (query, signal) => {
        const session = o.session();
        if (!session) return Promise.resolve([]);
        return session.admin.listCustomers({ businessId: session.businessId, query, limit: 6 }, { signal });
      },
      onChoose: (c) => {
        this.s.details = { ...this.s.details, name: c.name, emailAddress: c.emailAddress ?? '', phone: c.phone ?? '' };
        if (listTimeZones().includes(c.timeZone)) this.s.customerZone = c.timeZone;
        o.announce(o.messages().customerChosen(c.name));
      },
    });
    this.pageTask = new Task(host, {
      task: async ([session, open], { signal }) => {
        if (!session?.booking || !open) return undefined;
        try {
          const page = await session.booking.getBookingPage({ businessId: session.businessId }, { signal });
          return page.services;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') throw error;
          // Unpublished or restricted page: staff type a time instead.
          return [] as PublicService[];
        }
      },
      args: () => [o.session(), this.timed !== undefined] as const,
    });
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('h3')?.focus();
    }
  }

  get dialog(): Dialog | undefined {
    return this.s.dialog;
  }

  /** The open dialog when it chooses a time from the free times. */
  get timed(): TimedDialog | undefined {
    const d = this.s.dialog;
    return d && (d.kind === 'create' || d.kind === 'reschedule') ? d : undefined;
  }

  get zone(): string {
    return this.o.session()?.businessTimeZone ?? 'UTC';
  }

  serviceOf(id: string): Service | undefined {
    return this.o.business()?.services.find((s) => s.id === id);
  }

  // ---------------------------------------------------------------- open and close

  open(dialog: Dialog, opener: EventTarget | null): void {
    const s = this.s;
    this.opener = opener instanceof HTMLElement ? opener : null;
    s.dialog = dialog;
    s.error = undefined;
    s.explanation = undefined;
    s.working = false;
    this.idempotencyKey = '';
    this.customerSearch.reset();
    const zone = this.zone;
    if (dialog.kind !== 'cancel') {
      const wall = wallOf(dialog.start ? Date.parse(dialog.start) : this.o.now(), zone);
      s.manualDate = dialog.start ? wall.date : this.o.date();
      s.manualClock = dialog.start ? wall.time : '09:00';
      s.manualTime = false;
      s.override = false;
    }
    if (dialog.kind === 'create') {
      s.details = emptyDetails();
      s.detailsErrors = {};
      s.customerZone = zone;
      s.noEmail = false;
    }
    if (dialog.kind === 'cancel') s.cancelMessage = '';
  }

  /** The Move… dialog for a one-to-one appointment, with its current day, time and staff member. */
  openMove(appointment: StaffAppointment, opener: EventTarget | null): void {
    this.open({ kind: 'move', appointment, staffId: appointment.staffMemberId, start: appointment.start }, opener);
  }

  private handleDialogClose = (e?: Event) => {
    // Escape, the close button or a finished action: focus returns to what opened the dialog.
    // `close` events are queued: one from a dialog an action already closed and replaced (the next
    // dialog opened before the event ran) must not close the dialog open now.
    const closed = e?.currentTarget as HTMLDialogElement | undefined;
    if (closed && (!closed.isConnected || closed.open)) return;
    if (!this.s.dialog) return;
    this.s.dialog = undefined;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  };

  close = (): void => {
    this.host.renderRoot.querySelector('dialog')?.close();
    this.handleDialogClose();
  };

  /** Closes without giving focus back to the opener (the caller focuses what the action changed). */
  closeQuietly(): void {
    this.opener = null;
    this.close();
  }

  // ---------------------------------------------------------------- shared handlers

  handleDialogStaff = (e: Event) => {
    const d = this.s.dialog;
    if (!d || d.kind === 'cancel') return;
    this.s.dialog = { ...d, staffId: (e.target as HTMLSelectElement).value, start: d.kind === 'move' ? d.start : '' };
  };

  handlePickTime = (e: Event) => {
    const d = this.timed;
    if (!d) return;
    this.s.dialog = { ...d, start: (e.target as BookingTimePicker).value };
    this.s.error = undefined;
    this.s.explanation = undefined;
  };

  handleManualToggle = () => {
    this.s.manualTime = !this.s.manualTime;
    const d = this.timed;
    if (d) this.s.dialog = { ...d, start: '' };
  };

  handleManualDate = (e: Event) => {
    this.s.manualDate = (e.target as HTMLInputElement).value;
  };

  handleManualClock = (e: Event) => {
    this.s.manualClock = (e.target as HTMLInputElement).value;
  };

  handleOverride = (e: Event) => {
    this.s.override = (e.target as HTMLInputElement).checked;
  };

  handleCustomerZone = (e: Event) => {
    this.s.customerZone = (e.target as HTMLSelectElement).value;
  };

  handleCancelMessage = (e: Event) => {
    this.s.cancelMessage = (e.target as HTMLTextAreaElement).value;
  };

  handleCancelScope = (e: Event) => {
    const d = this.s.dialog;
    if (d?.kind !== 'cancel') return;
    this.s.dialog = { ...d, scope: (e.target as HTMLInputElement).value as 'session' | 'attendee' | 'following' };
  };

  // ---------------------------------------------------------------- booking on behalf

  handleNoEmail = (e: Event) => {
    this.s.noEmail = (e.target as HTMLInputElement).checked;
    const { emailAddress: _gone, phone: _too, ...rest } = this.s.detailsErrors;
    this.s.detailsErrors = rest;
  };

  handleDetailsInput = (e: Event) => {
    this.s.details = (e.target as BookingDetailsForm).value;
    // Details typed over a chosen customer's make this someone else: no longer their record.
    const chosen = this.customerSearch.chosen;
    if (chosen && this.s.details.name.trim() !== chosen.name) this.customerSearch.chosen = undefined;
    if (Object.keys(this.s.detailsErrors).length && this.s.dialog?.kind === 'create') {
      const service = this.serviceOf(this.s.dialog.serviceId);
      if (service) {
        const now = validateDetails(this.s.details, rulesFor(this, service), messagesFor(this.o.language()));
        this.s.detailsErrors = Object.fromEntries(Object.entries(this.s.detailsErrors).filter(([k]) => now[k]));
      }
    }
  };

  handleDialogService = (e: Event) => {
    if (this.s.dialog?.kind !== 'create') return;
    const serviceId = (e.target as HTMLSelectElement).value;
    const service = this.o.business()?.services.find((s) => s.id === serviceId);
    const staffId =
      this.s.dialog.staffId && service?.staffMemberIds.includes(this.s.dialog.staffId) ? this.s.dialog.staffId : '';
    this.s.dialog = {
      ...this.s.dialog,
      serviceId,
      staffId: this.o.perms().writeAppointments === 'own' ? this.s.dialog.staffId : staffId,
      start: '',
    };
    this.s.detailsErrors = {};
  };

  /** The public service for the free-time picker, when the customer side offers it. */
  freeTimesFor(dialog: TimedDialog): PublicService | undefined {
    if (!this.o.session()?.booking) return undefined;
    const serviceId = dialog.kind === 'create' ? dialog.serviceId : dialog.appointment.serviceId;
    return this.pageTask.value?.find((s) => s.id === serviceId);
  }

  /** The start chosen in the dialog: a free time, or the typed date and time in the business zone. */
  chosenStart(): string | undefined {
    const d = this.s.dialog;
    if (!d || d.kind === 'cancel') return undefined;
    if (d.kind !== 'move' && !this.s.manualTime && this.freeTimesFor(d)) return d.start || undefined;
    return instantOf(this.s.manualDate, this.s.manualClock, this.zone);
  }

  // ---------------------------------------------------------------- submit

  handleCreate = (e: Event) => {
    e.preventDefault();
    void submitCreate(this);
  };

  handleRescheduleSubmit = (e: Event) => {
    e.preventDefault();
    void submitMove(this);
  };

  handleCancelSubmit = (e: Event) => {
    e.preventDefault();
    void submitCancel(this);
  };

  /** After a failed booking or move: the reason in words, and for a refused time the explainer's reasons. */
  failed(error: unknown, serviceId: string, staffId: string, start: string): Promise<void> {
    return failed(this, error, serviceId, staffId, start);
  }

  // ---------------------------------------------------------------- render

  render() {
    const dialog = this.s.dialog;
    if (!dialog) return nothing;
    const m = this.o.messages();
    const heading =
      dialog.kind === 'create'
        ? m.createHeading
        : dialog.kind === 'reschedule'
          ? m.rescheduleHeading(dialog.appointment.serviceName, dialog.appointment.customer.name)
          : dialog.kind === 'move'
            ? m.move.heading(dialog.appointment.serviceName, dialog.appointment.customer.name)
            : dialog.decline
              ? m.declineHeading
              : dialog.session.maximumAttendeesCount > 1 && dialog.scope === 'session'
                ? m.cancelSessionHeading
                : m.cancelHeading;
    return html`<dialog
      part="dialog"
      class=${dialog.kind === 'cancel' || dialog.kind === 'move' ? 'narrow' : ''}
      aria-labelledby="dialog-heading"
      @close=${this.handleDialogClose}
    >
      <div class="dialog-head">
        <h3 id="dialog-heading" tabindex="-1">${heading}</h3>
        <button class="button small" type="button" @click=${this.close}>${m.close}</button>
      </div>
      ${
        dialog.kind === 'create'
          ? renderCreate(this, dialog)
          : dialog.kind === 'reschedule'
            ? renderRescheduleForm(this, dialog)
            : dialog.kind === 'move'
              ? renderMoveForm(this, dialog)
              : renderCancelForm(this, dialog)
      }
    </dialog>`;
  }

  renderError() {
    const error = this.s.error;
    if (!error) return nothing;
    const m = this.o.messages();
    const ctx = { m, lang: this.o.language(), zone: this.zone };
    return html`<div class="notice error" role="alert" tabindex="-1">
      <p>${typeof error === 'string' ? error : this.o.errorText(error)}</p>
      ${refusalReasons(this.s.explanation, ctx)}
    </div>`;
  }
}
