/**
 * Where the parent stands: their key dates and what to do about each, from their answers.
 *
 * Two kinds of date: the parent's own deadlines (contact the mediation adviser, appeal) and
 * what others must do by a date (the certificate, holding mediation). Only the parent's own
 * deadlines become urgent when they are close (a certificate is always "close"); any date that
 * has passed without the thing happening is an urgent warning, so the parent acts or chases.
 * A date that needs bank holidays we do not have becomes a message, never an exception.
 */
import { IsoDate, addMonths, compareDates, daysBetween, formatLongDate } from '../dates/calendarDate';
import { DateOutOfRangeError, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../dates/bankHolidays';
import {
  AppealDeadlines, computeAppealDeadlines, latestCertificateDate, latestMediationDate,
} from '../deadlines/appealDeadlines';
import { timescaleAmount } from '../deadlines/timescaleAmount';
import { describeTimescale } from '../timescales';
import { canAppeal, needsMediationAdvice } from './decisionTypes';
import { MEDIATION_FLOW_TEXT } from './flowText';
import type { MediationAnswers } from './mediationAnswers';

/** A parent's own deadline this close (or closer) makes the position urgent. */
export const URGENT_WITHIN_DAYS = 14;

export type PositionDateKey = 'contactMediationAdviserBy' | 'latestCertificate' | 'latestMediation' | 'appealBy';

export interface PositionDate {
  readonly key: PositionDateKey;
  readonly date: IsoDate;
  /** What the date is, e.g. "Last day to appeal to the tribunal". */
  readonly label: string;
  /** Why it is that day and what to do. No personal details (it goes into calendar files). */
  readonly note: string;
}

export interface Position {
  readonly dates: PositionDate[];
  /** Everything to tell the parent, warnings first. */
  readonly messages: string[];
  /** The warnings alone (dates passed or close), also at the start of `messages`. */
  readonly warnings: string[];
  /** True when a deadline of theirs has passed or is close, or something should already have happened. */
  readonly urgent: boolean;
}

const T = {
  contact: describeTimescale('contactMediationAdviser'),
  certDeclined: describeTimescale('certificateWhenMediationDeclined'),
  mediationHeld: describeTimescale('mediationHeld'),
  certAfter: describeTimescale('certificateAfterMediation'),
  appealDecision: describeTimescale('appealAfterDecision'),
  appealCertificate: describeTimescale('appealAfterCertificate'),
};

const long = formatLongDate;

function tableYears(): string {
  const { coversFrom, coversTo } = ENGLAND_AND_WALES_BANK_HOLIDAYS;
  return `${coversFrom.slice(0, 4)} to ${coversTo.slice(0, 4)}`;
}

/** Runs a working-day calculation; a date beyond the bank-holiday table becomes a message. */
function withinTable<T>(calculate: () => T, what: string, notes: string[]): T | undefined {
  try {
    return calculate();
  } catch (err) {
    if (!(err instanceof DateOutOfRangeError)) throw err;
    notes.push(`I cannot work out ${what}. It depends on which days are working days, and I only know the bank holidays for ${tableYears()}. Please check this date with SENDIASS.`);
    return undefined;
  }
}

/** "today", "tomorrow" or "in 10 days". */
function howSoon(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

type Timing = 'passed' | 'soon' | 'later';

function timing(date: IsoDate, today: IsoDate): Timing {
  if (compareDates(date, today) < 0) return 'passed';
  return daysBetween(today, date) <= URGENT_WITHIN_DAYS ? 'soon' : 'later';
}

export function assessPosition(answers: MediationAnswers, today: IsoDate): Position {
  const dates: PositionDate[] = [];
  const warnings: string[] = [];
  const info: string[] = [];
  let urgent = false;
  const warn = (text: string, isUrgent: boolean): void => {
    warnings.push(text);
    urgent = urgent || isUrgent;
  };

  const advice = needsMediationAdvice(answers.decision, answers.planParts);
  const appeal = canAppeal(answers.decision);
  const certificate = answers.hasCertificate ? answers.certificateDate : undefined;
  // Without a certificate yet, one can still move the appeal deadline later (the later-of rule).
  const certificateStillToCome = advice.required && certificate === undefined;

  info.push(advice.reason, appeal.note);

  const deadlines: AppealDeadlines | undefined = withinTable(
    () => computeAppealDeadlines({ decision: answers.decisionLetterDate, ...(certificate === undefined ? {} : { certificate }) }),
    'your last day to appeal',
    warnings,
  );
  if (deadlines === undefined) urgent = true;

  // 1. Contacting the mediation adviser: a fixed date that never moves.
  const contactBy = deadlines?.contactMediationAdviserBy
    ?? addMonths(answers.decisionLetterDate, timescaleAmount('contactMediationAdviser', 'months'));
  if (advice.required && !answers.contactedAdviser) {
    dates.push({
      key: 'contactMediationAdviserBy',
      date: contactBy,
      label: 'Last day to contact the mediation adviser',
      note: `This is ${T.contact} after the decision letter. It does not move for weekends, bank holidays or August, so contact them well before it.`,
    });
    const when = timing(contactBy, today);
    if (when === 'passed') {
      warn(`The last day to contact the mediation adviser was ${long(contactBy)}. If you have missed it, contact SENDIASS today: the tribunal may still accept a late appeal in some cases, but you will need advice.`, true);
    } else if (when === 'soon') {
      warn(`The last day to contact the mediation adviser is ${long(contactBy)}, ${howSoon(contactBy, today)}. This date does not move for weekends, bank holidays or August, so please contact them as soon as you can.`, true);
    } else {
      info.push(`The last day to contact the mediation adviser is ${long(contactBy)}. This date does not move for weekends, bank holidays or August, so please contact them well before it.`);
    }
  } else if (answers.contactedAdviser && answers.adviserContactDate !== undefined) {
    if (advice.required && compareDates(answers.adviserContactDate, contactBy) > 0) {
      warn(`You contacted the mediation adviser on ${long(answers.adviserContactDate)}, after the last day (${long(contactBy)}). Please talk to SENDIASS soon about what this means for an appeal.`, true);
    } else {
      info.push(`You contacted the mediation adviser on ${long(answers.adviserContactDate)}. Well done: that was an important step.`);
    }
  }

  // 2. The certificate, or mediation first.
  if (answers.contactedAdviser && !answers.hasCertificate) {
    if (answers.choseMediation === 'yes' && answers.mediationRequestedDate !== undefined) {
      const mediationBy = latestMediationDate(answers.mediationRequestedDate);
      dates.push({
        key: 'latestMediation',
        date: mediationBy,
        label: 'Mediation should take place by',
        note: `Mediation must take place within ${T.mediationHeld} of the council being told you want it. After it ends, the certificate must come within ${T.certAfter}.`,
      });
      if (timing(mediationBy, today) === 'passed') {
        warn(`Mediation should have taken place by ${long(mediationBy)}. If it has not happened, ask the mediation adviser or the council why. If mediation cannot take place, you should get a certificate within ${T.certDeclined}. SENDIASS can help you ask.`, true);
      }
    } else if (answers.choseMediation === 'no' && answers.adviserContactDate !== undefined) {
      const toldAdviser = answers.adviserContactDate;
      const certificateBy = withinTable(() => latestCertificateDate(toldAdviser), 'the latest day for your certificate', warnings);
      if (certificateBy === undefined) {
        urgent = true;
      } else {
        dates.push({
          key: 'latestCertificate',
          date: certificateBy,
          label: 'Latest day for your certificate',
          note: `The adviser must give you a certificate within ${T.certDeclined} of you saying you do not want mediation. If it has not come, ask the adviser for it.`,
        });
        if (timing(certificateBy, today) === 'passed') {
          warn(`Your certificate should have come by ${long(certificateBy)}. If you do not have it, contact the mediation adviser and ask for it today. SENDIASS can help.`, true);
        }
      }
    } else if (answers.choseMediation !== 'yes') {
      // Not decided yet: nothing is due, so this is a message, not a date in their calendar.
      const ifToldToday = withinTable(() => latestCertificateDate(today), 'when a certificate would be due', info);
      info.push(`Once you tell the adviser you do not want mediation, they must give you a certificate within ${T.certDeclined}.`
        + (ifToldToday === undefined ? '' : ` If you told them today, it should come by ${long(ifToldToday)}.`));
    }
  }

  // 3. The appeal deadline (the later of the two periods, moved by the tribunal's rules).
  if (deadlines !== undefined) {
    const appealBy = deadlines.appealBy;
    const later = certificateStillToCome
      ? ` When you get your certificate, you will have until ${T.appealCertificate} after its date, if that is later.`
      : '';
    const why = `This is ${deadlines.appealByRule}.${later}`;
    dates.push({
      key: 'appealBy',
      date: appealBy,
      label: appeal.appealable ? 'Last day to appeal to the tribunal' : 'Last day to appeal about the plan (section B, F or I)',
      note: why,
    });

    const when = timing(appealBy, today);
    if (when === 'passed' && certificateStillToCome && answers.contactedAdviser) {
      warn(`The time to appeal counted from the decision letter (${T.appealDecision}) ended on ${long(appealBy)}. When your certificate comes, you will have ${T.appealCertificate} from its date to appeal, so ask for it now. SENDIASS can help.`, true);
    } else if (when === 'passed') {
      warn(`The last day to appeal was ${long(appealBy)}. If you have missed it, contact SENDIASS today: the tribunal may still accept a late appeal in some cases, but you will need advice.`, true);
    } else if (when === 'soon') {
      warn(`Your last day to appeal is ${long(appealBy)}, ${howSoon(appealBy, today)}. ${why} Please act now. SENDIASS can help you.`, true);
    } else {
      info.push(`Your last day to appeal is ${long(appealBy)}. ${why}`);
    }
  }

  // 4. What mediation is, and what it is not.
  const e = MEDIATION_FLOW_TEXT.explanations;
  info.push(e.mediation, e.confidential, `${e.councilMustTakePart} ${e.heldWithin}`, e.whoCanCome, e.agreement);

  return { dates, warnings, messages: [...warnings, ...info], urgent };
}
