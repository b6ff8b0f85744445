// Shared story fixtures: the sample clinic on an in-memory reference adapter with a fixed clock,
// so every story renders the same times on every machine and in every time zone.
import type { BookingAdapter } from '../src/contract/adapter.js';
import { BookingError } from '../src/contract/errors.js';
import { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';
import { loadCatalogues } from '../src/i18n/index.js';
import contosoJson from '../demo/data/contoso.json';
import { rebaseLanguage } from '../src/core/content-language.js';
import type { Business } from '../src/core/types.js';

/** The sample clinic in English (it speaks Danish first; stories read its English texts, other languages by `lang`). */
const contoso = rebaseLanguage(contosoJson as unknown as Business, 'en') as unknown as typeof contosoJson;

export type SampleConfig = typeof contosoJson;

/** Monday 30 November 2026, 08:00 in Copenhagen: the stories' "now". */
export const NOW = Date.parse('2026-11-30T07:00:00Z');
export const ZONE = 'Europe/Copenhagen';

export const clockAt =
  (now: number): (() => number) =>
  () =>
    now;

/** The sample clinic, optionally changed, on a fresh in-memory reference adapter. */
export function storyAdapter(change?: (config: SampleConfig) => void, now = NOW): ReferenceAdapter {
  const config = structuredClone(contoso);
  change?.(config);
  return new ReferenceAdapter({ config, storage: 'memory', now: () => now, random: () => 0.42 });
}

const customer = (n: number) => ({
  name: `Customer ${n}`,
  emailAddress: `customer${n}@example.com`,
  timeZone: ZONE,
});

const answersFor = (serviceId: string) =>
  serviceId === 'back-care-class'
    ? [{ questionId: 'pain-areas', selectedOptions: ['Neck'] }]
    : serviceId === 'video-consultation'
      ? [{ questionId: 'health-notes', answer: 'None' }]
      : [{ questionId: 'first-visit', answer: 'No' }];

/** Books `count` times (or every free time) of a service on a day, to show full and nearly full states. */
export async function bookDay(
  adapter: ReferenceAdapter,
  serviceId: string,
  day: string,
  count = Infinity,
): Promise<void> {
  let n = 0;
  while (n < count) {
    const slots = await adapter.getAvailability({
      serviceId,
      start: `${day}T00:00:00Z`,
      end: `${day}T23:59:00Z`,
    });
    const slot = slots[0];
    if (!slot) return;
    await adapter.book({
      serviceId,
      start: slot.start,
      customer: customer(n),
      answers: answersFor(serviceId),
      consent: { accepted: true },
      idempotencyKey: `story-${serviceId}-${day}-${n}`,
    });
    n++;
  }
}

/** One booking, for the manage stories. */
export async function bookOne(adapter: ReferenceAdapter, start = '2026-12-02T09:00:00Z') {
  return adapter.book({
    serviceId: 'cleaning',
    start,
    customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: ZONE },
    answers: answersFor('cleaning'),
    consent: { accepted: true },
    idempotencyKey: `story-one-${start}`,
  });
}

/** An adapter that never answers: the loading state. */
export function pendingAdapter(): BookingAdapter {
  const never = () => new Promise<never>(() => undefined);
  return {
    getBookingPage: never,
    getAvailability: never,
    book: never,
    getBooking: never,
    reschedule: never,
    cancel: never,
  };
}

/** An adapter whose server is unreachable: the error state with a retry. */
export function failingAdapter(): BookingAdapter {
  const fail = () => Promise.reject(new BookingError('network', 'The booking service could not be reached.'));
  return {
    getBookingPage: fail,
    getAvailability: fail,
    book: fail,
    getBooking: fail,
    reschedule: fail,
    cancel: fail,
  };
}

/** The reference adapter, except that every booking loses the race (R11's "just taken"). */
export function alwaysTakenAdapter(): BookingAdapter {
  const inner = storyAdapter();
  return {
    getBookingPage: (i, o) => inner.getBookingPage(i, o),
    getAvailability: (i, o) => inner.getAvailability(i, o),
    book: () => Promise.reject(new BookingError('slot-unavailable', 'That time was just taken.')),
    getBooking: (i, o) => inner.getBooking(i, o),
    reschedule: (i, o) => inner.reschedule(i, o),
    cancel: (i, o) => inner.cancel(i, o),
  };
}

/** Every element under `root`, through shadow roots, each once. */
export function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

/**
 * Waits until an element and every element in its shadow tree have finished rendering, over
 * several rounds so that adapter calls and the renders they cause settle too. Each round walks the
 * tree once (linear in its size).
 */
export async function settled(root: Element, rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const pending: Promise<unknown>[] = [];
    for (const el of [root, ...allElements(root)]) {
      const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
    }
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A loader that loads a language's catalogues (the customer one and the back office's) before the
 * story renders, so it shows that language at once instead of English for a moment.
 */
export const inLanguage = (lang: string) => async (): Promise<Record<string, never>> => {
  await loadCatalogues(lang);
  return {};
};

/** Finds through shadow roots (for play functions). */
export function deepFind<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const hit = root.querySelector<T>(selector);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot ? deepFind<T>(el.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}

export async function waitFor<T>(get: () => T | null | undefined | false, timeout = 10000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
