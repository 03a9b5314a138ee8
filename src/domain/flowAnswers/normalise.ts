/** A reply as the flow readers compare it: lower case, straight apostrophes, single spaces, no end punctuation. */
export function normaliseReply(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/[\s.!?,]+$/, '').trim();
}

export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}
