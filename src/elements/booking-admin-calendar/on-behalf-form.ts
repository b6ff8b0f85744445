/**
 * Booking on a customer's behalf: service and staff member, the time (free times or typed) beside
 * the customer's details, with a type-ahead over existing customers, the SMS option in the staff's
 * voice, and an e-mail address required unless the customer has none (R12).
 */
import { html, nothing } from 'lit';
import { listTimeZones } from '../../core/time-zones.js';
import type { Service } from '../../core/types.js';
import { messagesFor } from '../../i18n/index.js';
import {
  validateDetails,
  type BookingDetailsForm,
  type DetailsRules,
} from '../booking-details-form/booking-details-form.js';
import { detailsRequest } from '../booking-details-form/details.js';
import { selectField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import { renderStaffSelect, renderTimeSection } from './dialog-forms.js';
import type { CalendarDialogs, Dialog } from './dialogs.js';

/** R12: the service itself asks for an e-mail address (always for online services). */
export const emailAlwaysRequired = (service: Service) => service.isEmailRequired || service.isLocationOnline;

export function renderCreate(c: CalendarDialogs, dialog: Extract<Dialog, { kind: 'create' }>) {
  const m = c.o.messages();
  const business = c.o.business()!;
  const own = c.o.perms().writeAppointments === 'own';
  const services = business.services.filter((s) => !own || s.staffMemberIds.includes(c.o.session()!.staffMemberId));
  const service = business.services.find((s) => s.id === dialog.serviceId);
  const zones = listTimeZones();
  return html`<form novalidate @submit=${c.handleCreate}>
    <div class="dialog-body">
      <div class="fields">
        ${selectField({
          id: 'dialog-service',
          label: m.service,
          value: dialog.serviceId,
          options: services.map((s) => ({
            value: s.id,
            label: s.isHiddenFromCustomers ? m.hiddenSuffix(s.displayName) : s.displayName,
          })),
          onChange: c.handleDialogService,
        })}
        ${renderStaffSelect(c, dialog.serviceId, dialog.staffId, true)}
      </div>
      <div class="create-columns">
        <div class="create-time">${renderTimeSection(c, dialog)}</div>
        <div class="create-customer">
          <h4>${m.customerDetails}</h4>
          ${c.o.perms().readCustomers === 'none' ? nothing : html`<div class="fields">${c.customerSearch.render(m)}</div>`}
          ${
            service
              ? html`<booking-details-form
                  lang=${c.o.language()}
                  .value=${c.s.details}
                  .rules=${rulesFor(c, service)}
                  .errors=${c.s.detailsErrors}
                  @input=${c.handleDetailsInput}
                ></booking-details-form>`
              : nothing
          }
          ${
            service && !emailAlwaysRequired(service)
              ? html`<div class="check">
                  <input id="no-email" type="checkbox" .checked=${c.s.noEmail} @change=${c.handleNoEmail} />
                  <label for="no-email">${m.customerHasNoEmail}</label>
                </div>`
              : nothing
          }
          <div class="fields">
            ${selectField({
              id: 'customer-zone',
              label: m.customerTimeZone,
              value: c.s.customerZone,
              options: zones.map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
              onChange: c.handleCustomerZone,
            })}
          </div>
        </div>
      </div>
      ${c.renderError()}
    </div>
    <div class="dialog-foot">
      <button class="button" type="button" @click=${c.close}>${m.cancel}</button>
      <button class="button primary" type="submit" aria-disabled=${c.s.working ? 'true' : 'false'}>
        ${c.s.working ? m.bookingInProgress : m.bookForCustomer}
      </button>
    </div>
  </form>`;
}

export function rulesFor(c: CalendarDialogs, service: Service): DetailsRules {
  const business = c.o.business()!;
  const byId = new Map(business.customQuestions.map((q) => [q.id, q]));
  return {
    // By default staff take an e-mail address (the confirmation and manage link go there), unless
    // they say the customer has none and the service allows that (R12: then a phone number).
    emailRequired: emailAlwaysRequired(service) || !c.s.noEmail,
    online: service.isLocationOnline,
    sms: service.smsNotificationsEnabled,
    smsLabel: c.o.messages().smsOptInForCustomer,
    // Consent (R13) is the customer's own act; staff booking for them do not tick it.
    consent: { enabled: false },
    questions: (service.customQuestions ?? []).flatMap((a) => {
      const question = byId.get(a.questionId);
      return question ? [{ question, isRequired: a.isRequired }] : [];
    }),
  };
}

/** Books on the customer's behalf; a refusal keeps the dialog open with what was typed. */
export async function submitCreate(c: CalendarDialogs): Promise<void> {
  const session = c.o.session();
  const dialog = c.s.dialog;
  if (!session || dialog?.kind !== 'create' || c.s.working) return;
  const m = c.o.messages();
  const service = c.serviceOf(dialog.serviceId);
  if (!service) return;
  const start = c.chosenStart();
  const errors = validateDetails(c.s.details, rulesFor(c, service), messagesFor(c.o.language()));
  c.s.detailsErrors = errors;
  if (!start) {
    c.s.error = m.chooseTimeFirst;
    c.o.announce(m.chooseTimeFirst);
    await c.host.updateComplete;
    c.host.renderRoot.querySelector<HTMLElement>('dialog .time-section h4, dialog #manual-date')?.focus();
    return;
  }
  if (Object.keys(errors).length) {
    c.s.error = undefined;
    c.o.announce(m.errorsInForm(Object.keys(errors).length));
    await c.host.updateComplete;
    c.host.renderRoot.querySelector<BookingDetailsForm>('dialog booking-details-form')?.focusFirstError();
    return;
  }
  const d = c.s.details;
  c.idempotencyKey ||= crypto.randomUUID();
  c.s.working = true;
  c.s.error = undefined;
  c.s.explanation = undefined;
  try {
    const result = await session.admin.createAppointment({
      businessId: session.businessId,
      serviceId: service.id,
      ...(dialog.staffId ? { staffMemberId: dialog.staffId } : {}),
      start,
      ...(c.customerSearch.chosen ? { customerId: c.customerSearch.chosen.id } : {}),
      ...detailsRequest(d, c.s.customerZone || session.businessTimeZone),
      ...(service.smsNotificationsEnabled ? { smsOptIn: d.smsOptIn } : {}),
      ...(c.s.override && c.o.perms().overrideLeadTime ? { overrideLeadTime: true } : {}),
      idempotencyKey: c.idempotencyKey,
    });
    const a = result.appointment;
    const zone = session.businessTimeZone;
    c.o.announce(
      m.bookedAnnouncement(a.serviceName, a.customer.name, whenIn(Date.parse(a.start), c.o.language(), zone)),
    );
    c.o.changed({ entity: 'appointment', action: 'created', id: a.id });
    c.close();
    await c.o.showAppointment(a);
  } catch (error) {
    await c.failed(error, service.id, dialog.staffId, start);
  } finally {
    c.s.working = false;
  }
}
