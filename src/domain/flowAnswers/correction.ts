/**
 * "Sorry I meant 14 not 13", "sorry its spelt Aimee not Amy": a parent putting an earlier answer
 * right while the flow asks the next question. Read here as the new value and, when given, the
 * old one, so the flow can find the one earlier answer it fits and change it, rather than read
 * the correction as a bad answer to the question on the screen.
 */
import { MONTH_NAMES, dateParts, isoDateFromParts, readParentDate, type IsoDate } from '../dates/calendarDate';

export interface AnswerCorrection {
  /** The right value, as typed ("Aimee", "14"). */
  readonly to: string;
  /** The wrong value it replaces, when the parent says it ("Amy", "13"). */
  readonly from?: string;
  /**
   * Said in words that can only be a correction ("I meant", "it's spelt", "should be"). Without
   * them ("sorry, reading not maths") it may be an answer, so it counts only when it fits one.
   */
  readonly plain: boolean;
}

/** "Sorry", "oops", "my mistake": words before a correction. */
const LEAD = /^(?:(?:sorry|soz|oops|whoops|oh|ah|actually|wait|hang on|my mistake|my bad|typo)[,.!:;\s-]+)*/;
/** Words that say the rest is a correction, whatever comes before ("I meant", "it should be", "it's spelt"). */
const SAYS_CORRECTION = /^(?:i meant(?: to (?:say|type|put|write))?|meant to (?:say|type|put|write)|i should have (?:said|put|typed|written)|it should (?:be|say|have been|have said)|should (?:be|say|have been|have said)|that should (?:be|say|have been)|(?:it'?s|its|it is|her name'?s|his name'?s|her name is|his name is|the name is|name is) (?:spelt|spelled|spelt like|spelled like|actually)|spelt|spelled|(?:it'?s|its|it is|it was) actually)\s+(.+?)(?:,?\s+not\s+(.+?))?$/;
/** "Sorry, 14 not 13", "oops he's 14 not 13" (only after "sorry" or the like). */
const X_NOT_Y = /^(?:(?:it'?s|its|it is|(?:he|she|they)(?:'s| is| are)|(?:he|she)s|theyre)\s+)?(.+?),?\s+not\s+(.+?)$/;
/** "Sorry, not 13, 14" (only after "sorry" or the like). */
const NOT_Y_X = /^not\s+(.+?)[,;]?\s+(?:it'?s\s+|its\s+|but\s+)?(.+?)$/;
/** A value in a correction is short: a name, a number, a date. */
const MAX_VALUE_WORDS = 4;

const clean = (value: string): string => value.trim().replace(/^["'“”‘’]+|["'“”‘’.!?,]+$/g, '').trim();
const short = (value: string): boolean => value !== '' && value.split(/\s+/).length <= MAX_VALUE_WORDS;

/** The correction in a reply, or undefined when the reply is not one. Values keep the parent's capitals. */
export function readCorrection(text: string): AnswerCorrection | undefined {
  const typed = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const lower = typed.toLowerCase();
  const lead = LEAD.exec(lower)?.[0] ?? '';
  const rest = typed.slice(lead.length);
  const restLower = rest.toLowerCase();
  const built = (to: string | undefined, from: string | undefined, plain: boolean): AnswerCorrection | undefined => {
    const t = clean(to ?? '');
    const f = from === undefined ? undefined : clean(from);
    if (!short(t) || (f !== undefined && !short(f)) || t.toLowerCase() === f?.toLowerCase()) return undefined;
    return f === undefined ? { to: t, plain } : { to: t, from: f, plain };
  };
  const says = SAYS_CORRECTION.exec(restLower);
  if (says) return built(cut(rest, restLower, says[1]), says[2] === undefined ? undefined : cut(rest, restLower, says[2]), true);
  // Without "I meant" or the like, only after "sorry": "he can read but not write" is an answer.
  if (lead.trim() === '') return undefined;
  const xNotY = X_NOT_Y.exec(restLower);
  if (xNotY) return built(cut(rest, restLower, xNotY[1]), cut(rest, restLower, xNotY[2]), false);
  const notYX = NOT_Y_X.exec(restLower);
  if (notYX) return built(cut(rest, restLower, notYX[2]), cut(rest, restLower, notYX[1]), false);
  return undefined;
}

/** The part of the original text that `part` (found in its lower-case copy) came from, capitals kept. */
function cut(original: string, lower: string, part: string): string {
  const at = lower.lastIndexOf(part);
  return at < 0 ? part : original.slice(at, at + part.length);
}

const DAY_ONLY = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)?$/;

/**
 * A correction to a date answer, as the text to read in its place: "14 not 13" for a sending
 * date of 13 October 2026 is "14 October 2026" (the day alone changes, the month and year stay).
 * Undefined when the old value named does not fit `stored` (by its day, or day and month).
 */
export function correctedDateText(fix: AnswerCorrection, stored: IsoDate | undefined): string | undefined {
  if (stored === undefined) return undefined;
  const { year, month, day } = dateParts(stored);
  if (fix.from !== undefined) {
    const fromDay = DAY_ONLY.exec(fix.from.toLowerCase());
    if (fromDay) {
      if (Number(fromDay[1]) !== day) return undefined;
    } else {
      // "13/10" or "13 October": the same day and month (the year, if left out, is read any way).
      const reading = readParentDate(fix.from, stored, 'near');
      if (!reading.ok) return undefined;
      const read = dateParts(reading.date);
      if (read.day !== day || read.month !== month) return undefined;
    }
  }
  const toDay = DAY_ONLY.exec(fix.to.toLowerCase());
  if (toDay) {
    const iso = isoDateFromParts(year, month, Number(toDay[1]));
    return iso === undefined ? undefined : `${Number(toDay[1])} ${MONTH_NAMES[month - 1]} ${year}`;
  }
  return fix.to;
}

/** True when a typed value is the same as an answer in text ("amy" and "Amy", "St Marys" and "St Mary's"). */
export function sameText(typed: string | undefined, stored: string | undefined): boolean {
  if (typed === undefined || stored === undefined) return false;
  const plain = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return plain(typed) !== '' && plain(typed) === plain(stored);
}
