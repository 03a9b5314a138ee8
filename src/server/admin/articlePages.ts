import { AUDIT_LABELS, STATUS_LABELS, type ArticleVersion, type AuditEntry } from '../../domain/kb/editing/articleVersion';
import type { ArticleDetails, ArticleListing } from '../../domain/kb/editing/knowledgeEditor';
import { diffStat } from '../../domain/kb/editing/unifiedDiff';
import type { KbAnswer } from '../../domain/kb/answerComposer';
import { compareDates, formatLongDate, type IsoDate } from '../../domain/dates/calendarDate';
import {
  ADMIN_PATHS, actionButton, adminPage, articlePath, diffBlock, e, errorSummary, noticeBox, versionPath, when, type PageViewer,
} from './adminLayout';
import { markdownToHtml } from './markdownPreview';

/** The admin pages that show articles: the list, one article with its history, one version, the log. */

export interface Abilities {
  readonly canEdit: boolean;
  readonly canReview: boolean;
}

/** An answer as the chat shows it: the text, its sources and when it was last checked. */
function answerBox(answer: KbAnswer): string {
  return `<div class="bot-answer">${markdownToHtml(answer.body)}<p class="answer-meta">Source: ${e(answer.sourcesLine)}. Last checked: ${e(formatLongDate(answer.lastChecked))}.</p></div>`;
}

function statusTag(v: ArticleVersion): string {
  return `<span class="tag tag-${v.status}">${e(STATUS_LABELS[v.status])}</span>`;
}

function changeCount(diff: string): string {
  if (!diff) return '–';
  const { added, removed } = diffStat(diff);
  return `<span aria-label="${added} lines added, ${removed} removed">+${added} −${removed}</span>`;
}

/** When each live article must be checked again, and today's date: the list shows what is due. */
export interface ReviewDates {
  readonly reviewBy: ReadonlyMap<string, IsoDate>;
  readonly today: IsoDate;
}

function reviewCell(articleId: string, dates: ReviewDates | undefined): string {
  const due = dates?.reviewBy.get(articleId);
  if (!due) return '–';
  const overdue = compareDates(due, dates!.today) < 0;
  return `${e(formatLongDate(due))}${overdue ? '<br><strong class="tag tag-overdue">Overdue: parents are told to check with SENDIASS</strong>' : ''}`;
}

export function articleListPage(viewer: PageViewer, abilities: Abilities, rows: readonly ArticleListing[], query: string, total: number, notice?: string, dates?: ReviewDates): string {
  const waiting = rows.filter((r) => r.open?.status === 'in-review');
  const waitingHtml = !query && waiting.length
    ? `<section aria-labelledby="waiting-title" class="panel">
    <h2 id="waiting-title">Waiting for review (${waiting.length})</h2>
    <ul>${waiting.map((r) => `<li><a href="${articlePath(r.articleId)}">${e(r.title)}</a> – changed by ${e(r.open!.author.name)}, sent ${e(when(r.open!.submittedAt))}</li>`).join('')}</ul>
  </section>`
    : '';
  const body = rows.map((r) => `<tr>
      <th scope="row"><a href="${articlePath(r.articleId)}">${e(r.title)}</a><br><span class="muted">${e(r.articleId)}</span></th>
      <td>${r.live ? `Version ${r.live.number}<br><span class="muted">${e(when(r.live.publishedAt))}</span>` : 'Not published yet'}</td>
      <td>${r.open ? `${statusTag(r.open)}<br><span class="muted">by ${e(r.open.author.name)}</span>` : '–'}</td>
      <td>${reviewCell(r.articleId, dates)}</td>
    </tr>`).join('\n    ');
  const results = query
    ? `<p role="status">${rows.length} article${rows.length === 1 ? '' : 's'} found for “${e(query)}”. <a href="${ADMIN_PATHS.home}">Show all articles</a></p>`
    : `<p>${total} articles.</p>`;
  const main = `
  <h1>Knowledge base articles</h1>
  ${noticeBox(notice)}
  <p>Change what the bot tells parents. Every change is checked by a reviewer before it goes live.${abilities.canEdit ? ` <a href="${ADMIN_PATHS.newArticle}">Write a new article</a>.` : ''}</p>
  ${waitingHtml}
  <form method="get" action="${ADMIN_PATHS.home}" class="search" role="search">
    <label for="q">Search articles</label>
    <div class="search-row">
      <input type="search" id="q" name="q" value="${e(query)}">
      <button type="submit">Search</button>
    </div>
  </form>
  ${results}
  ${rows.length ? `<table class="articles">
    <caption class="visually-hidden">Articles, with their live version, any change in progress, and when each must be checked again</caption>
    <thead><tr><th scope="col">Article</th><th scope="col">Live version</th><th scope="col">Change in progress</th><th scope="col">Check again by</th></tr></thead>
    <tbody>
    ${body}
    </tbody>
  </table>` : ''}`;
  return adminPage({ title: query ? `Search: ${query}` : 'Articles', viewer, main, current: 'articles' });
}

