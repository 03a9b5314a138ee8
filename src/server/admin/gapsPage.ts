import { formatLongDate, type IsoDate } from '../../domain/dates/calendarDate';
import { GAP_KIND_LABELS, GAP_KINDS, type GapKind } from '../../domain/gaps/gapRecord';
import type { ArticleGroup, Trend, WeekCount, WordingGroup } from '../../domain/gaps/gapGrouping';
import type { GapsReport } from '../../domain/gaps/gapsReport';
import { ADMIN_PATHS, adminPage, articlePath, e, errorSummary, when, type PageViewer } from './adminLayout';

/**
 * The gaps report page: what parents asked that the bot could not answer well, grouped by
 * similar wording and by the article that came closest, with counts and weekly trends, links to
 * write or edit an article, and CSV downloads. Plain HTML (no script needed); every value is
 * escaped, and parents' words are shown as scrubbed text, never as links.
 */

export const GAPS_PATHS = {
  page: '/admin/gaps',
  csv: '/admin/gaps.csv',
  styles: '/admin/gaps.css',
} as const;

export type GapsCsvGroup = 'wording' | 'article' | 'records';
export const GAPS_CSV_GROUPS: readonly GapsCsvGroup[] = ['wording', 'article', 'records'];

export interface GapsPageState {
  readonly viewer: PageViewer;
  /** Editors get links to write and edit articles; reviewers to read them. */
  readonly canEdit: boolean;
  /** The dates as typed (shown back in the form, even when wrong). */
  readonly fromText: string;
  readonly toText: string;
  readonly report?: GapsReport;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly target: 'from' | 'to' }>;
  /** Article titles by id (the live knowledge base). */
  readonly titles: ReadonlyMap<string, string>;
  readonly retentionMonths: number;
}

const TREND_TEXT: Readonly<Record<Trend, string>> = { rising: 'Rising', falling: 'Falling', steady: 'Steady' };

/** The new-article form, with the parents' question offered as another way to ask. */
export function newArticleLink(question: string): string {
  return `${ADMIN_PATHS.newArticle}?question=${encodeURIComponent(question)}`;
}

export function gapsCsvLink(group: GapsCsvGroup, from: IsoDate, to: IsoDate): string {
  return `${GAPS_PATHS.csv}?${new URLSearchParams({ group, from, to }).toString()}`;
}

export function gapsPage(state: GapsPageState): string {
  const errors = state.errors ?? [];
  const main = `
  <link rel="stylesheet" href="${GAPS_PATHS.styles}">
  <h1>What parents could not find</h1>
  ${errorSummary(errors.map((err) => ({ message: err.message, target: err.target })))}
  <p>Questions the bot could not answer well, and answers that parents said did not help. Use them to write new articles, or to add other ways to ask to an article that exists.</p>
  <p class="muted">Names, contact details, dates, addresses, schools and reference numbers were removed automatically before anything was kept, and records are deleted after ${state.retentionMonths} month${state.retentionMonths === 1 ? '' : 's'}. The removal can miss something, so never copy a parent's words into an article as they are.</p>
  ${datesForm(state)}
  ${state.report ? reportSections(state.report, state) : ''}`;
  return adminPage({ title: 'What parents could not find', viewer: state.viewer, main, hasErrors: errors.length > 0, current: 'gaps' });
}

function datesForm(state: GapsPageState): string {
  const field = (id: 'from' | 'to', label: string) => {
    const error = state.errors?.find((err) => err.target === id);
    const value = id === 'from' ? state.fromText : state.toText;
    return `<div class="field${error ? ' has-error' : ''}">
        <label for="${id}">${label}</label>
        <p class="hint" id="${id}-hint">Written as YYYY-MM-DD, for example ${id === 'from' ? '2026-09-01' : '2026-11-23'}</p>
        ${error ? `<p class="field-error" id="${id}-error"><span class="visually-hidden">Error:</span> ${e(error.message)}</p>` : ''}
        <input type="text" id="${id}" name="${id}" value="${e(value)}" autocomplete="off" spellcheck="false" aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"${error ? ' aria-invalid="true"' : ''}>
      </div>`;
  };
  return `<form method="get" action="${GAPS_PATHS.page}" class="gaps-dates">
    <fieldset>
      <legend>Which days to show</legend>
      <div class="date-row">
      ${field('from', 'From')}
      ${field('to', 'To')}
      </div>
    </fieldset>
    <button type="submit">Show</button>
  </form>`;
}

