/**
 * A child's age or date of birth as a parent types it, the end of compulsory school age, and
 * whose right it is to ask for an assessment: the parent's until then, the young person's own
 * afterwards (SEND Code of Practice 8.13), subject to mental capacity.
 */
import { IsoDate, compareDates, dateParts, dayOfWeek, formatLongDate, isoDateFromParts, readParentDate } from '../dates/calendarDate';

/** The EHC process covers children and young people up to 25. */
export const MAX_AGE = 25;

/**
 * A baby's or toddler's age as typed ("18 months", "6 weeks", "1 and a half"): under 2, whole
 * years say too little ("Age: 1"), so the letter can say "18 months old".
 */
export type YoungAge = { readonly months: number } | { readonly weeks: number };

/** Under this many years, an age typed in months or weeks is kept as typed. */
const YOUNG_AGE_YEARS = 2;

export type AgeOrDateOfBirth =
  | { readonly kind: 'age'; readonly age: number; readonly young?: YoungAge }
  | { readonly kind: 'dob'; readonly dateOfBirth: IsoDate; readonly age: number }
  /** Over 25: no EHC needs assessment is possible, so the flow explains rather than asks again. */
  | { readonly kind: 'too-old'; readonly age: number; readonly dateOfBirth?: IsoDate }
  /** "Not sure, he's in year 2": no age, perhaps the school year (the letter leaves a space). */
  | { readonly kind: 'unknown'; readonly schoolYear?: number }
  | { readonly error: string };

const EXAMPLES = 'an age, like 7, or a date of birth, like 12 March 2015';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** "7" or "seven" or "twenty-one" as a number; undefined otherwise. */
function readWholeNumber(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  if (word === 'twenty') return 20;
  const twenty = /^twenty[- ]?(one|two|three|four|five|six|seven|eight|nine)$/.exec(word);
  return twenty ? 20 + UNITS.indexOf(twenty[1]) : undefined;
}

