/**
 * Online meetings (R16): every appointment of an `isLocationOnline` service gets its own join URL
 * from a pluggable provider, made before the booking's transaction opens (providers may be async).
 */
import { webUrlSchema } from '../../schemas/primitives.js';
import { validate } from '../../schemas/validate.js';
import { BookingError } from '../../contract/errors.js';
import { base64url, sha256 } from '../crypto.js';

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

/** A join URL from `provider`, checked to be an http(s) link; without a provider a clearly fake one. */
export async function makeMeetingLink(
  provider: MeetingLinkProvider | undefined,
  request: MeetingLinkRequest,
): Promise<string> {
  if (!provider) {
    // Deterministic per appointment and clearly fake: `.invalid` can never resolve (RFC 2606).
    return `https://meet.example.invalid/${base64url(sha256(`meet:${request.appointmentId}`)).slice(0, 22)}`;
  }
  const url = await provider(request);
  if (!validate(webUrlSchema, url).ok) {
    throw new BookingError('network', 'The meeting-link provider returned something that is not an https: link.');
  }
  return url;
}
