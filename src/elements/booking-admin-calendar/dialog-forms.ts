/**
 * The calendar's dialog forms other than booking on behalf: the staff member and time chooser
 * they share (free times from the customer side, or a typed date and time in the business's
 * zone), rescheduling, and cancelling or declining (a session, one attendee, or the rest of a
 * series, issue 20).
 */
import { html, nothing } from 'lit';
import { isStaffSelectionAllowed } from '../../core/policy.js';
import { TaskStatus } from '@lit/task';
import { checkField, inputField, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import type { CalendarDialogs, Dialog, TimedDialog } from './dialogs.js';

export function renderStaffSelect(c: CalendarDialogs, serviceId: string, value: string, withAnyone: boolean) {
  const m = c.o.messages();
  const business = c.o.business()!;
  const service = business.services.find((s) => s.id === serviceId);
  const own = c.o.perms().writeAppointments === 'own';
  const staff = business.staffMembers.filter(
    (s) => s.isBookable && service?.staffMemberIds.includes(s.id) && (!own || s.id === c.o.session()?.staffMemberId),
  );
  return selectField({
    id: 'dialog-staff',
    label: m.staffMember,
    value,
    options: [
      ...(withAnyone && !own ? [{ value: '', label: m.anyone }] : []),
      ...staff.map((s) => ({ value: s.id, label: s.displayName })),
    ],
    onChange: c.handleDialogStaff,
  });
}

/** Free times from the customer side, or a typed date and time (business zone). */
/** "Book inside the minimum lead time", where the role may (R18); `id` names the checkbox. */
export function renderOverride(c: CalendarDialogs, id: string) {
  const m = c.o.messages();
  return c.o.perms().overrideLeadTime
    ? checkField({
        id,
        label: m.overrideLeadTime,
        checked: c.s.override,
        yes: m.yes,
        no: m.no,
        onChange: c.handleOverride,
      })
    : nothing;
}

export function renderTimeSection(c: CalendarDialogs, dialog: TimedDialog) {
  const m = c.o.messages();
  const session = c.o.session()!;
  const zone = session.businessTimeZone;
  const business = c.o.business()!;
  const serviceId = dialog.kind === 'create' ? dialog.serviceId : dialog.appointment.serviceId;
  const service = business.services.find((s) => s.id === serviceId);
  const publicService = c.freeTimesFor(dialog);
  const pageLoading = !!session.booking && c.pageTask.status === TaskStatus.PENDING;
  const manual = c.s.manualTime || !publicService;
  const staffForPicker =
    publicService?.allowStaffSelection && service && isStaffSelectionAllowed(business, service) ? dialog.staffId : '';
  const chosen = c.chosenStart();
  return html`<div class="time-section">
    <h4 tabindex="-1">${manual ? m.time : m.pickFreeTime}</h4>
    ${pageLoading && !publicService ? html`<p class="muted">${m.loading}</p>` : nothing}
    ${!pageLoading && !publicService ? html`<p class="hint">${m.noFreeTimes}</p>` : nothing}
    ${
      manual
        ? html`<div class="fields">
              ${inputField({ id: 'manual-date', label: m.date, type: 'date', value: c.s.manualDate, onInput: c.handleManualDate })}
              ${inputField({
                id: 'manual-time',
                label: m.timeInZone(zone.replaceAll('_', ' ')),
                type: 'time',
                value: c.s.manualClock,
                step: '300',
                onInput: c.handleManualClock,
              })}
            </div>
            ${renderOverride(c, 'override')}`
        : html`<booking-time-picker
            lang=${c.o.language()}
            .adapter=${session.booking}
            business=${session.businessId}
            .service=${publicService}
            staff-member-id=${staffForPicker}
            time-zone=${zone}
            business-time-zone=${zone}
            hour-cycle=${c.o.hourCycle() ?? nothing}
            .value=${dialog.start}
            .clock=${() => c.o.now()}
            @change=${c.handlePickTime}
          ></booking-time-picker>`
    }
    ${
      publicService
        ? html`<p class="mode">
            <button class="link-button" type="button" @click=${c.handleManualToggle}>
              ${manual ? m.useFreeTimes : m.enterTime}
            </button>
          </p>`
        : nothing
    }
    ${chosen && !manual ? html`<p class="chosen" role="status">${m.chosenTime(whenIn(Date.parse(chosen), c.o.language(), zone, true))}</p>` : nothing}
  </div>`;
}

export function renderRescheduleForm(c: CalendarDialogs, dialog: Extract<Dialog, { kind: 'reschedule' }>) {
  const m = c.o.messages();
  const zone = c.o.session()!.businessTimeZone;
  const a = dialog.appointment;
  return html`<form novalidate @submit=${c.handleRescheduleSubmit}>
    <div class="dialog-body">
      <p>${m.currentTime(`${whenIn(Date.parse(a.start), c.o.language(), zone, true)} · ${a.staffMemberName}`)}</p>
      <div class="fields">${renderStaffSelect(c, a.serviceId, dialog.staffId, true)}</div>
      ${renderTimeSection(c, dialog)} ${c.renderError()}
    </div>
    <div class="dialog-foot">
      <button class="button" type="button" @click=${c.close}>${m.cancel}</button>
      <button class="button primary" type="submit" aria-disabled=${c.s.working ? 'true' : 'false'}>
        ${c.s.working ? m.moving : m.moveBooking}
      </button>
    </div>
  </form>`;
}

/** Issue 20: what cancelling the rest of a series cancels. */
export function renderCancelRest(c: CalendarDialogs, dialog: Extract<Dialog, { kind: 'cancel' }>) {
  const zone = c.o.session()!.businessTimeZone;
  const start = Date.parse(dialog.appointment.start);
  const rest = (c.o.series() ?? [dialog.appointment]).filter(
    (a) => a.status === 'booked' && Date.parse(a.start) >= start,
  );
  return html`<p>${c.o.messages().cancelRestIntro(rest.length)}</p>
    <ul class="series-list">
      ${rest.map((a) => html`<li>${whenIn(Date.parse(a.start), c.o.language(), zone, true)}</li>`)}
    </ul>`;
}

export function renderCancelForm(c: CalendarDialogs, dialog: Extract<Dialog, { kind: 'cancel' }>) {
  const m = c.o.messages();
  const zone = c.o.session()!.businessTimeZone;
  const s = dialog.session;
  const isClass = s.maximumAttendeesCount > 1 && s.appointments.length > 1;
  return html`<form novalidate @submit=${c.handleCancelSubmit}>
    <div class="dialog-body">
      <p>
        <strong>${s.serviceName}</strong> · ${whenIn(s.start, c.o.language(), zone, true)} ·
        ${isClass && dialog.scope === 'session' ? m.attendeesCount(s.appointments.length) : dialog.appointment.customer.name}
      </p>
      ${dialog.scope === 'following' ? renderCancelRest(c, dialog) : nothing}
      ${
        isClass
          ? html`<fieldset>
              <legend>${m.cancelScope}</legend>
              <div class="radios">
                <div class="check">
                  <input
                    type="radio"
                    id="scope-session"
                    name="scope"
                    value="session"
                    .checked=${dialog.scope === 'session'}
                    @change=${c.handleCancelScope}
                  />
                  <label for="scope-session">${m.cancelScopeSession(s.appointments.length)}</label>
                </div>
                <div class="check">
                  <input
                    type="radio"
                    id="scope-attendee"
                    name="scope"
                    value="attendee"
                    .checked=${dialog.scope === 'attendee'}
                    @change=${c.handleCancelScope}
                  />
                  <label for="scope-attendee">${m.cancelScopeAttendee(dialog.appointment.customer.name)}</label>
                </div>
              </div>
            </fieldset>`
          : nothing
      }
      <div class="fields">
        ${textareaField({
          id: 'cancel-message',
          label: m.cancelMessage,
          hint: m.cancelMessageHint,
          value: c.s.cancelMessage,
          wide: true,
          maxlength: 2000,
          onInput: c.handleCancelMessage,
        })}
      </div>
      ${c.renderError()}
    </div>
    <div class="dialog-foot">
      <button class="button" type="button" @click=${c.close}>${dialog.decline ? m.keepRequest : m.keepBooking}</button>
      <button class="button danger primary" type="submit" aria-disabled=${c.s.working ? 'true' : 'false'}>
        ${dialog.decline ? (c.s.working ? m.declining : m.confirmDecline) : c.s.working ? m.cancelling : m.confirmCancel}
      </button>
    </div>
  </form>`;
}
