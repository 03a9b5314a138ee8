import type { ArticleFrontMatter } from './articleSchema';

/** One `## ` section of an article body. */
export interface ArticleSection {
  readonly heading: string;
  /** Stable within the article, e.g. "what-you-can-do-next". */
  readonly anchor: string;
  /** The section's Markdown, placeholders not yet filled. */
  readonly body: string;
  /** The first paragraph: written to stand alone, so it can be shown as an answer by itself. */
  readonly firstParagraph: string;
}

export interface Article extends ArticleFrontMatter {
  /** Path of the Markdown file, relative to the knowledge folder. */
  readonly file: string;
  /** Markdown body (everything after the front matter). */
  readonly body: string;
  readonly sections: readonly ArticleSection[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly aliases: readonly string[];
  readonly meaning: string;
  readonly article?: string;
  /** YYYY-MM-DD: when the meaning was last checked. */
  readonly lastReviewed?: string;
}

/** A problem found while loading or checking the knowledge base. */
export interface KbProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** The front-matter field or part of the article at fault, e.g. "sources" or "body". */
  readonly field: string;
  readonly message: string;
}
