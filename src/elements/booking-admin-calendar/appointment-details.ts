/**
 * The selected appointment or class session beside the calendar: what, when, with whom, the
 * customer's details and answers, and the actions the role may take (move, cancel, add an
 * attendee, and for a request waiting for approval, R23, approve or decline).
 */
import { html, nothing } from 'lit';
import type { Business } from '../../core/types.js';
import { dayKey, formatDayLong } from '../../i18n/index.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { StaffAppointment } from '../../schemas/admin.js';
import type { Tracking } from '../../schemas/booking.js';
import { rangeIn, whenIn } from '../booking-admin/admin-format.js';

/** Appointments that share service, staff member and start: one for a one-to-one service, a class session (R8) otherwise. */
export interface Session {
  key: string;
  start: number;
  end: number;
  serviceId: string;
  serviceName: string;
  staffMemberId: string;
  staffMemberName: string;
  appointments: StaffAppointment[];
  maximumAttendeesCount: number;
}

/** Where a booking came from, in one line: the source, then the UTM parameters, then metadata. */
function trackingText(t: Tracking): string {
  const utm = [t.utmSource, t.utmMedium, t.utmCampaign, t.utmTerm, t.utmContent].filter(Boolean).join(' / ');
  const metadata = Object.entries(t.metadata ?? {}).map(([k, v]) => `${k}=${v}`);
  return [t.source, utm, ...metadata].filter(Boolean).join(' · ');
}

/** What the details need from the calendar; handlers run with the calendar as `this` (lit's event host). */
export interface DetailsHost {
  m: AdminMessages;
  language: string;
  business: Business;
  /** The role may change this session (R18). */
  canWrite: boolean;
  working: boolean;
  /** A failed approval, as a notice. */
  error: unknown;
  onClose: (e: Event) => void;
  onReschedule: (e: Event) => void;
  /** Move… (a one-to-one appointment): day, time and staff member typed in. */
  onMove?: ((e: Event) => void) | undefined;
  onCancelAsk: (e: Event) => void;
  onAddAttendee: (e: Event) => void;
  /** Issue 20: every appointment of the selected one's series, once loaded. */
  series: StaffAppointment[] | undefined;
  onCancelRestAsk: (e: Event) => void;
  /** Present for a request waiting for approval. */
  onApprove: ((e: Event) => void) | undefined;
  onDeclineAsk: ((e: Event) => void) | undefined;
}

/** Booked appointments of the series after `a`. */
function laterBooked(series: StaffAppointment[] | undefined, a: StaffAppointment): number {
  return (series ?? []).filter((x) => x.status === 'booked' && Date.parse(x.start) > Date.parse(a.start)).length;
}

