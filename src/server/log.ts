/**
 * Structured logs: one JSON object per line (time, level, msg, fields), on stdout, for whatever
 * collects them. Errors are logged with their name, message and stack here, never sent to clients.
 *
 * No secret is written: fields named like one (password, token, secret, authorization, cookie)
 * are redacted, and so is the password of any URL in a logged text (`postgres://user:…@host`,
 * `smtp://user:…@host`), in messages and stacks alike.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const SECRET_KEY = /password|passphrase|secret|token|authorization|cookie|credential/i;
/** `scheme://user:password@` → `scheme://user:***@`. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]*@/gi;

/** Text with URL passwords masked. */
export function redact(text: string): string {
  return text.replace(URL_PASSWORD, '$1***@');
}

function serialise(value: unknown, key = '', depth = 0): unknown {
  if (SECRET_KEY.test(key) && value !== undefined && value !== null && value !== '') return '[redacted]';
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      message: redact(value.message),
      ...(typeof code === 'string' ? { code } : {}),
      stack: value.stack === undefined ? undefined : redact(value.stack),
    };
  }
  if (depth < 5 && Array.isArray(value)) return value.map((v) => serialise(v, key, depth + 1));
  if (depth < 5 && typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, serialise(v, k, depth + 1)]));
  }
  return value;
}

export function jsonLogger(
  options: { level?: LogLevel; write?: (line: string) => void; base?: Record<string, unknown> } = {},
): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const log =
    (level: LogLevel) =>
    (msg: string, fields: Record<string, unknown> = {}): void => {
      if (ORDER[level] < min) return;
      const record: Record<string, unknown> = {
        time: new Date().toISOString(),
        level,
        msg: redact(msg),
        ...options.base,
      };
      for (const [k, v] of Object.entries(fields)) record[k] = serialise(v, k);
      write(JSON.stringify(record));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
