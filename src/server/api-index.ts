/**
 * `GET /api`: what a person (or a tool) finds at the contract's root, instead of a 404: the
 * package and its version, and links to the OpenAPI document (served beside it, from the
 * package's docs/openapi.json), the health endpoints, the REST contract's first call and the docs.
 */
import { readFileSync } from 'node:fs';

export interface ApiIndex {
  name: string;
  description: string;
  /** The booking-elements version serving the contract (null when the server was bundled away from its package). */
  version: string | null;
  links: {
    self: string;
    /** OpenAPI 3.1 document of the contract (absent when the package's docs/ is not there). */
    openapi?: string;
    health: string;
    ready: string;
    /** The default business's booking page: the first call `<booking-page api=…>` makes. */
    bookingPage: string;
    docs: string;
  };
}

interface PackageFiles {
  version: string | null;
  openapi: string | null;
}

const DOCS_URL = 'https://www.npmjs.com/package/booking-elements';

let found: PackageFiles | undefined;

/**
 * The version in booking-elements' package.json and its docs/openapi.json, found by walking up from
 * this module: src/server/ in the repository, dist/chunks/ in the installed package.
 */
function packageFiles(): PackageFiles {
  if (found) return found;
  found = { version: null, openapi: null };
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name !== 'booking-elements') continue;
      found.version = typeof pkg.version === 'string' ? pkg.version : null;
      try {
        found.openapi = readFileSync(new URL('docs/openapi.json', dir), 'utf8');
      } catch {
        // a package without its docs: the index says so by leaving the link out
      }
      break;
    } catch {
      // no package.json here: look further up
    }
  }
  return found;
}

/** The index `GET {basePath}` answers. */
export function apiIndex(basePath: string): ApiIndex {
  const { version, openapi } = packageFiles();
  return {
    name: 'booking-elements',
    description:
      'The booking-elements REST contract: what <booking-page>, <booking-manage> and <booking-admin> ' +
      'speak with api="…" (HttpAdapter). Errors are application/problem+json.',
    version,
    links: {
      self: basePath,
      ...(openapi ? { openapi: `${basePath}/openapi.json` } : {}),
      health: '/healthz',
      ready: '/readyz',
      bookingPage: `${basePath}/businesses/@default/booking-page`,
      docs: DOCS_URL,
    },
  };
}

/** The OpenAPI document's text, or null when the package's docs/ is not there. */
export function openApiDocument(): string | null {
  return packageFiles().openapi;
}
