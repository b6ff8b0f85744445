/**
 * Static folders (`--static`): the demo pages, the back office page, the script-tag bundle.
 *
 * - Only files inside the folder are served: a path that resolves outside it, through `..` or
 *   a symbolic link, is not found (the real path of the file must lie inside the real path of
 *   the folder). Dotfiles and dot-folders (`.env`, `.git/`) are not found either.
 * - HTML pages carry a Content-Security-Policy: scripts only from this origin (`script-src
 *   'self'`, no inline script), no plugins, and `frame-ancestors` from the options (default
 *   `'self'`: other sites may not frame the pages unless the operator lists them), so an injected
 *   string can never run as script and the pages cannot be framed for click-jacking.
 * - Every file is `X-Content-Type-Options: nosniff` with a type from its extension.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { cacheControlFor } from './http-caching.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** One `frame-ancestors` source: `'self'`, `'none'`, a scheme, or an origin (wildcard host allowed). */
const SOURCE =
  /^(?:'self'|'none'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?)$/i;

/** Checks `frame-ancestors` sources; throws on anything that is not one (a `;` would inject a directive). */
export function parseFrameAncestors(sources: readonly string[]): string[] {
  const list = sources.flatMap((s) => s.split(/[\s,]+/)).filter((s) => s !== '');
  if (list.length === 0) return ["'self'"];
  for (const s of list) {
    if (!SOURCE.test(s))
      throw new Error(`not a frame-ancestors source: ${JSON.stringify(s)} (e.g. 'self' or https://clinic.example)`);
  }
  if (list.includes("'none'") && list.length > 1) throw new Error(`frame-ancestors: 'none' cannot be combined`);
  return list;
}

/** The policy of served HTML pages. */
export function pagePolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Elements set a few `style` attributes (positions in the admin calendar).
    "style-src 'self' 'unsafe-inline'",
    // A business's logo may live anywhere on the web.
    "img-src 'self' data: https:",
    "font-src 'self'",
    // The pages talk to this server; a page pointing `api=` elsewhere must use https.
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export interface StaticMount {
  /** Where it is mounted, e.g. `/` or `/cdn`. */
  urlPath: string;
  /** The folder. */
  dir: string;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * Serves `mount.dir` under `mount.urlPath` for GET and HEAD; anything it does not serve goes to
 * the next handler (so the app's 404 answers).
 */
export function staticFiles(mount: StaticMount, frameAncestors: readonly string[] = ["'self'"]): MiddlewareHandler {
  const prefix = mount.urlPath.replace(/\/+$/, '');
  const root = resolve(mount.dir);
  let realRoot: Promise<string> | undefined;
  const policy = pagePolicy(frameAncestors);
  const only = frameAncestors.length === 1 ? frameAncestors[0] : undefined;
  // The old header for browsers without frame-ancestors; it cannot name other origins.
  const frameOptions = only === "'self'" ? 'SAMEORIGIN' : only === "'none'" ? 'DENY' : undefined;

  async function find(requestPath: string): Promise<{ file: string; size: number; mtime: Date } | undefined> {
    if (prefix !== '' && requestPath !== prefix && !requestPath.startsWith(`${prefix}/`)) return undefined;
    let segments: string[];
    try {
      segments = requestPath
        .slice(prefix.length)
        .split('/')
        .filter((s) => s !== '')
        .map(decodeURIComponent);
    } catch {
      return undefined;
    }
    // Dotfiles, `..`, and anything that is not a plain name (a decoded `/`, `\` or NUL).
    if (segments.some((s) => s.startsWith('.') || /[/\\\0]/.test(s))) return undefined;
    realRoot ??= realpath(root).catch(() => root);
    const base = await realRoot;
    const candidates = [join(root, ...segments)];
    candidates.push(join(candidates[0] ?? root, 'index.html'));
    for (const candidate of candidates) {
      try {
        const real = await realpath(candidate);
        // A symbolic link (or `..`) out of the folder is not the folder's file.
        if (!inside(base, real)) return undefined;
        const info = await stat(real);
        if (info.isFile()) return { file: real, size: info.size, mtime: info.mtime };
      } catch {
        // not there: try the next candidate
      }
    }
    return undefined;
  }

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // The raw path, decoded once here (Hono's `c.req.path` may already be decoded).
    const found = await find(new URL(c.req.url).pathname);
    if (!found) return next();
    const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    const headers = new Headers({
      'content-type': type,
      'content-length': String(found.size),
      'last-modified': found.mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
      // Hashed chunks are immutable for a year; the entry, pages and data revalidate (http-caching.ts).
      'cache-control': cacheControlFor(new URL(c.req.url).pathname),
    });
    if (type.startsWith('text/html')) {
      headers.set('content-security-policy', policy);
      if (frameOptions) headers.set('x-frame-options', frameOptions);
    }
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
    const stream = Readable.toWeb(createReadStream(found.file)) as ReadableStream<Uint8Array>;
    return new Response(stream, { status: 200, headers });
  };
}
