import { AUDIENCE_CHOICES, FORM_FIELDS, type ArticleForm, type FormFieldInfo, type FormFieldName } from '../../domain/kb/editing/articleForm';
import type { PreviewResult } from '../../domain/kb/editing/knowledgeEditor';
import type { FieldProblem } from '../../domain/kb/editing/validateArticle';
import type { KbAnswer } from '../../domain/kb/answerComposer';
import { formatLongDate } from '../../domain/dates/calendarDate';
import { LOCAL_PLACEHOLDERS } from '../../domain/kb/placeholders';
import { describeTimescale, TIMESCALES, type TimescaleKey } from '../../domain/timescales';
import { ADMIN_PATHS, adminPage, articlePath, diffBlock, e, errorSummary, noticeBox, type PageViewer } from './adminLayout';
import { markdownToHtml } from './markdownPreview';

/**
 * The article form (new or edit) with its preview: each front-matter field as a labelled input
 * with a hint, problems shown beside the field at fault and linked from the summary at the top,
 * and the bot's answer composed exactly as a parent would get it.
 */

export interface ArticleFormPageState {
  readonly viewer: PageViewer;
  /** Undefined for a new article. */
  readonly articleId?: string;
  readonly articleTitle?: string;
  readonly form: ArticleForm;
  readonly baseVersionId?: number;
  readonly errors?: readonly FieldProblem[];
  readonly warnings?: readonly FieldProblem[];
  readonly preview?: PreviewResult;
  readonly question?: string;
  /** Someone else saved first: what they changed. */
  readonly conflict?: { readonly message: string; readonly changes?: string };
  readonly notice?: string;
}

const TEXTAREAS: Partial<Record<FormFieldName, number>> = { questions: 6, summary: 4, body: 22, sources: 4, keywords: 2 };
/** Ids, numbers and dates: no spell-checking or autofill. */
const NOT_WORDS = new Set<FormFieldName>(['id', 'related', 'topics', 'lastReviewed', 'reviewBy']);

/** The element an error summary link should move to. */
export function fieldTarget(field: FormFieldName | 'form'): string | undefined {
  if (field === 'form') return undefined;
  return field === 'audience' ? `audience-${AUDIENCE_CHOICES[0].value}` : field;
}

