import { html, nothing } from 'lit';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { OutsideRulesEntry } from '../../schemas/admin.js';
import { reasonText, whenIn } from './admin-format.js';

/**
 * R18b: booked appointments that today's rules would no longer offer, kept and listed with the
 * reasons, so an edit of hours, buffers or policy never drops one silently.
 */
export function renderOutsideRules(
  entries: readonly OutsideRulesEntry[],
  m: AdminMessages,
  lang: string,
  zone: string,
) {
  if (entries.length === 0) return nothing;
  const ctx = { m, lang, zone };
  return html`<div class="notice warning outside" role="status" part="outside-rules">
    <h3>${m.outsideRulesHeading(entries.length)}</h3>
    <p>${m.outsideRulesIntro}</p>
    <ul>
      ${entries.map(
        (e) =>
          html`<li>
            <strong>${whenIn(Date.parse(e.appointment.start), lang, zone)}</strong>
            · ${e.appointment.serviceName} · ${e.appointment.customer.name} (${e.appointment.staffMemberName})
            <div class="why">${e.reasons.map((r) => reasonText(r, ctx)).join(' ')}</div>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The range the outside-rules check covers: from now, as far as the adapter allows in one call. */
export function outsideRulesRange(now: number): { start: string; end: string } {
  return { start: new Date(now).toISOString(), end: new Date(now + 365 * 86_400_000).toISOString() };
}
