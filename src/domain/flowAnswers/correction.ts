/**
 * "Sorry I meant 14 not 13", "sorry its spelt Aimee not Amy": a parent putting an earlier answer
 * right while the flow asks the next question. Read here as the new value and, when given, the
 * old one, so the flow can find the one earlier answer it fits and change it, rather than read
 * the correction as a bad answer to the question on the screen.
 */
import { MONTH_NAMES, dateParts, isoDateFromParts, readParentDate, type IsoDate } from '../dates/calendarDate';
import { looksLikeSentence } from './sentence';

/** What a correction says it is about, when its words name it ("the school is...", "he's 12", "the 12th"). */
export type CorrectionAbout = 'name' | 'age' | 'date' | 'school' | 'council';

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
  /** The kind of answer it names, so the flow can find it even when it is not the last one. */
  readonly about?: CorrectionAbout;
  /**
   * Started with words that stop the parent short ("no wait", "oops", "hang on"), not only
   * "actually" or a polite "sorry": "sorry, the 3rd" at a date question may be its answer (after
   * a date that could not be read), "no wait, the 3rd" is a correction.
   */
  readonly strong?: boolean;
}

/**
 * "Sorry", "oops", "no wait", "hang on": words before a correction. A bare "no" is not one (at a
 * yes-or-no question it is the answer), but "no wait", "no sorry" and "no no" are.
 */