/** Issue 20: "3 of 10 in a series" and the series' dates, this one marked, cancelled ones struck. */
function renderSeriesRow(h: DetailsHost, a: StaffAppointment, lang: string, zone: string) {
  const m = h.m;
  const position = a.series!;
  return html`<dt>${m.seriesLabel}</dt>
    <dd>
      <span class="badge" part="series-position">${m.seriesOf(position.index, position.count)}</span>
      ${
        h.series
          ? html`<ol class="series-list" part="series-dates" aria-label=${m.seriesDates}>
              ${h.series.map(
                (x) =>
                  html`<li class=${x.status}>
                    ${
                      x.status === 'cancelled'
                        ? html`<s>${whenIn(Date.parse(x.start), lang, zone, true)}</s> (${m.seriesCancelled})`
                        : whenIn(Date.parse(x.start), lang, zone, true)
                    }
                    ${x.id === a.id ? html`<strong>· ${m.seriesThis}</strong>` : nothing}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </dd>`;
}

export function renderAppointmentDetails(h: DetailsHost, s: Session) {
  const m = h.m;
  const lang = h.language;
  const zone = h.business.businessTimeZone;
  const isClass = s.maximumAttendeesCount > 1;
  const a = s.appointments[0];
  const canWrite = h.canWrite;
  const questions = new Map(h.business.customQuestions.map((q) => [q.id, q.displayName]));
  const staffName = (id: string | undefined) =>
    h.business.staffMembers.find((x) => x.id === id)?.displayName ?? id ?? '';
  const when = `${formatDayLong(dayKey(s.start, zone), lang)}, ${rangeIn(s.start, s.end, lang, zone, m)}`;
  return html`<aside class="details" part="details" aria-labelledby="details-heading">
    <div class="details-top">
      <h3 id="details-heading" tabindex="-1">${isClass ? m.classHeading : m.appointmentHeading}</h3>
      <button class="button small" type="button" @click=${h.onClose}>${m.close}</button>
    </div>
    <dl>
      <dt>${m.what}</dt>
      <dd>${s.serviceName}</dd>
      <dt>${m.when}</dt>
      <dd>${when}</dd>
      <dt>${m.withWhom}</dt>
      <dd>${s.staffMemberName}</dd>
      ${
        isClass
          ? html`<dt>${m.attendees}</dt>
              <dd>${m.seatsTaken(s.appointments.length, s.maximumAttendeesCount)}</dd>`
          : html`<dt>${m.customer}</dt>
              <dd>${a.customer.name}</dd>
              ${
                a.customer.emailAddress
                  ? html`<dt>${m.email}</dt>
                      <dd><a href=${`mailto:${a.customer.emailAddress}`}>${a.customer.emailAddress}</a></dd>`
                  : nothing
              }
              ${
                a.customer.phone
                  ? html`<dt>${m.phone}</dt>
                      <dd><a href=${`tel:${a.customer.phone.replace(/[^\d+]/g, '')}`}>${a.customer.phone}</a></dd>`
                  : nothing
              }
              <dt>${m.customerTimeZone}</dt>
              <dd>${a.customer.timeZone.replaceAll('_', ' ')}</dd>
              ${
                a.customer.notes
                  ? html`<dt>${m.notes}</dt>
                      <dd>${a.customer.notes}</dd>`
                  : nothing
              }
              ${a.answers.map(
                (x) =>
                  html`<dt>${questions.get(x.questionId) ?? x.questionId}</dt>
                    <dd>${x.answer ?? (x.selectedOptions ?? []).join(', ')}</dd>`,
              )}
              ${
                a.joinWebUrl
                  ? html`<dt>${m.joinLink}</dt>
                      <dd><a href=${a.joinWebUrl} target="_blank" rel="noopener noreferrer">${a.joinWebUrl}</a></dd>`
                  : nothing
              }
              <dt>${m.bookedBy}</dt>
              <dd>
                ${
                  a.createdBy === 'customer'
                    ? m.bookedByCustomer
                    : a.createdByStaffMemberId
                      ? m.bookedByStaff(staffName(a.createdByStaffMemberId))
                      : m.bookedByStaffUnknown
                }
              </dd>
              ${
                a.consentAcceptedAt
                  ? html`<dt>${m.consentGiven}</dt>
                      <dd>${whenIn(Date.parse(a.consentAcceptedAt), lang, zone)}</dd>`
                  : nothing
              }
              ${
                a.smsOptIn
                  ? html`<dt>${m.smsOptIn}</dt>
                      <dd>${m.yes}</dd>`
                  : nothing
              }
              ${
                a.tracking
                  ? html`<dt>${m.cameFrom}</dt>
                      <dd>${trackingText(a.tracking)}</dd>`
                  : nothing
              }`
      }
      ${a.series && !isClass ? renderSeriesRow(h, a, lang, zone) : nothing}
      ${
        a.approval === 'pending' && a.approvalExpiresAt
          ? html`<dt>${m.approvalLabel}</dt>
              <dd>
                <span class="badge warn"
                  >${m.approvalPending(whenIn(Date.parse(a.approvalExpiresAt), lang, zone))}</span
                >
              </dd>`
          : nothing
      }
      ${
        a.attendance
          ? html`<dt>${m.record.attendance}</dt>
              <dd>${m.record.attendanceNames[a.attendance]}</dd>`
          : nothing
      }
    </dl>
    ${h.error}
    ${
      canWrite && h.onApprove && h.onDeclineAsk
        ? html`<div class="actions approval">
            <button class="button primary" type="button" ?disabled=${h.working} @click=${h.onApprove}>
              ${h.working ? m.approving : m.approve}
            </button>
            <button class="button" type="button" @click=${h.onDeclineAsk}>${m.decline}</button>
          </div>`
        : nothing
    }
    ${
      isClass
        ? html`<ul class="attendees">
            ${s.appointments.map(
              (x) =>
                html`<li>
                  <strong>${x.customer.name}</strong>
                  <span class="contact"
                    >${[x.customer.emailAddress, x.customer.phone].filter(Boolean).join(' · ')}</span
                  >
                  ${
                    canWrite
                      ? html`<button class="link-button" type="button" data-appointment=${x.id} @click=${h.onCancelAsk}>
                          ${m.cancelForAttendee(x.customer.name)}
                        </button>`
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      canWrite
        ? html`<div class="actions">
            ${
              isClass
                ? html`${
                      s.appointments.length < s.maximumAttendeesCount
                        ? html`<button class="button" type="button" @click=${h.onAddAttendee}>
                            + ${m.addAttendee}
                          </button>`
                        : nothing
                    } <button class="button danger" type="button" @click=${h.onCancelAsk}>${m.cancelSession}</button>`
                : html`${
                      h.onMove
                        ? html`<button class="button move-button" type="button" @click=${h.onMove}>
                            ${m.move.action}
                          </button>`
                        : nothing
                    }
                    <button class="button" type="button" @click=${h.onReschedule}>${m.reschedule}</button>
                    <button class="button danger" type="button" @click=${h.onCancelAsk}>${m.cancelBooking}</button>
                    ${
                      a.series && a.status === 'booked' && laterBooked(h.series, a) > 0
                        ? html`<button class="button danger" type="button" @click=${h.onCancelRestAsk}>
                            ${m.cancelRest}
                          </button>`
                        : nothing
                    }`
            }
          </div>`
        : nothing
    }
  </aside>`;
}
