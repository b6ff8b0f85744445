/**
 * Online meetings (R16): every appointment of an `isLocationOnline` service gets its own join URL,
 * made before the booking's transaction opens (providers may be async). Where it comes from is
 * chosen per service, else per business, else by the server's default:
 *
 * - `jitsi`: a room on a Jitsi Meet server (`baseUrl`, default https://meet.jit.si) whose name is
 *   128 bits from `crypto.getRandomValues`, so nobody can guess another appointment's room;
 * - `urlTemplate`: a URL with placeholders, `{room}` (required: such a random name),
 *   `{appointmentId}`, `{businessId}`, `{serviceId}`, `{staffMemberId}`, `{start}`;
 * - `hook`: the `meetingLinks` function the adapter or server was given (Teams, Zoom, Google Meet…).
 *
 * There is never a placeholder link: an online service without a provider cannot be published
 * (`missingMeetingProviders`), is not offered to customers, and booking it is refused.
 */
import type { Business, MeetingProvider } from '../../core/types.js';
import { webUrlSchema } from '../../schemas/primitives.js';
import { validate } from '../../schemas/validate.js';
import { BookingError, type FieldIssue } from '../../contract/errors.js';
import { randomBytes, toHex } from '../crypto.js';
import {
  canHostOnline,
  DEFAULT_JITSI_URL,
  type MeetingLinkRequest,
  type MeetingLinkSettings,
} from './meeting-providers.js';

export {
  canHostOnline,
  DEFAULT_JITSI_URL,
  meetingProviderFor,
  type MeetingLinkProvider,
  type MeetingLinkRequest,
  type MeetingLinkSettings,
} from './meeting-providers.js';

/** A room name nobody can guess: 128 random bits, hex (Jitsi lower-cases room names). */
export function newRoomName(): string {
  return toHex(randomBytes(16));
}

function fillTemplate(template: string, request: MeetingLinkRequest, room: string): string {
  const values: Record<string, string> = {
    room,
    appointmentId: request.appointmentId,
    businessId: request.businessId,
    serviceId: request.serviceId,
    staffMemberId: request.staffMemberId ?? '',
    start: request.start,
  };
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name] ?? '') : whole,
  );
}

/** A join URL for `request` from `provider`, checked to be an http(s) link. */
export async function makeMeetingLink(
  settings: MeetingLinkSettings,
  provider: MeetingProvider | undefined,
  request: MeetingLinkRequest,
): Promise<string> {
  let url: string;
  if (!provider) {
    throw new BookingError(
      'policy-violation',
      'This online service has no meeting-link provider, so it cannot be booked. The business must choose one.',
      { issues: [{ path: 'serviceId', message: 'has no meeting-link provider' }] },
    );
  } else if (provider.kind === 'jitsi') {
    url = `${(provider.baseUrl ?? DEFAULT_JITSI_URL).replace(/\/+$/, '')}/${newRoomName()}`;
  } else if (provider.kind === 'urlTemplate') {
    url = fillTemplate(provider.urlTemplate ?? '', request, newRoomName());
  } else {
    const hook = settings.hook;
    if (!hook) throw new BookingError('policy-violation', 'This server has no meeting-link hook.');
    try {
      url = await hook(request);
    } catch (error) {
      if (error instanceof BookingError) throw error;
      throw new BookingError('network', 'The meeting-link provider did not answer; nothing was booked. Try again.', {
        cause: error,
      });
    }
  }
  if (!validate(webUrlSchema, url).ok) {
    throw new BookingError('network', 'The meeting-link provider returned something that is not an https: link.');
  }
  return url;
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
