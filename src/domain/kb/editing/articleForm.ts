import matter from 'gray-matter';
import { addMonths, type IsoDate } from '../../dates/calendarDate';
import { frontMatterText, type FrontMatterValues } from './frontMatterText';

/**
 * The article edit form: every front-matter field as plain text a forum admin can type (lists
 * one per line or separated by commas), and the body as Markdown. Turning the form into an
 * article file is total: whatever is typed becomes a file, and the same checks as `kb check`
 * then say what is wrong with it, field by field.
 */

export interface ArticleForm {
  readonly id: string;
  readonly title: string;
  /** Topic numbers from the topic map, separated by commas. */
  readonly topics: string;
  /** One per line. */
  readonly questions: string;
  /** Separated by commas. */
  readonly keywords: string;
  readonly summary: string;
  /** One per line: "label | web address" (the address may be left out). */
  readonly sources: string;
  readonly audience: readonly string[];
  /** Article ids, separated by commas. */
  readonly related: string;
  readonly lastReviewed: string;
  readonly reviewBy: string;
  /** Who checked the facts (shown in the article file, not to parents). */
  readonly reviewer: string;
  readonly body: string;
}

export type FormFieldName = keyof ArticleForm;

export interface FormFieldInfo {
  readonly name: FormFieldName;
  readonly label: string;
  readonly hint?: string;
}

/** In form order: labels and hints shown on the page and in error messages. */
export const FORM_FIELDS: readonly FormFieldInfo[] = [
  { name: 'id', label: 'Article id', hint: 'Lower-case words joined by hyphens, e.g. school-transport. It cannot be changed later.' },
  { name: 'title', label: 'Title', hint: 'The question or topic, as a parent would say it. 3 to 90 characters.' },
  { name: 'questions', label: 'Other ways to ask', hint: 'One question per line, in a parent\'s own words. At least two.' },
  { name: 'keywords', label: 'Keywords', hint: 'Extra search words, separated by commas: acronyms and everyday words.' },
  { name: 'summary', label: 'Short answer', hint: 'One to three plain sentences. The bot shows this first.' },
  { name: 'body', label: 'Full article (Markdown)', hint: 'Start each section with "## " and a heading. The first paragraph of a section should make sense on its own.' },
  { name: 'sources', label: 'Sources', hint: 'One per line: the name, then | and the web address, e.g. SEND Code of Practice 9.14 | https://www.gov.uk/…' },
  { name: 'related', label: 'Related articles', hint: 'Article ids, separated by commas.' },
  { name: 'topics', label: 'Topic numbers', hint: 'From the topic map (1 to 24), separated by commas.' },
  { name: 'audience', label: 'Written for' },
  { name: 'lastReviewed', label: 'Last checked', hint: 'The date the facts were checked, written as YYYY-MM-DD.' },
  { name: 'reviewBy', label: 'Check again by', hint: 'Written as YYYY-MM-DD. Usually six months after the last check.' },
  { name: 'reviewer', label: 'Checked by', hint: 'Who checked the facts, e.g. Forum content team.' },
];

export const AUDIENCE_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'parent', label: 'Parents and carers' },
  { value: 'young-person', label: 'Young people' },
  { value: 'professional', label: 'Professionals' },
];

export function fieldLabel(name: FormFieldName): string {
  return FORM_FIELDS.find((f) => f.name === name)?.label ?? name;
}

const asText = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? '' : String(v));
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

export function emptyForm(today: IsoDate): ArticleForm {
  return {
    id: '', title: '', topics: '', questions: '', keywords: '', summary: '', sources: '', audience: ['parent'], related: '',
    lastReviewed: today, reviewBy: addMonths(today, 6), reviewer: '', body: '## \n',
  };
}

/** The form filled in from an article file. */
export function formFromSource(source: string): ArticleForm {
  let data: Record<string, unknown> = {};
  let body = source;
  try {
    const parsed = matter(source, {});
    data = parsed.data as Record<string, unknown>;
    body = parsed.content;
  } catch { /* not valid YAML: show the whole text as the body so nothing is lost */ }
  return {
    id: asText(data.id),
    title: asText(data.title),
    topics: asList(data.topics).map(asText).join(', '),
    questions: asList(data.questions).map(asText).join('\n'),
    keywords: asList(data.keywords).map(asText).join(', '),
    summary: asText(data.summary).trim(),
    sources: asList(data.sources).map((s) => {
      const src = (s ?? {}) as { label?: unknown; url?: unknown };
      return src.url ? `${asText(src.label)} | ${asText(src.url)}` : asText(src.label);
    }).join('\n'),
    audience: data.audience === undefined ? ['parent'] : asList(data.audience).map(asText),
    related: asList(data.related).map(asText).join(', '),
    lastReviewed: asText(data.lastReviewed),
    reviewBy: asText(data.reviewBy),
    reviewer: asText(data.reviewer),
    body: body.trim() + '\n',
  };
}

/** Reads the form from a request body (browsers send a lone checkbox as a string). */
export function formFromRequest(body: unknown): ArticleForm {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (name: string) => (typeof b[name] === 'string' ? (b[name] as string) : '');
  const audience = Array.isArray(b.audience) ? b.audience.filter((a): a is string => typeof a === 'string') : typeof b.audience === 'string' ? [b.audience] : [];
  return {
    id: text('id'), title: text('title'), topics: text('topics'), questions: text('questions'), keywords: text('keywords'),
    summary: text('summary'), sources: text('sources'), audience, related: text('related'), lastReviewed: text('lastReviewed'),
    reviewBy: text('reviewBy'), reviewer: text('reviewer'), body: text('body'),
  };
}

const lines = (s: string) => s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
const commaList = (s: string) => s.split(/[,\n]/).map((l) => l.trim()).filter(Boolean);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function sourceLine(line: string): { label: string; url?: string } {
  const bar = line.lastIndexOf('|');
  if (bar < 0) return { label: line };
  const label = line.slice(0, bar).trim();
  const url = line.slice(bar + 1).trim();
  return url ? { label, url } : { label };
}

/**
 * The article file for a form. `previousSource`: the version being edited, so unchanged fields
 * keep their exact text. The id is taken from `fixedId` when editing (it cannot change).
 */
export function sourceFromForm(form: ArticleForm, previousSource?: string, fixedId?: string): string {
  const values: FrontMatterValues = {
    id: fixedId ?? form.id.trim(),
    title: oneLine(form.title),
    // A number stays a number; anything else is kept as typed so the check can name it.
    topics: form.topics.split(/[,\s]+/).filter(Boolean).map((t) => (/^\d+$/.test(t) ? Number(t) : t)),
    questions: lines(form.questions),
    keywords: commaList(form.keywords),
    summary: oneLine(form.summary),
    sources: lines(form.sources).map(sourceLine),
    audience: form.audience.map((a) => a.trim()).filter(Boolean),
    related: form.related.split(/[,\s]+/).filter(Boolean),
    lastReviewed: form.lastReviewed.trim(),
    reviewBy: form.reviewBy.trim(),
    reviewer: oneLine(form.reviewer),
  };
  const body = form.body.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return `---\n${frontMatterText(values, previousSource)}\n---\n${body}\n`;
}
