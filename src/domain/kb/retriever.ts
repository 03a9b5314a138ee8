import lunr from 'lunr';
import type { Article, ArticleSection } from './article';
import { buildVocabulary, normaliseText, type Vocabulary } from './sendVocabulary';
import { describeTimescale, isTimescaleKey } from '../timescales';
import type { LoadedKnowledge } from './loadKnowledgeBase';

/**
 * Finds the article (and the section of it) that best answers a parent's question.
 * lunr (BM25) over each article's title, alternative questions, keywords and summary, and over
 * each section separately, after the SEND vocabulary has given every synonym one canonical token.
 */

export interface SearchHit {
  readonly article: Article;
  /** The section that matched best, when a section beat the article's own summary. */
  readonly section?: ArticleSection;
  readonly score: number;
  /** Share of the question's content words found in this article (0..1). */
  readonly coverage: number;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Content words of the question (after stop words), as searched. */
  readonly queryTerms: readonly string[];
  /** True when the best hit is good enough to answer with. */
  readonly confident: boolean;
}

// Words parents use around a question that say nothing about its topic.
const EXTRA_STOP_WORDS = new Set(['son', 'daughter', 'child', 'kid', 'kids', 'boy', 'girl', 'please', 'thanks', 'thank', 'know',
  'tell', 'want', 'help', 'im', 'ive', 'dont', 'doesnt', 'cant', 'whats', 'hi', 'hello', 'someone', 'something', 'thing', 'things',
  'really', 'still', 'now', 'yet', 'much', 'many', 'long', 'mean', 'means', 'meaning', 'explain', 'question', 'ask', 'asking',
  'happen', 'happens', 'need', 'needs', 'go', 'going', 'make', 'made', 'use', 'us', 'we', 'our', 'told', 'said', 'say',
  'sons', 'daughters', 'childs', 'right', 'okay', 'ok', 'actually', 'just', 'currently']);

const isStopWord = (token: string) => !lunr.stopWordFilter(new lunr.Token(token, {})) || EXTRA_STOP_WORDS.has(token);

/** Minimum share of the question's content words the best article must contain to be an answer. */
export const MIN_COVERAGE = 0.5;
/** Minimum lunr score for an answer (scores below this are chance matches on common words). */
export const MIN_SCORE = 3;

interface DocRef { article: Article; section?: ArticleSection }

export class KnowledgeRetriever {
  private readonly index: lunr.Index;
  private readonly docs = new Map<string, DocRef>();
  private readonly vocabulary: Vocabulary;
  readonly articles: readonly Article[];
  private readonly byId: Map<string, Article>;

  constructor(knowledge: Pick<LoadedKnowledge, 'articles' | 'glossary'>) {
    this.vocabulary = buildVocabulary(knowledge.glossary);
    this.articles = knowledge.articles;
    this.byId = new Map(knowledge.articles.map((a) => [a.id, a]));
    const vocabulary = this.vocabulary;
    // Placeholders are indexed as what they say: a timescale ("timescale 6 weeks") or the service named.
    const v = { canonicalise: (s: string) => vocabulary.canonicalise(indexable(s)) };
    const docs = this.docs;
    this.index = lunr(function () {
      this.ref('ref');
      this.field('title', { boost: 8 });
      this.field('questions', { boost: 5 });
      this.field('keywords', { boost: 4 });
      this.field('summary', { boost: 3 });
      this.field('heading', { boost: 3 });
      this.field('body', { boost: 1 });
      this.metadataWhitelist = [];
      for (const article of knowledge.articles) {
        const ref = article.id;
        docs.set(ref, { article });
        this.add({
          ref,
          title: v.canonicalise(article.title),
          questions: v.canonicalise(article.questions.join(' . ')),
          keywords: v.canonicalise(article.keywords.join(' ')),
          summary: v.canonicalise(article.summary),
        });
        for (const section of article.sections) {
          const sref = `${article.id}#${section.anchor}`;
          docs.set(sref, { article, section });
          this.add({
            ref: sref,
            title: v.canonicalise(article.title),
            heading: v.canonicalise(section.heading),
            body: v.canonicalise(stripMarkdown(section.body)),
          });
        }
      }
    });
  }

