/**
 * "Dzień dobry, mój syn ma autyzm, jak złożyć wniosek o EHCP?": a message in a language other than
 * English. The knowledge base and the rules only read English, so any article picked for it would
 * be a guess (one such message was offered "When the council wants to end a plan"). Said plainly
 * instead, with where to get help. English with a few borrowed words ("EHCP", a name with an
 * accent) is still English.
 */

/** Everyday English words: a message with two or more of them is read as English. */
const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'is', 'are', 'was', 'be', 'i', 'im', 'my', 'me', 'we', 'our', 'you', 'he', 'she', 'his', 'her',
  'they', 'it', 'to', 'of', 'in', 'on', 'for', 'with', 'at', 'from', 'what', 'how', 'when', 'who', 'why', 'can', 'do', 'does', 'did',
  'not', 'no', 'yes', 'have', 'has', 'had', 'will', 'would', 'should', 'school', 'son', 'daughter', 'child', 'help', 'please', 'hi',
  'hello', 'thanks', 'ok', 'need', 'want', 'ask', 'plan', 'council', 'this', 'that', 'there', 'about', 'so', 'if', 'get', 'got',
]);

export function writtenInAnotherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return false;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (english >= 2) return false;
  // Letters outside English (ą, ł, ü, ç, or another script) in at least one word in five.
  const foreign = words.filter((w) => /[^a-z]/.test(w)).length;
  return foreign / words.length >= 0.2;
}
