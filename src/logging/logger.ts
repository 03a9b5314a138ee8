/**
 * Structured logs as JSON lines on stderr, so a CLI's stdout is only its output.
 * Message text and personal details are never logged unless LOG_PERSONAL_DATA is on:
 * callers pass such values through `personal()`, which is redacted by default.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

const PERSONAL = Symbol('personal');
export interface PersonalValue { readonly [PERSONAL]: unknown }

/** Marks a value as personal data: written only when personal data logging is on. */
export function personal(value: unknown): PersonalValue {
  return { [PERSONAL]: value };
}

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  logPersonalData?: boolean;
  write?: (line: string) => void;
  base?: LogFields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info';
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const base = options.base ?? {};
  const logPersonal = options.logPersonalData ?? false;

  const emit = (lvl: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const record: LogFields = { time: new Date().toISOString(), level: lvl, event, ...base };
    for (const [k, v] of Object.entries(fields)) record[k] = redact(v, logPersonal);
    write(JSON.stringify(record));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => createLogger({ ...options, level, write, logPersonalData: logPersonal, base: { ...base, ...fields } }),
  };
}

function redact(value: unknown, logPersonal: boolean): unknown {
  if (value && typeof value === 'object' && PERSONAL in value) {
    return logPersonal ? (value as PersonalValue)[PERSONAL] : '[redacted]';
  }
  if (value instanceof Error) {
    // Stack traces help; error messages from our code never carry message text.
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}

/** A logger that writes nothing (tests, the `ask` command's quiet mode). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
