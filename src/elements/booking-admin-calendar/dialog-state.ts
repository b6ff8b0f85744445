/**
 * The calendar dialogs' types and state: which dialog is open, what it needs from the calendar,
 * and a state object whose every change re-renders the calendar.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Permissions } from '../../contract/roles.js';
import type { Business } from '../../core/types.js';
import type { BookingAdminChangedDetail } from '../../events/booking-admin-changed.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { AvailabilityExplanationJson, StaffAppointment } from '../../schemas/admin.js';
import type { DetailsErrors, DetailsValue } from '../booking-details-form/booking-details-form.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import type { Session } from './appointment-details.js';

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
export interface DialogState {
  dialog: Dialog | undefined;
  manualTime: boolean;
  manualDate: string;
  manualClock: string;
  override: boolean;
  details: DetailsValue;
  detailsErrors: DetailsErrors;
  customerZone: string;
  /** Staff bookings ask for an e-mail address unless the person says the customer has none. */
  noEmail: boolean;
  cancelMessage: string;
  error: unknown;
  explanation: AvailabilityExplanationJson | undefined;
  working: boolean;
}

export function reactive<T extends object>(host: ReactiveControllerHost, init: T): T {
  return new Proxy(init, {
    set(target, key, value) {
      (target as Record<string | symbol, unknown>)[key] = value;
      host.requestUpdate();
      return true;
    },
  });
}
