/**
 * Text messages (issue 18): a provider interface and two built-in providers, both over safe-fetch.
 *
 * - `TwilioSmsProvider`: Twilio's Messages API, the shape many gateways copy: a form-encoded POST
 *   to `{baseUrl}/2010-04-01/Accounts/{accountSid}/Messages.json` with HTTP basic auth
 *   (account SID and auth token), `To`, `From` (or `MessagingServiceSid`) and `Body`; 201 with the
 *   message's `sid` is accepted.
 * - `WebhookSmsProvider`: a signed JSON POST (Standard Webhooks headers) to a gateway of your own:
 *   `{ type: "sms.send", timestamp, data: { to, body, languageTag, messageId } }`.
 *
 * The gateway's address is the operator's (command line or environment), not a user's, so its
 * host may be private or local (it is allow-listed); redirects are never followed with credentials.
 */
import type { FetchPolicy } from '../safe-fetch.js';
import { SafeFetchError, safeRequest } from '../safe-fetch.js';
import { DeliveryError, excerpt, signedHeaders } from './delivery.js';

export interface SmsMessage {
  /** E.164 when possible, e.g. +4512345678. */
  to: string;
  body: string;
  languageTag: string;
  /** The outbox message id: a gateway can drop a duplicate by it. */
  messageId: string;
}

export interface SmsProvider {
  /** For logs and the back office: `twilio`, `webhook`, … */
  readonly name: string;
  /** Sends one message; a `DeliveryError` with `permanent` is not retried. */
  send(message: SmsMessage): Promise<{ providerId?: string }>;
}

const SMS_POLICY: Omit<FetchPolicy, 'allowHosts'> = {
  maxBytes: 64 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 0,
  userAgent: 'booking-elements-sms',
  subject: 'SMS gateway',
  internetOnly: 'set its host in the allowed hosts',
};

function hostOf(url: string): string[] {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return [host, `${host}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`];
  } catch {
    return [];
  }
}

/** A phone number as gateways want it: `+` and digits (spaces, dashes and brackets dropped). */
export function e164(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : trimmed.startsWith('00') ? `+${digits.slice(2)}` : digits;
}

async function post(url: string, headers: Record<string, string>, body: string, policy: FetchPolicy) {
  try {
    return await safeRequest({ method: 'POST', url, headers, body }, policy);
  } catch (error) {
    throw new DeliveryError(error instanceof Error ? error.message : String(error), {
      permanent: error instanceof SafeFetchError && error.code === 'EBLOCKED',
      cause: error,
    });
  }
}

export interface TwilioSettings {
  /** Default `https://api.twilio.com`; any gateway speaking the same API. */
  baseUrl?: string;
  accountSid: string;
  authToken: string;
  /** The sender: a phone number, or `MG…` for a Messaging Service. */
  from: string;
}

export class TwilioSmsProvider implements SmsProvider {
  readonly name = 'twilio';
  private readonly settings: TwilioSettings;
  private readonly policy: FetchPolicy;

  constructor(settings: TwilioSettings) {
    this.settings = settings;
    const base = settings.baseUrl ?? 'https://api.twilio.com';
    this.policy = { ...SMS_POLICY, allowHosts: hostOf(base) };
  }

  async send(message: SmsMessage): Promise<{ providerId?: string }> {
    const { accountSid, authToken, from } = this.settings;
    const base = (this.settings.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '');
    const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const form = new URLSearchParams({ To: e164(message.to), Body: message.body });
    form.set(/^MG[0-9a-f]{32}$/i.test(from) ? 'MessagingServiceSid' : 'From', from);
    const response = await post(
      url,
      {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      form.toString(),
      this.policy,
    );
    let answer: { sid?: unknown; message?: unknown; code?: unknown } = {};
    try {
      answer = JSON.parse(response.text) as typeof answer;
    } catch {
      // not JSON: described by the status below
    }
    if (response.status >= 200 && response.status < 300) {
      return typeof answer.sid === 'string' ? { providerId: answer.sid } : {};
    }
    const said = typeof answer.message === 'string' ? answer.message : excerpt(response.text);
    // 400: the number or text is refused (Twilio 21211, 21610, …): sending again changes nothing.
    throw new DeliveryError(`SMS gateway: HTTP ${response.status}${said ? `: ${said}` : ''}`, {
      status: response.status,
      permanent: response.status === 400 || response.status === 404,
    });
  }
}

export interface SmsWebhookSettings {
  url: string;
  /** `whsec_…`: the gateway verifies the Standard Webhooks signature with it. */
  secret: string;
  signingClock?: () => number;
}

export class WebhookSmsProvider implements SmsProvider {
  readonly name = 'webhook';
  private readonly settings: SmsWebhookSettings;
  private readonly policy: FetchPolicy;

  constructor(settings: SmsWebhookSettings) {
    this.settings = settings;
    this.policy = { ...SMS_POLICY, allowHosts: hostOf(settings.url) };
  }

  async send(message: SmsMessage): Promise<{ providerId?: string }> {
    const now = (this.settings.signingClock ?? (() => Date.now()))();
    const payload = JSON.stringify({
      type: 'sms.send',
      timestamp: new Date(now).toISOString(),
      data: {
        to: e164(message.to),
        body: message.body,
        languageTag: message.languageTag,
        messageId: message.messageId,
      },
    });
    const headers = await signedHeaders(this.settings.secret, message.messageId, now, payload);
    const response = await post(
      this.settings.url,
      { 'content-type': 'application/json', ...headers },
      payload,
      this.policy,
    );
    if (response.status >= 200 && response.status < 300) return {};
    const said = excerpt(response.text);
    throw new DeliveryError(`SMS gateway: HTTP ${response.status}${said ? `: ${said}` : ''}`, {
      status: response.status,
      permanent: response.status === 400 || response.status === 410,
    });
  }
}
