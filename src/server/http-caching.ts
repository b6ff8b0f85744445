/**
 * What the booking server does for the pages around the API: text responses compressed (gzip or
 * deflate, as the client accepts; JSON, JavaScript, HTML, CSS), and static files cached by what
 * they are. A file whose name carries a content hash (`booking-CZ6xdHuG.js`, as Vite names every
 * chunk) never changes under its name, so browsers and CDNs keep it a year without asking again;
 * everything else (the script entry a site's tag names, HTML, data) is revalidated on each use, so
 * a new release reaches visitors at once.
 */
import type { Context } from 'hono';
import { compress } from 'hono/compress';

/** Compresses text responses of 1 KB and more for clients that accept it (Hono's middleware). */
export const compression = () => compress();

/**
 * `chunks/name-HASH.ext` or `assets/name-HASH.ext`: where Vite and Rollup write hashed output (8
 * base64url characters). The folder matters: `booking-elements.js`, the entry a site's script tag
 * names, also ends in 8 letters after a dash, and must be revalidated.
 */
const HASHED = /\/(?:chunks|assets)\/(?:[^/]*\/)*[^/]+-[A-Za-z0-9_-]{8}\.(?:js|mjs|css|map|woff2?|svg|png|jpg|webp)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The Cache-Control header for a static file at `path`. */
export function cacheControlFor(path: string): string {
  return HASHED.test(path) ? IMMUTABLE : REVALIDATE;
}

/** serveStatic's `onFound`: sets the file's Cache-Control. */
export function setStaticCacheHeaders(path: string, c: Context): void {
  c.header('Cache-Control', cacheControlFor(path));
}
