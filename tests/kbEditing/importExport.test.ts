import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runKbEditCommand } from '../../src/cli/kbEditCommands';
import { addStaffForTest } from './staffForTest';
import { openSqliteDatabase } from '../../src/storage/sqlite/sqliteDatabase';
import { REAL_KB, tempDir, testConfig } from '../helpers/fixtures';
import { ARTICLE, QUESTION, editingSetup } from './helpers';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

/** `send-navigator kb export` / `kb import`: the knowledge base as files, for version control. */
describe('KB editing: export and import (send-navigator kb export / import)', function () {
  this.timeout(20000);

  it('exports exactly the shipped files from a fresh install, and importing them back changes nothing', async () => {
    const config = testConfig();
    const dir = path.join(tempDir(), 'kb');
    const exported = io();
    assert.equal(await runKbEditCommand(['export', '--dir', dir], config, exported.io), 0, exported.err.join('\n'));
    assert.match(exported.out.join('\n'), /Exported 52 live articles and glossary\.yaml/);
    const shipped = fs.readdirSync(REAL_KB).filter((f) => f !== 'README.md').sort();
    assert.deepEqual(fs.readdirSync(dir).sort(), shipped);
    for (const f of shipped) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), fs.readFileSync(path.join(REAL_KB, f), 'utf8'), f);

    const imported = io();
    assert.equal(await runKbEditCommand(['import', '--dir', dir], config, imported.io), 0, imported.err.join('\n'));
    assert.match(imported.out.join('\n'), /Imported 0 changed articles\. 52 unchanged\./);
  });

  it('imports a changed file as a new live version, logged under the named account; export gives it back', async () => {
    const config = testConfig();
    await addStaffForTest(config, { email: 'rita@forum.example', name: 'Rita Reviewer', roles: ['reviewer'] });
    const dir = path.join(tempDir(), 'kb');
    await runKbEditCommand(['export', '--dir', dir], config, io().io);
    const file = path.join(dir, `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Keep a simple file of letters', 'Keep one simple folder of letters'));

    const imported = io();
    assert.equal(await runKbEditCommand(['import', '--dir', dir, '--as', 'rita@forum.example'], config, imported.io), 0, imported.err.join('\n'));
    assert.match(imported.out.join('\n'), /Imported 1 changed article: keeping-records\. 51 unchanged\./);

    const setup = await editingSetup(openSqliteDatabase(config.dataDir));
    assert.match(await setup.ask(QUESTION), /Keep one simple folder of letters/);
    const [entry] = await setup.editor.audit(1, ARTICLE);
    assert.equal(entry.action, 'imported');
    assert.equal(entry.actor.name, 'Rita Reviewer');
    setup.database.close();

    const again = path.join(tempDir(), 'kb2');
    await runKbEditCommand(['export', '--dir', again], config, io().io);
    assert.equal(fs.readFileSync(path.join(again, `${ARTICLE}.md`), 'utf8'), fs.readFileSync(file, 'utf8'));
  });

  it('refuses the whole import when any file is invalid, naming each file and field; nothing changes', async () => {
    const config = testConfig();
    const dir = path.join(tempDir(), 'kb');
    await runKbEditCommand(['export', '--dir', dir], config, io().io);
    const edit = (name: string, from: RegExp, to: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(from, to));
    };
    edit(`${ARTICLE}.md`, /Keep a simple file of letters/, 'Keep one simple folder of letters'); // valid
    edit('mediation.md', /^title: .*$/m, 'title: X');
    edit('local-offer.md', /^related: \[/m, 'related: [no-such-article, ');

    const run = io();
    assert.equal(await runKbEditCommand(['import', '--dir', dir], config, run.io), 1);
    const text = run.err.join('\n');
    assert.match(text, /Import refused: nothing was changed/);
    assert.match(text, /mediation\.md\n\s+- title: must be at least 3 characters/);
    assert.match(text, /local-offer\.md\n\s+- related\[0\]: links to "no-such-article", which is not an article/);
    assert.doesNotMatch(text, /keeping-records/);

    const setup = await editingSetup(openSqliteDatabase(config.dataDir));
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/, 'the valid file did not go live either');
    setup.database.close();
  });

  it('says what is wrong with the command line', async () => {
    const config = testConfig();
    const noDir = io();
    assert.equal(await runKbEditCommand(['export'], config, noDir.io), 2);
    assert.match(noDir.err.join('\n'), /--dir is required/);
    const missing = io();
    assert.equal(await runKbEditCommand(['import', '--dir', path.join(tempDir(), 'nope')], config, missing.io), 2);
    assert.match(missing.err.join('\n'), /does not exist/);
    const nobody = io();
    const dir = path.join(tempDir(), 'kb');
    await runKbEditCommand(['export', '--dir', dir], config, io().io);
    assert.equal(await runKbEditCommand(['import', '--dir', dir, '--as', 'nobody@example.org'], config, nobody.io), 2);
    assert.match(nobody.err.join('\n'), /no staff account for nobody@example\.org/);
  });

  it('a running server picks up an import made from the command line', async () => {
    const config = testConfig();
    const server = await editingSetup(openSqliteDatabase(config.dataDir));
    assert.equal(await server.editor.reloadIfChanged(), false);
    const dir = path.join(tempDir(), 'kb');
    await runKbEditCommand(['export', '--dir', dir], config, io().io);
    const file = path.join(dir, `${ARTICLE}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Keep a simple file of letters', 'Keep one simple folder of letters'));
    assert.equal(await runKbEditCommand(['import', '--dir', dir], config, io().io), 0);

    assert.match(await server.ask(QUESTION), /Keep a simple file of letters/, 'not yet noticed');
    assert.equal(await server.editor.reloadIfChanged(), true);
    assert.match(await server.ask(QUESTION), /Keep one simple folder of letters/);
    server.database.close();
  });
});
