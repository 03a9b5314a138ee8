import type { Article, ArticleSection } from '../../src/domain/kb/article';
import type { LoadedKnowledge } from '../../src/domain/kb/loadKnowledgeBase';

/**
 * A bigger knowledge base for the retrieval benchmark, made in memory from the real articles:
 * each generated article takes a real one's shape (title, questions, keywords, summary,
 * sections) and rewrites its words, swapping some for words used elsewhere in the knowledge
 * base and adding made-up ones, so the index grows in vocabulary as well as in size, as it
 * would with real new content. Nothing here is shown to anyone.
 */

const PLACES = ['Ashford', 'Bexley', 'Calder', 'Dunmore', 'Elmbridge', 'Fenwick', 'Greyhope', 'Harrowby', 'Ilford', 'Jarrow', 'Kelsey', 'Longmead'];

export function generateKnowledge(real: Pick<LoadedKnowledge, 'articles' | 'glossary'>, count: number, random: () => number): Pick<LoadedKnowledge, 'articles' | 'glossary'> {
  if (real.articles.length === 0) throw new Error('needs at least one real article to copy the shape of');
  const corpus = wordsOf(real.articles.flatMap((a) => [a.title, a.summary, ...a.questions, ...a.sections.map((s) => s.body)]));
  const rewrite = (text: string, swapShare: number) => text.replace(/[A-Za-z]{4,}/g, (word) => {
    const roll = random();
    if (roll < swapShare) return corpus[Math.floor(random() * corpus.length)];
    if (roll < swapShare + 0.03) return madeUpWord(random);
    return word;
  });

  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const base = real.articles[i % real.articles.length];
    const place = PLACES[Math.floor(random() * PLACES.length)];
    const sections: ArticleSection[] = base.sections.map((s) => {
      const body = rewrite(s.body, 0.25);
      return { heading: rewrite(s.heading, 0.2), anchor: s.anchor, body, firstParagraph: body.split(/\n\s*\n/)[0] ?? body };
    });
    articles.push({
      ...base,
      id: `${base.id}-${i}`,
      title: `${rewrite(base.title, 0.2)} in ${place}`.slice(0, 90),
      questions: base.questions.map((q) => rewrite(q, 0.2)),
      keywords: [...base.keywords.map((k) => rewrite(k, 0.2)), place.toLowerCase()],
      summary: rewrite(base.summary, 0.2),
      body: sections.map((s) => `## ${s.heading}\n\n${s.body}`).join('\n\n'),
      sections,
      related: [],
    });
  }
  return { articles, glossary: real.glossary };
}

function wordsOf(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const t of texts) for (const w of t.match(/[a-z]{4,}/gi) ?? []) words.add(w.toLowerCase());
  return [...words];
}

const SYLLABLES = ['ba', 'cor', 'den', 'fal', 'gri', 'hol', 'ker', 'lom', 'mar', 'nis', 'por', 'ral', 'sen', 'tor', 'vel', 'wim'];

function madeUpWord(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
}
