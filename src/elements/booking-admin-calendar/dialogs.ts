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
import { BookingError } from '../../contract/errors.js';
import type { Permissions } from '../../contract/roles.js';
import type { Business, Service } from '../../core/types.js';
import { listTimeZones } from '../../core/time-zones.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { AvailabilityExplanationJson, StaffAppointment } from '../../schemas/admin.js';
import type { PublicService } from '../../schemas/customer.js';
import type { BookingAdminChangedDetail } from '../../events/booking-admin-changed.js';
import {
  emptyDetails,
  fieldKeyOfPath,
  validateDetails,
  type BookingDetailsForm,
  type DetailsErrors,
} from '../booking-details-form/booking-details-form.js';
import { messagesFor } from '../../i18n/index.js';
import type { BookingTimePicker } from '../booking-time-picker/booking-time-picker.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import { instantOf, reasonText, wallOf, whenIn } from '../booking-admin/admin-format.js';
import type { Session } from './appointment-details.js';
import { CustomerSearch } from './customer-search.js';
import { renderCancelForm, renderRescheduleForm } from './dialog-forms.js';
import { renderMoveForm } from './move-dialog.js';
import { renderCreate, rulesFor, submitCreate } from './on-behalf-form.js';

export type Dialog =
  | { kind: 'create'; serviceId: string; staffId: string; start: string }
  | { kind: 'reschedule'; appointment: StaffAppointment; staffId: string; start: string }
  /** Day, time and staff member typed in (the keyboard's way to do what a drag does). */
  | { kind: 'move'; appointment: StaffAppointment; staffId: string; start: string }
  | {
      kind: 'cancel';
      session: Session;
      appointment: StaffAppointment;
      /** `following` (issue 20): this appointment and the later ones of its series. */
      scope: 'session' | 'attendee' | 'following';
      /** R23: declining a request waiting for approval, rather than cancelling a booking. */
      decline?: boolean;
    };

/** The dialogs that choose a time from the free times (or a typed one). */
export type TimedDialog = Extract<Dialog, { kind: 'create' | 'reschedule' }>;

export interface DialogsOptions {
  session: () => AdminSession | undefined;
  messages: () => AdminMessages;
  language: () => string;
  now: () => number;
  perms: () => Permissions;
  hourCycle: () => string | undefined;
  /** The day shown (a new booking's default date). */
  date: () => string;
  business: () => Business | undefined;
  /** Issue 20: the selected appointment's series, once loaded. */
  series: () => StaffAppointment[] | undefined;
  announce: (text: string) => void;
  errorText: (error: unknown) => string;
  changed: (detail: Omit<BookingAdminChangedDetail, 'businessId'>) => void;
  /** After a booking or a reschedule: its day, with it selected. */
  showAppointment: (a: StaffAppointment) => Promise<void>;
  /** After a move: the appointment in its new place, focused where it is drawn. */
  showMoved: (a: StaffAppointment) => Promise<void>;
  /** After a cancellation: reload, and focus the details (one attendee) or the range's title. */
  afterCancel: (wholeSession: boolean) => Promise<void>;
}

/** The dialogs' state: every change re-renders the calendar. */
interface DialogState {
  dialog: Dialog | undefined;
  manualTime: boolean;
  manualDate: string;
  manualClock: string;
  override: boolean;
  details: ReturnType<typeof emptyDetails>;
  detailsErrors: DetailsErrors;
  customerZone: string;
  /** Staff bookings ask for an e-mail address unless the person says the customer has none. */
  noEmail: boolean;
  cancelMessage: string;
  error: unknown;
  explanation: AvailabilityExplanationJson | undefined;
  working: boolean;
}

