/**
 * The reference adapter's customer side (`ReferenceCustomerAdapter`), over a store the caller
 * makes: reference-adapter.ts builds `ReferenceAdapter` on it (storage names, the admin side). A
 * script-tag page on `config-src` loads only this module (and the IndexedDB store), so it shows
 * its first free times without the memory store or the admin side's method table.
 */
import { Backend } from '../../backend/backend.js';
import { isoTextCache } from '../../backend/iso-text.js';
import { invalid } from '../../backend/boundary.js';
import type { PersonalCalendarProvider } from '../../backend/connectors/calendar.js';
import type { MeetingLinkProvider } from '../../backend/connectors/meeting-links.js';
import type { MeetingProvider } from '../../core/types.js';
import { CustomerService } from '../../backend/customer/customer-service.js';
import { parseBusinesses, seedBusinesses } from '../../backend/seed.js';
import type { Store } from '../../backend/store.js';
import type { SignedInUser } from '../../schemas/customer.js';
import { signedInUserSchema } from '../../schemas/customer.js';
import { loadRruleSyntax, mentionsRrule } from '../../schemas/rrule-checker.js';
import { validate } from '../../schemas/validate.js';
import { IndexedDbStore } from './indexeddb-store.js';

export type { BusyInterval, PersonalCalendarProvider } from '../../backend/connectors/calendar.js';
export type { MeetingLinkProvider, MeetingLinkRequest } from '../../backend/connectors/meeting-links.js';

export interface ReferenceAdapterOptions {
  /** One business configuration or a list (R20); validated with the schemas. Seeds the store (see the module comment). */
  config: unknown;
  /**
   * `memory`: this object only (Node, tests). `indexeddb`: persistent, shared by the origin's tabs.
   * Or any `Store` (src/backend/store.ts), so the same rules run on it.
   */
  storage: 'memory' | 'indexeddb' | Store;
  /** The business `businessId`-less calls address. Default: the first business of `config`. */
  defaultBusinessId?: string;
  /** IndexedDB database name (default `booking-elements`); one per independent data set. */
  databaseName?: string;
  /** The clock, epoch milliseconds. Default: the real clock (only here, at the outermost layer). */
  now?: () => number;
  /** A source in `[0, 1)` for `random` staff assignment (R9). Default `Math.random`. Never used for tokens. */
  random?: () => number;
  /** R4: busy time of staff whose availability follows their own calendar. */
  personalCalendar?: PersonalCalendarProvider;
  /**
   * R16: a hook making join URLs (Teams, Zoom, …), used by businesses and services whose
   * `meetingProvider` is `{ kind: 'hook' }`, and by those choosing none when no `defaultMeetingProvider` is given.
   */
  meetingLinks?: MeetingLinkProvider;
  /**
   * R16: the provider of businesses and services that choose none, e.g. `{ kind: 'jitsi' }`. Without
   * it and without a hook, an online service needs its own `meetingProvider` (else it is not offered).
   */
  defaultMeetingProvider?: MeetingProvider;
  /**
   * R17: the signed-in customer, for pages with `accessControl: 'restrictedToOrganization'`.
   * Without one, such pages answer `sign-in-required`. (The reference adapter trusts whoever
   * constructs it; a server adapter checks a session instead.)
   */
  signedInUser?: SignedInUser;
  /** The customer's private link in confirmation messages. Default: `#appointment=…&token=…` (relative; what `<booking-manage>` reads). */
  manageLink?: (i: { businessId: string; appointmentId: string; manageToken: string }) => string;
  /** How long a `holdSlot` reservation lasts (default 5 minutes). */
  holdMs?: number;
  /**
   * The organizer of invitations (`.ics`) when neither the business nor the staff member has an
   * address. Default: `bookings@` the business's web site's host, else `bookings@booking-elements.invalid`.
   */
  senderAddress?: string;
}

function defaultManageLink(i: { appointmentId: string; manageToken: string }): string {
  return `#appointment=${encodeURIComponent(i.appointmentId)}&token=${encodeURIComponent(i.manageToken)}`;
}

function backendOf(options: ReferenceAdapterOptions, store: Store): Backend {
  let signedInUser: SignedInUser | undefined;
  if (options.signedInUser !== undefined) {
    const r = validate(signedInUserSchema, options.signedInUser);
    if (!r.ok) throw invalid(r.issues.map((i) => ({ ...i, path: `signedInUser.${i.path}` })));
    signedInUser = r.value;
  }
  return new Backend({
    store,
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
    ...(options.personalCalendar ? { personalCalendar: options.personalCalendar } : {}),
    ...(options.meetingLinks ? { meetingLinks: options.meetingLinks } : {}),
    ...(options.defaultMeetingProvider ? { defaultMeetingProvider: options.defaultMeetingProvider } : {}),
    ...(signedInUser ? { signedInUser } : {}),
    manageLink: options.manageLink ?? defaultManageLink,
    holdMs: options.holdMs ?? 5 * 60_000,
    holdsPerClient: 3,
    isoText: isoTextCache(),
    ...(options.senderAddress ? { senderAddress: options.senderAddress } : {}),
  });
}

/**
 * The reference adapter's customer side over a given store: what a script-tag page on
 * `config-src` constructs (`pageAdapter`). `ReferenceAdapter` (reference-adapter.ts) adds the
 * `memory` and `indexeddb` storage names and the admin side.
 */
export class ReferenceCustomerAdapter extends CustomerService {
  constructor(options: ReferenceAdapterOptions & { storage: Store }) {
    const businesses = parseBusinesses(options.config);
    const backend = backendOf(options, options.storage);
    const ready = seedBusinesses(backend, businesses);
    // Callers see a seeding failure on their first call; do not report it as unhandled meanwhile.
    ready.catch(() => undefined);
    super(backend, ready, options.defaultBusinessId ?? businesses[0]?.id);
  }

  /** Closes the store's connection (IndexedDB); later calls fail. */
  close(): void {
    this.scope.backend.store.close();
  }
}

/**
 * The customer side of a script-tag page's reference adapter: `config` seeds the origin's IndexedDB
 * database. The recurrence rule checker is loaded only when the configuration has a rule.
 */
export async function pageAdapter(config: unknown): Promise<ReferenceCustomerAdapter> {
  if (mentionsRrule(config)) await loadRruleSyntax();
  return new ReferenceCustomerAdapter({ config, storage: new IndexedDbStore('booking-elements') });
}
