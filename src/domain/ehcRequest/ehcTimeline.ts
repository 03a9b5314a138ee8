/**
 * The family's key dates after the council receives the request, what should happen by each,
 * and what they can do if a date is missed. Dates are calendar weeks from the day of receipt
 * (SEN and Disability Regulations 2014, regs 5(1), 10(1), 13(2)); the numbers come from the
 * timescales table.
 *
 * When the request went in some time ago, the text starts with where things stand today: the
 * next date coming up first, then what each passed date means now. Passed dates stay in the
 * calendar as a record of when the council was due (useful when chasing), with no reminder.
 */
import { buildIcsCalendar, CalendarEvent } from '../calendar/ics';
import { IsoDate, compareDates, daysBetween, formatLongDate } from '../dates/calendarDate';
import { computeEhcRequestDeadlines } from '../deadlines/ehcRequestDeadlines';
import { TimescaleKey, describeTimescale } from '../timescales';

export type EhcTimelineKey = 'decideWhetherToAssess' | 'decideWhetherToIssuePlan' | 'finalPlan';

export interface EhcTimelineItem {
  readonly key: EhcTimelineKey;
  readonly date: IsoDate;
  /** For calendar titles: says whose deadline it is and what it is for. */
  readonly title: string;
  readonly whatHappens: string;
  readonly ifMissed: string;
  /** True when `today` was given and the date is before it. */
  readonly passed: boolean;
}

export interface EhcTimeline {
  readonly received: IsoDate;
  readonly items: EhcTimelineItem[];
  /** Plain text for the chat or a saved file. */
  readonly text: string;
  readonly calendarEvents: CalendarEvent[];
}

const TIMESCALE_OF: Readonly<Record<EhcTimelineKey, TimescaleKey>> = {
  decideWhetherToAssess: 'decideWhetherToAssess',
  decideWhetherToIssuePlan: 'decideNotToIssuePlan',
  finalPlan: 'finalPlan',
};

const weeks = (key: EhcTimelineKey): string => describeTimescale(TIMESCALE_OF[key]);

const CHASE = 'write to the SEN team. Say which date was missed and ask for an answer by a set date. If that does not work, make a complaint through the council’s complaints process. SENDIASS can help you for free.';

/** In the text the steps are written out once, below the dates, so each date points to them. */
const SEE_STEPS_BELOW = 'the council is late: see “If a date is missed” below.';

interface Step {
  readonly title: string;
  readonly whatHappens: string;
  readonly ifMissed: string;
  /** The short pointer used in the text instead of `ifMissed`. */
  readonly ifMissedShort: string;
  /** What a passed date means now, when the family may not have heard. */
  readonly nowPassed: (date: string) => string;
}

const APPEAL_IS_SHORT = `If it said no, the time to appeal is short: ${describeTimescale('appealAfterDecision')} from its decision letter. I can help you get ready: choose “Get ready for mediation or an appeal”.`;

const STEPS: Readonly<Record<EhcTimelineKey, Step>> = {
  decideWhetherToAssess: {
    title: `Council’s last day to say if it will do an EHC needs assessment (${weeks('decideWhetherToAssess')})`,
    whatHappens: 'the council must tell you whether it will carry out an EHC needs assessment. If it says no, you can appeal to the SEND tribunal; first you must contact a mediation adviser (the decision letter usually says how).',
    ifMissed: `If you have not heard by then, ${CHASE}`,
    ifMissedShort: `If you have not heard by then, ${SEE_STEPS_BELOW}`,
    nowPassed: (date) => `The council should have told you by ${date} whether it will carry out an EHC needs assessment. If you have not heard, it is late, and you can chase it now. ${APPEAL_IS_SHORT}`,
  },
  decideWhetherToIssuePlan: {
    title: `Council’s last day to tell you if it will not make an EHC plan (${weeks('decideWhetherToIssuePlan')})`,
    whatHappens: 'if, after the assessment, the council decides not to make an EHC plan, it must tell you by this date, with information about appeals and mediation.',
    ifMissed: `If you have heard nothing about the outcome of the assessment by then, ${CHASE}`,
    ifMissedShort: `If you have heard nothing about the outcome of the assessment by then, ${SEE_STEPS_BELOW}`,
    nowPassed: (date) => `If the council assessed and decided not to make an EHC plan, it should have told you by ${date}. If you have heard nothing about the outcome, it is late, and you can chase it now.`,
  },
  finalPlan: {
    title: `Council’s last day to send the final EHC plan (${weeks('finalPlan')})`,
    whatHappens: `the council must send you the final EHC plan. Before that you get a draft plan. You have at least ${describeTimescale('draftPlanComments')} to comment on it, ask for a school to be named, or ask to meet the council. The ${describeTimescale('draftPlanComments')} begin with the day the draft is served on you (officially given to you), not the date written on its letter.`,
    ifMissed: `If the final plan has not come, ${CHASE}`,
    ifMissedShort: `If the final plan has not come by then, ${SEE_STEPS_BELOW}`,
    nowPassed: (date) => `The final EHC plan should have come by ${date}. If it has not, the council is late, and you can chase it now.`,
  },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A posted request's date, as said: counted from the posting day, while the law counts from the day
 * the council gets the letter (the day after posting at the earliest), so the real date is later.
 */
const postedDay = (date: IsoDate): string => `${formatLongDate(date)} or a little later`;

/**
 * A calendar title for a date counted from posting: never "the council's last day" on a day that
 * cannot be it ("Soon after this: council's last day to say if it will do an EHC needs assessment
 * (6 weeks from the day it gets your letter)").
 */
function postedTitle(key: EhcTimelineKey): string {
  const title = STEPS[key].title.replace(/ \([^)]*\)$/, '');
  return `Soon after this: ${title.charAt(0).toLowerCase()}${title.slice(1)} (${weeks(key)} from the day it gets your letter)`;
}

