import type { KbAnswer } from './answerComposer';
import type { Article, GlossaryEntry, KbProblem } from './article';
import type { KbLookup, KnowledgeBase } from './knowledgeBase';
import type { KnowledgeRetriever } from './retriever';
import type { IsoDate } from '../dates/calendarDate';

/** What the bot needs from a knowledge base: KnowledgeBase's public face. */
export type KnowledgeBaseReader = Pick<KnowledgeBase, 'lookUp' | 'answerArticle' | 'fullArticle' | 'articles' | 'glossary' | 'lastChecked' | 'retriever' | 'problems'>;

/**
 * The knowledge base the running bot uses, swappable while it runs. Each call goes to the index
 * current at that moment; publishing builds a complete new index first and then swaps it in with
 * one assignment, so a lookup sees either the old index or the new one, never a mix, and
 * conversations in progress carry on (article ids do not change).
 */
export class LiveKnowledgeBase implements KnowledgeBaseReader {
  private current: KnowledgeBase;
  private swaps = 0;

  constructor(initial: KnowledgeBase) {
    this.current = initial;
  }

  /** Wraps a plain knowledge base; a live one is returned as it is. */
  static of(kb: KnowledgeBase | LiveKnowledgeBase): LiveKnowledgeBase {
    return kb instanceof LiveKnowledgeBase ? kb : new LiveKnowledgeBase(kb);
  }

  /** The index serving now. */
  get index(): KnowledgeBase {
    return this.current;
  }

  /** How many times the index has been replaced since start-up. */
  get generation(): number {
    return this.swaps;
  }

  /** Puts a fully built index live. */
  replace(next: KnowledgeBase): void {
    this.current = next;
    this.swaps++;
  }

  get retriever(): KnowledgeRetriever {
    return this.current.retriever;
  }

  get glossary(): readonly GlossaryEntry[] {
    return this.current.glossary;
  }

  get problems(): readonly KbProblem[] {
    return this.current.problems;
  }

  get lastChecked(): IsoDate | undefined {
    return this.current.lastChecked;
  }

  get articles(): readonly Article[] {
    return this.current.articles;
  }

  lookUp(question: string, today: IsoDate): KbLookup {
    return this.current.lookUp(question, today);
  }

  fullArticle(id: string, today: IsoDate): KbAnswer | undefined {
    return this.current.fullArticle(id, today);
  }

  answerArticle(id: string, today: IsoDate): KbAnswer | undefined {
    return this.current.answerArticle(id, today);
  }
}
