import type { Article } from '../article';
import { composeAnswer, type KbAnswer } from '../answerComposer';
import type { LocalServices } from '../../localServices';
import type { IsoDate } from '../../dates/calendarDate';

/**
 * What a parent would see, composed by the same composeAnswer the bot uses: the answer to the
 * article's own question, and the answer for each section (the bot adds a section's first
 * paragraph when a question matches that section).
 */

export interface AnswerPreview {
  readonly main: KbAnswer;
  readonly sections: ReadonlyArray<{ readonly heading: string; readonly answer: KbAnswer }>;
}

export function previewAnswers(article: Article, services: LocalServices, today: IsoDate, getArticle: (id: string) => Article | undefined): AnswerPreview {
  // The article being previewed stands in for its live version (follow-up titles included).
  const lookUp = (id: string) => (id === article.id ? article : getArticle(id));
  const options = { services, today, getArticle: lookUp };
  const main = composeAnswer(article, undefined, options);
  const sections = article.sections
    .map((section) => ({ heading: section.heading, answer: composeAnswer(article, section, options) }))
    .filter((s) => s.answer.body !== main.body);
  return { main, sections };
}
