/**
 * Which meeting-link provider an online service uses (R16), and whether it has one: what the
 * booking page's reads need (an online service without a provider is not offered). Making the
 * links is meeting-links.ts, loaded with the code that books.
 */
import type { Business, MeetingProvider, Service } from '../../core/types.js';

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