  getArticle(id: string): Article | undefined {
    return this.byId.get(id);
  }

  /** The article whose title the parent typed or pressed exactly (follow-up buttons send titles). */
  findByTitle(text: string): Article | undefined {
    const t = normaliseText(text).replace(/[^a-z0-9 ]/g, '').trim();
    return this.articles.find((a) => normaliseText(a.title).replace(/[^a-z0-9 ]/g, '').trim() === t);
  }

  search(question: string, limit = 5): SearchResult {
    const canonical = this.vocabulary.canonicalise(question);
    const tokens = lunr.tokenizer(canonical).map((t) => t.toString().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter(Boolean);
    const content = [...new Set(tokens.filter((t) => !isStopWord(t) && t.length > 1))];
    if (content.length === 0) return { hits: [], queryTerms: [], confident: false };

    const stemmed = content.map((t) => lunr.stemmer(new lunr.Token(t, {})).toString());
    // lunr's types omit the inverted index; it is public in lunr 2 and tells us which words exist.
    const vocabulary = (this.index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
    const known = (stem: string) => Object.prototype.hasOwnProperty.call(vocabulary, stem);
    let results: lunr.Index.Result[];
    try {
      results = this.index.query((q) => {
        content.forEach((term, i) => {
          q.term(term, { presence: lunr.Query.presence.OPTIONAL });
          // A likely typo: let it match words one letter away, at a discount.
          if (!known(stemmed[i]) && term.length >= 5) {
            q.term(stemmed[i], { editDistance: 1, boost: 0.4, usePipeline: false, presence: lunr.Query.presence.OPTIONAL });
          }
        });
      });
    } catch {
      return { hits: [], queryTerms: content, confident: false };
    }

    // Best doc per article; remember which section won.
    const best = new Map<string, { score: number; section?: ArticleSection; matched: Set<string> }>();
    for (const r of results) {
      const ref = this.docs.get(r.ref);
      if (!ref) continue;
      const id = ref.article.id;
      const matched = new Set(Object.keys(r.matchData.metadata));
      const entry = best.get(id);
      if (!entry) best.set(id, { score: r.score, section: ref.section, matched });
      else {
        for (const m of matched) entry.matched.add(m);
        if (r.score > entry.score) { entry.score = r.score; entry.section = ref.section; }
      }
    }
    const hits: SearchHit[] = [...best.entries()]
      .map(([id, e]) => {
        const coverage = stemmed.filter((s) => e.matched.has(s) || [...e.matched].some((m) => fuzzyEqual(m, s))).length / stemmed.length;
        return { article: this.byId.get(id)!, section: e.section, score: e.score, coverage };
      })
      // An article that covers all of the question beats one that scores high on part of it.
      .sort((a, b) => rank(b) - rank(a))
      .slice(0, limit);
    const top = hits[0];
    const confident = Boolean(top && top.coverage >= minCoverage(stemmed.length) && top.score >= MIN_SCORE);
    return { hits, queryTerms: content, confident };
  }
}

function indexable(s: string): string {
  return s.replace(/\{\{\s*t:(\w+)\s*\}\}/g, (_m, key: string) => (isTimescaleKey(key) ? `timescale ${describeTimescale(key)}` : 'timescale'))
    .replace(/\{\{\s*(\w+)\.\w+\s*\}\}/g, '$1');
}

function rank(hit: { score: number; coverage: number }): number {
  return hit.score * hit.coverage * hit.coverage;
}

/** Long, rambling questions carry more words no article uses: ask for a little less of them. */
function minCoverage(terms: number): number {
  return terms >= 7 ? MIN_COVERAGE - 0.1 : MIN_COVERAGE;
}

function fuzzyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || b.length < 5) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++; else if (b.length > a.length) j++; else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function stripMarkdown(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>#]/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
