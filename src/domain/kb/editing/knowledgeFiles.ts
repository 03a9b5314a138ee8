import fs from 'node:fs';
import path from 'node:path';
import { GLOSSARY_FILE } from '../loadKnowledgeBase';

/**
 * A knowledge folder as files: every `*.md` article (README.md aside) and glossary.yaml. The
 * same layout as knowledge/, so a forum can keep its knowledge base in version control.
 */

export interface KnowledgeFile {
  readonly file: string;
  readonly source: string;
}

export interface KnowledgeFiles {
  readonly articles: readonly KnowledgeFile[];
  readonly glossary?: string;
}

export function readKnowledgeFiles(dir: string): KnowledgeFiles {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
  const articles = files.map((file) => ({ file, source: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const glossaryPath = path.join(dir, GLOSSARY_FILE);
  return { articles, glossary: fs.existsSync(glossaryPath) ? fs.readFileSync(glossaryPath, 'utf8') : undefined };
}

/** Writes the files into `dir` (created if needed); existing files of the same names are replaced. */
export function writeKnowledgeFiles(dir: string, content: KnowledgeFiles): number {
  fs.mkdirSync(dir, { recursive: true });
  for (const a of content.articles) {
    // Names come from the database; never let one climb out of the folder.
    if (path.basename(a.file) !== a.file) throw new Error(`Refusing to write "${a.file}": not a plain file name.`);
    fs.writeFileSync(path.join(dir, a.file), a.source);
  }
  if (content.glossary !== undefined) fs.writeFileSync(path.join(dir, GLOSSARY_FILE), content.glossary);
  return content.articles.length + (content.glossary !== undefined ? 1 : 0);
}
