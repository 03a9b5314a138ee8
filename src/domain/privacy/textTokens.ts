/**
 * Words with their positions, for the detectors that need to look at neighbours ("my son ___",
 * "___ County Council"). Placeholders left by earlier steps ("[name]") are tokens of their own,
 * so no later step reads the word inside the brackets.
 */

export interface Token {
  /** The word as written, without a trailing possessive "'s". */
  readonly text: string;
  readonly start: number;
  /** End of `text` (before any possessive "'s"). */
  readonly end: number;
  /** The word ended in "'s" (or "’s"), which is not part of `text`. */
  readonly possessive: boolean;
  readonly placeholder: boolean;
  /** The characters between the previous token and this one. */
  readonly gapBefore: string;
  /** First word of the text or of a sentence (after . ! ? or a new line). */
  readonly sentenceStart: boolean;
}

const TOKEN = /\[[a-zA-Z ]{2,30}\]|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const gapBefore = text.slice(previousEnd, start);
    const placeholder = raw.startsWith('[');
    const possessive = !placeholder && raw.length > 3 && /['’]s$/i.test(raw);
    const word = possessive ? raw.slice(0, -2) : raw;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      possessive,
      placeholder,
      gapBefore,
      sentenceStart: tokens.length === 0 || /[.!?\n]/.test(gapBefore),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Lower case, without accents, with one kind of apostrophe: how word lists are compared. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

/** "Jack", "O'Neill", "McDonald": a capital then at least one lower-case letter. */
export function isTitleCase(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]/u.test(word) || /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(word);
}

/** "CAMHS", "SENCO": two or more capitals and no lower case. */
export function isAllCaps(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

export function isLowerCase(word: string): boolean {
  return !/\p{Lu}/u.test(word);
}

/** Only punctuation a name can sit behind without leaving the phrase: spaces and one comma. */
export function joinedBySpace(gap: string): boolean {
  return /^[ \t]*,?[ \t]*$/.test(gap) && gap.length > 0;
}
