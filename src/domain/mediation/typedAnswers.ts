/**
 * Short answers typed in the mediation flow that say more than the question asked: "the school
 * one" for the decision (section I of the plan), "yes and they gave me the certificate" when
 * asked about the adviser, "do I need to?" asked with an answer. Read here so the flow takes
 * what the parent has already said, rather than asking for it again.
 */
import { IsoDate, readParentDate } from '../dates/calendarDate';
import type { PlanPart } from './decisionTypes';

const normalise = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ').trim();

/** Everyday words for the parts of a plan. */
const PART_WORDS: ReadonlyArray<readonly [RegExp, PlanPart]> = [
  [/\b(?:needs?|difficulties)\b/, 'B'],
  [/\b(?:help|support|provision|therapy|hours)\b/, 'F'],
  [/\b(?:school|placement|setting|college|nursery)\b/, 'I'],
];

/**
 * The parts of a plan named in a short reply to "which decision?": "I", "section I", "the school
 * one", "B and F", "the help bit". Undefined for anything longer or vaguer, so the flow asks.
 */
export function planPartsNamed(text: string): PlanPart[] | undefined {
  const t = normalise(text).replace(/^(?:it'?s |its |the )/, '').replace(/ (?:one|ones|part|parts|bit|bits|section|sections)$/, '').trim();
  const letters = /^(?:sections? )?([bfi])(?:(?: and| or|,)? (?:section )?([bfi]))?(?:(?: and| or|,)? (?:section )?([bfi]))?$/.exec(t);
  if (letters) return [...new Set(letters.slice(1).filter(Boolean).map((l) => l.toUpperCase() as PlanPart))];
  if (t.split(' ').length > 4) return undefined;
  const parts = PART_WORDS.filter(([re]) => re.test(t)).map(([, part]) => part);
  return parts.length > 0 ? parts : undefined;
}

/** "haven't got the certificate", "still waiting for the certificate": not one they have. */
const NO_CERTIFICATE = /\b(?:no|not|haven'?t|havent|hasn'?t|hasnt|didn'?t|without|waiting for|yet to get|need|needs|needed|want)(?: \w+)? (?:a |the |my |our |any )?cert/;
const CERTIFICATE_NOT = /\bcert\w*(?: \w+){0,1} (?:has not|hasn'?t|hasnt|not|never|is not|isn'?t|didn'?t)\b/;
const HAS_CERTIFICATE = /\b(?:gave|given|give me|got|have|has|had|received|sent|came|come|arrived|issued|already)\b/;

/** True when the parent says they already have the certificate ("they gave me the certificate", "the certificate came last friday"). */
export function hasCertificateSaid(text: string): boolean {
  const t = normalise(text);
  return /\bcert(?:ificate)?s?\b/.test(t) && HAS_CERTIFICATE.test(t) && !NO_CERTIFICATE.test(t) && !CERTIFICATE_NOT.test(t);
}

/** A day said about the certificate ("the certificate came last friday", "got the certificate on 20/11"), if any. */
export function certificateDateSaid(text: string, today: IsoDate): IsoDate | undefined {
  const t = normalise(text.replace(/(\d)[/.-](\d)/g, '$1 SLASH $2')).replace(/ slash /g, '/');
  const at = t.search(/\bcert/);
  if (at < 0) return undefined;
  const after = t.slice(at);
  const phrase = /\b(?:(?:last|this|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day just gone|yesterday|today|the day before yesterday|(?:\d{1,2}|a|two|three|four|five|six|seven) days? ago|(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}(?: \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:the )?\d{1,2}(?:st|nd|rd|th))\b/.exec(after);
  if (!phrase) return undefined;
  const reading = readParentDate(phrase[0], today, 'past');
  return reading.ok ? reading.date : undefined;
}

/** "Do I need to?", "is it needed?", "must I?": asking whether a step is required. */
export function asksIfNeeded(question: string): boolean {
  return /\b(?:do|must|have|should|would) (?:i|we) (?:need|have|got)\b|\b(?:do|must) (?:i|we)\b\s*\??$|\b(?:need|have) to\b|\b(?:is it|is that|is one) (?:needed|required|necessary|compulsory)\b|\brequired\b/.test(normalise(question));
}
