import { decodePng, readPngHeader } from './pngImage';
import { hostOf, isGuid, TEAMS_ICON_SIZES, TEAMS_MANIFEST_SCHEMA, TEAMS_MANIFEST_VERSION } from './teamsManifest';

/**
 * Checks a Teams app manifest against the rules Teams enforces on upload (schema 1.30: required
 * fields, lengths, GUIDs, https addresses, icon sizes) and against this deployment (the bot id
 * and the public address). Returns one plain sentence per problem; empty means it is fine.
 */

export interface ManifestExpectations {
  /** The bot's app id: `bots[0].botId` must be this. */
  readonly botAppId?: string;
  /** The server's public address: its host must be in `validDomains`. */
  readonly publicUrl?: string;
  /** The icon files named in `icons`, to check their size and look. */
  readonly icons?: { readonly color?: Uint8Array; readonly outline?: Uint8Array };
}

/** Top-level properties schema 1.30 allows (it allows no others). */
const TOP_LEVEL_PROPERTIES = new Set([
  '$schema', 'manifestVersion', 'version', 'id', 'localizationInfo', 'developer', 'name', 'description', 'icons',
  'accentColor', 'configurableTabs', 'staticTabs', 'bots', 'connectors', 'subscriptionOffer', 'composeExtensions',
  'permissions', 'devicePermissions', 'validDomains', 'webApplicationInfo', 'graphConnector', 'showLoadingIndicator',
  'isFullScreen', 'activities', 'supportsChannelFeatures', 'supportedChannelTypes', 'configurableProperties',
  'defaultBlockUntilAdminAction', 'publisherDocsUrl', 'defaultInstallScope', 'defaultGroupCapability',
  'meetingExtensionDefinition', 'authorization', 'extensions', 'dashboardCards', 'intuneInfo', 'copilotAgents',
  'agenticUserTemplates', 'elementRelationshipSet', 'backgroundLoadConfiguration', 'agentConnectors', 'agentSkills',
]);
const BOT_PROPERTIES = new Set([
  'botId', 'configuration', 'needsChannelSelector', 'isNotificationOnly', 'supportsFiles', 'supportsCalling',
  'supportsVideo', 'scopes', 'supportsTargetedMessages', 'commandLists', 'requirementSet', 'registrationInfo',
]);
const BOT_SCOPES = new Set(['team', 'personal', 'groupChat', 'copilot']);
const INSTALL_SCOPES = new Set(['personal', 'team', 'groupChat', 'meetings', 'copilot']);
/** The schema's semver: three plain numbers. */
const SEMVER = /^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$/;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

type Json = Record<string, unknown>;

export function validateTeamsManifest(manifest: unknown, expect: ManifestExpectations = {}): string[] {
  const problems: string[] = [];
  const problem = (text: string) => problems.push(text);
  if (!isObject(manifest)) return ['the manifest is not a JSON object'];

  const leftovers = JSON.stringify(manifest).match(/\{\{[A-Za-z_]+\}\}/g);
  if (leftovers) problem(`placeholders were not filled in: ${[...new Set(leftovers)].join(', ')}`);

  for (const key of Object.keys(manifest)) {
    if (!TOP_LEVEL_PROPERTIES.has(key)) problem(`"${key}" is not a property the manifest schema allows`);
  }

  if (manifest.$schema !== TEAMS_MANIFEST_SCHEMA) problem(`$schema must be ${TEAMS_MANIFEST_SCHEMA}`);
  if (manifest.manifestVersion !== TEAMS_MANIFEST_VERSION) problem(`manifestVersion must be "${TEAMS_MANIFEST_VERSION}"`);
  if (typeof manifest.version !== 'string' || !SEMVER.test(manifest.version)) problem('version must be three numbers, like 1.0.0 (semver)');
  if (!isGuid(manifest.id)) problem('id must be a GUID');

  const developer = manifest.developer;
  if (!isObject(developer)) {
    problem('developer is required');
  } else {
    text(developer, 'name', 'developer.name', 32, problem);
    for (const field of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) {
      const value = developer[field];
      if (typeof value !== 'string' || !isHttpsAddress(value)) problem(`developer.${field} must be an https:// address`);
      else if (value.length > 2048) problem(`developer.${field} must be at most 2048 characters`);
    }
  }

  const name = manifest.name;
  if (!isObject(name)) {
    problem('name is required');
  } else {
    text(name, 'short', 'name.short', 30, problem);
    if (name.full !== undefined) text(name, 'full', 'name.full', 100, problem);
  }

  const description = manifest.description;
  if (!isObject(description)) {
    problem('description is required');
  } else {
    text(description, 'short', 'description.short', 80, problem);
    text(description, 'full', 'description.full', 4000, problem);
  }

  if (typeof manifest.accentColor !== 'string' || !HEX_COLOR.test(manifest.accentColor)) problem('accentColor must be a colour like #1d5c8a');

  const icons = manifest.icons;
  if (!isObject(icons)) {
    problem('icons is required');
  } else {
    for (const which of ['color', 'outline'] as const) {
      if (typeof icons[which] !== 'string' || !icons[which]) problem(`icons.${which} is required`);
    }
  }
  checkIcon('color', expect.icons?.color, problem);
  checkIcon('outline', expect.icons?.outline, problem);

  checkBots(manifest, expect, problem);

  if (manifest.defaultInstallScope !== undefined && !INSTALL_SCOPES.has(String(manifest.defaultInstallScope))) {
    problem(`defaultInstallScope must be one of ${[...INSTALL_SCOPES].join(', ')}`);
  }

  const domains = manifest.validDomains;
  if (domains !== undefined) {
    if (!Array.isArray(domains) || domains.length > 100) problem('validDomains must be a list of at most 100 domains');
    else {
      for (const d of domains) {
        if (typeof d !== 'string' || !d || /[/\s]/.test(d) || /^https?:/i.test(d)) problem(`validDomains: "${String(d)}" must be a bare domain, like example.org, without https:// or a path`);
      }
    }
  }
  if (expect.publicUrl) {
    const host = hostOf(expect.publicUrl);
    if (!Array.isArray(domains) || !domains.includes(host)) problem(`validDomains must include ${host}, the server's public address`);
  }
  return problems;
}

