/**
 * Rules are lists of patterns, and most messages match none of them. A combined pattern rules a
 * whole list out in one scan, much faster than running each rule in turn; the rules themselves
 * still decide whenever it matches.
 */

/**
 * One pattern that matches a text exactly when at least one of `patterns` does.
 *
 * Only for patterns without flags (a `g` is ignored) and without backreferences; named groups
 * become plain groups, so the same name may appear in several patterns.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  for (const p of patterns) {
    if (p.flags.replace('g', '') !== '' || /\\[1-9k]/.test(p.source)) throw new Error(`anyOf: unsupported pattern /${p.source}/${p.flags}`);
  }
  return new RegExp(patterns.map((p) => `(?:${p.source.replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:')})`).join('|'));
}

/** Applies [pattern, replacement] pairs in order; a text none of the patterns matches is returned at once. */
export function inOrder(replacements: ReadonlyArray<readonly [RegExp, string]>): (text: string) => string {
  const any = anyOf(replacements.map(([re]) => re));
  return (text) => {
    // If nothing matches the text, no replacement changes it, and so none changes what the next one sees.
    if (!any.test(text)) return text;
    for (const [re, replacement] of replacements) text = text.replace(re, replacement);
    return text;
  };
}

/** A list cut into groups of `size` (in order), each with one pattern combining its members' patterns. */
export function inGroups<T>(items: readonly T[], size: number, patternOf: (item: T) => RegExp): Array<{ readonly any: RegExp; readonly items: readonly T[] }> {
  const groups: Array<{ readonly any: RegExp; readonly items: readonly T[] }> = [];
  for (let i = 0; i < items.length; i += size) {
    const group = items.slice(i, i + size);
    groups.push({ any: anyOf(group.map(patternOf)), items: group });
  }
  return groups;
}