function reportSections(report: GapsReport, state: GapsPageState): string {
  const range = `${formatLongDate(report.from)} to ${formatLongDate(report.to)}`;
  if (!report.total) {
    return `<section aria-labelledby="summary-title">
    <h2 id="summary-title">Summary</h2>
    <p role="status">Nothing was recorded from ${e(range)}.</p>
  </section>`;
  }
  return `<section aria-labelledby="summary-title">
    <h2 id="summary-title">Summary</h2>
    <p role="status">${report.total} record${report.total === 1 ? '' : 's'} from ${e(range)}. Over the last four weeks: ${e(TREND_TEXT[report.trend].toLowerCase())}.</p>
    ${kindsTable(report.byKind)}
    ${weeksTable(report.weekly)}
    <h3>Download as a spreadsheet (CSV)</h3>
    <ul>
      <li><a href="${e(gapsCsvLink('wording', report.from, report.to))}">Groups of similar questions</a></li>
      <li><a href="${e(gapsCsvLink('article', report.from, report.to))}">Groups by closest article</a></li>
      <li><a href="${e(gapsCsvLink('records', report.from, report.to))}">Every record</a></li>
    </ul>
  </section>
  <section aria-labelledby="wording-title">
    <h2 id="wording-title">Questions asked in similar words</h2>
    ${wordingTable(report.byWording, state)}
  </section>
  <section aria-labelledby="article-title">
    <h2 id="article-title">By the article that came closest</h2>
    ${articleTable(report.byArticle, state)}
  </section>`;
}

