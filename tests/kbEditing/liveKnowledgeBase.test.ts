import assert from 'node:assert/strict';
import { metaOf } from '../../src/bot/replies';
import { KnowledgeBase } from '../../src/domain/kb/knowledgeBase';
import { LiveKnowledgeBase } from '../../src/domain/kb/liveKnowledgeBase';
import { loadKnowledgeBase } from '../../src/domain/kb/loadKnowledgeBase';
import { defaultConfig } from '../../src/config/config';
import { FIXTURE_KB, REAL_KB } from '../helpers/fixtures';
import { ARTICLE, EDIE, NEW_SUMMARY, RITA, editingSetup, textOf, withChanges } from './helpers';

/** The holder the bot answers from: swapped whole on publish, without disturbing anyone mid-conversation. */
describe('KB editing: the live knowledge base', function () {
  this.timeout(20000);
  const services = defaultConfig().services;

  it('answers through whichever index is current, and swaps in one step', () => {
    const real = new KnowledgeBase(loadKnowledgeBase(REAL_KB), services);
    const fixture = new KnowledgeBase(loadKnowledgeBase(FIXTURE_KB), services);
    const live = LiveKnowledgeBase.of(real);
    assert.equal(LiveKnowledgeBase.of(live), live, 'a live one is not wrapped again');
    assert.equal(live.articles.length, real.articles.length);
    assert.equal(live.lookUp('what is an EHC plan', '2026-11-23').kind, 'answer');
    const retrieverBefore = live.retriever;
    live.replace(fixture);
    assert.equal(live.generation, 1);
    assert.equal(live.articles.length, fixture.articles.length);
    assert.notEqual(live.retriever, retrieverBefore);
    assert.equal(live.glossary, fixture.glossary);
    assert.equal(live.lastChecked, fixture.lastChecked);
  });

  it('a parent half-way through a guided flow carries on as if nothing happened when an article is published', async () => {
    const setup = await editingSetup();
    const c = setup.conversation();
    await c.start();
    const first = await c.say('help me get ready for mediation please');
    assert.ok(first.every((r) => metaOf(r)?.flow === 'mediation'), textOf(first));

    const start = (await setup.editor.startEdit(ARTICLE))!;
    const saved = await setup.editor.saveDraft({ form: withChanges(start.form, { summary: NEW_SUMMARY }), articleId: ARTICLE, baseVersionId: start.baseVersionId, author: EDIE });
    assert.ok(saved.ok);
    await setup.editor.submitForReview(ARTICLE, saved.version.id);
    assert.ok((await setup.editor.publish(ARTICLE, saved.version.id, RITA)).ok);
    assert.equal(setup.live.generation >= 1, true);

    const next = await c.say('The council said no to an EHC needs assessment');
    assert.ok(next.every((r) => metaOf(r)?.flow === 'mediation'), textOf(next));
    assert.match(textOf(next), /When was the letter dated|date/i);
  });
});
