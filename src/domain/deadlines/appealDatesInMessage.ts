/**
 * "When is the deadline to appeal? The decision letter was dated 20th June": the dates for that
 * letter, worked out at once from the parent's own date, instead of asking for it again. Only when
 * the message plainly names one day for the decision and no certificate (a certificate can move
 * the appeal date: the guided flow asks about it). A day the bot is not sure of is never used.
 */
import { compareDates, formatLongDate, readParentDate, type IsoDate } from '../dates/calendarDate';
import { describeTimescale } from '../timescales';
import { appealByFromCertificate, computeAppealDeadlines } from './appealDeadlines';

/** The decision and its letter, in the parent's words. */
const DECISION = /\b(?:decision|letter|refus\w*|said no|turned (?:us|me|him|her|it) down|ceas\w*|final plan|amended plan)\b/i;
/** Asking about the time to act on it. */
const ASKS_ABOUT_APPEAL_TIME = /\b(?:appeal|tribunal|mediation|deadline|last day|how long|by when|time limit|too late)\b/i;
/** A certificate, or a date that is not the decision's: the guided flow sorts these out. */
const OTHER_DATE = /\b(?:certificate|mediation (?:was|is|on|meeting)|born|birthday|review meeting|request(?:ed)? (?:on|went))\b/i;

/** Said when the appeal date has passed: what follows then is the options, not "send it soon". */
export const DATES_PASSED_TEXT = 'Your dates have passed, but you may still have options. The guided flow shows them for your decision, and a SENDIASS adviser can help you soon.';

/** The day the letter reached the parent, not the day it was sent. */
const RECEIVED = /\b(?:came|arrived|received|got|reached (?:me|us)|landed|through the door|in the post)\b/i;
/** Said when the day given is when the letter arrived: the time runs from the day it was sent, which can be earlier. */
export const SENT_NOT_RECEIVED_TEXT = 'The time runs from the day the letter was sent, which can be a few days before it reached you. Check the date on the letter: if it is earlier, your dates are earlier too.';

/** Where one part of a message ends: "had mediation on the 2nd, got the certificate on the 6th". */
const CLAUSES = /[,;.!?\n]+|\s+(?:and|but|then)\s+/i;

/** The day in the part of the message that names the certificate ("got the certificate on the 6th"), if one is read surely. */
function certificateDateIn(message: string, today: IsoDate): IsoDate | undefined {
  const clause = message.split(CLAUSES).find((c) => /\bcertificate\b/i.test(c) && /\d/.test(c));
  if (!clause) return undefined;
  const reading = readParentDate(clause.replace(/^.*?\bcertificate\b/i, ''), today, 'past');
  return reading.ok && compareDates(reading.date, today) <= 0 ? reading.date : undefined;
}

/** The day in a part naming the decision or its letter (not the certificate, nor the mediation meeting). */
function decisionDateIn(message: string, today: IsoDate): IsoDate | undefined {
  const clause = message.split(CLAUSES).find((c) => DECISION.test(c) && !/\bcertificate\b/i.test(c) && /\d/.test(c));
  if (!clause) return undefined;
  // ("la decision 15 october 2025": read from the date on, when the words before it are not read as part of a sentence.)
  const whole = readParentDate(clause, today, 'past');
  const reading = whole.ok ? whole : readParentDate(clause.slice(clause.search(/\d/)), today, 'past');
  return reading.ok && compareDates(reading.date, today) <= 0 ? reading.date : undefined;
}

/**
 * "Got the certificate on the 6th... so when is the appeal deadline", with or without the
 * letter's date: the appeal date counted from the certificate (the later of the two periods when
 * both days are known; else the earliest it can be, and what would make it later).
 */
function datesWithCertificate(message: string, certificate: IsoDate, today: IsoDate): string | undefined {
  const decision = decisionDateIn(message, today);
  const passed = (date: IsoDate): string => (compareDates(date, today) < 0 ? ' This date has passed.' : '');
  try {
    if (decision) {
      const d = computeAppealDeadlines({ decision, certificate });
      return [
        `If the decision letter was sent on ${formatLongDate(decision)} and your mediation certificate is dated ${formatLongDate(certificate)}, this is your date:`,
        `- Your appeal must reach the tribunal by **${formatLongDate(d.appealBy)}** (${d.appealByRule}).${passed(d.appealBy)}`,
        ...(compareDates(d.appealBy, today) < 0 ? [DATES_PASSED_TEXT] : []),
      ].join('\n');
    }
    const c = appealByFromCertificate(certificate);
    return [
      `If your mediation certificate is dated ${formatLongDate(certificate)}:`,
      // ("At the earliest" read as "not before": it is the last day, unless the letter's own time ends later.)
      `- Your appeal must reach the tribunal by **${formatLongDate(c.appealBy)}**, or later if the time from the decision letter ends later (${c.appealByRule}).${passed(c.appealBy)}`,
      `If ${describeTimescale('appealAfterDecision')} after the decision letter ends later, you have until then instead. Tell me the date on the decision letter and I will check.`,
    ].join('\n');
  } catch {
    return undefined;
  }
}

export function appealDatesInMessage(message: string, today: IsoDate): string | undefined {
  if (!ASKS_ABOUT_APPEAL_TIME.test(message)) return undefined;
  const certificate = certificateDateIn(message, today);
  if (certificate) return datesWithCertificate(message, certificate, today);
  if (!DECISION.test(message) || OTHER_DATE.test(message)) return undefined;
  const reading = readParentDate(message, today, 'past');
  if (!reading.ok || compareDates(reading.date, today) > 0) return undefined;
  let d;
  try {
    d = computeAppealDeadlines({ decision: reading.date });
  } catch {
    // (A date outside the bank holiday table: the guided flow explains that case.)
    return undefined;
  }
  const passed = (date: IsoDate): string => (compareDates(date, today) < 0 ? ' This date has passed.' : '');
  return [
    `If the decision letter was sent on ${formatLongDate(d.decision)}, these are your dates:`,
    `- Contact a mediation adviser by **${formatLongDate(d.contactMediationAdviserBy)}** (${describeTimescale('contactMediationAdviser')} after the letter).${passed(d.contactMediationAdviserBy)} You do not need to if your appeal is only about the school or placement.`,
    `- Your appeal must reach the tribunal by **${formatLongDate(d.appealBy)}** (${d.appealByRule}).${passed(d.appealBy)}`,
    `If you get a mediation certificate, you have at least ${describeTimescale('appealAfterCertificate')} from it, if that ends later.`,
    ...(RECEIVED.test(message) ? [SENT_NOT_RECEIVED_TEXT] : []),
    // (What can still be done depends on the decision: the guided flow and an adviser go through it.)
    ...(compareDates(d.appealBy, today) < 0 ? [DATES_PASSED_TEXT] : []),
  ].join('\n');
}
