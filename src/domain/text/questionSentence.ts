/**
 * A sentence that opens as a question, for parents on phones who leave the question mark off
 * ("can i ask for an ehcp myself"). Used to find the question in a story and beside a request.
 */
const OPENS_AS_QUESTION = /^(?:so |but |and |ok |also )?(?:can|could|do|does|did|how|what|who|whose|which|is|are|should|will|would|when|where|why|am|have|has|must)\b/i;

export function opensAsQuestion(sentence: string): boolean {
  return OPENS_AS_QUESTION.test(sentence);
}
