import assert from 'node:assert/strict';
import type { AppConfig } from '../../src/config/config';
import { formFromSource, type ArticleForm } from '../../src/domain/kb/editing/articleForm';
import { silentLogger } from '../../src/logging/logger';
import { startServer, type RunningServer } from '../../src/server/createServer';
import { testConfig } from '../helpers/fixtures';
import { addStaffForTest, TEST_PASSWORD } from '../kbEditing/staffForTest';
import { AdminClient, formFields, ParentChat } from './adminClient';

const ARTICLE = 'keeping-records';
const QUESTION = "Keeping records about your child's needs";
const OLD_TEXT = /Keep a simple file of letters/;

interface ArticleJson {
  live: { id: number; number: number; source: string };
  open?: { id: number; status: string };
  versions: Array<{ id: number; number: number; status: string; publishedAt?: string }>;
}

/** The admin over real HTTP on the real server, with parents talking to the bot through Direct Line. */
describe('HTTP: the knowledge-base admin (/admin)', function () {
  this.timeout(30000);
  let running: RunningServer;
  let config: AppConfig;
  let edie: AdminClient; // editor
  let ellis: AdminClient; // editor
  let rita: AdminClient; // reviewer
  let remy: AdminClient; // editor and reviewer
  let sam: AdminClient; // adviser only

  before(async () => {
    config = testConfig();
    running = await startServer(config, silentLogger);
    const people = [
      { email: 'edie@forum.example', name: 'Edie Editor', roles: ['editor'] as const },
      { email: 'ellis@forum.example', name: 'Ellis Editor', roles: ['editor'] as const },
      { email: 'rita@forum.example', name: 'Rita Reviewer', roles: ['reviewer'] as const },
      { email: 'remy@forum.example', name: 'Remy Both', roles: ['editor', 'reviewer'] as const },
      { email: 'sam@sendiass.example', name: 'Sam Adviser', roles: ['adviser'] as const },
    ];
    for (const p of people) await addStaffForTest(config, { ...p, roles: [...p.roles] });
    [edie, ellis, rita, remy, sam] = await Promise.all(people.map(async (p) => {
      const client = new AdminClient(running.url);
      const res = await client.signIn(p.email, TEST_PASSWORD);
      assert.equal(res.status, 303, p.email);
      return client;
    }));
  });
  after(async () => running?.close());

  const article = async (client: AdminClient, id = ARTICLE) => (await (await client.api('GET', `/api/admin/articles/${id}`)).json()) as ArticleJson;
  const editForm = async (id = ARTICLE): Promise<{ form: ArticleForm; base: string }> => {
    const html = await (await edie.get(`/admin/articles/${id}/edit`)).text();
    const base = /name="baseVersionId" value="(\d+)"/.exec(html)?.[1] ?? '';
    const a = await article(edie, id);
    const headSource = a.open ? ((await (await edie.api('GET', `/api/admin/articles/${id}`)).json()) as { open: { source: string } }).open.source : a.live.source;
    return { form: formFromSource(headSource), base };
  };
  const parentAsks = async (question: string) => (await ParentChat.start(running.url)).ask(question);
  /** Edie drafts and submits a change through the pages; returns the version id. */
  const draftAndSubmit = async (changes: Partial<ArticleForm>, id = ARTICLE, by = edie): Promise<number> => {
    const { form, base } = await editForm(id);
    const saved = await by.postForm(`/admin/articles/${id}/edit`, formFields({ ...form, ...changes }, { baseVersionId: base, action: 'save' }));
    assert.equal(saved.status, 303, await saved.text());
    const versionId = (await article(by, id)).open!.id;
    const submitted = await by.postForm(`/admin/articles/${id}/versions/${versionId}/submit`, []);
    assert.equal(submitted.status, 303);
    return versionId;
  };

  it('sends people with no session to sign in, and answers the API with 401', async () => {
    const anon = new AdminClient(running.url);
    for (const path of ['/admin', `/admin/articles/${ARTICLE}`, `/admin/articles/${ARTICLE}/edit`, '/admin/articles/new', '/admin/audit']) {
      const res = await anon.get(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get('location'), `/advisers/sign-in?next=${encodeURIComponent(path)}`);
    }
    const form = await anon.postForm(`/admin/articles/${ARTICLE}/versions/1/publish`, [['csrf', 'x']], false);
    assert.equal(form.status, 303);
    for (const [method, path] of [['GET', '/api/admin/articles'], ['POST', `/api/admin/articles/${ARTICLE}/versions/1/publish`], ['POST', '/api/admin/articles']]) {
      const res = await anon.api(method, path, method === 'POST' ? {} : undefined);
      assert.equal(res.status, 401, path);
      assert.match(((await res.json()) as { error: string }).error, /not signed in/);
    }
  });

  it('signing in from /admin lands on /admin', async () => {
    const client = new AdminClient(running.url);
    const res = await client.signIn('edie@forum.example', TEST_PASSWORD, '/admin');
    assert.equal(res.headers.get('location'), '/admin');
    const page = await client.get('/admin');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<h1>Knowledge base articles<\/h1>/);
    assert.match(html, /Keeping records about your child&#39;s needs/);
    assert.ok(page.headers.get('content-security-policy')?.includes("script-src 'self'"));
    assert.doesNotMatch(html, /<script>(?!<\/script>)/, 'no inline script');
    const search = await (await client.get('/admin?q=mediation%20certificate')).text();
    assert.match(search, /Before you appeal: the mediation adviser and certificate/);
    assert.doesNotMatch(search, /Keeping records about your child/);
  });

  it('refuses the wrong role with 403: advisers see no admin, editors cannot publish, reviewers cannot edit', async () => {
    const page = await sam.get('/admin');
    assert.equal(page.status, 403);
    assert.match(await page.text(), /You do not have access to this page/);
    assert.equal((await sam.api('GET', '/api/admin/articles')).status, 403);

    const versionId = await draftAndSubmit({ keywords: 'records, diary' });
    const editorPublish = await edie.postForm(`/admin/articles/${ARTICLE}/versions/${versionId}/publish`, []);
    assert.equal(editorPublish.status, 403);
    const apiPublish = await edie.api('POST', `/api/admin/articles/${ARTICLE}/versions/${versionId}/publish`, {});
    assert.equal(apiPublish.status, 403);
    assert.match(((await apiPublish.json()) as { error: string }).error, /does not have the reviewer role/);
    assert.equal((await rita.get('/admin/articles/new')).status, 403);
    assert.equal((await rita.api('POST', `/api/admin/articles/${ARTICLE}/drafts`, { summary: 'x' })).status, 403);
    // Tidy up: reject the change.
    assert.equal((await rita.postForm(`/admin/articles/${ARTICLE}/versions/${versionId}/reject`, [['note', 'Test']])).status, 303);
  });

  it('refuses a change without the CSRF token', async () => {
    const { form, base } = await editForm();
    const noToken = await edie.postForm(`/admin/articles/${ARTICLE}/edit`, formFields(form, { baseVersionId: base, action: 'save' }), false);
    assert.equal(noToken.status, 403);
    assert.match(await noToken.text(), /This page is out of date/);
    assert.equal((await edie.api('POST', `/api/admin/articles/${ARTICLE}/drafts`, { source: 'x' }, false)).status, 403);
    assert.equal((await article(edie)).open, undefined);
  });

  it("an editor's change, previewed, reviewed and published, is what parents get at once", async () => {
    const parent = await ParentChat.start(running.url);
    assert.match(await parent.ask(QUESTION), OLD_TEXT);

    const { form, base } = await editForm();
    const summary = 'Keep every letter, report and email in one folder. Write down the date of each phone call and what was said. These notes help if you ask for an EHC needs assessment.';
    const preview = await edie.postForm(`/admin/articles/${ARTICLE}/edit`, formFields({ ...form, summary }, { baseVersionId: base, action: 'preview', question: 'should I write down phone calls' }));
    assert.equal(preview.status, 200);
    const previewHtml = await preview.text();
    assert.match(previewHtml, /Preview: how the bot will answer/);
    assert.match(previewHtml, /Keep every letter, report and email in one folder/);
    assert.match(previewHtml, /If a parent asks: “should I write down phone calls”/);
    assert.match(await parentAsks(QUESTION), OLD_TEXT, 'a preview changes nothing');

    const versionId = await draftAndSubmit({ summary });
    assert.match(await parentAsks(QUESTION), OLD_TEXT, 'a change waiting for review changes nothing');
    const page = await (await rita.get(`/admin/articles/${ARTICLE}`)).text();
    assert.match(page, /Change in progress: waiting for review/);
    assert.match(page, /<span class="visually-hidden">Added: <\/span>\+  Keep every letter/);

    const published = await rita.postForm(`/admin/articles/${ARTICLE}/versions/${versionId}/publish`, []);
    assert.equal(published.status, 303);
    assert.equal(published.headers.get('location'), `/admin/articles/${ARTICLE}?done=published`);
    assert.match(await (await rita.get(published.headers.get('location')!)).text(), /Published\. The bot is answering from this version now\./);

    // The same parent, mid-conversation, and a new one: both get the new answer, no restart.
    assert.match(await parent.ask(QUESTION), /Keep every letter, report and email in one folder/);
    assert.match(await parentAsks(QUESTION), /Keep every letter, report and email in one folder/);
    const audit = await (await rita.get('/admin/audit')).text();
    assert.match(audit, /Rita Reviewer<\/td>\s*<td>Published<\/td>/);
  });

  it('refuses an invalid change with the field named beside it; parents still get the old answer', async () => {
    const before = await parentAsks('What is the local offer?');
    const { form, base } = await editForm('local-offer');
    const res = await edie.postForm('/admin/articles/local-offer/edit', formFields({ ...form, related: 'no-such-article', title: 'X' }, { baseVersionId: base, action: 'save' }));
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /<title>Error: /);
    assert.match(html, /class="error-summary"/);
    assert.match(html, /<a href="#title">Title must be at least 3 characters\.<\/a>/);
    assert.match(html, /id="title-error"><span class="visually-hidden">Error: <\/span>Title must be at least 3 characters\./);
    assert.match(html, /<input type="text" id="title" name="title" value="X" aria-describedby="title-hint title-error" aria-invalid="true">/);
    assert.equal((await article(edie, 'local-offer')).open, undefined, 'nothing saved');
    assert.equal(await parentAsks('What is the local offer?'), before);

    const api = await edie.api('POST', '/api/admin/articles/local-offer/drafts', { ...form, related: 'no-such-article', baseVersionId: Number(base) });
    assert.equal(api.status, 422);
    const body = (await api.json()) as { problems: Array<{ field: string; message: string }> };
    assert.deepEqual(body.problems.map((p) => p.field), ['related']);
  });

  it('the author cannot publish their own change, even as a reviewer: 403 with a clear message', async () => {
    const versionId = await draftAndSubmit({ keywords: 'local offer, services, support' }, 'local-offer', remy);
    const res = await remy.postForm(`/admin/articles/local-offer/versions/${versionId}/publish`, []);
    assert.equal(res.status, 403);
    assert.match(await res.text(), /You wrote this change, so you cannot publish it yourself\. Another reviewer needs to check and publish it\./);
    assert.equal((await article(rita, 'local-offer')).open?.status, 'in-review');
    assert.equal((await rita.postForm(`/admin/articles/local-offer/versions/${versionId}/publish`, [])).status, 303);
  });

  it('tells the second of two editors that the article changed, showing what changed (409)', async () => {
    const id = 'mediation-certificate';
    const edieForm = await editForm(id);
    const ellisHtml = await (await ellis.get(`/admin/articles/${id}/edit`)).text();
    const ellisBase = /name="baseVersionId" value="(\d+)"/.exec(ellisHtml)![1];
    assert.equal(ellisBase, edieForm.base);

    const first = await edie.postForm(`/admin/articles/${id}/edit`, formFields({ ...edieForm.form, keywords: `${edieForm.form.keywords}, edie-was-here` }, { baseVersionId: edieForm.base, action: 'save' }));
    assert.equal(first.status, 303);
    const second = await ellis.postForm(`/admin/articles/${id}/edit`, formFields({ ...edieForm.form, keywords: `${edieForm.form.keywords}, ellis-was-here` }, { baseVersionId: ellisBase, action: 'save' }));
    assert.equal(second.status, 409);
    const html = await second.text();
    assert.match(html, /Someone else changed this article/);
    assert.match(html, /Edie Editor saved version 2/);
    assert.match(html, /edie-was-here/, 'the diff shows what Edie changed');
    assert.match(html, /ellis-was-here/, 'Ellis keeps what they typed');
    assert.doesNotMatch(html, new RegExp(`name="baseVersionId" value="${ellisBase}"`), 'the form now builds on the newer version');

    const api = await ellis.api('POST', `/api/admin/articles/${id}/drafts`, { ...edieForm.form, keywords: 'x', baseVersionId: Number(ellisBase) });
    assert.equal(api.status, 409);
    assert.equal(((await api.json()) as { reason: string }).reason, 'conflict');
  });

  it('rolls back to an earlier version; parents get the earlier text at once and the log records it', async () => {
    const current = await article(rita);
    const first = current.versions.find((v) => v.number === 1)!;
    assert.doesNotMatch(await parentAsks(QUESTION), OLD_TEXT);
    const res = await rita.postForm(`/admin/articles/${ARTICLE}/rollback`, [['versionId', String(first.id)], ['expectedLiveId', String(current.live.id)]]);
    assert.equal(res.status, 303);
    assert.match(await parentAsks(QUESTION), OLD_TEXT);
    const after = await article(rita);
    assert.match(after.live.source, /Keep a simple file of letters/);
    assert.equal(after.live.number, current.versions[0].number + 1);
    assert.match(await (await rita.get('/admin/audit')).text(), /Rolled back/);
    // The same form again (a stale page) is refused.
    const stale = await rita.postForm(`/admin/articles/${ARTICLE}/rollback`, [['versionId', String(first.id)], ['expectedLiveId', String(current.live.id)]]);
    assert.equal(stale.status, 409);
    // Editors cannot roll back.
    assert.equal((await edie.postForm(`/admin/articles/${ARTICLE}/rollback`, [['versionId', String(first.id)], ['expectedLiveId', String(after.live.id)]])).status, 403);
  });

  it('does the whole workflow over the JSON API too', async () => {
    const source = (await article(edie, 'the-senco')).live.source;
    const changed = source.replace(/^keywords: \[/m, 'keywords: [senco contact, ');
    const created = await edie.api('POST', '/api/admin/articles/the-senco/drafts', { source: changed, baseVersionId: (await article(edie, 'the-senco')).live.id });
    assert.equal(created.status, 201, await created.clone().text());
    const { version } = (await created.json()) as { version: { id: number; status: string } };
    assert.equal(version.status, 'draft');
    assert.equal((await edie.api('POST', `/api/admin/articles/the-senco/versions/${version.id}/submit`, {})).status, 200);
    const published = await rita.api('POST', `/api/admin/articles/the-senco/versions/${version.id}/publish`, {});
    assert.equal(published.status, 200);
    assert.equal(((await published.json()) as { version: { status: string } }).version.status, 'published');
    const audit = (await (await rita.api('GET', '/api/admin/audit?articleId=the-senco')).json()) as { entries: Array<{ action: string }> };
    assert.equal(audit.entries[0].action, 'published');
  });
});
