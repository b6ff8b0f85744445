/**
 * The meeting-link provider's fields (R16), one way in the business settings and in a service's
 * editor: the provider, and the Jitsi server or the URL template it needs. Drafts keep them as
 * `meetingProvider.kind`, `meetingProvider.baseUrl` and `meetingProvider.urlTemplate`, the paths
 * the schema reports its issues at.
 */
import { nothing } from 'lit';
import type { MeetingProvider } from '../../core/types.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { MEETING_URL_PLACEHOLDERS } from '../../schemas/business.js';
import { inputField, selectField } from './admin-fields.js';

export const MEETING = 'meetingProvider.';

export function meetingDraft(p: MeetingProvider | null | undefined): Record<string, string> {
  return {
    [`${MEETING}kind`]: p?.kind ?? '',
    [`${MEETING}baseUrl`]: p?.baseUrl ?? '',
    [`${MEETING}urlTemplate`]: p?.urlTemplate ?? '',
  };
}

/** The provider the draft describes (`null`: none of its own), and an error for a missing template. */
export function meetingFromDraft(
  fields: Record<string, string | boolean>,
  m: AdminMessages,
  errors: Record<string, string>,
): MeetingProvider | null {
  const text = (k: string) => String(fields[`${MEETING}${k}`] ?? '').trim();
  const kind = text('kind') as MeetingProvider['kind'] | '';
  if (kind === '') return null;
  if (kind === 'urlTemplate' && !text('urlTemplate')) errors[`${MEETING}urlTemplate`] = m.required;
  return {
    kind,
    ...(kind === 'jitsi' && text('baseUrl') ? { baseUrl: text('baseUrl') } : {}),
    ...(kind === 'urlTemplate' ? { urlTemplate: text('urlTemplate') } : {}),
  };
}

export interface MeetingFieldsOptions {
  fields: Record<string, string | boolean>;
  errors: Record<string, string>;
  readonly: boolean;
  m: AdminMessages;
  onInput: (e: Event) => void;
  /** A service's editor: what "none of its own" means (the business's choice). */
  inherit?: string;
}

export function meetingFields(o: MeetingFieldsOptions) {
  const m = o.m.meetingPanel;
  const kind = String(o.fields[`${MEETING}kind`] ?? '');
  const bind = (k: string, label: string) => ({
    id: `${MEETING}${k}`,
    label,
    value: String(o.fields[`${MEETING}${k}`] ?? ''),
    error: o.errors[`${MEETING}${k}`],
    readonly: o.readonly,
    onInput: o.onInput,
  });
  return [
    selectField({
      id: `${MEETING}kind`,
      label: m.provider,
      value: kind,
      error: o.errors[`${MEETING}kind`] ?? o.errors.meetingProvider,
      readonly: o.readonly,
      options: [
        { value: '', label: o.inherit ?? m.kinds.none },
        { value: 'jitsi', label: m.kinds.jitsi },
        { value: 'urlTemplate', label: m.kinds.urlTemplate },
        { value: 'hook', label: m.kinds.hook },
      ],
      hint: kind === '' && o.inherit ? undefined : m.kindHints[(kind || 'none') as keyof typeof m.kindHints],
      onChange: o.onInput,
    }),
    kind === 'jitsi'
      ? inputField({ ...bind('baseUrl', m.jitsiBaseUrl), type: 'url', hint: m.jitsiBaseUrlHint })
      : nothing,
    kind === 'urlTemplate'
      ? inputField({
          ...bind('urlTemplate', m.urlTemplate),
          type: 'url',
          required: true,
          wide: true,
          hint: m.urlTemplateHint(MEETING_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')),
        })
      : nothing,
  ];
}
