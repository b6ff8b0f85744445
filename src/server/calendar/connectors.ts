/**
 * The two built-in calendar connectors (backend/connectors/calendar-connector.ts), on the server:
 *
 * - **ICS feed**: the "secret address in iCal format" Google Calendar, Outlook.com / Microsoft 365
 *   and iCloud publish. A GET with `If-None-Match` / `If-Modified-Since`; read only.
 * - **CalDAV** (iCloud, Fastmail, Nextcloud, Radicale, …): plain WebDAV requests with HTTP Basic
 *   authentication (an app password). The address may be the calendar itself, the account's
 *   principal or home, or just the server: the calendar is discovered (RFC 4791 §7.1, RFC 5397,
 *   RFC 6764 `/.well-known/caldav`), then read with a `calendar-query` REPORT with a time range,
 *   and written to with PUT / DELETE of one resource per appointment.
 *
 * Plain requests rather than a client library: every request, redirects included, must go through
 * safe-fetch.ts (address checks, size and time limits), and the protocol surface needed is six
 * requests. Every error message is fit to show an administrator and never carries a credential.
 */
import { formatIcsDateTime } from '../../core/ics.js';
import { LIMITS } from '../../schemas/fields.js';
import { withoutControlCharacters } from '../../schemas/fields-extra.js';
import type {
  CalendarConnector,
  CalendarCursor,
  CalendarRead,
  CalendarSource,
} from '../../backend/connectors/calendar-connector.js';
import { CALDAV, CALSERVER, child, DAV, multistatus, XmlError, type DavResponse } from './dav-xml.js';
import { CalendarFetchError, safeRequest, type FetchPolicy, type SafeResponse } from '../safe-fetch.js';

/** A connector failure with what to show; `field` is the input it is about (`url`, `password`). */
export class CalendarConnectError extends Error {
  override readonly name = 'CalendarConnectError';
  constructor(
    message: string,
    readonly field: 'url' | 'userName' | 'password' = 'url',
  ) {
    super(message);
  }
}

function looksLikeIcs(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''));
}

function statusError(response: SafeResponse, what: string): CalendarConnectError {
  const s = response.status;
  if (s === 401) return new CalendarConnectError(`The ${what} refused the user name or password.`, 'password');
  if (s === 403) return new CalendarConnectError(`The ${what} refused access (${s}).`, 'password');
  if (s === 404 || s === 410) return new CalendarConnectError(`Nothing was found at this address (${s}).`);
  if (s >= 500) return new CalendarConnectError(`The ${what} failed to answer (${s}); it will be tried again.`);
  return new CalendarConnectError(`The ${what} answered ${s}.`);
}

