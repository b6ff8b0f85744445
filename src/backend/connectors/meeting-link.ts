/**
 * R16: a join URL for an online appointment, made before the transaction (providers may be
 * async). Apart from backend.ts, so that a page showing free times does not download it.
 */
import { BookingError } from '../../contract/errors.js';
import type { Business, Service } from '../../core/types.js';
import type { Backend } from '../backend.js';
import { meetingProviderFor, type MeetingLinkRequest } from './meeting-providers.js';

export async function meetingLink(
  b: Backend,
  business: Business,
  service: Service,
  request: MeetingLinkRequest,
): Promise<string> {
  const settings = b.meetingSettings;
  // The link makers (./meeting-links.ts) load with the first online booking.
  const { makeMeetingLink } = await import('./meeting-links.js').catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BookingError('network', `Could not load the meeting-link code: ${reason}`, { cause: error });
  });
  return makeMeetingLink(settings, meetingProviderFor(settings, business, service), request);
}
