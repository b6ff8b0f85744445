import type { BookingAdapter } from '../contract/adapter.js';
import { BookingError } from '../contract/errors.js';

export interface AdapterSource {
  /** An adapter object, from a property or context: used as it is. */
  adapter?: BookingAdapter | undefined;
  /** Script-tag users: URL of a business configuration JSON for the in-browser reference adapter. */
  configSrc?: string;
  /** Script-tag users: base URL of a server speaking the REST contract. */
  api?: string;
  /** With `api`: the bearer token for the admin side. */
  getAuthToken?: () => string | undefined | Promise<string | undefined>;
}

const byConfigSrc = new Map<string, Promise<BookingAdapter>>();

/**
 * The adapter an element should talk to. `config-src` loads the reference adapter lazily (its
 * own chunk), once per URL, so every element on the page shares one store and one set of rules.
 */
export function resolveAdapter(source: AdapterSource): Promise<BookingAdapter | undefined> {
  if (source.adapter) return Promise.resolve(source.adapter);
  if (source.api) {
    const baseUrl = source.api;
    // The HTTP adapter is its own chunk too: a page on the reference adapter never downloads it.
    // Its customer side only: the admin side (resolve-admin-adapter.ts) is the back office's.
    return import('./http/http-customer-adapter.js').then(
      ({ HttpCustomerAdapter }) =>
        new HttpCustomerAdapter({ baseUrl, ...(source.getAuthToken ? { getAuthToken: source.getAuthToken } : {}) }),
    );
  }
  const src = source.configSrc;
  if (!src) return Promise.resolve(undefined);
  // Typed structurally: the adapters layer is type-checked without the DOM lib (it must run in Node).
  const base = (globalThis as { location?: { href: string } }).location?.href;
  const url = new URL(src, base).href;
  let pending = byConfigSrc.get(url);
  if (!pending) {
    pending = (async () => {
      const response = await fetch(url);
      if (!response.ok) throw new BookingError('network', `Could not load ${src}: HTTP ${response.status}`);
      const config: unknown = await response.json();
      // The customer side only: the back office beside it adds its admin side (resolve-admin-adapter.ts).
      const { pageAdapter } = await import('./reference/reference-customer-adapter.js');
      return pageAdapter(config);
    })();
    pending.catch(() => byConfigSrc.delete(url));
    byConfigSrc.set(url, pending);
  }
  return pending;
}
