import type { Article, ArticleSection, GlossaryEntry, KbProblem } from './article';
import { composeAnswer, composeFullArticle, composeGlossaryAnswer, type ComposeOptions, type KbAnswer } from './answerComposer';
import { findDefinitionQuestion } from './definitions';
import { correctTypedWords } from '../text/typedWords';
import type { LoadedKnowledge } from './loadKnowledgeBase';
import { KnowledgeRetriever, type Passage, type SearchResult } from './retriever';
import type { LocalServices } from '../localServices';
import type { IsoDate } from '../dates/calendarDate';

export type KbLookup =
  | { readonly kind: 'answer'; readonly answer: KbAnswer; readonly search?: SearchResult }
  /**
   * Nothing matched well enough: the closest topics, to offer instead of guessing (none when the
   * question is about a topic no article covers: `search.missingTopic`).
   */
  | { readonly kind: 'unsure'; readonly closest: readonly Article[]; readonly search: SearchResult };

interface WholeArticle {
  readonly whole: Article;
}

/** The knowledge base as the bot uses it: look a question up, get an answer or the closest topics. */
/** How many recent look-ups a knowledge base keeps (see lookUp): enough for one turn's. */
const RECENT_LOOKUPS = 4;

/** Words about how to say the answer ("in simple words", "in plain English"), not what it is about. */
const HOW_TO_SAY_IT = /\b(?:in|using|with) (?:very )?(?:simple|simpler|plain|plainer|easy|easier|everyday|normal|basic) (?:words|english|language|terms)\b|\b(?:explain(?:ed)?|put|said) (?:it )?(?:simply|plainly)\b|\bsimply put\b/gi;

export class KnowledgeBase {
  readonly retriever: KnowledgeRetriever;
  readonly glossary: readonly GlossaryEntry[];
  readonly problems: readonly KbProblem[];
  /** The most recent review date of any article: "the KB was last checked on ...". */
  readonly lastChecked: IsoDate | undefined;
  private readonly answers = new Map<Article | ArticleSection | GlossaryEntry | WholeArticle | string, KbAnswer>();
  /** One stable cache key per article for its whole text ("tell me more"). */
  private readonly wholeArticles = new WeakMap<Article, WholeArticle>();
  private answersDay: IsoDate | undefined;
  private readonly recentLookups = new Map<string, KbLookup>();

  constructor(knowledge: LoadedKnowledge, private readonly services: LocalServices) {
    this.retriever = new KnowledgeRetriever(knowledge);
    this.glossary = knowledge.glossary;
    this.problems = knowledge.problems;
    this.lastChecked = knowledge.articles.map((a) => a.lastReviewed).sort().at(-1);
  }

  get articles(): readonly Article[] {
    return this.retriever.articles;
  }

  /**
   * One turn often looks the same words up more than once (is it a topic no article covers? then
   * its answer): the last few look-ups are kept. Only a few, so that a benchmark asking the same
   * questions over and over is not flattered by it. This knowledge base never changes (a published
   * edit makes a new one), so they stay right for the day they were made.
   */
  lookUp(question: string, today: IsoDate): KbLookup {
    const key = `${today} ${question}`;
    const known = this.recentLookups.get(key);
    if (known) return known;
    const found = this.lookUpAfresh(question, today);
    if (this.recentLookups.size >= RECENT_LOOKUPS) this.recentLookups.delete(this.recentLookups.keys().next().value!);
    this.recentLookups.set(key, found);
    return found;
  }

  private lookUpAfresh(question: string, today: IsoDate): KbLookup {
    const byTitle = this.retriever.findByTitle(question);
    if (byTitle) return { kind: 'answer', answer: this.articleAnswer(byTitle, undefined, today) };
    // "tribnal dedline", "whats an EP": the words as meant. ("What is an EHC plan in simple words": how to say it,
    // not what it is about: "simple" would find the article on keeping "a simple file".)
    const typed = correctTypedWords(question).replace(HOW_TO_SAY_IT, ' ').trim() || correctTypedWords(question);
    const term = findDefinitionQuestion(typed, this.glossary);
    if (term) return { kind: 'answer', answer: this.composed(term, today, (options) => composeGlossaryAnswer(term, options)) };
    const search = this.retriever.search(typed);
    const top = search.hits[0];
    if (search.confident && top) {
      // The paragraph that answers what the summary does not ("can he keep it during an
      // apprenticeship"), wherever it is in the article; else the best section's first paragraph.
      const passage = this.retriever.passageFor(top.article, typed);
      if (passage) {
        // A question in two parts can need a second paragraph ("...and who comes?").
        const second = this.retriever.secondPassageFor(top.article, typed, passage);
        if (second) return { kind: 'answer', answer: this.twoPassageAnswer(top.article, passage, second, today), search };
        return { kind: 'answer', answer: this.passageAnswer(top.article, passage, today), search };
      }
      return { kind: 'answer', answer: this.articleAnswer(top.article, top.section, today), search };
    }
    // Articles that never mention what the question is about are not worth offering either.
    const closest = search.missingTopic ? [] : search.hits.slice(0, 3).map((h) => h.article);
    return { kind: 'unsure', closest, search };
  }

  /** The whole article ("tell me more"), or undefined when there is no such article. */
  fullArticle(id: string, today: IsoDate): KbAnswer | undefined {
    const article = this.retriever.getArticle(id);
    if (!article) return undefined;
    let whole = this.wholeArticles.get(article);
    if (!whole) this.wholeArticles.set(article, (whole = { whole: article }));
    return this.composed(whole, today, (options) => composeFullArticle(article, options));
  }

  answerArticle(id: string, today: IsoDate): KbAnswer | undefined {
    const article = this.retriever.getArticle(id);
    if (!article) return undefined;
    return this.articleAnswer(article, undefined, today);
  }

  private passageAnswer(article: Article, passage: Passage, today: IsoDate): KbAnswer {
    if (passage.index === 0) return this.articleAnswer(article, passage.section, today);
    const key = `${article.id}#${passage.section.anchor}#${passage.index}`;
    return this.composed(key, today, (options) => composeAnswer(article, passage.section, options, undefined, passage.text));
  }

  /** Two paragraphs of one article, in the article's order. */
  private twoPassageAnswer(article: Article, first: Passage, second: Passage, today: IsoDate): KbAnswer {
    const at = (p: Passage) => article.sections.indexOf(p.section) * 1000 + p.index;
    const [a, b] = at(first) <= at(second) ? [first, second] : [second, first];
    const key = `${article.id}#${a.section.anchor}#${a.index}+${b.section.anchor}#${b.index}`;
    return this.composed(key, today, (options) => composeAnswer(article, a.section, options, undefined, [a.text, b.text]));
  }

  private articleAnswer(article: Article, section: ArticleSection | undefined, today: IsoDate): KbAnswer {
    return this.composed(section ?? article, today, (options) => composeAnswer(article, section, options));
  }

  /**
   * An answer depends only on what it is about (an article, one of its sections, a glossary term)
   * and the day (an overdue review is mentioned): the same few are asked for all day, so each is
   * composed once a day and kept.
   */
  private composed(about: Article | ArticleSection | GlossaryEntry | WholeArticle | string, today: IsoDate, compose: (options: ComposeOptions) => KbAnswer): KbAnswer {
    if (today !== this.answersDay) {
      this.answers.clear();
      this.answersDay = today;
    }
    let answer = this.answers.get(about);
    if (!answer) {
      answer = compose({ services: this.services, today, getArticle: (id: string) => this.retriever.getArticle(id), glossary: this.glossary });
      this.answers.set(about, answer);
    }
    return answer;
  }
}
