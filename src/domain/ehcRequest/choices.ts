/**
 * Fixed answers the flow offers as buttons, and a reader for answers typed instead of tapped
 * ("1 and 3", "all of them", "speech and language"), so the dialog never has to guess.
 */

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** Extra words that pick a choice when a parent types rather than taps. */
export type ChoiceKeywords<T extends string> = Readonly<Partial<Record<T, readonly string[]>>>;

/** The label for a value, or undefined when the value is not one of the choices. */
export function choiceLabel<T extends string>(choices: ReadonlyArray<Choice<T>>, value: string): string | undefined {
  return choices.find((c) => c.value === value)?.label;
}

export function isChoiceValue<T extends string>(choices: ReadonlyArray<Choice<T>>, value: string): value is T {
  return choices.some((c) => c.value === value);
}

const normalise = (text: string): string =>
  text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9'/ -]+/g, ' ').replace(/\s+/g, ' ').trim();

const ALL_OF_THEM = /^(?:all|all of them|all of these|everything)$/;
const NUMBER_LIST = /^\d{1,2}(?:\s*(?:,|and|&|\s)\s*\d{1,2})*$/;

// Phrases are the flow's own labels and keywords, tried on every typed answer: each pattern is
// made once (null: a phrase with no words, which matches nothing).
const phrasePatterns = new Map<string, RegExp | null>();

function containsPhrase(text: string, phrase: string): boolean {
  let pattern = phrasePatterns.get(phrase);
  if (pattern === undefined) {
    const p = normalise(phrase);
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = p.length === 0 ? null : new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`);
    phrasePatterns.set(phrase, pattern);
  }
  return pattern !== null && pattern.test(text);
}

/**
 * The choices a typed answer picks, in the order of the list; undefined when nothing matches
 * (so the dialog can ask again). Numbers count from 1 in the order the choices were shown.
 * "all" picks every choice except those in `excludeFromAll` (such as "none yet").
 */
export function readChoices<T extends string>(
  text: string,
  choices: ReadonlyArray<Choice<T>>,
  options: { keywords?: ChoiceKeywords<T>; excludeFromAll?: readonly T[] } = {},
): T[] | undefined {
  const s = normalise(text);
  if (s.length === 0) return undefined;
  // A pressed button sends its label exactly: that choice alone, even if its words name others.
  const exact = choices.find((c) => normalise(c.label) === s || normalise(c.value) === s);
  if (exact) return [exact.value];
  if (ALL_OF_THEM.test(s)) {
    return choices.map((c) => c.value).filter((v) => !(options.excludeFromAll ?? []).includes(v));
  }
  if (NUMBER_LIST.test(s)) {
    const indexes = (s.match(/\d{1,2}/g) ?? []).map(Number);
    if (indexes.some((i) => i < 1 || i > choices.length)) return undefined;
    return choices.filter((_c, i) => indexes.includes(i + 1)).map((c) => c.value);
  }
  const picked = choices.filter((c) =>
    containsPhrase(s, c.value.replace(/-/g, ' '))
    || containsPhrase(s, c.value)
    || containsPhrase(s, c.label)
    || (options.keywords?.[c.value] ?? []).some((k) => containsPhrase(s, k)));
  return picked.length === 0 ? undefined : picked.map((c) => c.value);
}

/** Exactly one choice, or undefined when the answer matches none or more than one. */
export function readChoice<T extends string>(
  text: string,
  choices: ReadonlyArray<Choice<T>>,
  keywords?: ChoiceKeywords<T>,
): T | undefined {
  const picked = readChoices(text, choices, keywords === undefined ? {} : { keywords });
  return picked !== undefined && picked.length === 1 ? picked[0] : undefined;
}
