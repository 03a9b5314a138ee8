/**
 * Short answers typed in the mediation flow that say more than the question asked: "the school
 * one" for the decision (section I of the plan), "yes and they gave me the certificate" when
 * asked about the adviser, "do I need to?" asked with an answer. Read here so the flow takes
 * what the parent has already said, rather than asking for it again.
 */
import { IsoDate, readParentDate } from '../dates/calendarDate';
import { asksAsYoungPerson } from '../recognizer/askerRole';
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
const NO_CERTIFICATE = /\b(?:no|not|haven'?t|havent|hasn'?t|hasnt|didn'?t|without|waiting for|yet to get|need|needs|needed|want)(?: (?!mediation\b)\w+)? (?:a |the |my |our |any )?cert/;
const CERTIFICATE_NOT = /\bcert\w*(?: \w+){0,1} (?:has not|hasn'?t|hasnt|not|never|is not|isn'?t|didn'?t)\b/;
const HAS_CERTIFICATE = /\b(?:gave|given|give me|got|have|has|had|received|sent|came|come|arrived|issued|already)\b/;

/** True when the parent says they already have the certificate ("they gave me the certificate", "the certificate came last friday"). */
export function hasCertificateSaid(text: string): boolean {
  const t = normalise(text);
  return /\bcert(?:ificate)?s?\b/.test(t) && HAS_CERTIFICATE.test(t) && !NO_CERTIFICATE.test(t) && !CERTIFICATE_NOT.test(t);
}

/**
 * Words that say a day is the one printed on the certificate ("it's dated the 11th", "issued on
 * 20/11"): the appeal time counts from the day it was issued (HESC r20(1)(c)), not from the day it
 * reached the parent ("came", "arrived", "got it"), which may be later.
 */
const PRINTED_DAY = /\b(?:dated|issued|printed|date on (?:it|the cert\w*)|date of (?:it|the cert\w*)|(?:the )?cert\w* date|it says|says)\b/;

/**
 * A day said about the certificate ("the certificate came last friday", "it's dated 20/11"), if any,
 * and whether it is the date printed on it (`printed`) or only the day it came. `answering`: the
 * reply answers a question about the certificate, so "yes it came last friday" is about it too.
 */
export function certificateDateSaid(text: string, today: IsoDate, answering = false): { readonly date: IsoDate; readonly printed: boolean } | undefined {
  const t = normalise(text.replace(/(\d)[/.-](\d)/g, '$1 SLASH $2')).replace(/ slash /g, '/');
  const named = t.search(/\bcert/);
  const at = named < 0 && answering ? 0 : named;
  if (at < 0) return undefined;
  const after = t.slice(at);
  const phrase = /\b(?:(?:last|this|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day just gone|yesterday|today|the day before yesterday|(?:\d{1,2}|a|two|three|four|five|six|seven) days? ago|(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}(?: \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:the )?\d{1,2}(?:st|nd|rd|th))\b/.exec(after);
  if (!phrase) return undefined;
  const reading = readParentDate(phrase[0], today, 'past');
  // (Only the words between "certificate" and the day: "...came on the 12th" is not "dated".)
  return reading.ok ? { date: reading.date, printed: PRINTED_DAY.test(after.slice(0, phrase.index)) } : undefined;
}

/**
 * "It says 28th october but it didnt arrive till the 2nd", "the letter with the final plan was
 * dated last tuesday": the words for the date printed on the letter, when a sentence says more.
 */
export function printedDatePhrase(text: string): string | undefined {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const found = /\b(?:dated|it says|says|date on it is|date on (?:the|my) letter is|the date is|it'?s dated)\s+(?:on\s+)?(.+?)(?:\s+(?:but|and|though|although|which|so)\b|[,;.!?]|$)/.exec(t);
  return found?.[1]?.trim() || undefined;
}

/** "It came on the 12th", "arrived yesterday": the day a document reached the parent, not the date printed on it. */
export function saysArrivalDay(text: string): boolean {
  const t = normalise(text);
  return /\b(?:came|come|arrived|got it|got them|received|turned up|in the post|through the door|landed|emailed (?:it|to me|me)|sent (?:it|to me|me))\b/.test(t) && !PRINTED_DAY.test(t);
}

/** "Do I need to?", "is it needed?", "must I?": asking whether a step is required. */
export function asksIfNeeded(question: string): boolean {
  return /\b(?:do|must|have|should|would) (?:i|we) (?:need|have|got)\b|\b(?:do|must) (?:i|we)\b\s*\??$|\b(?:need|have) to\b|\b(?:is it|is that|is one) (?:needed|required|necessary|compulsory)\b|\brequired\b/.test(normalise(question));
}

/**
 * "Do I have to do mediation?", "is mediation compulsory?": whether mediation itself is required (it
 * is not), as against contacting a mediation adviser or getting a certificate (asked about those, the
 * answer is the adviser rule).
 */
export function asksIfMediationNeeded(question: string): boolean {
  const t = normalise(question);
  const aboutMediation = /\bmediation\b/.test(t) && !/\b(?:advis[eo]r|information|certificate|cert|contact)\b/.test(t);
  return aboutMediation && (asksIfNeeded(question) || /\b(?:compulsory|mandatory|optional|obligatory|forced|force me|make me|skip (?:the )?mediation|go straight to)\b/.test(t));
}

/** "We had the mediation", "the mediation was on the 21st and it didn't work": mediation has taken place. */
const MEDIATION_HELD = /\b(?:(?:had|went to|been to|attended|did|done|tried|finished) (?:the |a |our |my )?mediation|mediation (?:was|happened|took place|went ahead|has happened|has been|was held|didn'?t work|did not work|failed|was unsuccessful|broke down|ended|is over|is done|finished)|after (?:the )?mediation)\b/;
/** "We haven't had mediation yet", "the mediation is booked", "mediation will be on the 30th": not yet. */
const MEDIATION_NOT_HELD = /\b(?:haven'?t|havent|have not|hasn'?t|hasnt|has not|didn'?t|didnt|did not|not yet|never|still waiting for|waiting for|yet to)(?: \w+){0,2} (?:had |have |been to |gone to |attended )?(?:the |a |our )?mediation\b|\bmediation (?:is|was) (?:booked|arranged|planned|scheduled|due|set)\b|\bmediation (?:will|is going to|hasn'?t|has not|is not|isn'?t|not)\b|\bmediation is (?:on|next)\b/;

/** True when the parent says mediation has already taken place ("we had the mediation on the 20th and they still said no"). */
export function mediationHeldSaid(text: string): boolean {
  const t = normalise(text);
  return MEDIATION_HELD.test(t) && !MEDIATION_NOT_HELD.test(t);
}

/** A day said about the mediation itself ("the mediation was on the 21st oct"), read from the words after "mediation" up to the next sentence or "and". */
export function mediationDateSaid(text: string, today: IsoDate): IsoDate | undefined {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const at = t.search(/\bmediation\b/);
  if (at < 0) return undefined;
  // Only the part about the mediation: "...on the 20th and they still said no. yes i have the certificate".
  const part = t.slice(at).split(/[.;!?]|\band\b|\bbut\b|\bcert/)[0].replace(/^mediation\b/, '');
  const phrase = /(?:on |was |held )?((?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}(?: \d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:the )?\d{1,2}(?:st|nd|rd|th)|yesterday|last (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/.exec(part);
  if (!phrase) return undefined;
  const reading = readParentDate(phrase[1], today, 'past');
  return reading.ok ? reading.date : undefined;
}

/**
 * A young person writing about their own plan ("im 18, they're stopping my ehcp", "I want to keep
 * my support worker"): spoken to as "you", not as a parent of "your child".
 */
const OWN_PLAN = /\b(?:my (?:ehcp|ehc plan|plan|support worker|support in lessons|college|course|level [1-3]|apprenticeship|sixth form|tutor|lecturer|placement)|(?:i'?m|im|i am) (?:at|in) (?:college|sixth form|uni)|i (?:need|get|have|had|want) (?:my |the )?(?:support|help) (?:to|in|at|with)|stopping my|cease my|ending my)\b/;
const SOMEONE_ELSE = /\b(?:my (?:son|daughter|child|children|kid|kids|boy|girl|stepson|stepdaughter|grandson|granddaughter)|our (?:son|daughter|child|kid|boy|girl)|(?:he|she)(?:'s| is| has| was| needs| gets| can'?t)\b|\b(?:his|her) (?:plan|ehcp|school|college|needs|support))\b/;

export function speaksAsYoungPerson(text: string): boolean {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  return (asksAsYoungPerson(text) || OWN_PLAN.test(t)) && !SOMEONE_ELSE.test(t);
}
