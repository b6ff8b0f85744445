/**
 * Outbound HTTP to an address a user typed in (calendar connectors, webhook receivers, SMS
 * gateways), safe against SSRF:
 *
 * - `http:` and `https:` only;
 * - every address a host name resolves to is checked, and the connection goes to a checked address
 *   (the check is the socket's own DNS lookup, so a second, different answer cannot slip in);
 *   loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges are refused,
 *   IPv4-mapped IPv6 included, unless `allowHosts` names the host (`CALENDAR_ALLOW_HOSTS`, `WEBHOOK_ALLOW_HOSTS`);
 * - redirects are followed by hand (at most 5), each target checked again; credentials never
 *   follow a redirect to another origin;
 * - the answer is limited in size (also after gzip) and the whole exchange in time.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { createGunzip } from 'node:zlib';

export interface FetchPolicy {
  /** Hosts (`name` or `name:port`, lowercase) exempt from the address checks: local servers in tests. */
  allowHosts: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  userAgent?: string;
  /** What is being reached, in messages ("The calendar did not answer…"). Default `calendar`. */
  subject?: string;
  /** Why a private address is refused, in messages. Default: calendars are read from the internet only. */
  internetOnly?: string;
}

export interface SafeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface SafeResponse {
  status: number;
  headers: Record<string, string>;
  /** The address that answered, after redirects. */
  url: string;
  text: string;
}

/** A request that could not be made or answered; the message is fit for an administrator. */
export class CalendarFetchError extends Error {
  override readonly name = 'CalendarFetchError';
  /** `EBLOCKED`: the address is private or local, which no retry changes. */
  code?: string;
}

/** The same error, named for what it is outside the calendar code. */
export { CalendarFetchError as SafeFetchError };

const subject = (p: FetchPolicy): string => p.subject ?? 'calendar';
const internetOnly = (p: FetchPolicy): string => p.internetOnly ?? 'calendars are read from the internet only';

export const DEFAULT_FETCH_POLICY: FetchPolicy = {
  allowHosts: [],
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 20_000,
  maxRedirects: 5,
};

/** `CALENDAR_ALLOW_HOSTS`: comma- or space-separated host names, `host:port`s or IP addresses. */
export function parseAllowHosts(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

function ipv4Blocked(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number, number, number];
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata services live here)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments, and 192.0.2.0/24 documentation
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/** True for addresses a calendar on the internet never has: loopback, private, link-local and the like. */
export function isBlockedAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(ip) === 4) return ipv4Blocked(ip);
  if (isIP(ip) !== 6) return true;
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip) ?? /^64:ff9b::(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) return ipv4Blocked(mapped[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (hex?.[1] && hex[2]) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16);
    return ipv4Blocked([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
  }
  if (ip === '::' || ip === '::1') return true;
  const first = parseInt(ip.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local (deprecated)
    (first & 0xff00) === 0xff00 || // multicast
    (first === 0x2001 && ip.startsWith('2001:db8')) // documentation
  );
}

function allowed(url: URL, policy: FetchPolicy): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return policy.allowHosts.includes(host) || policy.allowHosts.includes(`${host}:${port}`);
}

/** Checks scheme and, for an IP literal, the address; a name's addresses are checked as it resolves. */
function checkTarget(url: URL, policy: FetchPolicy): void {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CalendarFetchError(`Only https: and http: addresses can be read, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new CalendarFetchError('Put the user name and password in their own fields, not in the address.');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !allowed(url, policy) && isBlockedAddress(host)) {
    throw Object.assign(new CalendarFetchError(`The address ${host} is private or local; ${internetOnly(policy)}.`), {
      code: 'EBLOCKED',
    });
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function checkedLookup(url: URL, policy: FetchPolicy) {
  const skip = allowed(url, policy);
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) {
        callback(
          Object.assign(new CalendarFetchError(`The host ${hostname} was not found.`), { code: error.code }),
          [],
        );
        return;
      }
      const bad = skip ? undefined : addresses.find((a) => isBlockedAddress(a.address));
      if (bad || addresses.length === 0) {
        callback(
          Object.assign(
            new CalendarFetchError(
              `The host ${hostname} points to a private or local address (${bad?.address ?? 'none'}); ${internetOnly(policy)}.`,
            ),
            { code: 'EBLOCKED' },
          ),
          [],
        );
        return;
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function once(request: SafeRequest, url: URL, policy: FetchPolicy, deadline: number): Promise<SafeResponse> {
  return new Promise<SafeResponse>((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      reject(
        new CalendarFetchError(
          `The ${subject(policy)} did not answer within ${Math.round(policy.timeoutMs / 1000)} s.`,
        ),
      );
      return;
    }
    const headers: Record<string, string> = {
      'user-agent': policy.userAgent ?? 'booking-elements-calendar-sync',
      'accept-encoding': 'gzip',
      ...(request.headers ?? {}),
    };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: request.method,
      headers,
      lookup: checkedLookup(url, policy),
      // Our own agent-free sockets: no connection reuse across users' calendars.
      agent: false,
    });
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      req.destroy();
      reject(
        error instanceof CalendarFetchError
          ? error
          : new CalendarFetchError(
              `Could not reach ${url.host}: ${error instanceof Error ? error.message : String(error)}`,
            ),
      );
    };
    const timer = setTimeout(
      () =>
        fail(
          new CalendarFetchError(
            `The ${subject(policy)} did not answer within ${Math.round(policy.timeoutMs / 1000)} s.`,
          ),
        ),
      remaining,
    );
    const onAbort = (): void => fail(new CalendarFetchError('The request was cancelled.'));
    request.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', fail);
    req.on('response', (res) => {
      const length = Number(res.headers['content-length'] ?? 0);
      if (length > policy.maxBytes) {
        fail(
          new CalendarFetchError(
            `The ${subject(policy)}'s answer is larger than ${Math.round(policy.maxBytes / 1048576)} MB.`,
          ),
        );
        return;
      }
      const gzip = /gzip/i.test(String(res.headers['content-encoding'] ?? ''));
      const stream = gzip ? res.pipe(createGunzip()) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes) {
          fail(
            new CalendarFetchError(
              `The ${subject(policy)}'s answer is larger than ${Math.round(policy.maxBytes / 1048576)} MB.`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({
          status: res.statusCode ?? 0,
          headers: out,
          url: url.href,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    req.end(request.body);
  });
}

/** One request under `policy`, following redirects by hand; never throws for an HTTP status. */
export async function safeRequest(request: SafeRequest, policy: FetchPolicy): Promise<SafeResponse> {
  const deadline = Date.now() + policy.timeoutMs;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new CalendarFetchError('That is not a web address.');
  }
  const origin = url.origin;
  let current: SafeRequest = request;
  for (let hop = 0; ; hop++) {
    checkTarget(url, policy);
    const response = await once(current, url, policy, deadline);
    const location = response.headers['location'];
    if (![301, 302, 303, 307, 308].includes(response.status) || !location) return response;
    if (hop >= (policy.maxRedirects ?? 5))
      throw new CalendarFetchError(`The ${subject(policy)} address redirects too often.`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new CalendarFetchError(`The ${subject(policy)} redirected to an address that is not valid.`);
    }
    const headers = { ...(current.headers ?? {}) };
    // Credentials go to the origin the user named, never to wherever it redirects.
    if (next.origin !== origin) delete headers['authorization'];
    const toGet =
      response.status === 303 || ((response.status === 301 || response.status === 302) && current.method === 'POST');
    current = {
      ...current,
      url: next.href,
      headers,
      ...(toGet ? { method: 'GET', body: undefined } : {}),
    };
    url = next;
  }
}
