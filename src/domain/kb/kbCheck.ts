import type { Article, KbProblem } from './article';
import type { LoadedKnowledge } from './loadKnowledgeBase';
import { unknownPlaceholders } from './placeholders';
import { MAX_READING_AGE, measureReadability, type Readability } from '../text/readability';
import { compareDates, type IsoDate } from '../dates/calendarDate';

/**
 * `send-navigator kb check`: everything that can be wrong with the knowledge base, each problem
 * naming the file and the field. Errors fail the check; passed review dates are warnings (so CI
 * does not break because a date went by) unless `strict`.
 */

export interface ArticleReport {
  readonly id: string;
  readonly file: string;
  readonly readability: Readability;
  readonly reviewBy: IsoDate;
}

export interface KbCheckResult {
  readonly articles: readonly ArticleReport[];
  readonly problems: readonly KbProblem[];
  readonly errors: number;
  readonly warnings: number;
}

export interface KbCheckOptions {
  readonly today: IsoDate;
  readonly strict?: boolean;
  readonly maxReadingAge?: number;
}

export function checkKnowledge(knowledge: LoadedKnowledge, options: KbCheckOptions): KbCheckResult {
  const problems: KbProblem[] = [...knowledge.problems];
  const ids = new Set(knowledge.articles.map((a) => a.id));
  const maxAge = options.maxReadingAge ?? MAX_READING_AGE;
  const terms = knowledge.glossary.flatMap((g) => [g.term, ...g.aliases]);
  const reports: ArticleReport[] = [];
  const add = (a: Pick<Article, 'file'>, severity: KbProblem['severity'], field: string, message: string) =>
    problems.push({ severity, file: a.file, field, message });

  for (const a of knowledge.articles) {
    a.related.forEach((id, i) => {
      if (!ids.has(id)) add(a, 'error', `related[${i}]`, `links to "${id}", which is not an article`);
      if (id === a.id) add(a, 'error', `related[${i}]`, 'links to the article itself');
    });
    for (const m of a.body.matchAll(/\]\(kb:([^)]*)\)/g)) {
      if (!ids.has(m[1])) add(a, 'error', 'body', `links to kb:${m[1]}, which is not an article`);
    }
    for (const [field, text] of [['summary', a.summary], ['body', a.body], ['title', a.title]] as const) {
      for (const name of unknownPlaceholders(text)) {
        add(a, 'error', field, name.startsWith('t:') ? `uses an unknown timescale key "${name.slice(2)}"` : `uses an unknown placeholder "{{${name}}}"`);
      }
    }
    a.sources.forEach((s, i) => {
      if (!/\w{3}/.test(s.label)) add(a, 'error', `sources[${i}].label`, 'must name the source');
    });
    if (compareDates(a.reviewBy, a.lastReviewed) < 0) add(a, 'error', 'reviewBy', 'must be on or after the date it was last checked');
    if (compareDates(a.lastReviewed, options.today) > 0) add(a, 'error', 'lastReviewed', 'is in the future');
    if (compareDates(a.reviewBy, options.today) < 0) {
      add(a, options.strict ? 'error' : 'warning', 'reviewBy', `passed on ${a.reviewBy}: the article is due for review`);
    }
    const readability = measureReadability(`${a.summary}\n\n${a.body}`, terms);
    if (readability.readingAge > maxAge) {
      add(a, 'error', 'body', `reads at about age ${readability.readingAge}, above the limit of ${maxAge}: use shorter sentences and everyday words`);
    }
    reports.push({ id: a.id, file: a.file, readability, reviewBy: a.reviewBy });
  }

  knowledge.glossary.forEach((g, i) => {
    if (g.article && !ids.has(g.article)) {
      problems.push({ severity: 'error', file: 'glossary.yaml', field: `[${i}].article`, message: `"${g.term}" links to "${g.article}", which is not an article` });
    }
    // A definition with no article is answered on its own, and every answer says when it was last checked.
    if (!g.article && !g.lastReviewed) {
      problems.push({ severity: 'warning', file: 'glossary.yaml', field: `[${i}].lastReviewed`, message: `"${g.term}" has no article and no lastReviewed date: its answer cannot say when it was last checked` });
    }
    if (g.lastReviewed && compareDates(g.lastReviewed, options.today) > 0) {
      problems.push({ severity: 'error', file: 'glossary.yaml', field: `[${i}].lastReviewed`, message: `"${g.term}": lastReviewed is in the future` });
    }
  });

  return {
    articles: reports,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