/** When the council may lawfully take longer (regs 5(4), 10(4), 13(3); Code of Practice 9.42). */
export const LAWFUL_EXCEPTIONS_TEXT = [
  'The council may only take longer in a few cases set out in the law:',
  `- the school, college or early years setting is closed for at least ${describeTimescale('exceptionPeriod')}`,
  '- exceptional personal circumstances affect the child or young person, or the parent',
  `- the child, young person or parent is away from the area for at least ${describeTimescale('exceptionPeriod')}.`,
  'Staff shortages and waiting lists are not lawful reasons for delay.',
].join('\n');

/** Steps a family can take when a date is missed, gentlest first. */
export const IF_A_DATE_IS_MISSED_TEXT = [
  'If a date is missed:',
  '1. Write to the SEN team. Say which date was missed, and ask for a decision (or the plan) by a set date. Keep a copy.',
  '2. Make a formal complaint through the council’s complaints process. If that does not fix it, you can go to the Local Government and Social Care Ombudsman.',
  '3. Contact SENDIASS, your free and impartial local SEND advice service.',
  '4. As a last step, a solicitor can send a "pre-action letter": the first step towards a judicial review (a court checking whether the council acted lawfully). Get advice from SENDIASS or IPSEA (a free legal advice charity) before you do this.',
].join('\n');

// Regulation and paragraph numbers (not timescales): the deadlines and their lawful exceptions.
const SOURCES = 'Sources: SEN and Disability Regulations 2014, regs 5(1), 5(4), 10(1), 10(4), 13(1)(a), 13(2), 13(3); SEND Code of Practice chapter 9, including 9.42.';

export interface EhcTimelineOptions {
  /** When given, dates before it are marked as passed, and a request already sent gets "where things stand now". */
  readonly today?: IsoDate;
  /**
   * True when `received` is only the posting date (a letter sent by post): the text then says
   * the council's real dates are a little later.
   */
  readonly countedFromPosting?: boolean;
}

type Tense = 'past' | 'today' | 'future';

function tenseOf(received: IsoDate, today: IsoDate | undefined): Tense {
  if (today === undefined) return 'future';
  const c = compareDates(received, today);
  return c < 0 ? 'past' : c === 0 ? 'today' : 'future';
}

function countedFrom(received: IsoDate, countedFromPosting: boolean, tense: Tense): string {
  const day = formatLongDate(received);
  if (countedFromPosting) {
    const posted = tense === 'past' ? 'the day you posted your request' : 'the day you post your request';
    return `These are counted from ${day}, ${posted}. The council’s real dates count from the day it receives it (the day after posting at the earliest), so they will be a little later.`;
  }
  const got = tense === 'past' ? 'the day the council got your request' : 'the day the council gets your request';
  return `These are counted from ${day}, ${got}.`;
}

