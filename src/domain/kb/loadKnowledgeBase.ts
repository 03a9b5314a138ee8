import fs from 'node:fs';
import path from 'node:path';
import type { Article, GlossaryEntry, KbProblem } from './article';
import { parseArticle } from './parseArticle';
import { parseGlossary } from './glossary';

export interface LoadedKnowledge {
  readonly articles: readonly Article[];
  readonly glossary: readonly GlossaryEntry[];
  /** Problems found while loading: a bad article is left out, the rest still load. */
  readonly problems: readonly KbProblem[];
}

export const GLOSSARY_FILE = 'glossary.yaml';

/** Reads every `*.md` article (except README.md) and the glossary from a knowledge folder. */
export function loadKnowledgeBase(dir: string): LoadedKnowledge {
  if (!fs.existsSync(dir)) {
    return { articles: [], glossary: [], problems: [{ severity: 'error', file: dir, field: 'folder', message: 'does not exist' }] };
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
  const sources = files.map((file) => ({ file, source: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const glossaryPath = path.join(dir, GLOSSARY_FILE);
  const glossarySource = fs.existsSync(glossaryPath) ? fs.readFileSync(glossaryPath, 'utf8') : undefined;
  return buildKnowledge(sources, glossarySource);
}

/** Same as loadKnowledgeBase, over content held in memory (tests, the admin area later). */
export function buildKnowledge(sources: ReadonlyArray<{ file: string; source: string }>, glossarySource?: string): LoadedKnowledge {
  const articles: Article[] = [];
  const problems: KbProblem[] = [];
  const byId = new Map<string, string>();
  for (const { file, source } of sources) {
    const result = parseArticle(file, source);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = byId.get(result.article.id);
    if (earlier) {
      problems.push({ severity: 'error', file, field: 'id', message: `"${result.article.id}" is already used by ${earlier}` });
      continue;
    }
    byId.set(result.article.id, file);
    articles.push(result.article);
  }
  let glossary: GlossaryEntry[] = [];
  if (glossarySource !== undefined) {
    const g = parseGlossary(GLOSSARY_FILE, glossarySource);
    glossary = g.entries;
    problems.push(...g.problems);
  }
  return { articles, glossary, problems };
}
