/**
 * A readability figure for what parents read: the Flesch-Kincaid grade, turned into a reading
 * age (grade + 5). SEND has words no one can avoid ("education, health and care plan"); they are
 * explained at first use and in the glossary, so phrases passed in `knownTerms` count as one
 * short word each.
 */

export interface Readability {
  readonly words: number;
  readonly sentences: number;
  readonly wordsPerSentence: number;
  readonly syllablesPerWord: number;
  /** Flesch-Kincaid grade level. */
  readonly grade: number;
  /** Approximate reading age in years (UK): grade + 5. */
  readonly readingAge: number;
}

/** The limit kb check and the message tests hold text to (see README "Plain English"). */
export const MAX_READING_AGE = 13;

export function plainTextForReading(markdown: string): string {
  return markdown
    .replace(/\{\{[^}]+\}\}/g, 'six weeks')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/https?:\/\/\S+/g, 'link')
    .replace(/^#+\s+(.*)$/gm, '$1.')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*)$/gm, (_m, item: string) => (/[.!?:]$/.test(item) ? item : `${item}.`))
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function measureReadability(text: string, knownTerms: readonly string[] = []): Readability {
  let t = plainTextForReading(text);
  // Longest terms first, so "education, health and care plan" goes before "plan".
  for (const term of [...knownTerms].sort((a, b) => b.length - a.length)) {
    if (term.length < 3) continue;
    t = t.replace(new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), 'term');
  }
  // Abbreviations and numbers with points are not sentence ends.
  t = t.replace(/\b(e\.g|i\.e|etc|reg|regs|para|s|r|no|st)\./gi, '$1').replace(/(\d)\.(\d)/g, '$1$2');
  const sentences = Math.max(1, (t.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = t.split(/\s+/).map((w) => w.replace(/[^A-Za-z0-9'-]/g, '')).filter(Boolean);
  const wordCount = Math.max(1, words.length);
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  const wps = wordCount / sentences;
  const spw = syllables / wordCount;
  const grade = 0.39 * wps + 11.8 * spw - 15.59;
  return {
    words: words.length,
    sentences,
    wordsPerSentence: round(wps),
    syllablesPerWord: round(spw),
    grade: round(grade),
    readingAge: round(grade + 5),
  };
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // a number or symbol reads as about one beat
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
