import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fillManifestTemplate, teamsAppIdFor, TEAMS_MANIFEST_SCHEMA, type TeamsManifestValues } from '../../src/domain/teams/teamsManifest';
import { validateTeamsManifest, type ManifestExpectations } from '../../src/domain/teams/validateManifest';
import { readPngHeader } from '../../src/domain/teams/pngImage';
import { encodePng } from '../../scripts/teams/pngEncoder';
import { tempDir } from '../helpers/fixtures';
import { readZip } from './readZip';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE = fs.readFileSync(path.join(ROOT, 'teams/manifest.template.json'), 'utf8');
const COLOR = fs.readFileSync(path.join(ROOT, 'teams/color.png'));
const OUTLINE = fs.readFileSync(path.join(ROOT, 'teams/outline.png'));
const APP_ID = '0b0e1c52-1111-4a3b-9c2d-3e4f5a6b7c8d';
const PUBLIC_URL = 'https://send-navigator.example.org';

const VALUES: TeamsManifestValues = { botAppId: APP_ID, teamsAppId: teamsAppIdFor(APP_ID), appName: 'SEND Navigator', publicUrl: PUBLIC_URL, version: '0.1.0' };
const EXPECT: ManifestExpectations = { botAppId: APP_ID, publicUrl: PUBLIC_URL, icons: { color: COLOR, outline: OUTLINE } };

// any: the tests reach into (and break) every field of the parsed JSON on purpose.
type Manifest = Record<string, any>;
const manifest = (): Manifest => fillManifestTemplate(TEMPLATE, VALUES) as Manifest;