function historyTable(details: ArticleDetails, viewer: PageViewer, abilities: Abilities): string {
  const rows = details.versions.map((v) => {
    const canRollBack = abilities.canReview && details.live && v.publishedAt && v.status !== 'published' && v.source !== details.live.source;
    const rollBack = canRollBack
      ? actionButton(`${articlePath(details.articleId)}/rollback`, viewer.csrfToken, `Roll back to version ${v.number}`, { versionId: v.id, expectedLiveId: details.live!.id }, true)
      : '';
    const by = v.origin === 'rollback' ? `${e(v.author.name)} (rolled back to an earlier version)` : e(v.author.name);
    return `<tr>
        <th scope="row"><a href="${versionPath(details.articleId, v.id)}">Version ${v.number}</a></th>
        <td>${statusTag(v)}</td>
        <td>${by}${v.reviewer && v.status !== 'rejected' && v.origin === 'edit' ? `<br><span class="muted">published by ${e(v.reviewer.name)}</span>` : ''}</td>
        <td>${e(when(v.publishedAt ?? v.createdAt))}</td>
        <td>${changeCount(v.diff)}</td>
        <td>${rollBack}</td>
      </tr>`;
  }).join('\n      ');
  return `<table class="history">
      <caption class="visually-hidden">Every version of this article, newest first</caption>
      <thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Who</th><th scope="col">When</th><th scope="col">Lines changed</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>
      ${rows}
      </tbody>
    </table>`;
}

function openChangeSection(details: ArticleDetails, viewer: PageViewer, abilities: Abilities): string {
  const open = details.open;
  if (!open) return '';
  const actions: string[] = [];
  if (abilities.canEdit) actions.push(`<a class="button-link secondary" href="${articlePath(details.articleId)}/edit">Edit the change</a>`);
  if (abilities.canEdit && open.status === 'draft') actions.push(actionButton(`${versionPath(details.articleId, open.id)}/submit`, viewer.csrfToken, 'Send for review'));
  if (abilities.canReview && open.status === 'in-review') actions.push(actionButton(`${versionPath(details.articleId, open.id)}/publish`, viewer.csrfToken, 'Publish'));
  const reject = abilities.canReview
    ? `<details class="reject">
        <summary>Reject this change</summary>
        <form method="post" action="${versionPath(details.articleId, open.id)}/reject">
          <input type="hidden" name="csrf" value="${e(viewer.csrfToken)}">
          <div class="field">
            <label for="note">Why (optional)</label>
            <p class="hint" id="note-hint">The editor sees this in the history.</p>
            <textarea id="note" name="note" rows="3" aria-describedby="note-hint"></textarea>
          </div>
          <button type="submit" class="secondary">Reject the change</button>
        </form>
      </details>`
    : '';
  const stale = details.openIsStale
    ? '<p class="flag">The live article changed after this change was saved. Check the differences below, then open the change and save it again before it is reviewed.</p>'
    : '';
  return `<section aria-labelledby="open-title" class="panel">
    <h2 id="open-title">Change in progress: ${e(STATUS_LABELS[open.status].toLowerCase())}</h2>
    <p>Version ${open.number}, saved by ${e(open.author.name)} on ${e(when(open.createdAt))}.${open.submittedAt ? ` Sent for review on ${e(when(open.submittedAt))}.` : ''}</p>
    ${stale}
    <h3>What it changes</h3>
    ${diffBlock(details.openChanges, 'What the change does to the live article')}
    ${details.openAnswer ? `<h3>What parents will see once it is live</h3>
    ${answerBox(details.openAnswer)}` : ''}
    <div class="button-row">${actions.join('\n      ')}</div>
    ${reject}
  </section>`;
}

export interface ArticlePageState {
  readonly viewer: PageViewer;
  readonly abilities: Abilities;
  readonly details: ArticleDetails;
  readonly liveAnswer?: KbAnswer;
  readonly notice?: string;
  /** An action that was refused: shown at the top. */
  readonly refusal?: { readonly message: string; readonly problems?: readonly string[] };
}

