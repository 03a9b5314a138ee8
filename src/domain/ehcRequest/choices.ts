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

const ALL_OF_THEM = /^(?:all|all of them|all of these|all the above|all of the above|everything)$/;
const ALL_EXCEPT = /^(?:all|all of them|all of these|all the above|all of the above|everything)\s+(?:except|but|apart from|other than|bar|besides|not)\s+(.+)$/;
const NUMBER_LIST = /^\d{1,2}(?:\s*(?:,|and|&|\s)\s*\d{1,2})*$/;
/** Words beside one item of a list that say how sure the parent is: "3 mainly", "maybe 2". */
const ITEM_HEDGES = /\b(?:mainly|mostly|maybe|probably|possibly|definitely|especially|a bit|a little|too|as well|i think)\b/g;
/** Words around a list that say nothing about it: "1, 3 and 6 i think", "erm 2 please". */
const HEDGES = /^(?:(?:um|erm|er|ok|okay|so|i think|maybe|probably)\s+)+|(?:\s+(?:i think|maybe|probably|please|thanks|thank you|too|as well|i guess|then))+$/g;

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
  const s = normalise(text).replace(HEDGES, '').trim();
  if (s.length === 0) return undefined;
  // A pressed button sends its label exactly: that choice alone, even if its words name others.
  const exact = choices.find((c) => normalise(c.label) === s || normalise(c.value) === s);
  if (exact) return [exact.value];
  const everyChoice = () => choices.map((c) => c.value).filter((v) => !(options.excludeFromAll ?? []).includes(v));
  if (ALL_OF_THEM.test(s)) return everyChoice();
  // "all of them except sensory": every choice but the ones named after "except".
  const except = ALL_EXCEPT.exec(s);
  if (except) {
    const left = readChoices(except[1], choices, options);
    if (left === undefined) return undefined;
    const kept = everyChoice().filter((v) => !left.includes(v));
    return kept.length ? kept : undefined;
  }
  if (NUMBER_LIST.test(s)) {
    const indexes = (s.match(/\d{1,2}/g) ?? []).map(Number);
    if (indexes.some((i) => i < 1 || i > choices.length)) return undefined;
    return choices.filter((_c, i) => indexes.includes(i + 1)).map((c) => c.value);
  }
  const named = (part: string) => choices.filter((c) =>
    containsPhrase(part, c.value.replace(/-/g, ' '))
    || containsPhrase(part, c.value)
    || containsPhrase(part, c.label)
    || (options.keywords?.[c.value] ?? []).some((k) => containsPhrase(part, k)));
  // A list of numbers and words ("1, 2 and my diary"): each item a number from the list, or named.
  // ("1 and 3 mainly, maybe 2": how sure they are is no part of an item.)
  const items = s.split(/\s*(?:,|&|\band\b|\+)\s*/).map((item) => item.replace(ITEM_HEDGES, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean)
    .flatMap((item) => (/^\d{1,2}(?: \d{1,2})+$/.test(item) ? item.split(' ') : [item]));
  if (items.length > 1 && items.some((item) => /^\d{1,2}$/.test(item))) {
    const values = new Set<T>();
    for (const item of items) {
      if (/^\d{1,2}$/.test(item)) {
        const n = Number(item);
        if (n < 1 || n > choices.length) return undefined;
        values.add(choices[n - 1].value);
      } else {
        const found = named(item);
        if (found.length === 0) return undefined;
        found.forEach((c) => values.add(c.value));
      }
    }
    return choices.filter((c) => values.has(c.value)).map((c) => c.value);
  }
  const picked = named(s);
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
