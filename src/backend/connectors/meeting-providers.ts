/**
 * Which meeting-link provider an online service uses (R16), and whether it has one: what the
 * booking page's reads need (an online service without a provider is not offered). Making the
 * links is meeting-links.ts, loaded with the code that books.
 */
import type { Business, MeetingProvider, Service } from '../../core/types.js';
import type { FieldIssue } from '../../contract/errors.js';

/** What a meeting-link provider learns about the appointment it makes a join URL for (R16). */
export interface MeetingLinkRequest {
  appointmentId: string;
  businessId: string;
  serviceId: string;
  /** The requested staff member; under "Anyone" the assignment happens later, atomically with the booking. */
  staffMemberId?: string;
  start: string;
  end: string;
  subject: string;
}

export type MeetingLinkProvider = (appointment: MeetingLinkRequest) => string | Promise<string>;

/** The public Jitsi Meet service, used when a `jitsi` provider names no server of its own. */
export const DEFAULT_JITSI_URL = 'https://meet.jit.si';

/** What the adapter or server brings: the hook, and the provider for businesses that choose none. */
export interface MeetingLinkSettings {
  hook?: MeetingLinkProvider;
  defaultProvider?: MeetingProvider;
}

/** The provider `service` uses, or undefined when it has none that can work here. */
export function meetingProviderFor(
  settings: MeetingLinkSettings,
  business: Pick<Business, 'meetingProvider'>,
  service: Pick<Service, 'meetingProvider'> | undefined,
): MeetingProvider | undefined {
  const chosen =
    service?.meetingProvider ??
    business.meetingProvider ??
    settings.defaultProvider ??
    (settings.hook ? { kind: 'hook' as const } : undefined);
  if (!chosen) return undefined;
  if (chosen.kind === 'hook' && !settings.hook) return undefined;
  if (chosen.kind === 'urlTemplate' && !chosen.urlTemplate) return undefined;
  return chosen;
}

/** Whether customers can be offered `service`: an in-person one always, an online one with a working provider. */
export function canHostOnline(
  settings: MeetingLinkSettings,
  business: Pick<Business, 'meetingProvider'>,
  service: Service,
): boolean {
  return !service.isLocationOnline || meetingProviderFor(settings, business, service) !== undefined;
}

/**
 * The visible online services of `business` that have no working provider, as issues at
 * `services[i].meetingProvider`: a published booking page may not offer them.
 */
export function missingMeetingProviders(settings: MeetingLinkSettings, business: Business): FieldIssue[] {
  const issues: FieldIssue[] = [];
  business.services.forEach((service, i) => {
    if (service.isHiddenFromCustomers || canHostOnline(settings, business, service)) return;
    const hook = (service.meetingProvider ?? business.meetingProvider)?.kind === 'hook';
    issues.push({
      path: `services[${i}].meetingProvider`,
      message: hook
        ? `${service.displayName} is online, but this server has no meeting-link hook: choose Jitsi Meet or a URL template.`
        : `${service.displayName} is online but has no meeting-link provider: choose Jitsi Meet, a URL template or the server's hook.`,
    });
  });
  return issues;
}
