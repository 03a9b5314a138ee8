/**
 * A message that places the family in Wales, Scotland or Northern Ireland. Education is devolved:
 * each nation has its own system for children with additional needs, so an answer about England's
 * law (its time limits, its plans, its tribunal) could mislead. The bot says so instead.
 */
export type OtherUkNation = 'Wales' | 'Scotland' | 'Northern Ireland';

const NATIONS: ReadonlyArray<readonly [OtherUkNation, RegExp]> = [
  ['Northern Ireland', /\bnorthern ireland\b|\bn\.? ?ireland\b/],
  ['Wales', /(?<!south )\b(?:wales|welsh|cymru)\b/],
  ['Scotland', /\b(?:scotland|scottish)\b/],
];

/** The other UK nation a message names, if it names one (the first, if several). */
export function otherUkNationIn(text: string): OtherUkNation | undefined {
  const t = text.toLowerCase();
  let first: { nation: OtherUkNation; at: number } | undefined;
  for (const [nation, pattern] of NATIONS) {
    const at = t.search(pattern);
    if (at >= 0 && (!first || at < first.at)) first = { nation, at };
  }
  return first?.nation;
}