function checkBots(manifest: Json, expect: ManifestExpectations, problem: (t: string) => void): void {
  const bots = manifest.bots;
  if (!Array.isArray(bots) || bots.length !== 1 || !isObject(bots[0])) {
    problem('bots must hold exactly one bot');
    return;
  }
  const bot = bots[0];
  for (const key of Object.keys(bot)) if (!BOT_PROPERTIES.has(key)) problem(`bots[0].${key} is not a property the schema allows`);
  if (!isGuid(bot.botId)) problem('bots[0].botId must be a GUID (the bot\'s Microsoft App ID)');
  else if (expect.botAppId && bot.botId.toLowerCase() !== expect.botAppId.toLowerCase()) problem('bots[0].botId must be the bot\'s Microsoft App ID (MicrosoftAppId)');
  const scopes = bot.scopes;
  if (!Array.isArray(scopes) || scopes.length === 0 || scopes.length > 4) problem('bots[0].scopes must list 1 to 4 scopes');
  else {
    for (const s of scopes) if (!BOT_SCOPES.has(String(s))) problem(`bots[0].scopes: "${String(s)}" is not a scope (${[...BOT_SCOPES].join(', ')})`);
    if (!scopes.includes('personal')) problem('bots[0].scopes must include "personal": parents talk to the bot one to one');
  }
  const lists = bot.commandLists;
  if (lists !== undefined) {
    if (!Array.isArray(lists) || lists.length > 3) problem('bots[0].commandLists must be a list of at most 3');
    else {
      lists.forEach((list, i) => {
        const commands = isObject(list) ? list.commands : undefined;
        if (!isObject(list) || !Array.isArray(list.scopes) || !Array.isArray(commands)) {
          problem(`bots[0].commandLists[${i}] needs scopes and commands`);
          return;
        }
        if (commands.length > 12) problem(`bots[0].commandLists[${i}] has more than 12 commands`);
        commands.forEach((c, j) => {
          if (!isObject(c)) problem(`bots[0].commandLists[${i}].commands[${j}] must be an object`);
          else {
            text(c, 'title', `bots[0].commandLists[${i}].commands[${j}].title`, 128, problem);
            if (c.description !== undefined) text(c, 'description', `bots[0].commandLists[${i}].commands[${j}].description`, 4000, problem);
          }
        });
      });
    }
  }
}

function checkIcon(which: 'color' | 'outline', data: Uint8Array | undefined, problem: (t: string) => void): void {
  if (!data) return;
  const size = TEAMS_ICON_SIZES[which];
  let header;
  try {
    header = readPngHeader(data);
  } catch {
    problem(`the ${which} icon is not a PNG file`);
    return;
  }
  if (header.width !== size || header.height !== size) {
    problem(`the ${which} icon must be ${size}x${size} pixels (it is ${header.width}x${header.height})`);
  }
  if (which !== 'outline') return;
  // The outline icon: white on a transparent background, nothing else.
  if (header.colorType !== 6) {
    problem('the outline icon must have a transparent background (a PNG with an alpha channel)');
    return;
  }
  const { rgba } = decodePng(data);
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] === 0) transparent++;
    else if (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255) coloured++;
  }
  if (coloured) problem(`the outline icon must be white only (${coloured} pixels have another colour)`);
  if (transparent === 0) problem('the outline icon must have a transparent background');
}

function text(owner: Json, field: string, label: string, max: number, problem: (t: string) => void): void {
  const value = owner[field];
  if (typeof value !== 'string' || !value.trim()) problem(`${label} is required`);
  else if (value.length > max) problem(`${label} must be at most ${max} characters (it has ${value.length})`);
}

function isHttpsAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && Boolean(url.hostname);
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