/** "today", "tomorrow" or "in 10 days". */
function howSoon(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** Where things stand for a request already with the council: the next date first, then the passed ones. */
function whereThingsStand(items: readonly EhcTimelineItem[], received: IsoDate, today: IsoDate, countedFromPosting: boolean): string[] {
  const passed = items.filter((i) => i.passed);
  const next = items.find((i) => !i.passed);
  const lines = ['Where things stand now', ''];
  if (next !== undefined) {
    const by = countedFromPosting ? `soon after ${formatLongDate(next.date)} (${howSoon(next.date, today)})` : `by ${formatLongDate(next.date)}, ${howSoon(next.date, today)}`;
    lines.push(`Coming up next: ${by}, ${next.whatHappens}`);
  }
  if (passed.length > 0) {
    const howMany = passed.length === items.length ? 'all of the council’s dates below have' : passed.length === 1 ? 'one of the council’s dates has' : 'some of the council’s dates have';
    lines.push(
      ...(next === undefined ? [] : ['']),
      `${countedFromPosting ? 'You posted your request' : 'Your request went in'} on ${formatLongDate(received)}, so ${howMany} now passed. Here is what ${passed.length === 1 ? 'it means' : 'they mean'} for you now.`,
      ...passed.map((i) => `- ${STEPS[i.key].nowPassed(countedFromPosting ? postedDay(i.date) : formatLongDate(i.date))}`),
    );
  }
  lines.push('');
  return lines;
}

export function buildEhcTimeline(received: IsoDate, options: EhcTimelineOptions = {}): EhcTimeline {
  const { today, countedFromPosting = false } = options;
  const deadlines = computeEhcRequestDeadlines(received);
  const keys: EhcTimelineKey[] = ['decideWhetherToAssess', 'decideWhetherToIssuePlan', 'finalPlan'];
  const items: EhcTimelineItem[] = keys.map((key) => {
    const { title, whatHappens, ifMissed } = STEPS[key];
    return {
      key,
      date: deadlines[key],
      passed: today !== undefined && compareDates(deadlines[key], today) < 0,
      title: countedFromPosting ? postedTitle(key) : title,
      whatHappens,
      ifMissed,
    };
  });
  const tense = tenseOf(received, today);

  const lines = [
    'Your key dates',
    '',
    ...(today !== undefined && tense === 'past' ? whereThingsStand(items, received, today, countedFromPosting) : []),
    `${countedFrom(received, countedFromPosting, tense)} They are calendar weeks, so weekends and holidays do not move them.`,
    '',
  ];
  for (const item of items) {
    const passed = item.passed ? '; this date has passed' : '';
    // (Counted from posting, the day shown is not the council's last day: a little after it is.)
    const by = countedFromPosting ? `Soon after ${formatLongDate(item.date)} (${weeks(item.key)} from the day it gets your letter${passed})` : `By ${formatLongDate(item.date)} (${weeks(item.key)}${passed})`;
    lines.push(`${by}: ${item.whatHappens}`);
    // A passed date's next step is already in "where things stand now".
    if (!item.passed) lines.push(STEPS[item.key].ifMissedShort);
    lines.push('');
  }
  lines.push(LAWFUL_EXCEPTIONS_TEXT, '', IF_A_DATE_IS_MISSED_TEXT, '', SOURCES);

  return {
    received: deadlines.received,
    items,
    text: lines.join('\n'),
    calendarEvents: items.map((item) => calendarEvent(item, received, countedFromPosting)),
  };
}

function calendarEvent(item: EhcTimelineItem, received: IsoDate, countedFromPosting: boolean, childFirstName?: string): CalendarEvent {
  const from = countedFromPosting
    ? `Counted from ${formatLongDate(received)}, the day the request was posted (${weeks(item.key)}). The council’s real date is a little later.`
    : `Counted from ${formatLongDate(received)}, the day the council got the request (${weeks(item.key)}).`;
  const passed = item.passed ? 'This date has passed. ' : '';
  return {
    date: item.date,
    // Calendars are often shared: a name appears only when the family gave one for this.
    title: childFirstName === undefined ? item.title : `${childFirstName}: ${item.title}`,
    description: `${passed}${capitalise(item.whatHappens)}\n\n${item.ifMissed}\n\n${from}`,
    kind: item.key,
  };
}

export interface EhcTimelineIcsOptions {
  /** Which family's dates these are (see calendarIdFrom): it keeps each event's UID the same when a date is corrected. */
  readonly calendarId: string;
  /** As in EhcTimelineOptions. */
  readonly countedFromPosting?: boolean;
  /** When given, dates before it get no reminder. */
  readonly today?: IsoDate;
  /** The file's timestamp (for tests); defaults to now. */
  readonly now?: Date;
}

/**
 * An iCalendar file with the three dates as all-day events, each with a reminder before it
 * (none for a date that has passed). Titles carry the child's first name only when one is given.
 */
export function buildEhcTimelineIcs(received: IsoDate, childFirstName: string | undefined, options: EhcTimelineIcsOptions): string {
  const countedFromPosting = options.countedFromPosting ?? false;
  const { items } = buildEhcTimeline(received, { countedFromPosting, ...(options.today === undefined ? {} : { today: options.today }) });
  const name = childFirstName?.trim() || undefined;
  return buildIcsCalendar({
    name: name === undefined ? 'EHC needs assessment dates' : `${name}: EHC needs assessment dates`,
    calendarId: options.calendarId,
    events: items.map((item) => calendarEvent(item, received, countedFromPosting, name)),
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
