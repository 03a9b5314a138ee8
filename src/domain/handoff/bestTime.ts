/**
 * Spotting a best time to call in a parent's own words, when it is not the answer to "when is a
 * good time?": given with the number ("07700 900123, after 3pm is best"), or just after the
 * call-back was booked ("after 3pm is better actually"). Kept in their words, never parsed.
 */
import type { FoundDetail } from './callbackDetails';
import { MAX_BEST_TIME_CHARS } from './callbackDetails';

const TIME_WORD = new RegExp([
  String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)`, String.raw`\d{1,2}[:.]\d{2}`, String.raw`(?:after|before|from|between|around|about|by|at)\s+\d{1,2}`,
  'noon', 'midday', "o'?clock", 'half past', 'quarter (?:past|to)', 'mornings?', 'afternoons?', 'evenings?', 'nights?', 'tonight', 'lunch ?times?',
  'weekdays?', 'weekends?', '(?:mon|tues|wednes|thurs|fri|satur|sun)days?', 'today', 'tomorrow', 'this week', 'next week',
  'any ?time', 'whenever', 'school run', '(?:after|before) (?:school|work|nursery)',
].map((w) => `\\b${w}\\b`).join('|'), 'i');

// Saying it suits them (or asking to be called then), not only naming a day.
const PREFERENCE = /\b(?:best|better|good|fine|suits?|works?|prefer(?:red|ably)?|ideal|easiest|easier|free|available|actually|instead|rather|only|call|ring|phone|email|contact)\b/i;
const ASKS_ABOUT_SOMETHING_ELSE = /^(?:what|why|how|who|which|where|is|are|does|do|did|should|will|would|can i|could i)\b/i;
const ABOUT_THE_CALL = /\b(?:call|ring|phone|email|contact|get in touch)\b/i;

// Words around the detail that are not the time: "and", "thanks", "my number is".
const LEADING = /^[\s,.;:!\-–—]*(?:(?:and|but|so|then|also|thanks|thank you|cheers|please)\b[\s,.;:!\-–—]*)*/i;
const TRAILING = /[\s,.;:!\-–—]*(?:\b(?:my|the)\s+)?(?:\b(?:mobile|phone|home|work)\s+)?(?:\b(?:number|email address|email|address)\s*)?(?:\b(?:is|it'?s|its|on|at)\s*)?[\s,.;:!\-–—]*$/i;

const THANKS_AT_END = /[\s,.;:!\-–—]*\b(?:thanks|thank you|cheers|please)[\s,.;:!\-–—]*$/i;

function tidy(part: string): string {
  return part.replace(LEADING, '').replace(THANKS_AT_END, '').replace(TRAILING, '').replace(/\s+/g, ' ').trim();
}

/** The best time given in the same message as the number or address, if one was. */
export function bestTimeAlongside(found: FoundDetail): string | undefined {
  // Usually after the number ("07700 900123, after 3pm"); sometimes before ("mornings are best, 07700 900123").
  for (const part of [found.after, found.before].map(tidy)) {
    if (part && part.length <= MAX_BEST_TIME_CHARS && TIME_WORD.test(part)) return part;
  }
  return undefined;
}

/** A message that reads as a best time to call on its own, not a question about something else. */
export function soundsLikeBestTime(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t || t.length > MAX_BEST_TIME_CHARS || !TIME_WORD.test(t)) return false;
  if ((t.includes('?') || ASKS_ABOUT_SOMETHING_ELSE.test(t)) && !ABOUT_THE_CALL.test(t)) return false;
  return t.split(' ').length <= 5 || PREFERENCE.test(t);
}
