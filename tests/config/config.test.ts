import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  it('runs with embedded defaults and no environment at all', () => {
    const c = loadConfig({}, '/srv/app');
    assert.equal(c.port, 3978);
    assert.equal(c.dataDir, path.resolve('/srv/app', 'data'));
    assert.equal(c.localDirectLine, true);
    assert.equal(c.recognizer.kind, 'local');
    assert.equal(c.services.council.configured, false);
    assert.equal(c.services.council.name, 'your local council');
    assert.match(c.services.sendiass.web, /^https:\/\//);
  });

  it('stops on a bad value, naming the variable and what is allowed', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message) && /got "eighty"/.test(e.message));
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), (e: unknown) => e instanceof ConfigError && /LOG_LEVEL/.test(e.message) && /debug/.test(e.message));
    assert.throws(() => loadConfig({ SENDIASS_WEB: 'not a url' }), (e: unknown) => e instanceof ConfigError && /SENDIASS_WEB/.test(e.message));
  });

  it('never echoes a secret back in an error', () => {
    assert.throws(() => loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 's3cret' }),
      (e: unknown) => e instanceof ConfigError && /MicrosoftAppTenantId/.test(e.message) && !/s3cret/.test(e.message));
  });

  it('switches the local Direct Line off when an app id is set, unless asked', () => {
    const azure = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'tenant' };
    assert.equal(loadConfig(azure).localDirectLine, false);
    assert.equal(loadConfig({ ...azure, LOCAL_DIRECT_LINE: 'on' }).localDirectLine, true);
  });

  it('needs every LUIS setting when RECOGNIZER=luis', () => {
    assert.throws(() => loadConfig({ RECOGNIZER: 'luis', LUIS_APP_ID: 'x' }), /LUIS_KEY: required/);
  });
});
