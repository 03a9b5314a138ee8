import crypto from 'node:crypto';

/**
 * The Teams app manifest, filled from settings. The template (teams/manifest.template.json)
 * holds everything a service may want to reword; the values that depend on the deployment
 * (the bot's app id, the app's name, the public address, the version) are filled in here.
 */

/** Manifest schema 1.30 (August 2026), the newest published in microsoft/json-schemas. */
export const TEAMS_MANIFEST_VERSION = '1.30';
export const TEAMS_MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;

/** File names inside the app package (Teams wants all three at the root of the zip). */
export const TEAMS_PACKAGE_FILES = { manifest: 'manifest.json', color: 'color.png', outline: 'outline.png' } as const;

/** Sizes Teams requires for the two icons. */
export const TEAMS_ICON_SIZES = { color: 192, outline: 32 } as const;

export interface TeamsManifestValues {
  /** The bot's Microsoft App ID (a GUID), from `MicrosoftAppId`. */
  readonly botAppId: string;
  /** The app's id in Teams (a GUID); by default derived from the bot's id, see `teamsAppIdFor`. */
  readonly teamsAppId: string;
  /** Short name, at most 30 characters (`TEAMS_APP_NAME`). */
  readonly appName: string;
  /** Public https address of the server (`PUBLIC_URL`), without a trailing slash. */
  readonly publicUrl: string;
  /** The app version: package.json's, which must be x.y.z. */
  readonly version: string;
}

/** The placeholders the template may use, written `{{NAME}}`. */
export function templatePlaceholders(values: TeamsManifestValues): Record<string, string> {
  return {
    MICROSOFT_APP_ID: values.botAppId,
    TEAMS_APP_ID: values.teamsAppId,
    APP_NAME: values.appName,
    APP_VERSION: values.version,
    PUBLIC_URL: values.publicUrl.replace(/\/+$/, ''),
    PUBLIC_HOST: hostOf(values.publicUrl),
    MANIFEST_VERSION: TEAMS_MANIFEST_VERSION,
    MANIFEST_SCHEMA: TEAMS_MANIFEST_SCHEMA,
  };
}

/**
 * Fills `{{NAME}}` placeholders in the template text and parses the result. Values are escaped
 * for JSON, so a name with quotes cannot break the file. An unknown placeholder is left as it is,
 * for validation to report.
 */
export function fillManifestTemplate(templateText: string, values: TeamsManifestValues): unknown {
  const placeholders = templatePlaceholders(values);
  const filled = templateText.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = placeholders[name];
    return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as unknown;
}

/**
 * A stable app id for Teams, derived from the bot's app id (a name-based UUID, version 5), so
 * every package built for the same bot updates the same Teams app instead of adding a new one.
 */
export function teamsAppIdFor(botAppId: string): string {
  const namespace = Buffer.from('6f1b2c1e5d2a4c8e9b1a3d7e5f406a11', 'hex');
  const hash = crypto.createHash('sha1').update(namespace).update(`send-navigator-teams:${botAppId.toLowerCase()}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The host name (and port, if any) of an address: what `validDomains` lists. */
export function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
}

export const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}
