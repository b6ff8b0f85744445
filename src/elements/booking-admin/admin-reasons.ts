/**
 * Why a time was refused, in words: the staff members the explainer names, each with its reasons
 * (shown under a refused drag, Move… or booking on behalf).
 */
import { html, nothing } from 'lit';
import type { AvailabilityExplanationJson } from '../../schemas/admin.js';
import { type ReasonContext, reasonText } from './admin-format.js';

export function refusalReasons(explanation: AvailabilityExplanationJson | undefined, ctx: ReasonContext) {
  const explained = explanation?.staff.filter((s) => s.reasons.length > 0) ?? [];
  if (explained.length === 0) return nothing;
  return html`<p>${ctx.m.whyNot}</p>
    <ul>
      ${explained.map(
        (s) => html`<li><strong>${s.displayName}</strong>: ${s.reasons.map((r) => reasonText(r, ctx)).join(' ')}</li>`,
      )}
    </ul>`;
}