// Words around an age that we can safely drop: "he's 7", "my son is 7", "aged 7", "she just turned 7".
// ("hes 7", "shes 7", "im 17": typed without the apostrophe.)
const SUBJECT = /^(?:(?:he|she|they|my (?:son|daughter|child|kid|boy|girl)|[a-z][a-z'-]*) ?(?:'s|is|are|has just turned|just turned|turned)|(?:hes|shes|theyre|im)(?: just turned| turned)?|i'm|i am|aged?:?|age is)\s+/;
const NEARLY = /^(?:nearly|almost|not quite)\s+/;
const ROUGHLY = /^(?:about|around|only|just turned|turned|just)\s+/;
const NUMBER_WORDS = `twenty[- ]?(?:one|two|three|four|five|six|seven|eight|nine)|twenty|${[...UNITS].reverse().join('|')}`;
const AGE = new RegExp(`^(${NUMBER_WORDS}|\\d{1,3})( and a half|½|\\.5)?(?: ?(years?|yrs?|y/o|yo|y\\.o\\.?|months?|mths?|weeks?))?(?: old)?$`);

/** Months or weeks as typed for an age under 2 ("1 and a half" is 18 months); undefined otherwise. */
function youngAge(n: number, half: boolean, unit: string): YoungAge | undefined {
  if (/^w/.test(unit)) return n > 0 && n < YOUNG_AGE_YEARS * 52 ? { weeks: n } : undefined;
  const months = /^m/.test(unit) ? n : half ? n * 12 + 6 : undefined;
  return months !== undefined && months > 0 && months < YOUNG_AGE_YEARS * 12 ? { months } : undefined;
}

/** "Sorry I meant 9": a correction of the last answer, read as the answer itself. */
const CORRECTION = /^(?:(?:sorry|oops|no|wait|sorry no),? )?(?:i meant|i mean|meant to say|i meant to say|should have said|should be)\s+/;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** "7 in march", "8 next january", "turned 7 in june": an age with the month of a birthday. */
const AGE_WITH_BIRTHDAY_MONTH = new RegExp(`^(?:will be |ll be |is going to be |turns |will turn |be )?(${NUMBER_WORDS}|\\d{1,2})(?: years?(?: old)?)? (?:in|on|this|next|by|at the end of) (?:the )?(?:end of )?(?:${MONTHS})$`);
const FUTURE_SUBJECT = /^(?:he|she|they|my (?:son|daughter|child|kid|boy|girl)|[a-z][a-z'-]*)\s+(?=(?:will be|ll be|turns|will turn|is going to be)\b)/;
/** A birthday already passed: "turned 7 in june", "was 7 in march". */
const PAST_BIRTHDAY = /\b(?:turned|was)\b/;

function parseAge(s: string): { age: number; young?: YoungAge } | { tooOld: number } | { error: string } | undefined {
  s = s.replace(CORRECTION, '');
  const withMonth = AGE_WITH_BIRTHDAY_MONTH.exec(s.replace(FUTURE_SUBJECT, '').replace(SUBJECT, '').replace(/^(?:just )/, ''));
  if (withMonth) {
    // "7 in March" is a birthday to come (6 now); "turned 7 in June" one that has passed.
    const n = readWholeNumber(withMonth[1]);
    if (n === undefined) return undefined;
    const age = PAST_BIRTHDAY.test(s) ? n : n - 1;
    return age > MAX_AGE ? { tooOld: age } : age < 0 ? undefined : { age };
  }
  let rest = s.replace(SUBJECT, '').replace(ROUGHLY, '');
  const nearly = NEARLY.test(rest);
  rest = rest.replace(NEARLY, '');
  const match = AGE.exec(rest);
  if (!match) return undefined;
  const n = readWholeNumber(match[1]);
  if (n === undefined) return undefined;
  const unit = match[3] ?? 'years';
  let age = n;
  if (/^m/.test(unit)) age = Math.floor(n / 12);
  if (/^w/.test(unit)) age = Math.floor(n / 52);
  // "Nearly 7" means they are 6 now.
  if (nearly && /^y/.test(unit)) age = n - 1;
  if (age > MAX_AGE) return { tooOld: age };
  if (age < 0) return { error: `Sorry, I could not read that as an age. Please type ${EXAMPLES}.` };
  const young = nearly ? undefined : youngAge(n, match[2] !== undefined, unit);
  return young === undefined ? { age } : { age, young };
}

/** A school year at the end of an answer ("year 3", ", in yr 2", "in reception"): 0 for reception. */
const SCHOOL_YEAR = /(?:^|[,;]? (?:and |but )?)(?:(?:he|she|they)(?:'s| is| are) |hes |shes |theyre )?(?:in |at )?(?:(?:year|yr|y) ?(\d{1,2})|reception)(?: at school| now| at the moment)?$/;
/** "Not sure", "don't know", "can't remember his birthday": no age given. */
const NOT_KNOWN = /^(?:(?:sorry|um+|erm+|honestly)[, ]+)*(?:i'?m |i am |im |i )?(?:not sure|unsure|don'?t know|do not know|no idea|idk|dunno|can'?t remember|cannot remember)\b[^0-9]*$/;

const DOB_LEAD_IN = /^.*?\b(?:was born on|was born|born on|born|date of birth is|date of birth|d\.?o\.?b\.?|birthday is)[:\s]+/;
const HAS_YEAR = /\b\d{4}\b|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2}\b/;

/** Full years from a date of birth to a day (someone born on 29 February turns a year older on 1 March). */
export function ageOn(dateOfBirth: IsoDate, day: IsoDate): number {
  const born = dateParts(dateOfBirth);
  const now = dateParts(day);
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * An age ("7", "7 years old", "he's 7", "seven") or a date of birth ("12/3/2015",
 * "12 March 2015", "born 12 March 2015"). Refuses dates after today, days that do not exist and
 * dates of birth with no year, with a message that says what to type instead; over 25 is
 * `too-old` (no assessment is possible, so asking again would not help).
 */
export function parseAgeOrDateOfBirth(text: string, today: IsoDate): AgeOrDateOfBirth {
  const typed = text.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (typed.length === 0) return { error: `Please type ${EXAMPLES}.` };
  const schoolYear = SCHOOL_YEAR.exec(typed);
  // "he's 7, year 3": the age, with the school year after it.
  const s = schoolYear ? typed.slice(0, schoolYear.index).trim() : typed;
  const year = schoolYear ? (schoolYear[1] === undefined ? 0 : Number(schoolYear[1])) : undefined;
  // "not sure, hes in year 2", or only the school year: no age to read, and the letter leaves a space for it.
  const onlyTheYear = year !== undefined && /^(?:(?:he|she|they)(?:'s| is| are)?|hes|shes|theyre|in|at|my (?:son|daughter|child) is)?$/.test(s);
  if (onlyTheYear || NOT_KNOWN.test(s)) return year === undefined ? { kind: 'unknown' } : { kind: 'unknown', schoolYear: year };

  const age = parseAge(s);
  if (age !== undefined) {
    if ('error' in age) return age;
    if ('tooOld' in age) return { kind: 'too-old', age: age.tooOld };
    return age.young === undefined ? { kind: 'age', age: age.age } : { kind: 'age', age: age.age, young: age.young };
  }

  // "17, my birthday was in june": the age first, then words about it with no other number.
  const lead = /^([^,;]+?)\s*(?:[,;]|\s[-\u2013]\s)\s*[^0-9]+$/.exec(s);
  const leadAge = lead ? parseAge(lead[1]) : undefined;
  if (leadAge !== undefined && !('error' in leadAge)) {
    if ('tooOld' in leadAge) return { kind: 'too-old', age: leadAge.tooOld };
    return leadAge.young === undefined ? { kind: 'age', age: leadAge.age } : { kind: 'age', age: leadAge.age, young: leadAge.young };
  }

  const dateText = s.replace(DOB_LEAD_IN, '');
  const reading = readParentDate(dateText, today, 'past');
  // "29/02/2013": say that 2013 had no 29 February, not just that it could not be read.
  if (!reading.ok) return { error: reading.noSuchDay ?? `Sorry, I could not read that. Please type ${EXAMPLES}.` };
  const dateOfBirth = reading.date;
  if (!HAS_YEAR.test(dateText)) {
    return { error: 'Please include the year they were born, for example 12 March 2015 or 12/3/2015.' };
  }
  if (compareDates(dateOfBirth, today) > 0) {
    return { error: `I read that as ${formatLongDate(dateOfBirth)}, which is after today. Please check the date of birth and type the year in full, for example 12 March 2015.` };
  }
  const years = ageOn(dateOfBirth, today);
  if (years > MAX_AGE) return { kind: 'too-old', age: years, dateOfBirth };
  return { kind: 'dob', dateOfBirth, age: years };
}

/** The answers' fields for a baby's or toddler's typed age: both set, so a changed answer clears the old one. */
export function youngAgeFields(young: YoungAge | undefined): { ageInMonths: number | undefined; ageInWeeks: number | undefined } {
  return {
    ageInMonths: young !== undefined && 'months' in young ? young.months : undefined,
    ageInWeeks: young !== undefined && 'weeks' in young ? young.weeks : undefined,
  };
}

function lastFridayOfJune(year: number): IsoDate {
  for (let day = 30; ; day -= 1) {
    const d = isoDateFromParts(year, 6, day) as IsoDate; // 24-30 June always exist
    if (dayOfWeek(d) === 5) return d;
  }
}

/**
 * The last day of compulsory school age: the last Friday in June of the school year
 * (1 September to 31 August) in which the child turns 16. A child born from 1 September to
 * 31 December turns 16 in the autumn term, so their school year ends the next June; a child
 * born from 1 January to 31 August turns 16 in the school year that ends that June.
 */
export function endOfCompulsorySchoolAge(dateOfBirth: IsoDate): IsoDate {
  const { year, month } = dateParts(dateOfBirth);
  const yearTurning16 = year + 16;
  return lastFridayOfJune(month >= 9 ? yearTurning16 + 1 : yearTurning16);
}

export type RightsHolder = 'parent' | 'young-person' | 'unclear';

export interface RightsHolderResult {
  readonly holder: RightsHolder;
  /** Plain English, for whoever is using the flow. */
  readonly explanation: string;
  /** When it is known: the last day of compulsory school age. */
  readonly endOfCompulsorySchoolAge?: IsoDate;
}

const RULE = 'The right to ask for an assessment is the parent’s until the end of compulsory school age: the last Friday in June of the school year (September to August) in which the child turns 16. After that, it belongs to the young person';
const CAPACITY = 'unless they do not have the mental capacity to make this decision (SEND Code of Practice 8.13)';

/**
 * Whose right it is to ask. With a date of birth it is exact. With only an age: under 16 it
 * is the parent's, 17 or over it is the young person's (their 16th school year has ended), and
 * 16 depends on the date of birth.
 */
export function rightsHolder(child: { dateOfBirth?: IsoDate; age?: number }, today: IsoDate): RightsHolderResult {
  if (child.dateOfBirth !== undefined) {
    const end = endOfCompulsorySchoolAge(child.dateOfBirth);
    const when = formatLongDate(end);
    if (compareDates(today, end) > 0) {
      return {
        holder: 'young-person',
        endOfCompulsorySchoolAge: end,
        explanation: `Compulsory school age ended on ${when}. So the right to ask is now the young person’s own, ${CAPACITY}. Parents can still help and support them.`,
      };
    }
    return {
      holder: 'parent',
      endOfCompulsorySchoolAge: end,
      explanation: `The parent makes the request until the end of compulsory school age, which for this child is ${when}. After that, the right to ask belongs to the young person, ${CAPACITY}.`,
    };
  }
  if (child.age !== undefined && child.age < 16) {
    return {
      holder: 'parent',
      explanation: `The parent makes the request until the end of compulsory school age (the last Friday in June of the school year in which the child turns 16). After that, the right to ask belongs to the young person, ${CAPACITY}.`,
    };
  }
  if (child.age !== undefined && child.age >= 17) {
    return {
      holder: 'young-person',
      explanation: `At ${child.age}, compulsory school age has ended. So the right to ask is the young person’s own, ${CAPACITY}. Parents can still help and support them.`,
    };
  }
  const start = child.age === 16 ? 'At 16, it depends on the date of birth. ' : '';
  return {
    holder: 'unclear',
    // (The flow asks for the date of birth at 16: this is what is left when it is not given.)
    explanation: `${start}${RULE}, ${CAPACITY}.`,
  };
}
