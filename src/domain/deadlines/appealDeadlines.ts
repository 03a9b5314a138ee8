/**
 * Deadlines for mediation and for appealing to the First-tier Tribunal (SEND).
 *
 * Sources (see TIMESCALES): CFA s55(3) and regs 32-33 (mediation adviser), HESC Rules r20(1)(c)
 * (the appeal period), r12(3) (Christmas and August) and r12 (a deadline on a day that is not
 * a working day; the paragraph number is not confirmed, so the text cites "rule 12").
 */
import { describeTimescale } from '../timescales';
import {
  IsoDate, addDays, addMonths, compareDates, dateParts, dayOfWeek, DAY_NAMES, formatLongDate,
  isoDateFromParts,
} from '../dates/calendarDate';
import {
  addWorkingDays, bankHolidayName, isWorkingDay, nextWorkingDayOnOrAfter,
} from '../dates/bankHolidays';
import { timescaleAmount } from './timescaleAmount';

export interface AppealDeadlines {
  /** The date the decision letter was sent. */
  decision: IsoDate;
  /** Contact a mediation adviser by this day. Never moved for weekends or holidays. */
  contactMediationAdviserBy: IsoDate;
  /** The date the mediation certificate was issued, when there is one. */
  certificate?: IsoDate;
  /** The last day to appeal, after the tribunal's rules for Christmas, August and non-working days. */
  appealBy: IsoDate;
  /** Why appealBy is that day, in plain English, e.g. "2 months after the decision letter". */
  appealByRule: string;
  /** The end of the appeal period before any day was moved (the later of the two periods). */
  appealPeriodEnds: IsoDate;
  /** Which date the appeal period was counted from. */
  appealCountedFrom: 'decision' | 'certificate';
}

export interface AppealDeadlineInput {
  decision: IsoDate;
  certificate?: IsoDate;
}

type Adjustment = { readonly appealBy: IsoDate; readonly why?: string };

// The days in r12(3) are fixed days of the year, not periods, so they live here and not in TIMESCALES.
function isInChristmasWindow(d: IsoDate): boolean {
  const { month, day } = dateParts(d);
  return (month === 12 && day >= 25) || (month === 1 && day === 1);
}

function firstWorkingDayAfter(d: IsoDate): IsoDate {
  return nextWorkingDayOnOrAfter(addDays(d, 1));
}

function mustExist(d: IsoDate | undefined): IsoDate {
  if (d === undefined) throw new Error('Internal error: impossible calendar date');
  return d;
}

function whyNotWorkingDay(d: IsoDate): string {
  const holiday = bankHolidayName(d);
  return holiday === undefined ? `a ${DAY_NAMES[dayOfWeek(d)]}` : `a bank holiday (${holiday})`;
}

/**
 * HESC Rules r12(3) is applied to the day the period ends; if it does not apply, r12 moves a
 * day that is not a working day to the next working day. A day moved by r12(3) is already a
 * working day. We do not chain the rules (a period ending Saturday 31 July is met on Monday
 * 2 August, not moved again to September): the period ends on the Saturday, and the earlier
 * answer is the safer one to give a parent.
 */
function applyTribunalDayRules(periodEnds: IsoDate): Adjustment {
  const { year, month } = dateParts(periodEnds);
  if (isInChristmasWindow(periodEnds)) {
    const newYearsDay = mustExist(isoDateFromParts(month === 12 ? year + 1 : year, 1, 1));
    return {
      appealBy: firstWorkingDayAfter(newYearsDay),
      why: 'is between 25 December and 1 January, so it moves to the first working day after 1 January (tribunal rule 12(3))',
    };
  }
  if (month === 8) {
    return {
      appealBy: firstWorkingDayAfter(mustExist(isoDateFromParts(year, 8, 31))),
      why: 'is in August, so it moves to the first working day after 31 August (tribunal rule 12(3))',
    };
  }
  if (!isWorkingDay(periodEnds)) {
    return {
      appealBy: nextWorkingDayOnOrAfter(periodEnds),
      why: `is ${whyNotWorkingDay(periodEnds)}, so it moves to the next working day (tribunal rule 12)`,
    };
  }
  return { appealBy: periodEnds };
}

/** Throws DateOutOfRangeError when a day outside the bank-holiday table must be checked. */
export function computeAppealDeadlines(input: AppealDeadlineInput): AppealDeadlines {
  const { decision, certificate } = input;
  const afterDecision = addMonths(decision, timescaleAmount('appealAfterDecision', 'months'));
  const afterCertificate = certificate === undefined
    ? undefined
    : addMonths(certificate, timescaleAmount('appealAfterCertificate', 'months'));

  const countedFromCertificate = afterCertificate !== undefined && compareDates(afterCertificate, afterDecision) > 0;
  const appealPeriodEnds = countedFromCertificate ? afterCertificate : afterDecision;
  const decisionRule = `${describeTimescale('appealAfterDecision')} after the decision letter`;
  const baseRule = countedFromCertificate
    ? `${describeTimescale('appealAfterCertificate')} after the mediation certificate (later than ${decisionRule})`
    : decisionRule;

  const adjusted = applyTribunalDayRules(appealPeriodEnds);
  const appealByRule = adjusted.why === undefined
    ? baseRule
    : `${baseRule}: that period ends on ${formatLongDate(appealPeriodEnds)}, which ${adjusted.why}`;

  return {
    decision,
    contactMediationAdviserBy: addMonths(decision, timescaleAmount('contactMediationAdviser', 'months')),
    ...(certificate === undefined ? {} : { certificate }),
    appealBy: adjusted.appealBy,
    appealByRule,
    appealPeriodEnds,
    appealCountedFrom: countedFromCertificate ? 'certificate' : 'decision',
  };
}

/**
 * The last day to appeal counted from a mediation certificate alone (the decision letter's date
 * not known): the earliest it can be, as 2 months from the letter may end later still.
 */
export function appealByFromCertificate(certificate: IsoDate): { appealBy: IsoDate; appealByRule: string } {
  const periodEnds = addMonths(certificate, timescaleAmount('appealAfterCertificate', 'months'));
  const adjusted = applyTribunalDayRules(periodEnds);
  const base = `${describeTimescale('appealAfterCertificate')} after the mediation certificate`;
  return {
    appealBy: adjusted.appealBy,
    appealByRule: adjusted.why === undefined ? base : `${base}: that period ends on ${formatLongDate(periodEnds)}, which ${adjusted.why}`,
  };
}

/** The latest day for the mediation certificate after the family says they do not want mediation. */
export function latestCertificateDate(toldAdviser: IsoDate): IsoDate {
  return addWorkingDays(toldAdviser, timescaleAmount('certificateWhenMediationDeclined', 'working days'));
}

/** The latest day mediation should take place, counted in calendar days from the council being told. */
export function latestMediationDate(councilToldOfChoice: IsoDate): IsoDate {
  return addDays(councilToldOfChoice, timescaleAmount('mediationHeld', 'days'));
}

/** The latest day for the mediation certificate after mediation ends. */
export function latestCertificateAfterMediation(mediationEnded: IsoDate): IsoDate {
  return addWorkingDays(mediationEnded, timescaleAmount('certificateAfterMediation', 'working days'));
}
