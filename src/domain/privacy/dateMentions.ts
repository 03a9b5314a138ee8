import type { Detection } from './personalDetailKinds';

/**
 * Dates, in every way parents write them: "12/03/2019", "2019-03-12", "12 March", "12th of
 * March", "March 12th, 2019", "March 2019", "Monday 3rd", "on the 12th". A birth date or the
 * day of a meeting can pick out one family.
 *
 * Kept on purpose: a month alone ("since September"), a year alone ("in 2019"), words such as
 * "today" or "last week", and durations ("20 weeks"). Like an age, none of these identifies
 * anyone, and they are often the heart of a question about deadlines.
 */

const MONTH = String.raw`(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![\p{L}])\.?)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?,?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const YEAR = String.raw`(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)`;
// After a day number these words mean an amount, not a date: "12 may be enough" is rare, but
// "Year 12", "aged 12" and "12 hours" are common.
const NOT_BEFORE = String.raw`(?<!\b(?:year|years|yr|yrs|aged?|ks|stage|section|page|paragraph|para|chapter|number|no\.?)\s{1,3})`;
const AMOUNT_AFTER = String.raw`(?!\s*(?:weeks?|days?|hours?|hrs?|months?|years?|yrs?|minutes?|mins?|times?|%|percent|children|kids|pupils|people|sessions?|lessons?|of\s+(?:the|them|us|his|her|my)))`;

const DAY_MONTH = new RegExp(
  String.raw`${NOT_BEFORE}(?<![\p{L}\p{N}])(?:${WEEKDAY}\s+)?(?:the\s+)?${DAY}${ORDINAL}?(?:\s*(?:-|–|to|and|&)\s*(?:the\s+)?${DAY}${ORDINAL}?)?(?:\s+of)?\s*-?\s*${MONTH}(?:,?\s+${YEAR})?`,
  'giu',
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WEEKDAY}\s+)?(${MONTH})\s+(?:the\s+)?${DAY}${ORDINAL}?(?![\p{L}\p{N}])${AMOUNT_AFTER}(?:,?\s+${YEAR})?`,
  'giu',
);
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH},?\s+(?:of\s+)?${YEAR}`, 'giu');
const NUMERIC = /(?<![\p{L}\p{N}/.\-])(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\p{N}/])/gu;
const ISO = /(?<![\p{N}])(?:19|20)\d{2}([/.\-])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])(?![\p{N}])/gu;
const DAY_SLASH_MONTH = new RegExp(String.raw`${NOT_BEFORE}(?<![\p{L}\p{N}/.])(\d{1,2})/(\d{1,2})(?![\p{N}/])${AMOUNT_AFTER}`, 'giu');
const WEEKDAY_DAY = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY}\s+(?:the\s+)?${DAY}${ORDINAL}?(?![\p{L}\p{N}])${AMOUNT_AFTER}`, 'giu');
// "on the 12th", "by the 3rd": only when nothing follows that makes it a count ("the 3rd time").
const LONE_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}])(?:on|by|until|till|before|after|from|since|the|dated)\s+((?:the\s+)?${DAY}${ORDINAL})(?![\p{L}\p{N}])(?!\s+(?!(?:at|and|or|to|until|till|so|but|in|when|which|i|we|they|he|she|it|is|was|for|from|please|of\s+(?:this|next|last)\s+month)\b)[\p{L}])`,
  'giu',
);

function collect(text: string, re: RegExp, accept: (m: RegExpMatchArray) => boolean = () => true, group = 0): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(re)) {
    if (!accept(m)) continue;
    const value = m[group] ?? m[0];
    const start = m.index + m[0].indexOf(value);
    found.push({ start, end: start + value.length, kind: 'date' });
  }
  return found;
}

/** "may" and "march" are ordinary words: before a day number they need a capital. */
function monthDayAccept(m: RegExpMatchArray): boolean {
  const month = (m[1] ?? '').replace(/\.$/, '');
  return !/^(?:may|march|mar)$/.test(month);
}

function realDayMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

export function findDates(text: string): Detection[] {
  return [
    ...collect(text, ISO),
    ...collect(text, NUMERIC, (m) => realDayMonth(Number(m[1]), Number(m[3]))),
    ...collect(text, DAY_MONTH),
    ...collect(text, MONTH_DAY, monthDayAccept),
    ...collect(text, MONTH_YEAR),
    // "sat 12 exams": short day names count only with a capital ("Sat 12").
    ...collect(text, WEEKDAY_DAY, (m) => /^\p{Lu}/u.test(m[0]) || /^[a-z]{6,}/.test(m[0])),
    // "12/3" is a date; "3/4" (a fraction) and "24/7" are not.
    ...collect(text, DAY_SLASH_MONTH, (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return m[0] !== '24/7' && realDayMonth(a, b) && (a > 4 || b > 4);
    }),
    ...collect(text, LONE_ORDINAL, () => true, 1),
  ];
}
