// booking-elements/server: Node only. The REST contract on PostgreSQL (PGlite embedded by default).
export { createServer } from './server.js';
export type { BookingServer, ServerOptions, RateLimits } from './server.js';
export { openDatabase } from './database.js';
export type { Database, DatabaseOptions, Sql } from './database.js';
export { migrate, MIGRATIONS } from './migrations.js';
export type { Migration } from './migrations.js';
export { PostgresStore } from './pg-store.js';
export { Auth, hashPassword, verifyPassword } from './auth.js';
export type { Membership, Session, StaffUser } from './auth.js';
export { createAdmin } from './admin-setup.js';
export { OutboxWorker } from './outbox-worker.js';
export type { MailMessage, MailTransport } from './outbox-worker.js';
export { jsonLogger, silentLogger } from './log.js';
export type { Logger, LogLevel } from './log.js';
export { MissingPeerError } from './peers.js';
export { TwilioSmsProvider, WebhookSmsProvider } from './channels/sms.js';
export type { SmsMessage, SmsProvider, SmsWebhookSettings, TwilioSettings } from './channels/sms.js';
export { DeliveryError } from './channels/delivery.js';