describe('Teams: the app manifest', () => {
  it('the template, filled from the settings, passes every check', () => {
    assert.deepEqual(validateTeamsManifest(manifest(), EXPECT), []);
  });

  it('is filled from the settings: bot id, name, public address and version', () => {
    const m = manifest();
    assert.equal(m.$schema, TEAMS_MANIFEST_SCHEMA);
    assert.equal(m.bots[0].botId, APP_ID);
    assert.equal(m.name.short, 'SEND Navigator');
    assert.equal(m.version, '0.1.0');
    assert.equal(m.developer.websiteUrl, PUBLIC_URL);
    assert.deepEqual(m.validDomains, ['send-navigator.example.org']);
    assert.ok(m.bots[0].scopes.includes('personal'));
    assert.equal(m.defaultInstallScope, 'personal');
  });

  it('gives every package for the same bot the same Teams app id, a GUID that is not the bot id', () => {
    assert.equal(teamsAppIdFor(APP_ID), teamsAppIdFor(APP_ID.toUpperCase()));
    assert.notEqual(teamsAppIdFor(APP_ID), APP_ID);
    assert.notEqual(teamsAppIdFor(APP_ID), teamsAppIdFor('11111111-2222-4333-8444-555555555555'));
    assert.match(teamsAppIdFor(APP_ID), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('escapes settings safely: a name with quotes stays one JSON string', () => {
    const m = fillManifestTemplate(TEMPLATE, { ...VALUES, appName: 'Kent "SEND" Help' }) as Manifest;
    assert.equal(m.name.short, 'Kent "SEND" Help');
  });

  it('the icons are PNGs of the sizes Teams needs', () => {
    assert.deepEqual([readPngHeader(COLOR).width, readPngHeader(COLOR).height], [192, 192]);
    assert.deepEqual([readPngHeader(OUTLINE).width, readPngHeader(OUTLINE).height], [32, 32]);
  });

  describe('reports what Teams would refuse', () => {
    const cases: Array<[string, (m: Manifest) => void, RegExp, ManifestExpectations?]> = [
      ['an id that is not a GUID', (m) => { m.id = 'send-navigator'; }, /^id must be a GUID/],
      ['a version that is not semver', (m) => { m.version = '1.0'; }, /^version must be three numbers/],
      ['a short name over 30 characters', (m) => { m.name.short = 'SEND Navigator for Somewhere-on-Sea'; }, /name\.short must be at most 30 characters/],
      ['a short description over 80 characters', (m) => { m.description.short = 'x'.repeat(81); }, /description\.short must be at most 80/],
      ['a full description over 4000 characters', (m) => { m.description.full = 'x'.repeat(4001); }, /description\.full must be at most 4000/],
      ['a missing full description', (m) => { delete m.description.full; }, /description\.full is required/],
      ['a developer address that is not https', (m) => { m.developer.privacyUrl = 'http://example.org/privacy'; }, /developer\.privacyUrl must be an https:\/\/ address/],
      ['a bot id that is not this bot', (m) => { m.bots[0].botId = '11111111-2222-4333-8444-555555555555'; }, /bots\[0\]\.botId must be the bot's Microsoft App ID/],
      ['a bot without the personal scope', (m) => { m.bots[0].scopes = ['team']; }, /must include "personal"/],
      ['an unknown scope', (m) => { m.bots[0].scopes = ['personal', 'everyone']; }, /"everyone" is not a scope/],
      ['a domain written as an address', (m) => { m.validDomains = ['https://send-navigator.example.org/']; }, /must be a bare domain/],
      ['the public address missing from validDomains', (m) => { m.validDomains = []; }, /validDomains must include send-navigator\.example\.org/],
      ['a property the schema does not allow', (m) => { m.packageName = 'com.example.send'; }, /"packageName" is not a property/],
      ['an old manifest version', (m) => { m.manifestVersion = '1.19'; }, /manifestVersion must be "1\.30"/],
      ['an unfilled placeholder', (m) => { m.name.full = '{{APP_FULL_NAME}}'; }, /placeholders were not filled in: \{\{APP_FULL_NAME\}\}/],
      ['a colour icon of the wrong size', () => undefined, /the color icon must be 192x192 pixels \(it is 32x32\)/, { icons: { color: OUTLINE, outline: OUTLINE } }],
      ['an outline icon that is not white on transparent', () => undefined, /the outline icon must be white only/, { icons: { color: COLOR, outline: colouredOutline() } }],
    ];
    for (const [what, change, message, expect] of cases) {
      it(what, () => {
        const m = manifest();
        change(m);
        const problems = validateTeamsManifest(m, { ...EXPECT, ...expect });
        assert.ok(problems.some((p) => message.test(p)), `expected ${message}, got:\n${problems.join('\n')}`);
      });
    }
  });

  describe('npm run teams:package', function () {
    this.timeout(30000);
    const script = path.join(ROOT, 'scripts/teams/packageTeamsApp.ts');
    // Run from an empty folder, so no developer's .env is read.
    const run = (env: NodeJS.ProcessEnv, out: string) => spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), script, '--out', out], {
      cwd: tempDir('send-nav-teams-cwd-'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      encoding: 'utf8',
    });

    it('builds a zip whose manifest and icons pass the checks', () => {
      const out = tempDir('send-nav-teams-');
      const result = run({ MicrosoftAppId: APP_ID, PUBLIC_URL, TEAMS_APP_NAME: 'SEND Navigator' }, out);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /Built .*send-navigator-teams\.zip/);
      const files = readZip(fs.readFileSync(path.join(out, 'send-navigator-teams.zip')));
      assert.deepEqual([...files.keys()].sort(), ['color.png', 'manifest.json', 'outline.png']);
      const packaged = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;
      assert.deepEqual(validateTeamsManifest(packaged, { botAppId: APP_ID, publicUrl: PUBLIC_URL, icons: { color: files.get('color.png'), outline: files.get('outline.png') } }), []);
      assert.equal(packaged.bots[0].botId, APP_ID);
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(packaged.version, version);
    });

    it('stops with exit code 2 and says what to do when MicrosoftAppId is not set', () => {
      const out = tempDir('send-nav-teams-');
      const result = run({ MicrosoftAppId: '', PUBLIC_URL }, out);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /MicrosoftAppId is not set/);
      assert.match(result.stderr, /Azure Bot Service/);
      assert.deepEqual(fs.readdirSync(out), [], 'no package');
    });

    it('stops with exit code 2 when PUBLIC_URL is not an https address', () => {
      const result = run({ MicrosoftAppId: APP_ID, PUBLIC_URL: 'http://localhost:3978' }, tempDir('send-nav-teams-'));
      assert.equal(result.status, 2);
      assert.match(result.stderr, /PUBLIC_URL must be the server's public https:\/\/ address/);
    });
  });
});

/** A 32x32 outline with one red pixel. */
function colouredOutline(): Buffer {
  const rgba = new Uint8Array(32 * 32 * 4);
  rgba.set([255, 0, 0, 255], 0);
  rgba.set([255, 255, 255, 255], 4);
  return encodePng(32, 32, rgba);
}
