/**
 * Delivers `webhook` outbox messages: a POST of the JSON payload to the subscription's URL, signed
 * per Standard Webhooks, the outbox message id as `webhook-id` (the same on every retry and
 * redelivery, so a receiver drops duplicates by it). The address checks are the calendar's
 * (safe-fetch.ts): no private or loopback target unless `WEBHOOK_ALLOW_HOSTS` names it.
 * A 2xx answer is delivered; 410 Gone and refused addresses fail at once; anything else is retried.
 */
import type { StoredOutboxMessage, StoredWebhook } from '../../backend/store.js';
import { SafeFetchError, safeRequest, type FetchPolicy } from '../safe-fetch.js';
import { DeliveryError, excerpt, signedHeaders } from './delivery.js';

export const DEFAULT_WEBHOOK_POLICY: FetchPolicy = {
  allowHosts: [],
  maxBytes: 64 * 1024,
  timeoutMs: 15_000,
  // A receiver's redirect is not followed: the signature was made for the address subscribed.
  maxRedirects: 0,
  userAgent: 'booking-elements-webhooks',
  subject: 'webhook receiver',
  internetOnly: 'webhooks are sent to the internet only',
};

export interface WebhookResult {
  status: number;
}

export class WebhookSender {
  private readonly policy: FetchPolicy;
  private readonly signingClock: () => number;

  constructor(policy: Partial<FetchPolicy> = {}, signingClock: () => number = () => Date.now()) {
    this.policy = { ...DEFAULT_WEBHOOK_POLICY, ...policy };
    this.signingClock = signingClock;
  }

  async deliver(m: StoredOutboxMessage, hook: StoredWebhook): Promise<WebhookResult> {
    const headers = await signedHeaders(hook.secret, m.id, this.signingClock(), m.body);
    let response;
    try {
      response = await safeRequest(
        {
          method: 'POST',
          url: hook.url,
          headers: { 'content-type': 'application/json', ...headers },
          body: m.body,
        },
        this.policy,
      );
    } catch (error) {
      const refused =
        error instanceof SafeFetchError && (error.code === 'EBLOCKED' || /Only https/.test(error.message));
      throw new DeliveryError(error instanceof Error ? error.message : String(error), {
        permanent: refused,
        cause: error,
      });
    }
    if (response.status >= 200 && response.status < 300) return { status: response.status };
    const said = excerpt(response.text);
    if (response.status >= 300 && response.status < 400) {
      throw new DeliveryError(`HTTP ${response.status}: the receiver redirects; subscribe its final address.`, {
        status: response.status,
      });
    }
    throw new DeliveryError(`HTTP ${response.status}${said ? `: ${said}` : ''}`, {
      status: response.status,
      permanent: response.status === 410,
    });
  }
}
