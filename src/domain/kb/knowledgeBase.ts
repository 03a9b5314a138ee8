import type { Article, GlossaryEntry, KbProblem } from './article';
import { composeAnswer, composeGlossaryAnswer, type KbAnswer } from './answerComposer';
import { findDefinitionQuestion } from './definitions';
import type { LoadedKnowledge } from './loadKnowledgeBase';
import { KnowledgeRetriever, type SearchResult } from './retriever';
import type { LocalServices } from '../localServices';
import type { IsoDate } from '../dates/calendarDate';

export type KbLookup =
  | { readonly kind: 'answer'; readonly answer: KbAnswer; readonly search?: SearchResult }
  /** Nothing matched well enough: the closest topics, to offer instead of guessing. */
  | { readonly kind: 'unsure'; readonly closest: readonly Article[]; readonly search: SearchResult };

/** The knowledge base as the bot uses it: look a question up, get an answer or the closest topics. */
export class KnowledgeBase {
  readonly retriever: KnowledgeRetriever;
  readonly glossary: readonly GlossaryEntry[];
  readonly problems: readonly KbProblem[];
  /** The most recent review date of any article: "the KB was last checked on ...". */
  readonly lastChecked: IsoDate | undefined;

  constructor(knowledge: LoadedKnowledge, private readonly services: LocalServices) {
    this.retriever = new KnowledgeRetriever(knowledge);
    this.glossary = knowledge.glossary;
    this.problems = knowledge.problems;
    this.lastChecked = knowledge.articles.map((a) => a.lastReviewed).sort().at(-1);
  }

  get articles(): readonly Article[] {
    return this.retriever.articles;
  }

  lookUp(question: string, today: IsoDate): KbLookup {
    const options = { services: this.services, today, getArticle: (id: string) => this.retriever.getArticle(id), glossary: this.glossary };
    const byTitle = this.retriever.findByTitle(question);
    if (byTitle) return { kind: 'answer', answer: composeAnswer(byTitle, undefined, options) };
    const term = findDefinitionQuestion(question, this.glossary);
    if (term) return { kind: 'answer', answer: composeGlossaryAnswer(term, options) };
    const search = this.retriever.search(question);
    const top = search.hits[0];
    if (search.confident && top) {
      return { kind: 'answer', answer: composeAnswer(top.article, top.section, options), search };
    }
    return { kind: 'unsure', closest: search.hits.slice(0, 3).map((h) => h.article), search };
  }

  answerArticle(id: string, today: IsoDate): KbAnswer | undefined {
    const article = this.retriever.getArticle(id);
    if (!article) return undefined;
    return composeAnswer(article, undefined, { services: this.services, today, getArticle: (i) => this.retriever.getArticle(i), glossary: this.glossary });
  }
}
