/**
 * What the outbox worker's channels share: a failure that says whether trying again can help,
 * and signing per Standard Webhooks (https://www.standardwebhooks.com/) with the `standardwebhooks`
 * package, an optional peer dependency loaded on the first signed delivery.
 */

/** A delivery that did not happen; `permanent` ones are not retried (the message becomes `failed`). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  readonly permanent: boolean;
  /** The receiver's HTTP status, when it answered. */
  readonly status: number | undefined;

  constructor(message: string, options: { permanent?: boolean; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.permanent = options.permanent ?? false;
    this.status = options.status;
  }
}

interface StandardWebhook {
  sign(msgId: string, timestamp: Date, payload: string): string;
}
type WebhookClass = new (secret: string) => StandardWebhook;

let loading: Promise<WebhookClass> | undefined;

async function webhookClass(): Promise<WebhookClass> {
  loading ??= import('standardwebhooks').then(
    (m: { Webhook: WebhookClass }) => m.Webhook,
    (error: unknown) => {
      loading = undefined;
      throw new DeliveryError(
        'The standardwebhooks package is not installed on the server (npm install standardwebhooks); signed deliveries wait for it.',
        { cause: error },
      );
    },
  );
  return loading;
}

/** The three Standard Webhooks headers for `payload`, signed with `secret` (`whsec_…`). */
export async function signedHeaders(
  secret: string,
  messageId: string,
  timestampMs: number,
  payload: string,
): Promise<Record<string, string>> {
  const Webhook = await webhookClass();
  let signer: StandardWebhook;
  try {
    signer = new Webhook(secret);
  } catch (error) {
    throw new DeliveryError('The webhook secret is not valid; give the webhook a new one.', {
      permanent: true,
      cause: error,
    });
  }
  const timestamp = new Date(Math.floor(timestampMs / 1000) * 1000);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestampMs / 1000)),
    'webhook-signature': signer.sign(messageId, timestamp, payload),
  };
}

/** The first 200 characters of a receiver's answer, on one line, for the delivery log. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
