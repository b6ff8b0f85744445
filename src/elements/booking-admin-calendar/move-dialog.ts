/**
 * Move…: the keyboard's way to do what a drag does. A one-to-one appointment gets a day, a time
 * (business zone) and a staff member typed in, and the move goes through `rescheduleAppointment`
 * like a drop, so the same rules check it. A refusal says why (the explainer's reasons) and keeps
 * the dialog open with what was typed; a move returns focus to the appointment in its new place.
 */
import { html } from 'lit';
import { inputField } from '../booking-admin/admin-fields.js';
import { whenIn } from '../booking-admin/admin-format.js';
import { renderOverride, renderStaffSelect } from './dialog-forms.js';
import type { CalendarDialogs, Dialog } from './dialogs.js';

export function renderMoveForm(c: CalendarDialogs, dialog: Extract<Dialog, { kind: 'move' }>) {
  const m = c.o.messages();
  const zone = c.zone;
  const lang = c.o.language();
  const a = dialog.appointment;
  return html`<form novalidate @submit=${c.handleRescheduleSubmit}>
    <div class="dialog-body">
      <p>${m.currentTime(`${whenIn(Date.parse(a.start), lang, zone, true)} · ${a.staffMemberName}`)}</p>
      <p class="hint" id="move-hint">${m.move.hint}</p>
      <div class="fields">
        ${inputField({ id: 'move-date', label: m.move.day, type: 'date', value: c.s.manualDate, onInput: c.handleManualDate })}
        ${inputField({
          id: 'move-time',
          label: m.timeInZone(zone.replaceAll('_', ' ')),
          type: 'time',
          value: c.s.manualClock,
          step: '300',
          onInput: c.handleManualClock,
        })}
        ${renderStaffSelect(c, a.serviceId, dialog.staffId, false)}
      </div>
      ${renderOverride(c, 'move-override')} ${c.renderError()}
    </div>
    <div class="dialog-foot">
      <button class="button" type="button" @click=${c.close}>${m.cancel}</button>
      <button class="button primary" type="submit" aria-disabled=${c.s.working ? 'true' : 'false'}>
        ${c.s.working ? m.moving : m.move.submit}
      </button>
    </div>
  </form>`;
}
