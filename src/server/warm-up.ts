/**
 * What the first requests after a start would otherwise pay for once (issue 24: the first free-times
 * request took 4–6 times a warm one): code compiled on first use (the routes, the input schemas, the
 * engine, the JSON answer), modules loaded on first use (the booking code, the message texts), and
 * the business documents and busy time the store keeps by revision (pg-store.ts). `createServer`
 * runs this before it resolves, so before the server listens.
 *
 * It asks what a booking page asks, through the same request handler, of a view of the backend
 * that consults no personal calendar (no provider is called at start), and sends a booking that
 * validation refuses. Nothing is written; a failure is logged and the server starts all the same.
 */
import type { BookingAdapter } from '../contract/adapter.js';
import { createRequestHandler } from '../adapters/http/request-handler.js';
import { Backend } from '../backend/backend.js';
import { CustomerService } from '../backend/customer/customer-service.js';
import { loadMessageText } from '../backend/outbox.js';
import { durationMs } from '../core/duration.js';
import type { BookingPageData } from '../schemas/customer.js';
import type { Sql } from './database.js';
import type { Logger } from './log.js';

const DAY = 86_400_000;
/** The businesses warmed: the default one and the next by id, up to this many. */
const MAX_BUSINESSES = 8;
/** How far back a page's first request may start (the first day of the month it shows). */
const BACK_MS = 31 * DAY;
/** The longest range one free-times request may ask for (R21). */
const MAX_RANGE_MS = 93 * DAY;
/**
 * How often the first business's free times are asked: once compiles the code, the repeats let the
 * engine's loops and the JSON answer get optimised (issue 24: the first request after a start took
 * 3.7–4.7 times a warm one with one, 2.0–2.2 with three; 30–40 ms more before the server listens).
 */
const FIRST_ROUNDS = 3;

export interface WarmUpOptions {
  rules: Backend;
  db: Sql;
  defaultBusinessId: string | undefined;
  log: Logger;
}

/** What was warmed: the businesses whose free times were read, and how long it took. */
export interface WarmUpReport {
  businesses: string[];
  ms: number;
}

export async function warmUp({ rules, db, defaultBusinessId, log }: WarmUpOptions): Promise<WarmUpReport> {
  const started = performance.now();
  const view = new Backend({ ...rules.deps, personalCalendar: () => [] });
  const customer: BookingAdapter = new CustomerService(view, Promise.resolve(), defaultBusinessId);
  const handler = createRequestHandler(customer);
  const warmed: string[] = [];
  const ask = async (path: string, init?: RequestInit): Promise<Response> =>
    handler(new Request(`http://warm-up.invalid${path}`, init));
  try {
    const rows = await db.query<{ id: string }>('SELECT id FROM businesses ORDER BY id LIMIT $1', [MAX_BUSINESSES]);
    const ids = [
      ...new Set([...(defaultBusinessId !== undefined ? [defaultBusinessId] : []), ...rows.map((r) => r.id)]),
    ];
    for (const id of ids.slice(0, MAX_BUSINESSES)) {
      const base = `/businesses/${encodeURIComponent(id)}`;
      const page = await ask(`${base}/booking-page`);
      // Unpublished, restricted or unreadable: nothing a customer could ask of it.
      if (page.status !== 200) continue;
      const data = (await page.json()) as BookingPageData;
      const service = data.services[0];
      if (!service) continue;
      const now = view.now();
      const start = now - BACK_MS;
      const end = Math.min(start + MAX_RANGE_MS, now + durationMs(service.schedulingPolicy.maximumAdvance) + DAY);
      const query = new URLSearchParams({
        serviceId: service.id,
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
      });
      let free = await ask(`${base}/availability?${query.toString()}`);
      await free.arrayBuffer();
      for (let round = 1; round < FIRST_ROUNDS && warmed.length === 0 && free.status === 200; round++) {
        free = await ask(`${base}/availability?${query.toString()}`);
        await free.arrayBuffer();
      }
      if (free.status === 200) warmed.push(id);
    }
    // The booking route's schemas, refusing an empty booking (422: nothing is read or written) …
    const refused = await ask(`/businesses/${encodeURIComponent(ids[0] ?? 'warm-up')}/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'warm-up-0000' },
      body: '{}',
    });
    await refused.arrayBuffer();
    // … and the code a booking loads on first use: the writes (a lookup the token format refuses) and the texts.
    await Promise.all([
      loadMessageText(),
      customer.getBooking({ appointmentId: 'warm-up', manageToken: '' }).catch(() => undefined),
    ]);
  } catch (error) {
    log.warn('warm-up failed', { error });
  }
  return { businesses: warmed, ms: Math.round(performance.now() - started) };
}
