/**
 * The back office's live preview of a template (R15): the e-mail a template gives, both parts,
 * filled with sample data from the business itself (its first service and staff member, a
 * customer called by a sample name, tomorrow at ten), in the template's language.
 */
import { durationMs } from '../../core/duration.js';
import type { MessageTemplate, TemplateKind } from '../../core/message-templates.js';
import { localizedBusiness } from '../../core/localized-business.js';
import type { Business, EpochMs } from '../../core/types.js';
import { composeAppointmentEmail, composeTimeOffEmail, type ComposedEmail, templateFor } from './compose.js';
import type { EmailTexts } from './types.js';

const HOUR = 3_600_000;

export interface MessagePreview extends ComposedEmail {
  /** The template shown: the given one, else the business's own, else the built-in one. */
  template: MessageTemplate;
  /** The built-in template of the kind and language (what "reset to default" restores). */
  defaultTemplate: MessageTemplate;
  /** Whether the business has its own template for the kind and language. */
  isCustom: boolean;
}

export function previewMessage(input: {
  business: Business;
  texts: EmailTexts;
  kind: TemplateKind;
  languageTag: string;
  template?: MessageTemplate;
  now: EpochMs;
}): MessagePreview {
  const { texts, kind, languageTag, now } = input;
  const saved = templateFor(input.business, kind, languageTag, texts);
  const defaultTemplate = texts.templates[kind];
  const isCustom = saved !== defaultTemplate;
  const template = input.template ?? saved;
  // The template under edit stands in for the business's own one.
  const business: Business = {
    ...input.business,
    messageTemplates: { ...input.business.messageTemplates, [kind]: { [languageTag]: template } },
  };
  // The sample service as the message's language names it (issue 17).
  const services = localizedBusiness(business, languageTag).services;
  const service = services.find((s) => !s.isHiddenFromCustomers) ?? services[0];
  const staff = business.staffMembers.find((s) => s.isBookable) ?? business.staffMembers[0];
  const startMs = Math.ceil((now + 24 * HOUR) / HOUR) * HOUR;
  const endMs = startMs + (service ? durationMs(service.defaultDuration) : 30 * 60_000);
  const zone = business.businessTimeZone;
  const composed =
    kind === 'timeOff'
      ? composeTimeOffEmail({
          business,
          texts,
          staff: { displayName: staff?.displayName ?? 'Alex' },
          languageTag,
          timeZone: zone,
          start: startMs,
          end: startMs + 4 * HOUR,
          title: texts.labels.title,
        })
      : composeAppointmentEmail({
          kind: kind === 'staffNotification' ? 'confirmation' : kind,
          audience: kind === 'staffNotification' ? 'staff' : 'customer',
          business,
          texts,
          languageTag,
          timeZone: zone,
          appointment: {
            id: 'preview',
            startMs,
            endMs,
            serviceId: service?.id ?? '',
            serviceName: service?.displayName ?? texts.labels.service,
            staffName: staff?.displayName ?? 'Alex',
            customer: { name: 'Jane Doe', emailAddress: 'jane.doe@example.com' },
          },
          ...(kind === 'cancellation' || kind === 'staffNotification'
            ? {}
            : { manageUrl: 'https://example.com/manage' }),
          ...(kind === 'reschedule' ? { previousStartMs: startMs - 24 * HOUR, previousEndMs: endMs - 24 * HOUR } : {}),
          ...(kind === 'cancellation' || kind === 'reminder' ? { note: texts.labels.message } : {}),
          icsAttached: kind !== 'cancellation',
        });
  return { ...composed, template, defaultTemplate, isCustom };
}
