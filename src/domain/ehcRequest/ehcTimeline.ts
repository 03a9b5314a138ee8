/**
 * The family's key dates after the council receives the request, what should happen by each,
 * and what they can do if a date is missed. Dates are calendar weeks from the day of receipt
 * (SEN and Disability Regulations 2014, regs 5(1), 10(1), 13(2)); the numbers come from the
 * timescales table.
 */
import { buildIcsCalendar, CalendarEvent } from '../calendar/ics';
import { IsoDate, compareDates, formatLongDate } from '../dates/calendarDate';
import { computeEhcRequestDeadlines } from '../deadlines/ehcRequestDeadlines';
import { TimescaleKey, describeTimescale } from '../timescales';

export type EhcTimelineKey = 'decideWhetherToAssess' | 'decideWhetherToIssuePlan' | 'finalPlan';

export interface EhcTimelineItem {
  readonly key: EhcTimelineKey;
  readonly date: IsoDate;
  /** Short, for headings and calendar titles. */
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

const CHASE = 'write to the SEN team. Say which date was missed and ask for an answer by a set date. If that does not work, make a complaint through the council’s complaints process. SENDIASS can help you for free.';

const STEPS: Readonly<Record<EhcTimelineKey, Omit<EhcTimelineItem, 'date' | 'passed' | 'key'>>> = {
  decideWhetherToAssess: {
    title: 'EHC assessment decision due',
    whatHappens: 'the council must tell you whether it will carry out an EHC needs assessment. If it says no, you can appeal to the SEND tribunal; first you must contact a mediation adviser (the decision letter usually says how).',
    ifMissed: `If you have not heard by then, ${CHASE}`,
  },
  decideWhetherToIssuePlan: {
    title: 'Deadline to say if no EHC plan',
    whatHappens: 'if, after the assessment, the council decides not to make an EHC plan, it must tell you by this date, with information about appeals and mediation.',
    ifMissed: `If you have heard nothing about the outcome of the assessment by then, ${CHASE}`,
  },
  finalPlan: {
    title: 'Final EHC plan due',
    whatHappens: `the council must send you the final EHC plan. Before that you get a draft plan, and at least ${describeTimescale('draftPlanComments')} from when it is sent to you to comment, ask for a school to be named, or ask to meet the council.`,
    ifMissed: `If the final plan has not come, ${CHASE}`,
  },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** When the council may lawfully take longer (regs 5(4), 10(4), 13(3); Code of Practice 9.42). */
export const LAWFUL_EXCEPTIONS_TEXT = [
  'The council may only take longer in a few cases set out in the law:',
  `- the school, college or early years setting is closed for at least ${describeTimescale('exceptionPeriod')}`,
  '- exceptional personal circumstances affect the child or the parent',
  `- the child or parent is away from the area for at least ${describeTimescale('exceptionPeriod')}.`,
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
const SOURCES = 'Sources: SEN and Disability Regulations 2014, regs 5(1), 5(4), 10(1), 10(4), 13(2), 13(3); SEND Code of Practice chapter 9, including 9.42.';

export interface EhcTimelineOptions {
  /** When given, dates before it are marked as passed. */
  readonly today?: IsoDate;
  /**
   * True when `received` is only the posting date (a letter sent by post): the text then says
   * the council's real dates are a little later.
   */
  readonly countedFromPosting?: boolean;
}

function countedFrom(received: IsoDate, countedFromPosting: boolean): string {
  return countedFromPosting
    ? `These are counted from ${formatLongDate(received)}, the day you post your request. The council’s real dates count from the day it receives it, so they will be a little later.`
    : `These are counted from ${formatLongDate(received)}, the day the council gets your request.`;
}

export function buildEhcTimeline(received: IsoDate, options: EhcTimelineOptions = {}): EhcTimeline {
  const { today, countedFromPosting = false } = options;
  const deadlines = computeEhcRequestDeadlines(received);
  const keys: EhcTimelineKey[] = ['decideWhetherToAssess', 'decideWhetherToIssuePlan', 'finalPlan'];
  const items: EhcTimelineItem[] = keys.map((key) => ({
    key,
    date: deadlines[key],
    passed: today !== undefined && compareDates(deadlines[key], today) < 0,
    ...STEPS[key],
  }));

  const lines = [
    'Your key dates',
    '',
    `${countedFrom(received, countedFromPosting)} They are calendar weeks, so weekends and holidays do not move them.`,
    '',
  ];
  for (const item of items) {
    const passed = item.passed ? '; this date has passed' : '';
    lines.push(`By ${formatLongDate(item.date)} (${describeTimescale(TIMESCALE_OF[item.key])}${passed}): ${item.whatHappens}`);
    lines.push(item.ifMissed, '');
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
    ? `Counted from ${formatLongDate(received)}, the day the request was posted (${describeTimescale(TIMESCALE_OF[item.key])}). The council’s real date is a little later.`
    : `Counted from ${formatLongDate(received)}, the day the council got the request (${describeTimescale(TIMESCALE_OF[item.key])}).`;
  return {
    date: item.date,
    // Calendars are often shared: a name appears only when the family gave one for this.
    title: childFirstName === undefined ? item.title : `${childFirstName}: ${item.title}`,
    description: `${capitalise(item.whatHappens)}\n\n${item.ifMissed}\n\n${from}`,
  };
}

export interface EhcTimelineIcsOptions {
  /** As in EhcTimelineOptions. */
  readonly countedFromPosting?: boolean;
  /** The file's timestamp (for tests); defaults to now. */
  readonly now?: Date;
}

/**
 * An iCalendar file with the three dates as all-day events, each with a reminder a week
 * before. Titles carry the child's first name only when one is given.
 */
export function buildEhcTimelineIcs(received: IsoDate, childFirstName?: string, options: EhcTimelineIcsOptions = {}): string {
  const countedFromPosting = options.countedFromPosting ?? false;
  const { items } = buildEhcTimeline(received, { countedFromPosting });
  const name = childFirstName?.trim() || undefined;
  return buildIcsCalendar({
    name: name === undefined ? 'EHC needs assessment dates' : `${name}: EHC needs assessment dates`,
    events: items.map((item) => calendarEvent(item, received, countedFromPosting, name)),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
