import assert from 'node:assert/strict';
import type { Actor } from '../../src/domain/kb/editing/articleVersion';
import type { KbEditStore } from '../../src/domain/kb/editing/kbEditStore';
import { forEachBackend } from './backends';

const INSTALL: Actor = { name: 'Installation' };
const EDIE: Actor = { id: 'acc-edie', name: 'Edie Editor' };
const RITA: Actor = { id: 'acc-rita', name: 'Rita Reviewer' };
const AT = '2026-11-23T10:00:00.000Z';
const source = (title: string) => `---\ntitle: ${title}\n---\nBody of ${title}.\n`;

async function seeded(store: KbEditStore): Promise<void> {
  assert.equal(await store.seed([
    { articleId: 'appeals', file: 'appeals.md', source: source('Appeals') },
    { articleId: 'ehcp', file: 'ehcp.md', source: source('EHC plans') },
  ], 'terms: []\n', INSTALL, AT), true);
}

async function draftInReview(store: KbEditStore, articleId: string, title: string, expectedHeadId: number | undefined) {
  const saved = await store.saveDraft({ articleId, file: `${articleId}.md`, source: source(title), diff: '-old\n+new', author: EDIE, at: AT, expectedHeadId });
  assert.ok(saved.ok, JSON.stringify(saved));
  const submitted = await store.submit(saved.version.id, AT);
  assert.equal(submitted?.status, 'in-review');
  return saved.version;
}

forEachBackend('knowledge-base versions', (stores) => {
  it('is seeded once, with every article live as version 1', async () => {
    const store = stores().kb;
    await seeded(store);
    assert.equal(await store.seed([{ articleId: 'x', file: 'x.md', source: 'x' }], undefined, INSTALL, AT), false);
    assert.equal(await store.articleCount(), 2);
    const summaries = await store.summaries();
    assert.deepEqual(summaries.map((s) => [s.articleId, s.live?.number, s.live?.status, s.live?.origin, s.open]), [
      ['appeals', 1, 'published', 'seed', undefined], ['ehcp', 1, 'published', 'seed', undefined]]);
    assert.equal(summaries[0].live?.publishedAt, AT);
    assert.deepEqual(summaries[0].live?.author, INSTALL);
    assert.equal((await store.liveGlossary())?.source, 'terms: []\n');
    assert.deepEqual((await store.audit({ limit: 10 })).map((a) => a.action), ['seeded', 'seeded']);
  });

  it('publishes a reviewed change, which moves the live generation on', async () => {
    const store = stores().kb;
    await seeded(store);
    const live = (await store.summary('appeals'))!.live!;
    const before = await store.liveGeneration();
    const draft = await draftInReview(store, 'appeals', 'Appeals, clearer', live.id);
    assert.equal(await store.liveGeneration(), before, 'a change in review is not live');
    const published = await store.publish(draft.id, RITA, '2026-11-23T11:00:00.000Z');
    assert.ok(published.ok);
    assert.equal(published.version.status, 'published');
    assert.equal(published.version.number, 2);
    assert.deepEqual(published.version.reviewer, RITA);
    assert.equal(published.previous?.id, live.id);
    assert.notEqual(await store.liveGeneration(), before);
    assert.deepEqual((await store.versions('appeals')).map((v) => [v.number, v.status]), [[2, 'published'], [1, 'superseded']]);
    const [entry] = await store.audit({ limit: 1, articleId: 'appeals' });
    assert.deepEqual([entry.action, entry.versionNumber, entry.previousVersionId, entry.actor.name], ['published', 2, live.id, 'Rita Reviewer']);
    assert.equal((await store.publish(draft.id, RITA, AT)).ok, false, 'published once only');
  });

  it('refuses a save from an old head and a publish after the live version moved', async () => {
    const store = stores().kb;
    await seeded(store);
    const live = (await store.summary('ehcp'))!.live!;
    const first = await draftInReview(store, 'ehcp', 'EHC plans A', live.id);
    const stale = await store.saveDraft({ articleId: 'ehcp', file: 'ehcp.md', source: source('EHC plans B'), diff: '', author: EDIE, at: AT, expectedHeadId: live.id });
    assert.equal(stale.ok, false);
    assert.equal(!stale.ok && stale.head?.id, first.id, 'told what is there now');
    // A roll-back puts another version live: the change in review was based on the old one.
    const rolled = await store.rollback({ articleId: 'ehcp', restoreId: live.id, expectedLiveId: live.id, source: live.source, diff: '', actor: RITA, at: AT });
    assert.ok(rolled.ok);
    assert.deepEqual(await store.publish(first.id, RITA, AT), { ok: false, reason: 'live-moved', current: rolled.version });
    const rejected = await store.reject(first.id, RITA, AT, 'Please base this on the restored text.');
    assert.equal(rejected?.status, 'rejected');
    assert.equal(rejected?.reviewNote, 'Please base this on the restored text.');
    assert.equal(await store.reject(first.id, RITA, AT, ''), undefined);
  });

  it('lets only one of two editors saving at once over the same head win', async () => {
    const store = stores().kb;
    await seeded(store);
    const live = (await store.summary('appeals'))!.live!;
    const results = await Promise.all(['A', 'B', 'C'].map((who) => store.saveDraft({
      articleId: 'appeals', file: 'appeals.md', source: source(`Appeals ${who}`), diff: '', author: EDIE, at: AT, expectedHeadId: live.id,
    })));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.equal((await store.summary('appeals'))?.open?.status, 'draft');
  });

  it('imports all articles as new live versions, new ones too', async () => {
    const store = stores().kb;
    await seeded(store);
    const added = await store.importAll([
      { articleId: 'appeals', file: 'appeals.md', source: source('Appeals imported'), diff: 'd' },
      { articleId: 'transport', file: 'transport.md', source: source('Transport'), diff: 'd' },
    ], { source: 'terms: [a]\n', diff: 'g' }, EDIE, AT);
    assert.deepEqual(added.map((v) => [v.articleId, v.number, v.origin]), [['appeals', 2, 'import'], ['transport', 1, 'import']]);
    assert.equal(await store.articleCount(), 3);
    assert.equal((await store.liveGlossary())?.source, 'terms: [a]\n');
    assert.equal((await store.version(added[1].id))?.source, source('Transport'));
  });
});