/** Problems in the order the fields appear on the page (whole-article problems first). */
function inFormOrder(problems: readonly FieldProblem[]): FieldProblem[] {
  const rank = (p: FieldProblem) => (p.field === 'form' ? -1 : FORM_FIELDS.findIndex((f) => f.name === p.field));
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

function messagesFor(problems: readonly FieldProblem[], field: FormFieldName): string[] {
  return problems.filter((p) => p.field === field).map((p) => p.message);
}

function fieldHtml(info: FormFieldInfo, state: ArticleFormPageState): string {
  const { name } = info;
  const errors = messagesFor(state.errors ?? [], name);
  const warnings = messagesFor(state.warnings ?? [], name);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const warningId = `${name}-warning`;
  const describedBy = [info.hint ? hintId : '', errors.length ? errorId : '', warnings.length ? warningId : ''].filter(Boolean).join(' ');
  const hint = info.hint ? `<p class="hint" id="${hintId}">${e(info.hint)}</p>` : '';
  const errorText = errors.length ? `<p class="field-error" id="${errorId}"><span class="visually-hidden">Error: </span>${errors.map(e).join('<br>')}</p>` : '';
  const warningText = warnings.length ? `<p class="field-warning" id="${warningId}"><span class="visually-hidden">Warning: </span>${warnings.map(e).join('<br>')}</p>` : '';
  const aria = `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${errors.length ? ' aria-invalid="true"' : ''}`;
  const wrapClass = `field${errors.length ? ' has-error' : ''}`;

  if (name === 'audience') {
    const boxes = AUDIENCE_CHOICES.map((c) => `<div class="check">
          <input type="checkbox" id="audience-${c.value}" name="audience" value="${c.value}"${state.form.audience.includes(c.value) ? ' checked' : ''}${errors.length ? ' aria-invalid="true"' : ''}>
          <label for="audience-${c.value}">${e(c.label)}</label>
        </div>`).join('\n        ');
    return `<div class="${wrapClass}">
      <fieldset${describedBy ? ` aria-describedby="${describedBy}"` : ''}>
        <legend>${e(info.label)}</legend>
        ${hint}${errorText}${warningText}
        ${boxes}
      </fieldset>
    </div>`;
  }

  const value = state.form[name];
  const rows = TEXTAREAS[name];
  const control = rows
    ? `<textarea id="${name}" name="${name}" rows="${rows}"${name === 'body' ? ' class="code" spellcheck="true"' : ''}${aria}>${e(String(value))}</textarea>`
    : `<input type="text" id="${name}" name="${name}" value="${e(String(value))}"${NOT_WORDS.has(name) ? ' spellcheck="false" autocomplete="off"' : ''}${aria}>`;
  return `<div class="${wrapClass}">
      <label for="${name}">${e(info.label)}</label>
      ${hint}${errorText}${warningText}
      ${control}${name === 'body' ? `\n      ${placeholderGuide()}` : ''}
    </div>`;
}

/** Beside the body: the placeholders an article must use for legal time limits and local details. */
function placeholderGuide(): string {
  const timescales = (Object.keys(TIMESCALES) as TimescaleKey[])
    .map((key) => `<tr><td><code>{{t:${e(key)}}}</code></td><td>${e(describeTimescale(key))}</td></tr>`).join('');
  const local = LOCAL_PLACEHOLDERS.map((name) => `<code>{{${e(name)}}}</code>`).join(', ');
  return `<details class="placeholders">
        <summary>Placeholders for time limits and local details</summary>
        <p>Never type a legal time limit as a number: use its placeholder, so the answer stays right when the law changes. Local details come from the settings: ${local}.</p>
        <table><caption class="visually-hidden">Time-limit placeholders</caption><thead><tr><th scope="col">Placeholder</th><th scope="col">Shows as</th></tr></thead><tbody>${timescales}</tbody></table>
      </details>`;
}

function answerHtml(answer: KbAnswer, headingLevel: 3 | 4): string {
  const h = `h${headingLevel}`;
  const related = answer.followUps.length ? `<p class="answer-meta">Related: ${answer.followUps.map((f) => e(f.title)).join(' · ')}</p>` : '';
  return `<div class="bot-answer">
        <${h}>${e(answer.title)}</${h}>
        ${markdownToHtml(answer.body)}
        <p class="answer-meta">Source: ${e(answer.sourcesLine)}. Last checked: ${e(formatLongDate(answer.lastChecked))}.${answer.overdue ? ' This answer is due for review, so parents are told to check it with SENDIASS.' : ''}</p>
        ${related}
      </div>`;
}

function previewHtml(preview: PreviewResult): string {
  const parts: string[] = [];
  if (preview.tried) {
    const { question, lookup } = preview.tried;
    const reply = lookup.kind === 'answer'
      ? answerHtml(lookup.answer, 4)
      : `<div class="bot-answer"><p>The bot is not sure what this question means, so it would offer these topics: ${lookup.closest.map((a) => e(a.title)).join('; ') || 'none'}.</p></div>`;
    parts.push(`<section aria-labelledby="tried-title">
      <h3 id="tried-title">If a parent asks: “${e(question)}”</h3>
      ${reply}
    </section>`);
  }
  if (preview.answers) {
    parts.push(`<section aria-labelledby="main-answer-title">
      <h3 id="main-answer-title">The answer to the article's own question</h3>
      ${answerHtml(preview.answers.main, 4)}
    </section>`);
    if (preview.answers.sections.length) {
      const sections = preview.answers.sections.map((s) => `<details>
        <summary>When a question matches “${e(s.heading)}”</summary>
        ${answerHtml(s.answer, 4)}
      </details>`).join('\n');
      parts.push(`<section aria-labelledby="section-answers-title">
      <h3 id="section-answers-title">Answers for each section</h3>
      ${sections}
    </section>`);
    }
  }
  if (!parts.length) return '';
  return `<section class="preview" aria-labelledby="preview-title" id="preview">
    <h2 id="preview-title">Preview: how the bot will answer</h2>
    <p class="hint">This is not live yet. Nothing changes for parents until a reviewer publishes it.</p>
    ${parts.join('\n    ')}
    <p><a href="#article-form">Back to the form</a></p>
  </section>`;
}

export function articleFormPage(state: ArticleFormPageState): string {
  const creating = state.articleId === undefined;
  const title = creating ? 'New article' : `Edit: ${state.articleTitle ?? state.articleId}`;
  const errors = state.errors ?? [];
  const warnings = state.warnings ?? [];
  const action = creating ? ADMIN_PATHS.newArticle : `${articlePath(state.articleId!)}/edit`;
  const fields = FORM_FIELDS.filter((f) => !(f.name === 'id' && !creating)).map((f) => fieldHtml(f, state)).join('\n    ');
  const conflict = state.conflict
    ? `<div class="conflict" role="alert" aria-labelledby="conflict-title" tabindex="-1" data-focus-on-load>
    <h2 id="conflict-title">Someone else changed this article</h2>
    <p>${e(state.conflict.message)}</p>
    ${state.conflict.changes !== undefined ? diffBlock(state.conflict.changes, 'What they changed') : ''}
  </div>`
    : '';
  const warningBox = warnings.length
    ? `<div class="warning-summary" aria-labelledby="warning-summary-title"><h2 id="warning-summary-title">Things to check</h2><ul>${inFormOrder(warnings).map((w) => `<li>${e(w.message)}</li>`).join('')}</ul></div>`
    : '';
  const main = `
  <p><a href="${creating ? ADMIN_PATHS.home : articlePath(state.articleId!)}">${creating ? 'Back to all articles' : 'Back to the article'}</a></p>
  <h1>${e(title)}</h1>
  ${noticeBox(state.notice)}
  ${conflict}
  ${errorSummary(inFormOrder(errors).map((p) => ({ message: p.message, target: fieldTarget(p.field) })))}
  ${warningBox}
  ${state.preview ? previewHtml(state.preview) : ''}
  <form method="post" action="${e(action)}" id="article-form" class="article-form" novalidate>
    <input type="hidden" name="csrf" value="${e(state.viewer.csrfToken)}">
    ${state.baseVersionId !== undefined ? `<input type="hidden" name="baseVersionId" value="${state.baseVersionId}">` : ''}
    ${fields}
    <div class="field try-question">
      <label for="question">Try a question (optional)</label>
      <p class="hint" id="question-hint">Type something a parent might ask. The preview shows what the bot would reply with this change in place.</p>
      <input type="text" id="question" name="question" value="${e(state.question ?? '')}" aria-describedby="question-hint">
    </div>
    <div class="button-row">
      <button type="submit" name="action" value="preview" class="secondary">Preview</button>
      <button type="submit" name="action" value="save">Save draft</button>
    </div>
    <p class="hint">Saving does not change what parents see. After saving, send the draft for review; a reviewer then publishes it.</p>
  </form>`;
  return adminPage({ title, viewer: state.viewer, main, current: creating ? 'new' : 'articles', hasErrors: errors.length > 0 });
}