const LEAD = /^(?:(?:no(?=[,.!\s-]+(?:wait|sorry|hang on|hold on|actually|oops|my mistake|my bad|no|the \d{1,2}(?:st|nd|rd|th)?|its|it s|it was|i meant|i mean)\b)|sorry|soz|oops|whoops|oh|ah|actually|wait|hang on|hold on|my mistake|my bad|typo)[,.!:;\s-]+)*/;
/** Lead words that can only stop the parent short (not "actually", "oh", "ah", or "sorry", which is often only polite). */
const STRONG_LEAD = /\b(?:no|oops|whoops|wait|hang on|hold on|my mistake|my bad|typo)\b/;
/** Words that say the rest is a correction, whatever comes before ("I meant", "it should be", "it's spelt"). */
const SAYS_CORRECTION = /^(?:i meant(?: to (?:say|type|put|write))?|meant to (?:say|type|put|write)|i should have (?:said|put|typed|written)|it should (?:be|say|have been|have said)|should (?:be|say|have been|have said)|that should (?:be|say|have been)|(?:it'?s|its|it is|her name'?s|his name'?s|her name is|his name is|the name is|name is) (?:spelt|spelled|spelt like|spelled like|actually)|spelt|spelled|(?:it'?s|its|it is|it was) actually)\s+(.+?)(?:,?\s+not\s+(.+?))?$/;
/** "Sorry, 14 not 13", "oops he's 14 not 13" (only after "sorry" or the like). */
const X_NOT_Y = /^(?:(it'?s|its|it is|(?:he|she|they)(?:'s| is| are)|(?:he|she)s|theyre)\s+)?(.+?),?\s+not\s+(.+?)$/;
/** "Sorry, not 13, 14" (only after "sorry" or the like). */
const NOT_Y_X = /^not\s+(.+?)[,;]?\s+(?:it'?s\s+|its\s+|but\s+)?(.+?)$/;

/** The words for each kind of answer a parent may name in a correction. */
const FIELD = '(school|school name|setting|nursery|pre-school|preschool|college|name|first name|council|la|local authority|age|date|day)';
const FIELD_ABOUT: Readonly<Record<string, CorrectionAbout>> = {
  school: 'school', 'school name': 'school', setting: 'school', nursery: 'school', 'pre-school': 'school', preschool: 'school', college: 'school',
  name: 'name', 'first name': 'name', council: 'council', la: 'council', 'local authority': 'council', age: 'age', date: 'date', day: 'date',
};
/** Words that lead into the right value after the wrong one is named ("..., it's Oak Lane", "- should be Oak Lane"). */
const VALUE_LEAD = "(?:(?:it'?s|its|it is|it was|it should be|should be|it should have been|should have been|the right one is|the right (?:school|name|one|council) is|it'?s called|its called|called|should say|meant)\\s+)?";
/** "I typed the wrong school, it's Oak Lane", "wrong school - Oak Lane Primary", "the school was wrong: Oak Lane". */
const WRONG_FIELD = new RegExp(
  `^(?:(?:i|we)(?: have| ve|'ve)? (?:typed|put|gave|wrote|got|entered|said|did|spelt|spelled) (?:in |down )?(?:the |a |his |her )?wrong ${FIELD}|(?:the |that |a )?wrong ${FIELD}|(?:the|that|my|his|her) ${FIELD} (?:was|is) wrong)`
  + `(?: name)?(?: (?:before|earlier|there|back there))?\\s*(?:[,.;:!]|\\s[-\u2013\u2014]|[-\u2013\u2014]\\s)\\s*${VALUE_LEAD}(.+?)(?:,?\\s+not\\s+(.+?))?$`,
);
/** "The school is Oak Lane not St Marys", "her name is Aimee", "the date should be the 12th". */
const FIELD_IS = new RegExp(
  `^(?:the |his |her |their |my (?:son|daughter|child)'?s )?${FIELD}(?:'s| is| was| should be| should have been| is actually| was actually| is called| was called| is meant to be)\\s+(.+?)(?:,?\\s+not\\s+(.+?))?$`,
);
/** "Actually he's 12", "oops she is 10 now": an age, after words that say it is a correction. */
const AGE_IS = /^(?:(?:he|she|they)(?:'s| is| are|s)|hes|shes|theyre|(?:he|she|they) (?:turned|turns))(?: actually)?\s+(\d{1,2})(?: years? old| yrs?(?: old)?| now)?$/;
/** "No wait, the 12th", "oops, 12th november", "its dated the 30th": a day, after words that say it is a correction. */
const DATE_IS = /^(?:(?:it was|it'?s|its|it is|that was|that's|thats|i meant|on|dated|(?:the )?letter (?:is|was|says)|it says) )*((?:the )?\d{1,2}(?:st|nd|rd|th)(?: of)?(?: [a-z]{3,9})?(?: \d{4})?|the \d{1,2}(?: of [a-z]{3,9})?(?: \d{4})?|\d{1,2} [a-z]{3,9}(?: \d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$/;
/** A value in a correction is short: a name, a number, a date. */
const MAX_VALUE_WORDS = 4;
/** A school's or council's name may be longer ("St Mary's Church of England Primary"). */
const MAX_NAME_WORDS = 8;
/** Words that are no value: "the school is fine", "his age is wrong". */
const NOT_A_VALUE = /^(?:fine|ok|okay|right|correct|wrong|true|not right|incorrect|the same|same|different|good|bad|wrong one|a mistake|mistake|sorry|my bad|my mistake|oops)$/i;

const clean = (value: string): string => value.trim().replace(/^["'“”‘’]+|["'“”‘’.!?,]+$/g, '').trim();

/** Where one clause of a message ends and the next begins: a comma, a semicolon, a colon or a dash. */
const CLAUSE_BREAK = /\s*[,;:]\s+|\s+[-\u2013\u2014]+\s+/;
/** Words before a value that are not part of it: "it was the 5th", "its dated 30th september", "just Oakfield Academy". */
const VALUE_WORDS = /^(?:(?:it'?s|its|it is|it was|that was|that'?s|thats|dated|it'?s dated|its dated|it was dated|it is dated|actually|really|just|only|on|i meant|meant|should be|it should be)\s+)+/i;
/** A conjunction before words that can only be a correction: "(oh) and it's spelt Maisy not Maisie". */
const AND_THEN = /^(?:and|also|plus|btw|by the way|and also)[,\s]+/;

/**
 * The value in a clause of a longer message: "ive just found it, its dated 30th september" is
 * "30th september" (its last clause), "just Oakfield Academy, year 6 is her class" is "Oakfield
 * Academy" (its first), without the words that lead into it.
 */
function clauseValue(value: string, which: 'first' | 'last'): string {
  const clauses = value.split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean);
  const clause = (which === 'first' ? clauses[0] : clauses[clauses.length - 1]) ?? value;
  return clause.replace(VALUE_WORDS, '');
}
const wordsIn = (value: string): number => value.split(/\s+/).filter(Boolean).length;

/** "The letter was (actually) dated", "the date on the letter is": said as "it was dated", which reads as a date. */
const LETTER_DATE_SAID = /\b(?:the (?:decision )?letter(?: date)?|the date on (?:the letter|it)|the date) (?:was|is) (?:actually |really )?(?:dated )?/gi;

/** The correction in a reply, or undefined when the reply is not one. Values keep the parent's capitals. */
/** A date with its month: "2 october", "the 2nd of october", "2/10/2026" (not "the 2nd" alone). */
const DATE_WITH_MONTH = /^(?:on |it was |its |it'?s |dated )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? [a-z]{3,9}(?: \d{4})?$|^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;

/**
 * A reply that is only a date, with its month ("2 october", "2/10/2026"), at a question that
 * wants no date: it can only put right a date just given (the parent saw "I have read that as
 * Monday 2 November" and typed the day they meant). Read as a correction of a date.
 */
export function bareDateCorrection(text: string): AnswerCorrection | undefined {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, '').replace(/\s+/g, ' ');
  if (!DATE_WITH_MONTH.test(t) || !readParentDate(t, '2026-01-15', 'near').ok) return undefined;
  return { to: t.replace(/^(?:on |it was |its |it'?s |dated )/, ''), plain: false, about: 'date' };
}

export function readCorrection(text: string): AnswerCorrection | undefined {
  const typed = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').replace(/[.!]+$/, '').replace(LETTER_DATE_SAID, 'it was dated ');
  const lower = typed.toLowerCase();
  const lead = LEAD.exec(lower)?.[0] ?? '';
  const rest = typed.slice(lead.length);
  const restLower = rest.toLowerCase();
  const strong = STRONG_LEAD.test(lead);
  /**
   * `toIn`: where the new value sits when it comes with more words ("sorry i got that wrong, it
   * was the 5th": the last clause; "the school is just Oakfield Academy, year 6 is her class": the
   * first). The old value is always the first clause after "not" ("not the 3rd, it was a monday").
   */
  const built = (to: string | undefined, from: string | undefined, plain: boolean, about?: CorrectionAbout, toIn: 'first' | 'last' = 'last'): AnswerCorrection | undefined => {
    const max = about === 'school' || about === 'council' || about === 'name' ? MAX_NAME_WORDS : MAX_VALUE_WORDS;
    // A name is never a sentence: "sorry, the school is useless" is no new name for it.
    const fits = (v: string): boolean => v !== '' && wordsIn(v) <= max && !NOT_A_VALUE.test(v) && (max === MAX_VALUE_WORDS || !looksLikeSentence(v));
    const valueOf = (v: string, which: 'first' | 'last'): string => {
      const whole = clean(v);
      // ("dated 30th september" is the day; "Just Kids Nursery" keeps its "just".)
      const bare = whole.replace(VALUE_WORDS, '');
      if (bare !== whole && isDateValue(bare.toLowerCase())) return bare;
      if (fits(whole)) return whole;
      // Only a day, or a name said first ("the school is just Oakfield Academy, year 6 is her class"), is taken from a clause:
      // "no, not yet, the mediation hasnt happened" is no correction.
      const clause = clean(clauseValue(whole, which));
      return isDateValue(clause.toLowerCase()) || (max === MAX_NAME_WORDS && which === 'first') ? clause : whole;
    };
    const t = valueOf(to ?? '', toIn);
    const f = from === undefined ? undefined : valueOf(from, 'first');
    if (!fits(t) || (f !== undefined && !fits(f)) || t.toLowerCase() === f?.toLowerCase()) return undefined;
    // "its dated 30th september not the 13th": two days, so a date (the latest date answer is the one meant).
    const kind = about ?? (!plain && f !== undefined && isDateValue(t.toLowerCase()) && isDateValue(f.toLowerCase()) ? 'date' : undefined);
    return {
      to: t, ...(f === undefined ? {} : { from: f }), plain, ...(kind === undefined ? {} : { about: kind }), ...(strong ? { strong } : {}),
    };
  };
  // "(oh) and it's spelt Maisy not Maisie": the "and" leads in, as "oh" does.
  const saysText = restLower.replace(AND_THEN, '');
  const says = SAYS_CORRECTION.exec(saysText);
  if (says) return built(cut(rest, restLower, says[1]), says[2] === undefined ? undefined : cut(rest, restLower, says[2]), true);
  // "I typed the wrong school, it's Oak Lane": the kind of answer and the right value, in words that can only be a correction.
  const wrong = WRONG_FIELD.exec(restLower);
  if (wrong) {
    const field = wrong[1] ?? wrong[2] ?? wrong[3];
    return built(cut(rest, restLower, wrong[4]), wrong[5] === undefined ? undefined : cut(rest, restLower, wrong[5]), true, FIELD_ABOUT[field]);
  }
  // "The school is Oak Lane not St Marys", "sorry, her name is Aimee": with the old value or after "sorry" only
  // ("the school is Oak Lane" alone may answer the question on the screen).
  const fieldIs = FIELD_IS.exec(saysText);
  if (fieldIs && (lead.trim() !== '' || fieldIs[3] !== undefined)) {
    return built(cut(rest, restLower, fieldIs[2]), fieldIs[3] === undefined ? undefined : cut(rest, restLower, fieldIs[3]), lead.trim() !== '', FIELD_ABOUT[fieldIs[1]], 'first');
  }
  // Without "I meant" or the like, only after "sorry" ("he can read but not write" is an answer), or
  // one day said in place of another ("its dated 30th september not the 13th").
  if (lead.trim() === '') return dayInPlaceOfDay(rest, restLower, built);
  const xNotY = X_NOT_Y.exec(restLower);
  if (xNotY) {
    // "he's 12 not 11" is an age.
    const age = xNotY[1] !== undefined && !/^it/.test(xNotY[1]) && /^\d{1,2}$/.test(xNotY[2]) ? 'age' : undefined;
    return built(cut(rest, restLower, xNotY[2]), cut(rest, restLower, xNotY[3]), false, age);
  }
  const notYX = NOT_Y_X.exec(restLower);
  if (notYX) return built(cut(rest, restLower, notYX[2]), cut(rest, restLower, notYX[1]), false);
  const age = AGE_IS.exec(restLower);
  if (age) return built(age[1], undefined, false, 'age');
  const day = DATE_IS.exec(restLower);
  if (day && isDateValue(day[1])) return built(cut(rest, restLower, day[1]), undefined, false, 'date');
  // "wait sorry, ive just found it, its dated 30th september": the day in the last clause, after words that stop the parent short.
  const lastClause = strong ? restLower.split(CLAUSE_BREAK).pop() ?? '' : '';
  const dayLast = lastClause !== restLower ? DATE_IS.exec(lastClause) : null;
  if (dayLast && isDateValue(dayLast[1])) return built(cut(rest, restLower, dayLast[1]), undefined, false, 'date');
  return undefined;
}

/** "X not Y" with no "sorry" before it: a correction only when both are days ("it was the 5th not the 3rd"). */
function dayInPlaceOfDay(
  rest: string, restLower: string, built: (to: string, from: string, plain: boolean) => AnswerCorrection | undefined,
): AnswerCorrection | undefined {
  const xNotY = X_NOT_Y.exec(restLower);
  if (!xNotY || !/^(?:it|its|it's|dated|the letter|letter|that)\b/.test(restLower)) return undefined;
  const fix = built(cut(rest, restLower, xNotY[2]), cut(rest, restLower, xNotY[3]), false);
  return fix?.about === 'date' ? fix : undefined;
}

/** "the 12th", "12 november", "12/11": a day (a bare "12" may be an age, and is not one). */
function isDateValue(value: string): boolean {
  const month = /[a-z]{3,9}$/.exec(value.replace(/ \d{4}$/, ''))?.[0];
  if (month !== undefined && !['st', 'nd', 'rd', 'th'].includes(month) && !MONTH_NAMES.some((m) => m.toLowerCase().startsWith(month.slice(0, 3)))) return false;
  return readParentDate(value, '2026-01-15', 'past').ok;
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
