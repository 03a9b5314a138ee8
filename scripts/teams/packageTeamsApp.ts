import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import yazl from 'yazl';
import { envSchema } from '../../src/config/config';
import {
  fillManifestTemplate, hostOf, isGuid, teamsAppIdFor, TEAMS_PACKAGE_FILES, type TeamsManifestValues,
} from '../../src/domain/teams/teamsManifest';
import { validateTeamsManifest } from '../../src/domain/teams/validateManifest';

/**
 * `npm run teams:package`: fills teams/manifest.template.json from the settings (MicrosoftAppId,
 * TEAMS_APP_NAME, PUBLIC_URL; the version from package.json), checks it and the icons, and
 * writes dist/teams/send-navigator-teams.zip to upload to Teams.
 * Exit codes: 0 built; 2 a setting is missing or wrong; 1 the manifest or icons fail the checks.
 */

const ROOT = path.resolve(__dirname, '../..');
export const PACKAGE_NAME = 'send-navigator-teams.zip';

export class PackagingStopped extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'PackagingStopped';
  }
}

export interface PackageOptions {
  /** Settings (process.env with .env already loaded, in the command). */
  readonly env: NodeJS.ProcessEnv;
  /** Where the zip goes; default dist/teams. */
  readonly outDir?: string;
  /** The project folder holding teams/ and package.json. */
  readonly rootDir?: string;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly manifest: unknown;
  readonly values: TeamsManifestValues;
}

const settingsSchema = envSchema.pick({ MicrosoftAppId: true, TEAMS_APP_NAME: true, PUBLIC_URL: true });

/** The manifest values from the settings, or PackagingStopped (exit code 2) saying what to fix. */
export function manifestValuesFromSettings(env: NodeJS.ProcessEnv, version: string): TeamsManifestValues {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = settingsSchema.safeParse(set);
  if (!parsed.success) {
    throw new PackagingStopped(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'), 2);
  }
  const { MicrosoftAppId, TEAMS_APP_NAME, PUBLIC_URL } = parsed.data;
  if (!MicrosoftAppId) {
    throw new PackagingStopped(
      'MicrosoftAppId is not set, so there is no bot for Teams to talk to.\n'
      + 'Register the bot in Azure Bot Service (see "Microsoft Teams" in README.md), put its app id in .env\n'
      + '(MicrosoftAppId=...), then run `npm run teams:package` again.', 2);
  }
  if (!isGuid(MicrosoftAppId)) throw new PackagingStopped(`MicrosoftAppId must be the bot's app id, a GUID like 00000000-0000-0000-0000-000000000000 (got "${MicrosoftAppId}").`, 2);
  if (!PUBLIC_URL || !PUBLIC_URL.startsWith('https://') || !hostOf(PUBLIC_URL)) {
    throw new PackagingStopped('PUBLIC_URL must be the server\'s public https:// address (Teams opens links and files there), e.g. PUBLIC_URL=https://send-navigator.example.org', 2);
  }
  return {
    botAppId: MicrosoftAppId,
    teamsAppId: teamsAppIdFor(MicrosoftAppId),
    appName: TEAMS_APP_NAME,
    publicUrl: PUBLIC_URL.replace(/\/+$/, ''),
    version,
  };
}

export async function packageTeamsApp(options: PackageOptions): Promise<BuiltPackage> {
  const root = options.rootDir ?? ROOT;
  const teamsDir = path.join(root, 'teams');
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const values = manifestValuesFromSettings(options.env, version);

  const manifest = fillManifestTemplate(fs.readFileSync(path.join(teamsDir, 'manifest.template.json'), 'utf8'), values);
  const color = fs.readFileSync(path.join(teamsDir, TEAMS_PACKAGE_FILES.color));
  const outline = fs.readFileSync(path.join(teamsDir, TEAMS_PACKAGE_FILES.outline));
  const problems = validateTeamsManifest(manifest, { botAppId: values.botAppId, publicUrl: values.publicUrl, icons: { color, outline } });
  if (problems.length) throw new PackagingStopped(`The Teams app package has problems:\n  - ${problems.join('\n  - ')}`, 1);

  const outDir = options.outDir ?? path.join(root, 'dist', 'teams');
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, PACKAGE_NAME);
  const zip = new yazl.ZipFile();
  // A fixed date keeps the zip the same from one build to the next when nothing changed.
  const mtime = new Date('2026-01-01T00:00:00Z');
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'), TEAMS_PACKAGE_FILES.manifest, { mtime });
  zip.addBuffer(color, TEAMS_PACKAGE_FILES.color, { mtime });
  zip.addBuffer(outline, TEAMS_PACKAGE_FILES.outline, { mtime });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(zipPath);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
  return { zipPath, manifest, values };
}

/** The command: `tsx scripts/teams/packageTeamsApp.ts [--out DIR]`. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  dotenv.config({ quiet: true });
  const outAt = argv.indexOf('--out');
  const outDir = outAt >= 0 ? argv[outAt + 1] : undefined;
  if (outAt >= 0 && !outDir) {
    process.stderr.write('teams:package: --out needs a folder\n');
    return 2;
  }
  try {
    const built = await packageTeamsApp({ env: process.env, outDir: outDir && path.resolve(outDir) });
    process.stdout.write(`Built ${path.relative(process.cwd(), built.zipPath) || built.zipPath}\n`
      + `  Teams app id ${built.values.teamsAppId}, bot ${built.values.botAppId}, "${built.values.appName}" ${built.values.version}\n`
      + '  Upload it in Teams (Apps > Manage your apps > Upload an app), or ask your Teams admin to.\n');
    return 0;
  } catch (error) {
    if (error instanceof PackagingStopped) {
      process.stderr.write(`teams:package: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error: unknown) => { process.stderr.write(`teams:package: ${error instanceof Error ? error.message : String(error)}\n`); process.exitCode = 1; },
  );
}