async function request(
  policy: FetchPolicy,
  init: { method: string; url: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
): Promise<SafeResponse> {
  try {
    return await safeRequest(init, policy);
  } catch (error) {
    if (error instanceof CalendarFetchError) throw new CalendarConnectError(error.message);
    throw error;
  }
}

// ------------------------------------------------------------------------------------------ ICS

export function icsFeedConnector(policy: FetchPolicy): CalendarConnector {
  async function get(source: CalendarSource, cursor: CalendarCursor, signal?: AbortSignal): Promise<CalendarRead> {
    const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1' };
    if (cursor.etag) headers['if-none-match'] = cursor.etag;
    if (cursor.lastModified) headers['if-modified-since'] = cursor.lastModified;
    const response = await request(policy, { method: 'GET', url: source.url, headers, ...(signal ? { signal } : {}) });
    if (response.status === 304) return { status: 'unchanged', cursor };
    if (response.status !== 200) throw statusError(response, 'calendar server');
    if (!looksLikeIcs(response.text)) {
      const type = response.headers['content-type']?.split(';')[0] ?? 'unknown content';
      throw new CalendarConnectError(
        `This address does not serve an iCalendar (.ics) feed (it sent ${type}). Use the calendar's secret address in iCal format.`,
      );
    }
    const next: CalendarCursor = {};
    if (response.headers['etag']) next.etag = response.headers['etag'];
    if (response.headers['last-modified']) next.lastModified = response.headers['last-modified'];
    return { status: 'changed', texts: [response.text], cursor: next };
  }
  return {
    kind: 'ics',
    writes: false,
    async test(source, signal) {
      const read = await get(source, {}, signal);
      const name =
        read.status === 'changed' ? /^X-WR-CALNAME:(.*)$/m.exec(read.texts[0] ?? '')?.[1]?.trim() : undefined;
      return { cursor: {}, ...(name ? { name } : {}) };
    },
    read: (source, _range, cursor, signal) => get(source, cursor, signal),
  };
}

// --------------------------------------------------------------------------------------- CalDAV

const PROPFIND_DISCOVER = `<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
  <d:prop><d:resourcetype/><d:displayname/><d:current-user-principal/><c:calendar-home-set/><c:supported-calendar-component-set/><cs:getctag/><d:sync-token/></d:prop>
</d:propfind>`;

function basicAuth(source: CalendarSource): Record<string, string> {
  if (source.kind !== 'caldav') return {};
  return { authorization: `Basic ${Buffer.from(`${source.userName}:${source.password}`, 'utf8').toString('base64')}` };
}

function isCalendar(props: DavResponse['props']): boolean {
  const type = props.find((p) => p.ns === DAV && p.name === 'resourcetype');
  return type?.children.some((c) => c.ns === CALDAV && c.name === 'calendar') ?? false;
}

function holdsEvents(response: DavResponse): boolean {
  const set = response.props.find((p) => p.ns === CALDAV && p.name === 'supported-calendar-component-set');
  if (!set || set.children.length === 0) return true;
  return set.children.some((c) => c.name === 'comp' && c.attrs['name']?.toUpperCase() === 'VEVENT');
}

function hrefIn(props: DavResponse['props'], ns: string, name: string): string | undefined {
  return (
    child(
      props.find((p) => p.ns === ns && p.name === name),
      DAV,
      'href',
    )?.text.trim() || undefined
  );
}

function textIn(props: DavResponse['props'], ns: string, name: string): string | undefined {
  return props.find((p) => p.ns === ns && p.name === name)?.text.trim() || undefined;
}

/** A calendar's name as the server gives it, as a one-line text field would take it (stored and shown). */
function displayName(props: DavResponse['props']): string | undefined {
  const name = textIn(props, DAV, 'displayname');
  return name === undefined ? undefined : withoutControlCharacters(name).trim().slice(0, LIMITS.name) || undefined;
}

/** The collection URL with a trailing slash, so resource names resolve inside it. */
function asCollection(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function caldavConnector(policy: FetchPolicy): CalendarConnector {
  async function dav(
    source: CalendarSource,
    method: string,
    url: string,
    body: string | undefined,
    headers: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<SafeResponse> {
    return request(policy, {
      method,
      url,
      headers: { ...basicAuth(source), ...headers },
      ...(body !== undefined ? { body } : {}),
      ...(signal ? { signal } : {}),
    });
  }

  async function propfind(
    source: CalendarSource,
    url: string,
    depth: '0' | '1',
    signal?: AbortSignal,
  ): Promise<{ responses: DavResponse[]; url: string }> {
    const response = await dav(
      source,
      'PROPFIND',
      url,
      PROPFIND_DISCOVER,
      { depth, 'content-type': 'application/xml; charset=utf-8' },
      signal,
    );
    if (response.status !== 207) throw statusError(response, 'CalDAV server');
    try {
      return { responses: multistatus(response.text), url: response.url };
    } catch (error) {
      if (error instanceof XmlError)
        throw new CalendarConnectError(`The CalDAV server's answer could not be read: ${error.message}`);
      throw error;
    }
  }

  /** The first response's properties (the resource itself, for Depth 0). */
  function self(responses: DavResponse[], url: string): DavResponse | undefined {
    const path = new URL(url).pathname.replace(/\/$/, '');
    return responses.find((r) => new URL(r.href, url).pathname.replace(/\/$/, '') === path) ?? responses[0];
  }

  /** Finds the calendar from whatever address was given: the calendar, a principal, a home, or the server. */
  async function discover(
    source: CalendarSource,
    signal?: AbortSignal,
  ): Promise<{ calendarUrl: string; name?: string; ctag?: string }> {
    let start: { responses: DavResponse[]; url: string };
    try {
      start = await propfind(source, source.url, '0', signal);
    } catch (error) {
      // A bare server name: try the well-known address (RFC 6764).
      if (!(error instanceof CalendarConnectError) || error.field !== 'url') throw error;
      start = await propfind(source, new URL('/.well-known/caldav', source.url).href, '0', signal);
    }
    const here = self(start.responses, start.url);
    if (here && isCalendar(here.props)) {
      const name = displayName(here.props);
      const ctag = textIn(here.props, CALSERVER, 'getctag') ?? textIn(here.props, DAV, 'sync-token');
      return { calendarUrl: asCollection(start.url), ...(name ? { name } : {}), ...(ctag ? { ctag } : {}) };
    }
    let home = here ? hrefIn(here.props, CALDAV, 'calendar-home-set') : undefined;
    const principal = here ? hrefIn(here.props, DAV, 'current-user-principal') : undefined;
    if (!home && principal) {
      const p = await propfind(source, new URL(principal, start.url).href, '0', signal);
      const me = self(p.responses, p.url);
      home = me ? hrefIn(me.props, CALDAV, 'calendar-home-set') : undefined;
      if (home) home = new URL(home, p.url).href;
    } else if (home) home = new URL(home, start.url).href;
    // An address inside the home (Radicale's /user/) is a home itself when it holds calendars.
    const homeUrl = home ?? start.url;
    const list = await propfind(source, asCollection(homeUrl), '1', signal);
    const calendars = list.responses.filter((r) => isCalendar(r.props) && holdsEvents(r));
    const first = calendars[0];
    if (!first) {
      throw new CalendarConnectError(
        'No calendar was found for this account at this address. Give the address of the calendar itself.',
      );
    }
    const name = displayName(first.props);
    const ctag = textIn(first.props, CALSERVER, 'getctag') ?? textIn(first.props, DAV, 'sync-token');
    return {
      calendarUrl: asCollection(new URL(first.href, list.url).href),
      ...(name ? { name } : {}),
      ...(ctag ? { ctag } : {}),
    };
  }

  function resourceUrl(cursor: CalendarCursor, uid: string): string {
    if (!cursor.calendarUrl) throw new CalendarConnectError('The calendar has not been discovered yet.');
    // One resource per appointment, named after its UID (RFC 4791 §5.3.2 leaves names to the client).
    return new URL(`${encodeURIComponent(uid.replace(/@.*$/, ''))}.ics`, cursor.calendarUrl).href;
  }

  return {
    kind: 'caldav',
    writes: true,
    async test(source, signal) {
      const found = await discover(source, signal);
      return { cursor: { calendarUrl: found.calendarUrl }, ...(found.name ? { name: found.name } : {}) };
    },
    async read(source, range, cursor, signal) {
      const calendarUrl = cursor.calendarUrl ?? (await discover(source, signal)).calendarUrl;
      // The collection's tag changes with every change inside it: unchanged, nothing to read.
      if (cursor.etag) {
        const here = self((await propfind(source, calendarUrl, '0', signal)).responses, calendarUrl);
        const tag = here
          ? (textIn(here.props, CALSERVER, 'getctag') ?? textIn(here.props, DAV, 'sync-token'))
          : undefined;
        if (tag && tag === cursor.etag) return { status: 'unchanged', cursor };
      }
      const body = `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><d:getetag/><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
    <c:time-range start="${formatIcsDateTime(Date.parse(range.start))}" end="${formatIcsDateTime(Date.parse(range.end))}"/>
  </c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
      // The tag before the query: a change while reading is seen again next time, never lost.
      const before = cursor.etag === undefined ? await tagOf(source, calendarUrl, signal) : undefined;
      const response = await dav(
        source,
        'REPORT',
        calendarUrl,
        body,
        { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
        signal,
      );
      if (response.status !== 207) throw statusError(response, 'CalDAV server');
      let responses: DavResponse[];
      try {
        responses = multistatus(response.text);
      } catch (error) {
        if (error instanceof XmlError)
          throw new CalendarConnectError(`The CalDAV server's answer could not be read: ${error.message}`);
        throw error;
      }
      const texts = responses.map((r) => textIn(r.props, CALDAV, 'calendar-data')).filter((t): t is string => !!t);
      const tag = before ?? (await tagOf(source, calendarUrl, signal));
      return { status: 'changed', texts, cursor: { calendarUrl, ...(tag ? { etag: tag } : {}) } };
    },
    async put(source, cursor, uid, ics, signal) {
      const response = await dav(
        source,
        'PUT',
        resourceUrl(cursor, uid),
        ics,
        { 'content-type': 'text/calendar; charset=utf-8' },
        signal,
      );
      if ([200, 201, 204].includes(response.status)) return;
      if (response.status === 409 || (response.status === 403 && /no-uid-conflict/.test(response.text))) {
        throw new CalendarConnectError(
          'The calendar already holds this event under another name (perhaps added from the email invitation); remove that copy.',
        );
      }
      throw statusError(response, 'CalDAV server');
    },
    async remove(source, cursor, uid, signal) {
      const response = await dav(source, 'DELETE', resourceUrl(cursor, uid), undefined, {}, signal);
      if ([200, 204, 404, 410].includes(response.status)) return;
      throw statusError(response, 'CalDAV server');
    },
  };

  async function tagOf(source: CalendarSource, calendarUrl: string, signal?: AbortSignal): Promise<string | undefined> {
    const here = self((await propfind(source, calendarUrl, '0', signal)).responses, calendarUrl);
    return here ? (textIn(here.props, CALSERVER, 'getctag') ?? textIn(here.props, DAV, 'sync-token')) : undefined;
  }
}
