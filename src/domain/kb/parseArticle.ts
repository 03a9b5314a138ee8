import matter from 'gray-matter';
import { articleFrontMatterSchema } from './articleSchema';
import type { Article, ArticleSection, KbProblem } from './article';

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: KbProblem[] };

/** Parses one Markdown article with front matter; problems name the file and the field at fault. */
export function parseArticle(file: string, source: string): ParseResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object stops gray-matter from caching by content across files.
    parsed = matter(source, {});
  } catch (err) {
    return { ok: false, problems: [{ severity: 'error', file, field: 'front matter', message: `is not valid YAML: ${(err as Error).message.split('\n')[0]}` }] };
  }
  if (!source.trimStart().startsWith('---')) {
    return { ok: false, problems: [{ severity: 'error', file, field: 'front matter', message: 'is missing: an article must start with a --- block' }] };
  }
  const result = articleFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        severity: 'error' as const,
        file,
        field: issue.path.length ? issue.path.join('.') : 'front matter',
        message: issue.message,
      })),
    };
  }
  const body = parsed.content.trim();
  const sections = splitSections(body);
  if (sections.length === 0) {
    return { ok: false, problems: [{ severity: 'error', file, field: 'body', message: 'needs at least one "## " section' }] };
  }
  return { ok: true, article: { ...result.data, file, body, sections } };
}

export function splitSections(body: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  const parts = body.split(/^##\s+/m).slice(1);
  const seen = new Map<string, number>();
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const heading = (newline === -1 ? part : part.slice(0, newline)).trim();
    const text = newline === -1 ? '' : part.slice(newline + 1).trim();
    let anchor = heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const n = seen.get(anchor) ?? 0;
    seen.set(anchor, n + 1);
    if (n) anchor = `${anchor}-${n + 1}`;
    // A first paragraph that leads into a list ("Useful evidence includes:") keeps its list.
    const firstParagraph = paragraphsOf(text)[0] ?? '';
    sections.push({ heading, anchor, body: text, firstParagraph });
  }
  return sections;
}

/** A section's paragraphs; a line ending in ":" keeps the list after it, and a list stays whole. */
export function paragraphsOf(body: string): string[] {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out: string[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous !== undefined && /:$/.test(previous) && /^\s*[-*+] /.test(block)) out[out.length - 1] = `${previous}\n\n${block}`;
    else out.push(block);
  }
  return out;
}
