import path from 'node:path';
import { APP_ROOT } from './appRoot';
import { z } from 'zod';
import type { LocalServices } from '../domain/localServices';

/**
 * Every setting, read once from the environment (and `.env`), validated with zod.
 * `.env.example` explains each one; keep the two in step.
 */

const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().optional());
const booleanFlag = (fallback: boolean) =>
  z.preprocess((v) => (v === undefined || v === '' ? fallback : v), z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])]))
    .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

/** The articles that ship with the project. */
export const SHIPPED_KNOWLEDGE_DIR = path.join(APP_ROOT, 'knowledge');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  /** Public address of this server (used in links); default http://localhost:PORT. */
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), webAddress.optional()),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Default: the knowledge/ folder that ships with the project, wherever the command is run from. */
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Log message text and other personal details: only for local debugging, never in production. */
  LOG_PERSONAL_DATA: booleanFlag(false),

  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,

  /** The built-in Direct Line for the local web chat; default: on when no MicrosoftAppId is set. */
  LOCAL_DIRECT_LINE: z.enum(['auto', 'on', 'off']).default('auto'),
  /** Azure Direct Line secret: when set, the page gets a token from Azure instead of the local endpoint. */
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_ENDPOINT: webAddress.default('https://directline.botframework.com/v3/directline'),

  RECOGNIZER: z.enum(['local', 'luis']).default('local'),
  LUIS_APP_ID: optionalText,
  LUIS_KEY: optionalText,
  LUIS_ENDPOINT: z.preprocess((v) => (v === '' ? undefined : v), webAddress.optional()),
  LUIS_SLOT: z.enum(['production', 'staging']).default('production'),

  SENDIASS_NAME: z.string().min(2).default('your local SENDIASS service'),
  SENDIASS_PHONE: optionalText,
  SENDIASS_EMAIL: z.preprocess((v) => (v === '' ? undefined : v), z.email({ error: 'must be an email address' }).optional()),
  SENDIASS_WEB: webAddress.default('https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network/find-your-local-ias-service'),
  SENDIASS_OPENING_HOURS: z.string().min(2).default('opening hours vary: check their website'),

  /** Who runs this installation (the data controller), named in the privacy notice and when a parent asks. */
  OPERATOR_NAME: optionalText,
  /** How parents reach the operator about their information: an email, a postal address or a web page. */
  OPERATOR_PRIVACY_CONTACT: optionalText,

  COUNCIL_NAME: optionalText,
  LOCAL_OFFER_URL: webAddress.default('https://www.gov.uk/find-local-council'),
  COUNCIL_SEN_TEAM_ADDRESS: optionalText,
  COUNCIL_SEN_TEAM_EMAIL: z.preprocess((v) => (v === '' ? undefined : v), z.email({ error: 'must be an email address' }).optional()),

  // Retention: how long each kind of stored record is kept.
  CONVERSATION_RETENTION_HOURS: z.coerce.number({ error: 'must be a number of hours' }).positive().default(24),
  HANDOFF_RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).positive().default(30),
  FILE_RETENTION_DAYS: z.coerce.number({ error: 'must be a number of days' }).positive().default(7),
  GAPS_RETENTION_MONTHS: z.coerce.number({ error: 'must be a number of months' }).positive().default(12),

  // Handoff to a SENDIASS adviser.
  /** hub: the built-in adviser hub; protocol: the Bot Framework handoff protocol to a contact-centre product. */
  HANDOFF_MODE: z.enum(['hub', 'protocol']).default('hub'),
  /** When advisers are available, Europe/London, e.g. "mon-fri 09:00-17:00" or "mon-thu 09:00-17:00; fri 09:00-16:30". */
  ADVISER_HOURS: z.string().regex(/^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:-(?:mon|tue|wed|thu|fri|sat|sun))?\s+\d{2}:\d{2}-\d{2}:\d{2}\s*;?\s*)+$/i,
    'must look like "mon-fri 09:00-17:00" (days, then 24-hour times; separate several with ";")').default('mon-fri 09:00-17:00'),
  /** Offer a call-back if no adviser has taken the conversation within this many minutes. */
  HANDOFF_WAIT_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).positive().default(10),
  /**
   * A parent waiting for (or talking with) an adviser in the web chat, with no connection and no
   * message for this many minutes, has gone: the hub shows it and they stop counting in other
   * parents' places. At least 2 (open chats are reported every minute).
   */
  HANDOFF_PARENT_AWAY_MINUTES: z.coerce.number({ error: 'must be a whole number of minutes' }).int({ error: 'must be a whole number of minutes' })
    .min(2, { error: 'must be at least 2 minutes (open chats are reported every minute)' }).max(1440, { error: 'must be at most 1440 minutes (a day)' }).default(5),

  // Abuse limits on public endpoints (switch off only for benchmarks).
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_CONVERSATION_PER_MINUTE: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  MAX_BODY_KB: z.coerce.number().int().positive().default(256),
  MAX_MESSAGE_CHARS: z.coerce.number().int().positive().default(2000),

  // Staff sign-in (advisers, KB editors and reviewers).
  SESSION_HOURS: z.coerce.number().positive().default(8),
  SIGNIN_ATTEMPTS_PER_15_MINUTES: z.coerce.number().int().positive().default(5),

  // Microsoft Teams.
  TEAMS_APP_NAME: z.string().min(2).max(30).default('SEND Navigator'),
  /** A Teams channel (its conversation id) where advisers are told about new handoffs; empty: off. */
  TEAMS_ADVISER_CHANNEL_ID: optionalText,
  /** The Teams service URL for that channel (from an activity in it), e.g. https://smba.trafficmanager.net/uk/ */
  TEAMS_SERVICE_URL: z.preprocess((v) => (v === '' ? undefined : v), webAddress.optional()),

  // Several instances: a shared PostgreSQL database instead of the embedded SQLite file.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// address').optional()),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  /** False when PUBLIC_URL was not set and publicUrl is the local default. */
  readonly publicUrlConfigured: boolean;
  readonly dataDir: string;
  readonly knowledgeDir: string;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly logPersonalData: boolean;
  readonly botAuth: {
    readonly MicrosoftAppType: Env['MicrosoftAppType'];
    readonly MicrosoftAppId?: string;
    readonly MicrosoftAppPassword?: string;
    readonly MicrosoftAppTenantId?: string;
  };
  readonly localDirectLine: boolean;
  readonly azureDirectLine?: { readonly secret: string; readonly endpoint: string };
  readonly recognizer:
    | { readonly kind: 'local' }
    | { readonly kind: 'luis'; readonly appId: string; readonly key: string; readonly endpoint: string; readonly slot: 'production' | 'staging' };
  readonly services: LocalServices;
  /** Who runs this installation: the data controller for parents' information. Unset: generic wording. */
  readonly operator: { readonly name?: string; readonly privacyContact?: string };
  readonly retention: {
    readonly conversationHours: number;
    readonly handoffDays: number;
    readonly fileDays: number;
    readonly gapsMonths: number;
  };
  readonly handoff: {
    readonly mode: 'hub' | 'protocol';
    /** e.g. "mon-fri 09:00-17:00" (Europe/London). */
    readonly adviserHours: string;
    readonly waitMinutes: number;
    /** No connection and no message for this long: the parent has gone. */
    readonly parentAwayMinutes: number;
  };
  readonly limits: {
    readonly enabled: boolean;
    readonly conversationPerMinute: number;
    readonly addressPerMinute: number;
    readonly maxBodyBytes: number;
    readonly maxMessageChars: number;
  };
  readonly staff: {
    readonly sessionHours: number;
    readonly signInAttemptsPer15Minutes: number;
  };
  readonly teams: {
    readonly appName: string;
    readonly adviserChannelId?: string;
    readonly serviceUrl?: string;
  };
  readonly databaseUrl?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problem${problems.length > 1 ? 's' : ''}:\n  - ${problems.join('\n  - ')}\nSee .env.example for every setting and what it allows.`);
    this.name = 'ConfigError';
  }
}

/** Builds the configuration from an environment (process.env by default). Throws ConfigError naming each bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  // An empty value (`PORT=` in .env) means "not set": use the default.
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}${describeReceived(source, i.path)}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.RECOGNIZER === 'luis') {
    for (const k of ['LUIS_APP_ID', 'LUIS_KEY', 'LUIS_ENDPOINT'] as const) if (!e[k]) problems.push(`${k}: required when RECOGNIZER=luis`);
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType === 'SingleTenant' && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant and MicrosoftAppId is set');
  }
  if (problems.length) throw new ConfigError(problems);

  const localDirectLine = e.LOCAL_DIRECT_LINE === 'on' || (e.LOCAL_DIRECT_LINE === 'auto' && !e.MicrosoftAppId);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    publicUrlConfigured: Boolean(e.PUBLIC_URL),
    dataDir: path.resolve(cwd, e.DATA_DIR),
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(cwd, e.KNOWLEDGE_DIR) : SHIPPED_KNOWLEDGE_DIR,
    logLevel: e.LOG_LEVEL,
    logPersonalData: e.LOG_PERSONAL_DATA,
    botAuth: {
      MicrosoftAppType: e.MicrosoftAppType,
      MicrosoftAppId: e.MicrosoftAppId,
      MicrosoftAppPassword: e.MicrosoftAppPassword,
      MicrosoftAppTenantId: e.MicrosoftAppTenantId,
    },
    localDirectLine,
    azureDirectLine: e.DIRECT_LINE_SECRET ? { secret: e.DIRECT_LINE_SECRET, endpoint: e.DIRECT_LINE_ENDPOINT } : undefined,
    recognizer: e.RECOGNIZER === 'luis'
      ? { kind: 'luis', appId: e.LUIS_APP_ID!, key: e.LUIS_KEY!, endpoint: e.LUIS_ENDPOINT!, slot: e.LUIS_SLOT }
      : { kind: 'local' },
    services: {
      sendiass: {
        name: e.SENDIASS_NAME,
        phone: e.SENDIASS_PHONE,
        email: e.SENDIASS_EMAIL,
        web: e.SENDIASS_WEB,
        openingHoursText: e.SENDIASS_OPENING_HOURS,
      },
      council: {
        name: e.COUNCIL_NAME ?? 'your local council',
        configured: Boolean(e.COUNCIL_NAME),
        localOfferUrl: e.LOCAL_OFFER_URL,
        senTeamAddress: e.COUNCIL_SEN_TEAM_ADDRESS?.replace(/\\n/g, '\n'),
        senTeamEmail: e.COUNCIL_SEN_TEAM_EMAIL,
      },
    },
    operator: { name: e.OPERATOR_NAME, privacyContact: e.OPERATOR_PRIVACY_CONTACT },
    retention: {
      conversationHours: e.CONVERSATION_RETENTION_HOURS,
      handoffDays: e.HANDOFF_RETENTION_DAYS,
      fileDays: e.FILE_RETENTION_DAYS,
      gapsMonths: e.GAPS_RETENTION_MONTHS,
    },
    handoff: { mode: e.HANDOFF_MODE, adviserHours: e.ADVISER_HOURS, waitMinutes: e.HANDOFF_WAIT_MINUTES, parentAwayMinutes: e.HANDOFF_PARENT_AWAY_MINUTES },
    limits: {
      enabled: e.RATE_LIMITS === 'on',
      conversationPerMinute: e.RATE_LIMIT_CONVERSATION_PER_MINUTE,
      addressPerMinute: e.RATE_LIMIT_ADDRESS_PER_MINUTE,
      maxBodyBytes: e.MAX_BODY_KB * 1024,
      maxMessageChars: e.MAX_MESSAGE_CHARS,
    },
    staff: { sessionHours: e.SESSION_HOURS, signInAttemptsPer15Minutes: e.SIGNIN_ATTEMPTS_PER_15_MINUTES },
    teams: { appName: e.TEAMS_APP_NAME, adviserChannelId: e.TEAMS_ADVISER_CHANNEL_ID, serviceUrl: e.TEAMS_SERVICE_URL },
    databaseUrl: e.DATABASE_URL,
  };
}

function describeReceived(source: NodeJS.ProcessEnv, p: PropertyKey[]): string {
  const key = String(p[0] ?? '');
  const value = source[key];
  if (value === undefined) return '';
  // Secrets are never echoed back.
  if (/password|secret|key/i.test(key)) return '';
  return ` (got "${value.length > 60 ? value.slice(0, 60) + '…' : value}")`;
}

/** Default configuration for tests and the CLI: embedded defaults, nothing from outside. */
export function defaultConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({ NODE_ENV: 'test', ...overrides });
}
