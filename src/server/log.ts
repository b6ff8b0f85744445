/**
 * Structured logs: one JSON object per line (time, level, msg, fields), on stdout, for whatever
 * collects them. Errors are logged with their name, message and stack here, never sent to clients.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return {
      name: value.name,
      message: value.message,
      ...(typeof code === 'string' ? { code } : {}),
      stack: value.stack,
    };
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
      const record: Record<string, unknown> = { time: new Date().toISOString(), level, msg, ...options.base };
      for (const [k, v] of Object.entries(fields)) record[k] = serialise(v);
      write(JSON.stringify(record));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
