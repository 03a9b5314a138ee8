/**
 * "We asked for an assessment on 1 September and heard nothing": the council's dates for that
 * request, worked out from the parent's own date, to go above the general answer. Only when the
 * message plainly names one day the request went in (a day the bot is not sure of is never
 * turned into a deadline), and counted from the day the council got it.
 */
import { compareDates, formatLongDate, readParentDate, type IsoDate } from '../dates/calendarDate';
import { describeTimescale } from '../timescales';
import { computeEhcRequestDeadlines } from './ehcRequestDeadlines';

/** The request for an assessment made, sent or received, in the parent's words. */
const REQUEST_MADE = /\b(?:asked|applied|requested|sent|posted|emailed|submitted|put in|handed in|made|received|got)\b[^.?!]*\b(?:request|assessment|ehcp|ehcna|ehna|ehc plan|ehc needs assessment|needs assessment|application)\b|\b(?:request|application|assessment request)\b[^.?!]*\b(?:sent|posted|emailed|submitted|went in|went off|received|got to them|handed in|put in)\b/i;
/** Words that mean the date is something else: a decision, a plan, a review, a tribunal. */
const OTHER_DATE = /\b(?:decision|refus\w*|said no|draft|final plan|annual review|review meeting|tribunal|mediation|appeal|certificate|born|birthday)\b/i;

/** The message is about a request for an assessment going in (not a decision, plan, review or appeal). */
export function isAboutAssessmentRequest(message: string): boolean {
  return REQUEST_MADE.test(message) && !OTHER_DATE.test(message);
}

export function requestDatesInMessage(message: string, today: IsoDate): string | undefined {
  if (isAboutAssessmentRequest(message)) return requestDayInMessage(message, today);
  // "La got my ehcna request on 2 december 2026, when is the final plan due?": the words that mean another date
  // are in the question, not in the part with the day, so the day is the request's.
  const dayPart = partWithTheDay(message);
  if (!dayPart || !REQUEST_MADE.test(dayPart) || OTHER_DATE.test(dayPart)) return undefined;
  return requestDayInMessage(dayPart, today);
}

/** The one part of a message (between commas, stops and question marks) with a number in it, when only one has. */
function partWithTheDay(message: string): string | undefined {
  const parts = message.split(/[,;.!?\n]+/).map((p) => p.trim()).filter((p) => /\d/.test(p));
  return parts.length === 1 ? parts[0] : undefined;
}

/**
 * "It arrived on the 17th", said straight after an answer about the council's time limits: the
 * day alone, with nothing else to say what it is, read as the day the request went in.
 */
export function requestDatesFromDayAlone(message: string, today: IsoDate): string | undefined {
  if (OTHER_DATE.test(message) || !DAY_ALONE.test(message.trim())) return undefined;
  return requestDayInMessage(message, today);
}
/** A day and at most a few words round it: "3 November", "it got there on the 17th I think". */
const DAY_ALONE = /^(?:(?:it|they|the council|the la|my request|our request|the request|the letter|the email|we|i)\s+)?(?:(?:was|were|got it|got there|arrived|went in|was received|received it|had it|sent it|posted it|emailed it|sent|posted|emailed)\s+)?(?:on\s+)?[^.?!]{1,40}?(?:\s+(?:i think|i believe|roughly|i m sure|im sure))?[.!]?$/i;

function requestDayInMessage(message: string, today: IsoDate): string | undefined {
  // ("I sent the request on 14 august 2026 by email. is the 6 weeks up?": the weeks are not part of the day.)
  const whole = readParentDate(message, today, 'past');
  const part = whole.ok ? undefined : partWithTheDay(message.replace(/\b\d+ (?:weeks?|days?|months?)\b/gi, ''));
  const reading = whole.ok || !part ? whole : readParentDate(part, today, 'past');
  if (!reading.ok || compareDates(reading.date, today) > 0) return undefined;
  const d = computeEhcRequestDeadlines(reading.date);
  const line = (label: string, date: IsoDate): string => `- ${label}: **${formatLongDate(date)}**${compareDates(date, today) < 0 ? ' (this date has passed)' : ''}`;
  return [
    `If the council got your request on ${formatLongDate(d.received)}, these are its dates. (If you posted it, count from the day it arrived, usually a day or two later.)`,
    line(`Decide whether to assess (${describeTimescale('decideWhetherToAssess')})`, d.decideWhetherToAssess),
    line(`If it assesses but will not issue a plan, tell you (${describeTimescale('decideNotToIssuePlan')})`, d.decideWhetherToIssuePlan),
    line(`Issue the final EHC plan (${describeTimescale('finalPlan')})`, d.finalPlan),
  ].join('\n');
}
