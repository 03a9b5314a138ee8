import assert from 'node:assert/strict';
import { SqliteKbStore } from '../../src/storage/sqlite/kbStore';
import { ARTICLE, EDIE, ELLIS, NEW_SUMMARY, QUESTION, RITA, editingSetup, withChanges } from './helpers';

/** The editing workflow over the real database schema, with the real bot answering from the live holder. */
describe('KB editing: drafts, review, publishing live, roll-back', function () {
  this.timeout(20000);

  /** Edie changes the summary and sends it for review; returns the version id. */
  async function draftAndSubmit(setup: Awaited<ReturnType<typeof editingSetup>>, summary = NEW_SUMMARY, author = EDIE) {
    const start = (await setup.editor.startEdit(ARTICLE))!;
    const saved = await setup.editor.saveDraft({ form: withChanges(start.form, { summary }), articleId: ARTICLE, baseVersionId: start.baseVersionId, author });
    assert.ok(saved.ok, JSON.stringify(saved));
    const submitted = await setup.editor.submitForReview(ARTICLE, saved.version.id);
    assert.ok(submitted.ok, JSON.stringify(submitted));
    return saved.version.id;
  }

  it('seeds the database from knowledge/ on first start, and only then', async () => {
    const setup = await editingSetup();
    const rows = await setup.editor.list();
    assert.equal(rows.length, 52);
    assert.ok(rows.every((r) => r.live?.number === 1 && r.live.origin === 'seed' && !r.open));
    assert.equal(setup.live.articles.length, 52);
    assert.ok(setup.live.glossary.length > 10);
    // A second start over the same database keeps what is there.
    const again = await editingSetup(setup.database);
    assert.equal((await again.editor.seedIfEmpty({ articles: [] })).seeded, 0);
    assert.equal((await again.editor.list()).length, 52);
  });

  it("an editor's change, reviewed and published, is what the bot answers at once", async () => {
    const setup = await editingSetup();
    const before = await setup.ask(QUESTION);
    assert.match(before, /Keep a simple file of letters/);
    const conversation = setup.conversation();
    await conversation.start();

    const versionId = await draftAndSubmit(setup);
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/, 'a draft is not live');

    const published = await setup.editor.publish(ARTICLE, versionId, RITA);
    assert.ok(published.ok, JSON.stringify(published));
    const after = await setup.ask(QUESTION);
    assert.match(after, /Keep every letter, report and email in one folder/);
    assert.doesNotMatch(after, /Keep a simple file of letters/);
    // A conversation that began before the publish gets the new answer too, without a restart.
    const text = (await conversation.say(QUESTION)).map((r) => r.text).join('\n');
    assert.match(text, /Keep every letter, report and email in one folder/);

    const details = (await setup.editor.details(ARTICLE))!;
    assert.equal(details.live?.id, versionId);
    assert.equal(details.live?.reviewer?.name, 'Rita Reviewer');
    assert.equal(details.live?.author.name, 'Edie Editor');
    assert.equal(details.versions.find((v) => v.number === 1)?.status, 'superseded');
    assert.match(details.live!.diff, /^-  Keep a simple file of letters/m);
    assert.match(details.live!.diff, /^\+  Keep every letter/m);
    const [entry] = await setup.editor.audit(5, ARTICLE);
    assert.equal(entry.action, 'published');
    assert.equal(entry.actor.name, 'Rita Reviewer');
    assert.equal(entry.versionId, versionId);
  });

  it('refuses an invalid change, naming the field, and the old answer is still served', async () => {
    const setup = await editingSetup();
    const start = (await setup.editor.startEdit(ARTICLE))!;
    const save = (changes: Parameters<typeof withChanges>[1]) => setup.editor.saveDraft({ form: withChanges(start.form, changes), articleId: ARTICLE, baseVersionId: start.baseVersionId, author: EDIE });

    // The schema (as kb check reads front matter).
    const badSource = await save({ sources: 'SEND Code of Practice 9.14 | not a web address', questions: 'Only one question?', title: '' });
    assert.ok(!badSource.ok);
    assert.equal(badSource.reason, 'invalid');
    const messages = (badSource.problems ?? []).map((p) => `${p.field}: ${p.message}`);
    assert.ok(messages.includes('sources: Sources (line 1) must be a web address.'), messages.join('\n'));
    assert.ok(messages.includes('questions: Other ways to ask must have at least two alternative questions.'), messages.join('\n'));
    assert.ok(messages.includes('title: Title must be at least 3 characters.'), messages.join('\n'));

    // The checks across articles and the text (links, placeholders, readability).
    const badLinks = await save({ related: 'the-senco, no-such-article', summary: `${start.form.summary} It takes {{t:noSuchTimescale}}.` });
    assert.ok(!badLinks.ok);
    const problems = badLinks.problems ?? [];
    assert.match(problems.find((p) => p.field === 'related')?.message ?? '', /^Related articles \(item 2\) links to "no-such-article", which is not an article\.$/);
    assert.match(problems.find((p) => p.field === 'summary')?.message ?? '', /Short answer uses an unknown timescale key "noSuchTimescale"/);
    assert.equal((await setup.editor.details(ARTICLE))?.open, undefined, 'nothing was saved');
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/);
  });

  it('never puts an invalid version live, even one that reached review: the previous version keeps serving', async () => {
    const setup = await editingSetup();
    const store = new SqliteKbStore(setup.database);
    const live = (await store.summary(ARTICLE))!.live!;
    // A version written straight into the store (as an old release or a bad import tool might).
    const broken = live.source.replace(/^title: .*$/m, 'title: X');
    const saved = await store.saveDraft({ articleId: ARTICLE, file: 'keeping-records.md', source: broken, diff: '', author: EDIE, at: '2026-11-23T10:00:00Z', expectedHeadId: live.id });
    assert.ok(saved.ok);
    await store.submit(saved.version.id, '2026-11-23T10:01:00Z');
    const published = await setup.editor.publish(ARTICLE, saved.version.id, RITA);
    assert.ok(!published.ok);
    assert.equal(published.reason, 'invalid');
    assert.match(published.problems?.[0].message ?? '', /^Title must be at least 3 characters\.$/);
    assert.equal((await store.summary(ARTICLE))?.live?.id, live.id);
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/);
  });

  it('the author cannot publish their own change, nor can anyone who wrote part of it', async () => {
    const setup = await editingSetup();
    const versionId = await draftAndSubmit(setup, NEW_SUMMARY, RITA);
    const own = await setup.editor.publish(ARTICLE, versionId, RITA);
    assert.ok(!own.ok);
    assert.equal(own.reason, 'own-change');
    assert.match(own.message, /You wrote this change, so you cannot publish it yourself/);

    // Edie builds on Rita's draft: Rita still wrote part of what would go live.
    const start = (await setup.editor.startEdit(ARTICLE))!;
    assert.equal(start.baseVersionId, versionId, 'the form opens on the change in progress');
    const edited = await setup.editor.saveDraft({ form: withChanges(start.form, { keywords: `${start.form.keywords}, phone calls` }), articleId: ARTICLE, baseVersionId: versionId, author: EDIE });
    assert.ok(edited.ok);
    await setup.editor.submitForReview(ARTICLE, edited.version.id);
    const shared = await setup.editor.publish(ARTICLE, edited.version.id, RITA);
    assert.ok(!shared.ok);
    assert.equal(shared.reason, 'own-change');
    assert.ok((await setup.editor.publish(ARTICLE, edited.version.id, { id: 'acct-other', name: 'Omar Other' })).ok);
  });

  it('a draft must be sent for review before it can be published', async () => {
    const setup = await editingSetup();
    const start = (await setup.editor.startEdit(ARTICLE))!;
    const saved = await setup.editor.saveDraft({ form: withChanges(start.form, { summary: NEW_SUMMARY }), articleId: ARTICLE, baseVersionId: start.baseVersionId, author: EDIE });
    assert.ok(saved.ok);
    const early = await setup.editor.publish(ARTICLE, saved.version.id, RITA);
    assert.ok(!early.ok);
    assert.equal(early.reason, 'wrong-state');
    assert.match(early.message, /has not been sent for review/);
  });

  it('tells the second of two editors that someone saved first, and shows what they changed', async () => {
    const setup = await editingSetup();
    const edie = (await setup.editor.startEdit(ARTICLE))!;
    const ellis = (await setup.editor.startEdit(ARTICLE))!;
    assert.equal(edie.baseVersionId, ellis.baseVersionId);

    const first = await setup.editor.saveDraft({ form: withChanges(edie.form, { summary: NEW_SUMMARY }), articleId: ARTICLE, baseVersionId: edie.baseVersionId, author: EDIE });
    assert.ok(first.ok);
    const second = await setup.editor.saveDraft({ form: withChanges(ellis.form, { title: 'Keeping records of your child\'s needs' }), articleId: ARTICLE, baseVersionId: ellis.baseVersionId, author: ELLIS });
    assert.ok(!second.ok);
    assert.equal(second.reason, 'conflict');
    assert.match(second.message, /Someone else changed this article while you were editing it: Edie Editor saved version 2/);
    assert.match(second.changes ?? '', /^\+  Keep every letter/m, 'the diff shows what Edie changed');
    assert.equal(second.head?.id, first.version.id);
    // Edie's draft is untouched.
    assert.equal((await setup.editor.details(ARTICLE))?.open?.id, first.version.id);

    // Having seen it, Ellis can save on top (a choice made knowingly).
    const retry = await setup.editor.saveDraft({ form: withChanges(ellis.form, { title: 'Keeping records of your child\'s needs' }), articleId: ARTICLE, baseVersionId: second.head?.id, author: ELLIS });
    assert.ok(retry.ok);
  });

  it('rolls back to an earlier version as a new live version, and logs it', async () => {
    const setup = await editingSetup();
    const v2 = await draftAndSubmit(setup);
    assert.ok((await setup.editor.publish(ARTICLE, v2, RITA)).ok);
    assert.match(await setup.ask(QUESTION), /Keep every letter/);

    const details = (await setup.editor.details(ARTICLE))!;
    const v1 = details.versions.find((v) => v.number === 1)!;
    const rolled = await setup.editor.rollback(ARTICLE, v1.id, v2, RITA);
    assert.ok(rolled.ok, JSON.stringify(rolled));
    assert.equal(rolled.version.number, 3);
    assert.equal(rolled.version.source, v1.source);
    assert.equal(rolled.version.restoredFromId, v1.id);
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/);

    const [entry] = await setup.editor.audit(5, ARTICLE);
    assert.equal(entry.action, 'rolled-back');
    assert.equal(entry.restoredFromId, v1.id);
    assert.equal(entry.previousVersionId, v2);
    // Every version is still there.
    assert.deepEqual((await setup.editor.details(ARTICLE))!.versions.map((v) => `${v.number}:${v.status}`), ['3:published', '2:superseded', '1:superseded']);

    // A second roll-back from a stale page is refused (someone changed the live version meanwhile).
    const stale = await setup.editor.rollback(ARTICLE, v2, v2, RITA);
    assert.ok(!stale.ok);
    assert.equal(stale.reason, 'conflict');
  });

  it('a change made before a roll-back must be saved again against the new live version before it can go live', async () => {
    const setup = await editingSetup();
    const v2 = await draftAndSubmit(setup);
    assert.ok((await setup.editor.publish(ARTICLE, v2, RITA)).ok);
    const pending = await draftAndSubmit(setup, `${NEW_SUMMARY} Keep copies.`);
    const v1 = (await setup.editor.details(ARTICLE))!.versions.find((v) => v.number === 1)!;
    assert.ok((await setup.editor.rollback(ARTICLE, v1.id, v2, RITA)).ok);

    const refused = await setup.editor.publish(ARTICLE, pending, { id: 'acct-other', name: 'Omar Other' });
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'conflict');
    assert.match(refused.message, /live article changed after this change was made/);
    const details = (await setup.editor.details(ARTICLE))!;
    assert.ok(details.openIsStale);
    assert.match(details.openChanges ?? '', /^\+  Keep every letter/m, 'compared with the rolled-back live text');

    const start = (await setup.editor.startEdit(ARTICLE))!;
    const resaved = await setup.editor.saveDraft({ form: start.form, articleId: ARTICLE, baseVersionId: start.baseVersionId, author: EDIE });
    assert.ok(resaved.ok, 'saving it unchanged is allowed: it now builds on the live version');
    await setup.editor.submitForReview(ARTICLE, resaved.version.id);
    assert.ok((await setup.editor.publish(ARTICLE, resaved.version.id, RITA)).ok);
    assert.match(await setup.ask(QUESTION), /Keep copies\./);
  });

  it('a reviewer can reject a change; the live article stays as it was', async () => {
    const setup = await editingSetup();
    const v = await draftAndSubmit(setup);
    const rejected = await setup.editor.reject(ARTICLE, v, RITA, 'Please keep the part about writing to the council.');
    assert.ok(rejected.ok);
    assert.equal(rejected.version.status, 'rejected');
    assert.equal(rejected.version.reviewNote, 'Please keep the part about writing to the council.');
    const details = (await setup.editor.details(ARTICLE))!;
    assert.equal(details.open, undefined);
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/);
  });

  it('creates a new article that the bot can answer once published', async () => {
    const setup = await editingSetup();
    const form = {
      id: 'school-transport-basics', title: 'Help with school transport', topics: '8',
      questions: 'Can my child get a taxi to school?\nWho pays for school transport for a child with SEND?',
      keywords: 'transport, taxi, bus', summary: 'Your council may help with transport to school if your child cannot walk there safely because of their needs. Ask the council how to apply.',
      sources: 'Education Act 1996, s508B | https://www.legislation.gov.uk/ukpga/1996/56/section/508B', audience: ['parent'], related: 'local-offer',
      lastReviewed: '2026-11-23', reviewBy: '2027-05-23', reviewer: 'Forum content team',
      body: '## Asking for help with transport\n\nYour council may help with transport to school. Ask them how to apply.\n',
    };
    const saved = await setup.editor.saveDraft({ form, author: EDIE });
    assert.ok(saved.ok, JSON.stringify(saved));
    assert.equal(saved.version.number, 1);
    const again = await setup.editor.saveDraft({ form, author: ELLIS });
    assert.ok(!again.ok);
    assert.match(again.problems?.[0].message ?? '', /Article id "school-transport-basics" is already used/);
    await setup.editor.submitForReview('school-transport-basics', saved.version.id);
    assert.ok((await setup.editor.publish('school-transport-basics', saved.version.id, RITA)).ok);
    assert.match(await setup.ask('Help with school transport'), /Your council may help with transport to school/);
  });

  it('previews the answer with the same composer the bot uses, and tries a question', async () => {
    const setup = await editingSetup();
    const start = (await setup.editor.startEdit(ARTICLE))!;
    const preview = await setup.editor.preview(withChanges(start.form, { summary: NEW_SUMMARY }), ARTICLE, 'should I write down phone calls');
    assert.deepEqual(preview.errors, []);
    assert.match(preview.answers?.main.text ?? '', /Keep every letter, report and email in one folder/);
    assert.match(preview.answers?.main.text ?? '', /Source: \[?SEND Code of Practice 9\.14/);
    assert.ok((preview.answers?.sections.length ?? 0) > 0);
    assert.equal(preview.tried?.lookup.kind, 'answer');
    // Nothing went live.
    assert.match(await setup.ask(QUESTION), /Keep a simple file of letters/);
  });
});