export function articlePage(state: ArticlePageState): string {
  const { details, viewer, abilities } = state;
  const live = details.live;
  const refusal = state.refusal
    ? errorSummary([{ message: state.refusal.message }, ...(state.refusal.problems ?? []).map((message) => ({ message }))], 'That did not work')
    : '';
  const liveHtml = live
    ? `<section aria-labelledby="live-title" class="panel">
    <h2 id="live-title">Live now: version ${live.number}</h2>
    <p>Published ${e(when(live.publishedAt))}${live.reviewer ? ` by ${e(live.reviewer.name)}` : ''}.</p>
    ${state.liveAnswer ? `<h3>What parents see when they ask this</h3>
    ${answerBox(state.liveAnswer)}` : ''}
    ${abilities.canEdit && !details.open ? `<p><a class="button-link" href="${articlePath(details.articleId)}/edit">Edit this article</a></p>` : ''}
  </section>`
    : `<p>This article has not been published yet.${abilities.canEdit && !details.open ? ` <a href="${articlePath(details.articleId)}/edit">Edit it</a>.` : ''}</p>`;
  const main = `
  <p><a href="${ADMIN_PATHS.home}">Back to all articles</a></p>
  <h1>${e(details.title)}</h1>
  <p class="muted">Article id: ${e(details.articleId)} · file ${e(details.file)}</p>
  ${noticeBox(state.notice)}
  ${refusal}
  ${openChangeSection(details, viewer, abilities)}
  ${liveHtml}
  <section aria-labelledby="history-title">
    <h2 id="history-title">History</h2>
    ${historyTable(details, viewer, abilities)}
  </section>`;
  return adminPage({ title: details.title, viewer, main, current: 'articles', hasErrors: Boolean(state.refusal) });
}

export function versionPage(viewer: PageViewer, abilities: Abilities, details: ArticleDetails, v: ArticleVersion): string {
  const canRollBack = abilities.canReview && details.live && v.publishedAt && v.status !== 'published' && v.source !== details.live.source;
  const facts: Array<[string, string]> = [
    ['Status', statusTag(v)],
    ['Saved by', `${e(v.author.name)}, ${e(when(v.createdAt))}`],
  ];
  if (v.submittedAt) facts.push(['Sent for review', e(when(v.submittedAt))]);
  if (v.reviewer && v.reviewedAt) facts.push([v.status === 'rejected' ? 'Rejected by' : 'Reviewed by', `${e(v.reviewer.name)}, ${e(when(v.reviewedAt))}`]);
  if (v.publishedAt) facts.push(['Went live', e(when(v.publishedAt))]);
  if (v.reviewNote) facts.push(['Reviewer\'s note', e(v.reviewNote)]);
  if (v.restoredFromId !== undefined) {
    const from = details.versions.find((x) => x.id === v.restoredFromId);
    facts.push(['Rolled back to', from ? `<a href="${versionPath(details.articleId, from.id)}">version ${from.number}</a>` : 'an earlier version']);
  }
  const main = `
  <p><a href="${articlePath(details.articleId)}">Back to the article</a></p>
  <h1>Version ${v.number} of “${e(details.title)}”</h1>
  <dl class="facts">${facts.map(([k, val]) => `<dt>${e(k)}</dt><dd>${val}</dd>`).join('')}</dl>
  ${canRollBack ? actionButton(`${articlePath(details.articleId)}/rollback`, viewer.csrfToken, `Roll back to version ${v.number}`, { versionId: v.id, expectedLiveId: details.live!.id }) : ''}
  <h2>What it changed</h2>
  <p class="hint">Compared with the version that was live when it was saved.</p>
  ${diffBlock(v.diff, `What version ${v.number} changed`)}
  <h2>The whole article file</h2>
  <div class="source" role="region" tabindex="0" aria-label="The article file of version ${v.number}"><pre><code>${e(v.source)}</code></pre></div>`;
  return adminPage({ title: `Version ${v.number} of ${details.title}`, viewer, main, current: 'articles' });
}

export function auditPage(viewer: PageViewer, entries: readonly AuditEntry[], titles: ReadonlyMap<string, string>): string {
  const rows = entries.map((a) => `<tr>
      <td>${e(when(a.at))}</td>
      <td>${e(a.actor.name)}</td>
      <td>${e(AUDIT_LABELS[a.action])}</td>
      <td><a href="${articlePath(a.articleId)}">${e(titles.get(a.articleId) ?? a.articleId)}</a></td>
      <td><a href="${versionPath(a.articleId, a.versionId)}">Version ${a.versionNumber}</a></td>
    </tr>`).join('\n    ');
  const main = `
  <h1>Publishing log</h1>
  <p>Every time an article went live, was rolled back, imported or rejected: who, when, and which version. Newest first.</p>
  <table class="audit">
    <caption class="visually-hidden">Publishing log, newest first</caption>
    <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Article</th><th scope="col">Version</th></tr></thead>
    <tbody>
    ${rows}
    </tbody>
  </table>`;
  return adminPage({ title: 'Publishing log', viewer, main, current: 'audit' });
}

export function adminMessagePage(viewer: PageViewer, title: string, message: string, back: { href: string; text: string }): string {
  const main = `
  <h1>${e(title)}</h1>
  <p>${e(message)}</p>
  <p><a href="${e(back.href)}">${e(back.text)}</a></p>`;
  return adminPage({ title, viewer, main });
}
