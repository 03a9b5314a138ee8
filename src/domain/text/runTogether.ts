/**
 * "mysonhasautismandtheschoolsaystheycantmeethisneedswhatdoido": voice typing or a phone that lost
 * the spaces. No word of it can be read, so it is asked for again with spaces, never called out of
 * scope. (A long real word, a web address or an email address is not this.)
 */
const RUN_TOGETHER = /[a-z]{25,}/i;
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+/gi;

export function wordsRunTogether(text: string): boolean {
  const t = text.replace(ADDRESS, ' ');
  const words = t.match(/[a-z]+/gi) ?? [];
  const longest = words.reduce((n, w) => Math.max(n, w.length), 0);
  // ("Antidisestablishmentarianism" is 28 letters: a run of words is longer, or is all the message there is.)
  return RUN_TOGETHER.test(t) && (longest >= 30 || words.length <= 2);
}