function kindsTable(byKind: Readonly<Record<GapKind, number>>): string {
  const rows = GAP_KINDS.map((k) => `<tr><th scope="row">${e(GAP_KIND_LABELS[k])}</th><td class="number">${byKind[k]}</td></tr>`).join('\n      ');
  return `<table class="gaps-kinds">
    <caption>What happened</caption>
    <thead><tr><th scope="col">Kind</th><th scope="col" class="number">Records</th></tr></thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function weeksTable(weekly: readonly WeekCount[]): string {
  const rows = weekly.map((w) => `<tr><th scope="row">${e(formatLongDate(w.weekStart))}</th><td class="number">${w.count}</td></tr>`).join('\n      ');
  return `<details class="gaps-weeks">
    <summary>Records each week</summary>
    <table>
      <caption>Records each week (weeks start on Monday)</caption>
      <thead><tr><th scope="col">Week starting</th><th scope="col" class="number">Records</th></tr></thead>
      <tbody>
      ${rows}
      </tbody>
    </table>
  </details>`;
}

function wordingTable(groups: readonly WordingGroup[], state: GapsPageState): string {
  const rows = groups.map((g) => {
    const closest = g.closestArticles[0];
    const actions = [
      state.canEdit ? `<a href="${e(newArticleLink(g.label))}">Write a new article<span class="visually-hidden"> for “${e(shortened(g.label))}”</span></a>` : '',
      closest ? articleLinks(closest.articleId, state) : '',
    ].filter(Boolean).join('<br>');
    return `<tr>
        <th scope="row">${e(g.label)}</th>
        <td class="number">${g.count}</td>
        <td>${kindsList(g.byKind)}${moreDetails(g, `“${shortened(g.label)}”`)}</td>
        <td>${trendCell(g.trend, g.weekly)}</td>
        <td>${closest ? `${e(titleOf(closest.articleId, state))}${g.closestArticles.length > 1 ? `<br><span class="muted">and ${g.closestArticles.length - 1} more</span>` : ''}` : 'None came close'}</td>
        <td>${actions}</td>
      </tr>`;
  }).join('\n      ');
  return `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="wording-caption">
  <table class="gaps-groups">
    <caption id="wording-caption">Groups of similar questions, biggest first</caption>
    <thead><tr><th scope="col">Question</th><th scope="col" class="number">Times</th><th scope="col">What happened</th><th scope="col">Trend</th><th scope="col">Closest article</th><th scope="col">What to do</th></tr></thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
  </div>`;
}

function articleTable(groups: readonly ArticleGroup[], state: GapsPageState): string {
  const rows = groups.map((g) => {
    const name = g.articleId ? titleOf(g.articleId, state) : 'No article came close';
    const actions = g.articleId
      ? articleLinks(g.articleId, state)
      : state.canEdit && g.examples[0] ? `<a href="${e(newArticleLink(g.examples[0]))}">Write a new article<span class="visually-hidden"> for questions no article came close to</span></a>` : '';
    return `<tr>
        <th scope="row">${e(name)}${g.articleId ? `<br><span class="muted">${e(g.articleId)}</span>` : ''}</th>
        <td class="number">${g.count}</td>
        <td>${kindsList(g.byKind)}${moreDetails(g, g.articleId ? `questions closest to “${name}”` : 'questions no article came close to', true)}</td>
        <td class="number">${g.averageScore ?? '–'}</td>
        <td>${trendCell(g.trend, g.weekly)}</td>
        <td>${actions}</td>
      </tr>`;
  }).join('\n      ');
  return `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="article-caption">
  <table class="gaps-groups">
    <caption id="article-caption">Questions by the article that came closest, most first</caption>
    <thead><tr><th scope="col">Closest article</th><th scope="col" class="number">Times</th><th scope="col">What happened</th><th scope="col" class="number">Average match score</th><th scope="col">Trend</th><th scope="col">What to do</th></tr></thead>
    <tbody>
      ${rows}
    </tbody>
  </table>
  </div>`;
}

/** "Edit" for editors, "Read" for reviewers; the article's name in hidden text so each link makes sense alone. */
function articleLinks(articleId: string, state: GapsPageState): string {
  const title = e(titleOf(articleId, state));
  if (!state.titles.has(articleId)) return `<span class="muted">${title} is no longer in the knowledge base</span>`;
  return state.canEdit
    ? `<a href="${articlePath(articleId)}/edit">Edit the article<span class="visually-hidden"> “${title}”</span></a>`
    : `<a href="${articlePath(articleId)}">Read the article<span class="visually-hidden"> “${title}”</span></a>`;
}

/** A long question cut to a few words, for hidden link text that tells one row's links from another's. */
function shortened(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57).replace(/\s+\S*$/, '')}…`;
}

function titleOf(articleId: string, state: GapsPageState): string {
  return state.titles.get(articleId) ?? articleId;
}

function kindsList(byKind: Readonly<Record<GapKind, number>>): string {
  const items = GAP_KINDS.filter((k) => byKind[k] > 0).map((k) => `<li>${e(GAP_KIND_LABELS[k])}: ${byKind[k]}</li>`);
  return `<ul class="plain">${items.join('')}</ul>`;
}

/** The trend word, and the last eight weeks as numbers (text, so it never relies on a picture). */
function trendCell(trend: Trend, weekly: readonly WeekCount[]): string {
  const recent = weekly.slice(-8).map((w) => w.count).join(', ');
  return `<span class="trend trend-${trend}">${TREND_TEXT[trend]}</span><br><span class="muted">Last ${Math.min(8, weekly.length)} weeks, oldest first: ${recent}</span>`;
}

/** Other wordings and "what were you looking for?" answers, folded away. */
function moreDetails(g: { examples: readonly string[]; lookingFor: readonly string[]; firstSeen: string; lastSeen: string }, name: string, byArticle = false): string {
  // In the wording table a single example is the row's own label already.
  const examples = g.examples.length > (byArticle ? 0 : 1) ? `<p>Asked as:</p><ul>${g.examples.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : '';
  const lookingFor = g.lookingFor.length ? `<p>Parents said they were looking for:</p><ul>${g.lookingFor.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : '';
  return `<details class="gap-details">
          <summary>More<span class="visually-hidden"> about ${e(name)}</span></summary>
          ${examples}${lookingFor}
          <p class="muted">First ${e(when(g.firstSeen))}, last ${e(when(g.lastSeen))}.</p>
        </details>`;
}
