import type { Article, GlossaryEntry, KbProblem } from '../article';
import { checkKnowledge } from '../kbCheck';
import { parseArticle } from '../parseArticle';
import type { IsoDate } from '../../dates/calendarDate';
import { FORM_FIELDS, fieldLabel, type FormFieldName } from './articleForm';

/**
 * Checks one article the way `kb check` would if it were in the knowledge folder beside the live
 * articles: the same parser, schema and checks (links, sources, placeholders, dates,
 * readability). Each problem is tied to the form field at fault, in words an editor can act on.
 */

export interface FieldProblem {
  readonly severity: 'error' | 'warning';
  /** The form field at fault; 'form' when it is about the article as a whole. */
  readonly field: FormFieldName | 'form';
  /** A whole sentence naming the field, e.g. "Sources (line 2) must be a web address." */
  readonly message: string;
}

export interface ArticleValidation {
  readonly ok: boolean;
  readonly article?: Article;
  readonly errors: readonly FieldProblem[];
  readonly warnings: readonly FieldProblem[];
}

export interface LiveContent {
  readonly articles: readonly Article[];
  readonly glossary: readonly GlossaryEntry[];
}

const LINE_FIELDS = new Set<string>(['questions', 'sources']);

/** zod's built-in wording, said plainly ("title", "Too small: …3 characters" → "must be at least 3 characters"). */
export function plainMessage(fieldPath: string, message: string): string {
  const field = fieldPath.split(/[.[\]]+/)[0];
  let m: RegExpExecArray | null;
  if ((m = /^Too small: expected string to have >=(\d+) characters?$/.exec(message))) return Number(m[1]) <= 1 ? 'must not be empty' : `must be at least ${m[1]} characters`;
  if ((m = /^Too big: expected string to have <=(\d+) characters?$/.exec(message))) return `must be at most ${m[1]} characters`;
  if ((m = /^Too small: expected array to have >=(\d+) items?$/.exec(message))) return field === 'audience' ? 'needs at least one choice ticked' : `needs at least ${m[1]}`;
  if (field === 'topics' && /expected number|Too (small|big): expected number|expected int/.test(message)) return 'must be numbers from 1 to 24, separated by commas';
  if (field === 'audience' && /^Invalid option/.test(message)) return 'must be one of the choices shown';
  if (/received undefined$/.test(message)) return 'is missing';
  if (/^Invalid input: expected string/.test(message)) return 'must be text';
  return message;
}

/** Turns a `kb check` problem ("sources.1.url", "related[0]", "front matter") into a form problem. */
export function toFieldProblem(problem: KbProblem): FieldProblem {
  const [head, index] = problem.field.split(/[.[\]]+/).filter(Boolean);
  const known = FORM_FIELDS.some((f) => f.name === head);
  if (!known) {
    const where = problem.field === 'front matter' ? 'The article details' : `The field "${problem.field}"`;
    return { severity: problem.severity, field: 'form', message: `${where} ${plainMessage(problem.field, problem.message)}.` };
  }
  const field = head as FormFieldName;
  const position = index !== undefined && /^\d+$/.test(index) ? ` (${LINE_FIELDS.has(field) ? 'line' : 'item'} ${Number(index) + 1})` : '';
  const message = plainMessage(field, problem.message).replace(/\.$/, '');
  return { severity: problem.severity, field, message: `${fieldLabel(field)}${position} ${message}.` };
}

/**
 * Validates `source` as the article file `file`, among the live articles (the article with the
 * same id, if any, is replaced by this one). Only problems in this article count.
 */
export function validateArticle(file: string, source: string, live: LiveContent, today: IsoDate): ArticleValidation {
  const parsed = parseArticle(file, source);
  if (!parsed.ok) {
    const errors = parsed.problems.map(toFieldProblem);
    return { ok: false, errors, warnings: [] };
  }
  const article = parsed.article;
  const others = live.articles.filter((a) => a.id !== article.id && a.file !== file);
  const result = checkKnowledge({ articles: [...others, article], glossary: live.glossary, problems: [] }, { today });
  const mine = result.problems.filter((p) => p.file === file).map(toFieldProblem);
  const errors = mine.filter((p) => p.severity === 'error');
  return { ok: errors.length === 0, article, errors, warnings: mine.filter((p) => p.severity === 'warning') };
}