function reactive<T extends object>(host: ReactiveControllerHost, init: T): T {
  return new Proxy(init, {
    set(target, key, value) {
      (target as Record<string | symbol, unknown>)[key] = value;
      host.requestUpdate();
      return true;
    },
  });
}

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

  handleRescheduleSubmit = async (e: Event) => {
    e.preventDefault();
    const session = this.o.session();
    const dialog = this.s.dialog;
    if (!session || (dialog?.kind !== 'reschedule' && dialog?.kind !== 'move') || this.s.working) return;
    const m = this.o.messages();
    const start = this.chosenStart();
    if (!start) {
      this.s.error = dialog.kind === 'move' ? m.move.dateTimeNeeded : m.chooseTimeFirst;
      this.o.announce(this.s.error as string);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('dialog .notice')?.focus();
      return;
    }
    this.s.working = true;
    this.s.error = undefined;
    this.s.explanation = undefined;
    try {
      const a = await session.admin.rescheduleAppointment({
        businessId: session.businessId,
        appointmentId: dialog.appointment.id,
        start,
        ...(dialog.staffId ? { staffMemberId: dialog.staffId } : {}),
        ...(this.s.override && this.o.perms().overrideLeadTime ? { overrideLeadTime: true } : {}),
      });
      this.o.announce(m.rescheduledAnnouncement(whenInZone(a.start, this.o.language(), session.businessTimeZone)));
      this.o.changed({ entity: 'appointment', action: 'rescheduled', id: a.id });
      if (dialog.kind === 'move') {
        this.closeQuietly();
        await this.o.showMoved(a);
      } else {
        this.close();
        await this.o.showAppointment(a);
      }
    } catch (error) {
      await this.failed(error, dialog.appointment.serviceId, dialog.staffId, start);
    } finally {
      this.s.working = false;
    }
  };

  handleCancelSubmit = async (e: Event) => {
    e.preventDefault();
    const session = this.o.session();
    const dialog = this.s.dialog;
    if (!session || dialog?.kind !== 'cancel' || this.s.working) return;
    const m = this.o.messages();
    const message = this.s.cancelMessage.trim();
    this.s.working = true;
    this.s.error = undefined;
    try {
      const target = {
        businessId: session.businessId,
        appointmentId: dialog.appointment.id,
        ...(message ? { message } : {}),
      };
      if (dialog.decline) await session.admin.declineAppointment(target);
      else await session.admin.cancelAppointment({ ...target, scope: dialog.scope });
      this.o.announce(dialog.decline ? m.declinedAnnouncement : m.cancelledAnnouncement);
      this.o.changed({ entity: 'appointment', action: 'cancelled', id: dialog.appointment.id });
      const wholeSession =
        dialog.scope === 'session' || dialog.scope === 'following' || dialog.session.appointments.length === 1;
      this.close();
      await this.o.afterCancel(wholeSession);
    } catch (error) {
      this.s.error = error;
      this.o.announce(this.o.errorText(error));
    } finally {
      this.s.working = false;
    }
  };

  /** After a failed booking or move: the reason in words, and for a refused time the explainer's reasons. */
  async failed(error: unknown, serviceId: string, staffId: string, start: string): Promise<void> {
    const session = this.o.session()!;
    const m = this.o.messages();
    const root = this.host.renderRoot;
    if (error instanceof BookingError && error.code === 'invalid-input') {
      const errors: DetailsErrors = {};
      for (const issue of error.issues) {
        const key = fieldKeyOfPath(issue.path);
        if (key) errors[key] = issue.message;
      }
      if (Object.keys(errors).length) {
        this.s.detailsErrors = errors;
        this.o.announce(m.errorsInForm(Object.keys(errors).length));
        await this.host.updateComplete;
        root.querySelector<BookingDetailsForm>('dialog booking-details-form')?.focusFirstError();
        return;
      }
    }
    if (error instanceof BookingError && (error.code === 'slot-unavailable' || error.code === 'policy-violation')) {
      this.idempotencyKey = '';
      this.s.error = this.s.dialog?.kind === 'move' ? m.grid.refused : m.slotUnavailable;
      try {
        this.s.explanation = await session.admin.explainAvailability({
          businessId: session.businessId,
          serviceId,
          ...(staffId ? { staffMemberId: staffId } : {}),
          start,
        });
      } catch {
        this.s.explanation = undefined;
      }
      root.querySelector<BookingTimePicker>('dialog booking-time-picker')?.refresh();
    } else {
      this.s.error = error;
    }
    this.o.announce(typeof this.s.error === 'string' ? this.s.error : this.o.errorText(error));
    await this.host.updateComplete;
    root.querySelector<HTMLElement>('dialog .notice')?.focus();
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
    const explained = this.s.explanation?.staff.filter((s) => s.reasons.length > 0) ?? [];
    return html`<div class="notice error" role="alert" tabindex="-1">
      <p>${typeof error === 'string' ? error : this.o.errorText(error)}</p>
      ${
        explained.length
          ? html`<p>${m.whyNot}</p>
              <ul>
                ${explained.map(
                  (s) =>
                    html`<li>
                      <strong>${s.displayName}</strong>: ${s.reasons.map((r) => reasonText(r, ctx)).join(' ')}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </div>`;
  }
}

function whenInZone(iso: string, lang: string, zone: string): string {
  return whenIn(Date.parse(iso), lang, zone);
}
