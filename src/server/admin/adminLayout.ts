import { escapeHtml } from '../staff/httpBits';
import { diffStat } from '../../domain/kb/editing/unifiedDiff';

/**
 * The frame of every knowledge-base admin page: landmarks (banner, navigation, main), a skip
 * link, who is signed in with a sign-out button, and the shared bits (notices, error summary,
 * diffs). Server-rendered HTML that works without JavaScript; every value is escaped.
 */

export const ADMIN_PATHS = {
  home: '/admin',
  newArticle: '/admin/articles/new',
  audit: '/admin/audit',
  styles: '/admin/admin.css',
  script: '/admin/admin.js',
  api: '/api/admin',
} as const;

export const articlePath = (id: string) => `${ADMIN_PATHS.home}/articles/${encodeURIComponent(id)}`;
export const versionPath = (id: string, versionId: number) => `${articlePath(id)}/versions/${versionId}`;

export const e = escapeHtml;

export interface PageViewer {
  readonly name: string;
  readonly csrfToken: string;
  readonly signOutPath: string;
}

export interface AdminPageParts {
  readonly title: string;
  readonly viewer: PageViewer;
  /** Already-escaped HTML for inside <main>. */
  readonly main: string;
  /** Which navigation link is the current page. */
  readonly current?: 'articles' | 'new' | 'audit' | 'gaps';
  /** Prefixes the page title with "Error:" so screen-reader users hear it first. */
  readonly hasErrors?: boolean;
}

export function adminPage(parts: AdminPageParts): string {
  const nav = ([
    ['articles', ADMIN_PATHS.home, 'Articles'],
    ['new', ADMIN_PATHS.newArticle, 'New article'],
    ['audit', ADMIN_PATHS.audit, 'Publishing log'],
    ['gaps', '/admin/gaps', 'What parents could not find'],
  ] as const).map(([key, href, text]) => `<li><a href="${href}"${parts.current === key ? ' aria-current="page"' : ''}>${text}</a></li>`).join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${parts.hasErrors ? 'Error: ' : ''}${e(parts.title)} – SEND Navigator knowledge base</title>
  <link rel="stylesheet" href="${ADMIN_PATHS.styles}">
  <script src="${ADMIN_PATHS.script}" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to the main content</a>
  <header class="site-header">
    <div class="wrap header-row">
      <p class="site-name">SEND Navigator <span class="site-part">knowledge base</span></p>
      <div class="account">
        <span>Signed in as ${e(parts.viewer.name)}</span>
        <form method="post" action="${e(parts.viewer.signOutPath)}">
          <input type="hidden" name="csrf" value="${e(parts.viewer.csrfToken)}">
          <button type="submit" class="link-button">Sign out</button>
        </form>
      </div>
    </div>
  </header>
  <nav class="admin-nav" aria-label="Knowledge base">
    <ul class="wrap">${nav}</ul>
  </nav>
  <main id="main" class="wrap" tabindex="-1">
${parts.main}
  </main>
  <footer class="site-footer">
    <div class="wrap"><p><a href="/accessibility">Accessibility statement</a></p></div>
  </footer>
</body>
</html>
`;
}

/** A short message after an action ("Published. The bot is answering from it now."). */
export function noticeBox(text: string | undefined): string {
  return text ? `<div class="notice" role="status"><p>${e(text)}</p></div>` : '';
}

export interface SummaryError {
  readonly message: string;
  /** Id of the field to jump to; none for problems with the article as a whole. */
  readonly target?: string;
}

/** The GOV.UK-style error summary: each problem links to the field at fault. */
export function errorSummary(errors: readonly SummaryError[], heading = 'There is a problem'): string {
  if (!errors.length) return '';
  const items = errors.map((err) => `<li>${err.target ? `<a href="#${e(err.target)}">${e(err.message)}</a>` : e(err.message)}</li>`).join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-focus-on-load>
  <h2 id="error-summary-title">${e(heading)}</h2>
  <ul>${items}</ul>
</div>`;
}

/** A unified diff with added and removed lines marked (colour and a +/− sign, never colour alone). */
export function diffBlock(diff: string | undefined, label: string): string {
  if (!diff) return '<p>No changes to the text.</p>';
  const { added, removed } = diffStat(diff);
  const lines = diff.replace(/\n$/, '').split('\n').map((line) => {
    const kind = line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'same';
    const said = kind === 'add' ? '<span class="visually-hidden">Added: </span>' : kind === 'del' ? '<span class="visually-hidden">Removed: </span>' : '';
    return `<span class="diff-${kind}">${said}${e(line)}</span>`;
  }).join('');
  return `<p class="diff-stat">${added} line${added === 1 ? '' : 's'} added, ${removed} removed.</p>
<div class="diff" role="region" tabindex="0" aria-label="${e(label)}"><pre><code>${lines}</code></pre></div>`;
}

/** "23 November 2026, 14:05" (Europe/London) for a stored timestamp. */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** A POST button with the CSRF token: actions never happen on a GET. */
export function actionButton(action: string, csrfToken: string, label: string, fields: Record<string, string | number> = {}, secondary = false): string {
  const hidden = Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(String(v))}">`).join('');
  return `<form method="post" action="${e(action)}" class="inline-form"><input type="hidden" name="csrf" value="${e(csrfToken)}">${hidden}<button type="submit"${secondary ? ' class="secondary"' : ''}>${e(label)}</button></form>`;
}
