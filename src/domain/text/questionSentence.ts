/**
 * A sentence that opens as a question, for parents on phones who leave the question mark off
 * ("can i ask for an ehcp myself"). Used to find the question in a story and beside a request.
 */
const OPENS_AS_QUESTION = /^(?:so |but |and |ok |also )?(?:can|could|do|does|did|how|what|who|whose|which|is|are|should|will|would|when|where|why|am|have|has|must)\b/i;

export function opensAsQuestion(sentence: string): boolean {
  return OPENS_AS_QUESTION.test(sentence);
}

/**
 * Stricter: the opening reads as a question, not as telling ("has Down syndrome", "is in year 2",
 * "When I asked her she went quiet"). A question word, or a verb then who or what it asks about;
 * "when", "where", "who" and the like only with a verb straight after ("when do they decide").
 */
const ASKS_AT_THE_START = /^(?:so |but |and |ok |also )?(?:how\b|what\b|(?:who|whose|which|when|where|why) (?:do|does|did|is|are|can|could|should|will|would|must|have|has)\b|(?:can|could|do|does|did|is|are|should|will|would|am|have|has|must) (?:i|we|he|she|they|it|you|my|our|his|her|the|this|that|there|a|an|your|their|someone|anyone|anybody|schools?|councils?|parents?)\b)/i;

export function asksAtTheStart(sentence: string): boolean {
  return ASKS_AT_THE_START.test(sentence);
}
