/**
 * Where the parent stands: their key dates and what to do about each, from their answers.
 *
 * Two kinds of date: the parent's own deadlines (contact the mediation adviser, appeal) and
 * what others must do by a date (the certificate, holding mediation). Only the parent's own
 * deadlines become urgent when they are close; a date that has passed without the thing
 * happening is a warning, so the parent acts or chases. When a deadline of theirs has passed,
 * they hear it once, kindly, with where they stand now and what they can still do.
 *
 * The appeal deadline is the later of 2 months after the decision letter and 1 month after the
 * certificate (HESC Rules r20(1)(c)). While a certificate is still to come, a passed 2-month
 * date is not the end: the last day is then "1 month after the date on your certificate".
 * A date that needs bank holidays we do not have becomes a message, never an exception.
 */
import { calendarIdFrom } from '../calendar/calendarId';
import { IsoDate, addMonths, compareDates, daysBetween, formatLongDate } from '../dates/calendarDate';
import { DateOutOfRangeError, ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../dates/bankHolidays';
import {
  AppealDeadlines, computeAppealDeadlines, latestCertificateAfterMediation, latestCertificateDate, latestMediationDate,
} from '../deadlines/appealDeadlines';
import { timescaleAmount } from '../deadlines/timescaleAmount';
import { describeTimescale } from '../timescales';
import { DecisionType, canAppeal, needsMediationAdvice } from './decisionTypes';
import { MEDIATION_FLOW_TEXT } from './flowText';
import type { MediationAnswers, MediationChoice } from './mediationAnswers';

/** A parent's own deadline this close (or closer) makes the position urgent. */
export const URGENT_WITHIN_DAYS = 14;

export type PositionDateKey = 'contactMediationAdviserBy' | 'latestCertificate' | 'latestMediation' | 'appealBy';

/** One of the parent's key dates, for the summary. */
export interface KeyDate {
  readonly key: PositionDateKey;
  /** Undefined when it is counted from a date not known yet (a certificate still to come). */
  readonly date?: IsoDate;
  /** As the parent reads it: "Friday 20 November 2026" or "1 month after the date on your certificate". */
  readonly when: string;
  /** What the date is, e.g. "Last day to appeal to the tribunal". */
  readonly label: string;
  /** Why it is that day and what to do. No personal details (it goes into calendar files). */
  readonly note: string;
  readonly passed: boolean;
  /** Counted from a stand-in day the parent gave because they could not know the real one. */
  readonly estimate?: boolean;
}

/** A key date still to come: these go in the calendar file. */
export interface PositionDate extends KeyDate {
  readonly date: IsoDate;
}

export interface Position {
  /** The day this was worked out for. */
  readonly today: IsoDate;
  /** Every key date for the summary, passed ones and undated ones included, in order. */
  readonly keyDates: KeyDate[];
  /** The dated key dates that have not passed: only these go in the calendar file. */
  readonly dates: PositionDate[];
  /** Everything to tell the parent, warnings first. */
  readonly messages: string[];
  /** The warnings alone (dates passed or close), also at the start of `messages`. */
  readonly warnings: string[];
  /** True when a deadline of theirs has passed or is close, or something should already have happened. */
  readonly urgent: boolean;
  /** What they can still do after missing a time limit of their own; empty when none was missed. */
  readonly routes: string[];
  /** The decision letter is over a year old: the summary is about what can be done now. */
  readonly longAgo: boolean;
  /**
   * Identifies this case from the answers that are not dates, so calendar events keep their
   * identity when a date is corrected (the conversation's id is better, when the caller has it).
   */
  readonly caseRef: string;
}

const T = {
  contact: describeTimescale('contactMediationAdviser'),
  certDeclined: describeTimescale('certificateWhenMediationDeclined'),
  mediationHeld: describeTimescale('mediationHeld'),
  certAfter: describeTimescale('certificateAfterMediation'),
  appealDecision: describeTimescale('appealAfterDecision'),
  appealCertificate: describeTimescale('appealAfterCertificate'),
};

/** How the certificate will come, by their choice about mediation (a late one is chased separately). */
const CERTIFICATE_COMES: Readonly<Record<MediationChoice, string>> = {
  'yes': ' It comes after mediation, or when mediation cannot take place.',
  'no': '',
  'not-yet': ' You get it once you tell the adviser whether you want mediation.',
};

/** The appeal deadline while the certificate is still to come and the 2 months have ended. */
export const AFTER_YOUR_CERTIFICATE = `${T.appealCertificate} after the date on your certificate`;

const long = formatLongDate;

function tableYears(): string {
  const { coversFrom, coversTo } = ENGLAND_AND_WALES_BANK_HOLIDAYS;
  return `${coversFrom.slice(0, 4)} to ${coversTo.slice(0, 4)}`;
}

/** Runs a working-day calculation; a date beyond the bank-holiday table becomes a message. */
function withinTable<R>(calculate: () => R, what: string, notes: string[]): R | undefined {
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

function keyDate(key: PositionDateKey, date: IsoDate, label: string, note: string, today: IsoDate): KeyDate {
  return { key, date, when: long(date), label, note, passed: compareDates(date, today) < 0 };
}

// ---------------------------------------------------------------------------------------------
// After a missed time limit: what the knowledge base says can still be done.

// From knowledge/appeal-deadlines.md ("If you have missed the deadline...").
const LATE_APPEAL = 'Ask the tribunal to accept a late appeal. Send your appeal form with a short note saying why it is late. The tribunal may say no, so get advice from SENDIASS or IPSEA first, and quickly. To read more, ask me “I missed the appeal deadline, can I still appeal?”.';

/** Other routes for each decision, from knowledge/*.md; none is invented for the others. */
const ROUTES_AFTER: Readonly<Record<DecisionType, readonly string[]>> = {
  'refuse-assess': [
    'Make a new request for an EHC needs assessment. You can ask again at any time, for example when you have new evidence, and the council must decide again (Children and Families Act 2014, section 36(1)). I can help you write it: choose “Ask for an EHC needs assessment”.',
  ],
  'refuse-plan': [
    'Ask the council to look again, pointing to the advice that shows the need for help through a plan.',
    'Make a new request for an assessment, for example when you have new evidence. Even within 6 months of the last assessment the council must still decide, and you can appeal if it says no (Children and Families Act 2014, section 36).',
  ],
  'plan-content': [
    `Ask for an early review of the plan if things have changed. The plan must be reviewed at least every ${describeTimescale('annualReview')} anyway (Children and Families Act 2014, section 44(1)). If, after a review, the council will not change the plan, you can appeal about that decision (section 51(2)).`,
  ],
  'health-social-care': [
    `Ask for an early review of the plan if things have changed. The plan must be reviewed at least every ${describeTimescale('annualReview')} anyway (Children and Families Act 2014, section 44(1)).`,
  ],
  'refuse-amend': [
    `At the next review (at least every ${describeTimescale('annualReview')}, Children and Families Act 2014, section 44(1)), or at an early review if things change, you can ask again for the plan to be changed. If the council says no again, you can appeal about that decision (section 51(2)).`,
  ],
  'cease-plan': [],
  'refuse-reassess': [],
};

/**
 * Mediation is behind them: it has taken place, or the certificate is in hand (it comes after
 * mediation, or when it is declined). What is left is the appeal, not getting ready for mediation.
 */
export function mediationOver(answers: Pick<MediationAnswers, 'mediationHeld' | 'hasCertificate'>): boolean {
  return answers.mediationHeld === true || answers.hasCertificate;
}

function routesAfterMissing(decision: DecisionType): string[] {
  return [LATE_APPEAL, ...ROUTES_AFTER[decision], 'SENDIASS can help you choose what to do, for free. You can do more than one of these at once.'];
}

/** One kind paragraph for a missed time limit, then where they stand and what they can still do. */
function missedMessage(standing: string, routes: readonly string[]): string {
  return [
    `I am sorry: ${standing} This happens to many families, and there are still things you can do:`,
    ...routes.map((r) => `- ${r}`),
  ].join('\n');
}

/** "over 7 years ago" or "over a year ago". */
function howLongAgo(date: IsoDate, today: IsoDate): string {
  let years = 0;
  while (compareDates(addMonths(date, 12 * (years + 1)), today) <= 0) years += 1;
  return years <= 1 ? 'over a year ago' : `over ${years} years ago`;
}

/** A decision letter over a year old: no dates to work out, only what can be done now. */
function longAgoPosition(answers: MediationAnswers, today: IsoDate, caseRef: string): Position {
  const routes = routesAfterMissing(answers.decision);
  const letter = long(answers.decisionLetterDate);
  const check = `Your decision letter is dated ${letter}, ${howLongAgo(answers.decisionLetterDate, today)}. Please check the year: if it is not right, start this again and type the date with the right year.`;
  const missed = missedMessage('if that date is right, the time limits for this decision (to contact a mediation adviser and to appeal) ended long ago.', routes);
  return {
    today, keyDates: [], dates: [], warnings: [check, missed], messages: [check, missed],
    urgent: true, routes, longAgo: true, caseRef,
  };
}

/** From the answers that do not change when a date is corrected. */
function caseRefOf(answers: MediationAnswers): string {
  return calendarIdFrom([
    'mediation', answers.decision, (answers.planParts ?? []).join(','), answers.wantToChange,
    answers.evidence.join('\n'), answers.companions.join('\n'),
  ]);
}

// ---------------------------------------------------------------------------------------------

export function assessPosition(answers: MediationAnswers, today: IsoDate): Position {
  const caseRef = caseRefOf(answers);
  if (compareDates(addMonths(answers.decisionLetterDate, 12), today) < 0) return longAgoPosition(answers, today, caseRef);

  const keyDates: KeyDate[] = [];
  const warnings: string[] = [];
  const info: string[] = [];
  let urgent = false;
  const warn = (text: string, isUrgent: boolean): void => {
    warnings.push(text);
    urgent = urgent || isUrgent;
  };

  const advice = needsMediationAdvice(answers.decision, answers.planParts);
  const appeal = canAppeal(answers.decision, answers.planParts);
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

  // Their own time limits that have passed, told once at the top.
  let contactMissed: IsoDate | undefined;
  let appealMissed: IsoDate | undefined;
  let contactedLate = false;

  // 1. Contacting the mediation adviser: a fixed date that never moves.
  const contactBy = deadlines?.contactMediationAdviserBy
    ?? addMonths(answers.decisionLetterDate, timescaleAmount('contactMediationAdviser', 'months'));
  if (advice.required && !answers.contactedAdviser) {
    keyDates.push(keyDate(
      'contactMediationAdviserBy', contactBy, 'Last day to contact the mediation adviser',
      `This is ${T.contact} after the decision letter. It does not move for weekends, bank holidays or August, so contact them well before it.`,
      today,
    ));
    const when = timing(contactBy, today);
    if (when === 'passed') {
      contactMissed = contactBy;
    } else if (when === 'soon') {
      warn(`The last day to contact the mediation adviser is ${long(contactBy)}, ${howSoon(contactBy, today)}. This date does not move for weekends, bank holidays or August, so please contact them as soon as you can.`, true);
    } else {
      info.push(`The last day to contact the mediation adviser is ${long(contactBy)}. This date does not move for weekends, bank holidays or August, so please contact them well before it.`);
    }
  } else if (answers.contactedAdviser && answers.adviserContactDate !== undefined) {
    if (advice.required && compareDates(answers.adviserContactDate, contactBy) > 0) {
      contactedLate = true;
      warn(`You contacted the mediation adviser on ${long(answers.adviserContactDate)}, after the last day (${long(contactBy)}). Please talk to SENDIASS soon about what this means for an appeal.`, true);
    } else {
      info.push(`You contacted the mediation adviser on ${long(answers.adviserContactDate)}. Well done: that was an important step.`);
    }
  }

  // 2. The certificate, or mediation first.
  if (answers.mediationHeld === true) {
    const held = answers.mediationHeldDate === undefined ? 'You have been to mediation.' : `You went to mediation on ${long(answers.mediationHeldDate)}.`;
    info.push(`${held} If it did not settle things, your next step is to appeal to the tribunal, with the mediation certificate.`);
  }
  if (answers.mediationHeld === true && !answers.hasCertificate) {
    // After mediation, the mediator's certificate is due within 3 working days of it ending.
    const heldOn = answers.mediationHeldDate;
    const certificateBy = heldOn === undefined ? undefined : withinTable(() => latestCertificateAfterMediation(heldOn), 'the latest day for your certificate', warnings);
    if (certificateBy === undefined) {
      info.push(`After mediation, the mediator must give you a certificate within ${T.certAfter} of it ending. If it has not come, ask for it.`);
    } else {
      keyDates.push(keyDate(
        'latestCertificate', certificateBy, 'Latest day for your certificate',
        `After mediation, the mediator must give you a certificate within ${T.certAfter} of it ending. If it has not come, ask for it.`,
        today,
      ));
      if (timing(certificateBy, today) === 'passed') {
        warn(`Your certificate should have come by ${long(certificateBy)}. If you do not have it, ask the mediator or the mediation service for it today. SENDIASS can help.`, true);
      }
    }
  } else if (answers.contactedAdviser && !answers.hasCertificate) {
    if (answers.choseMediation === 'yes' && answers.mediationRequestedDate !== undefined) {
      const mediationBy = latestMediationDate(answers.mediationRequestedDate);
      // Counted from the day they contacted the adviser, not the unknown day the council was told: said plainly.
      const estimate = answers.mediationRequestedDateIsEstimate === true;
      const about = estimate ? 'about ' : '';
      const mediationDate = keyDate(
        'latestMediation', mediationBy, estimate ? 'Mediation should take place by about (an estimate)' : 'Mediation should take place by',
        `Mediation must take place within ${T.mediationHeld} of the council being told you want it.${estimate ? ` You did not know that day, so this is counted from the day you contacted the mediation adviser (${long(answers.mediationRequestedDate)}). Ask the adviser or the council for the real date.` : ''} After it ends, the certificate must come within ${T.certAfter}.`,
        today,
      );
      keyDates.push(estimate ? { ...mediationDate, estimate } : mediationDate);
      if (timing(mediationBy, today) === 'passed') {
        warn(`Mediation should have taken place by ${about}${long(mediationBy)}. If it has not happened, ask the mediation adviser or the council why. If mediation cannot take place, you should get a certificate within ${T.certDeclined}. SENDIASS can help you ask.`, true);
      }
    } else if (answers.choseMediation === 'no' && answers.adviserContactDate !== undefined) {
      const toldAdviser = answers.adviserContactDate;
      const certificateBy = withinTable(() => latestCertificateDate(toldAdviser), 'the latest day for your certificate', warnings);
      if (certificateBy === undefined) {
        urgent = true;
      } else {
        keyDates.push(keyDate(
          'latestCertificate', certificateBy, 'Latest day for your certificate',
          `The adviser must give you a certificate within ${T.certDeclined} of you saying you do not want mediation. If it has not come, ask the adviser for it.`,
          today,
        ));
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
  const appealLabel = appeal.appealable ? 'Last day to appeal to the tribunal' : 'Last day to appeal about the plan (section B, F or I)';
  if (deadlines !== undefined) {
    const appealBy = deadlines.appealBy;
    const when = timing(appealBy, today);
    if (when === 'passed' && certificateStillToCome && answers.contactedAdviser) {
      // Not the end: the certificate still to come sets the last day (r20(1)(c)).
      const check = contactedLate ? ' Because you contacted the adviser after the last day, please check this with SENDIASS.' : '';
      keyDates.push({
        key: 'appealBy', when: AFTER_YOUR_CERTIFICATE, label: appealLabel, passed: false,
        note: `The ${T.appealDecision} from the decision letter ended on ${long(appealBy)}, so the ${T.appealCertificate} from your certificate is later, and that is the time you have.${check}`,
      });
      warn(`The ${T.appealDecision} counted from the decision letter ended on ${long(appealBy)}, but you still have time: your last day to appeal will be ${AFTER_YOUR_CERTIFICATE}. When it comes, look at its date and count ${T.appealCertificate} on, or ask me to work it out.${CERTIFICATE_COMES[answers.choseMediation ?? 'not-yet']}${check}`, true);
    } else {
      const later = certificateStillToCome
        ? ` When you get your certificate, you will have until ${T.appealCertificate} after its date, if that is later.`
        : '';
      const why = `This is ${deadlines.appealByRule}.${later}`;
      keyDates.push(keyDate('appealBy', appealBy, appealLabel, why, today));
      if (when === 'passed') {
        appealMissed = appealBy;
      } else if (when === 'soon' && certificateStillToCome && answers.contactedAdviser) {
        // Waiting for a certificate (often mediation still to come): the time from the certificate
        // will usually be later, so this is a date to keep in mind, not an alarm.
        info.push(`Your last day to appeal is ${long(appealBy)}, ${howSoon(appealBy, today)}, unless your certificate comes later. ${why}`);
      } else if (when === 'soon') {
        // With a missed contact date it is told once, with that, below.
        if (contactMissed === undefined) warn(`Your last day to appeal is ${long(appealBy)}, ${howSoon(appealBy, today)}. ${why} Please act now. SENDIASS can help you.`, true);
      } else {
        info.push(`Your last day to appeal is ${long(appealBy)}. ${why}`);
      }
    }
  }

  // Missed time limits of their own: once, kindly, with what they can still do.
  let routes: string[] = [];
  if (contactMissed !== undefined || appealMissed !== undefined) {
    routes = routesAfterMissing(answers.decision);
    const contactText = contactMissed === undefined ? undefined : `the last day to contact the mediation adviser was ${long(contactMissed)}`;
    const appealText = appealMissed === undefined ? undefined : `the last day to appeal was ${long(appealMissed)}`;
    let standing: string;
    if (contactText !== undefined && appealText !== undefined) {
      standing = `${contactText}, and ${appealText}.`;
    } else if (appealText !== undefined) {
      standing = `${appealText}.`;
    } else {
      // Their appeal date moved past a weekend, so it has not quite gone, but most appeals need the certificate.
      const appealDate = deadlines?.appealBy;
      const still = appealDate === undefined ? '' : ` Your last day to appeal is ${long(appealDate)}, ${howSoon(appealDate, today)}, but you need the adviser’s certificate to appeal, so please get advice today.`;
      standing = `${contactText}.${still}`;
    }
    warnings.unshift(missedMessage(standing, routes));
    urgent = true;
  }

  // 4. What mediation is, and what it is not: not for someone who has said no to it, has had it, or whose time limits have gone.
  if (answers.choseMediation !== 'no' && !mediationOver(answers) && routes.length === 0) {
    const e = MEDIATION_FLOW_TEXT.explanations;
    const confidential = answers.youngPerson === true ? MEDIATION_FLOW_TEXT.forYoungPerson.confidential : e.confidential;
    info.push(e.mediation, confidential, `${e.councilMustTakePart} ${e.heldWithin}`, e.whoCanCome, e.agreement);
  }

  const dates = keyDates.filter((d): d is PositionDate => d.date !== undefined && !d.passed);
  return { today, keyDates, dates, warnings, messages: [...warnings, ...info], urgent, routes, longAgo: false, caseRef };
}

/**
 * Straight after the decision letter's date: a deadline of the parent's own that is close, or has
 * passed, said at once, not only in the summary five questions later. Undefined when there is
 * time. The full position, with what to do, still comes at the end.
 */
export function deadlineHeadsUp(answers: Partial<Pick<MediationAnswers, 'decision' | 'planParts' | 'decisionLetterDate'>>, today: IsoDate): string | undefined {
  const { decision, planParts, decisionLetterDate } = answers;
  if (!decision || !decisionLetterDate) return undefined;
  // As if nothing else has happened yet: the questions after this one ask what has.
  const position = assessPosition({ decision, planParts, decisionLetterDate, contactedAdviser: false, hasCertificate: false, wantToChange: '', evidence: [], companions: [] }, today);
  // Over a year old: first, is the year right? (The summary then says what can still be done.)
  if (position.longAgo) return position.warnings[0];
  const own = position.keyDates.filter((k) => (k.key === 'contactMediationAdviserBy' || k.key === 'appealBy') && k.date !== undefined);
  const passed = own.filter((k) => k.passed);
  if (passed.length > 0) {
    return `**Please note:** going by that date, the usual time limit has passed (${passed.map((k) => `${lowerFirst(k.label)}: ${k.when}`).join('; ')}). There may still be things you can do: I will ask a few more questions, then your summary will say what they are.`;
  }
  const soon = own.filter((k) => timing(k.date!, today) === 'soon');
  if (soon.length === 0) return undefined;
  return `**Please note:** ${soon.map((k) => `${lowerFirst(k.label)} is ${k.when}, ${howSoon(k.date!, today)}`).join('; ')}. I will ask a few more questions, then give you a summary with what to do.`;
}

/**
 * "What can I do now it's too late?" during or after the flow, once the appeal date from the
 * parent's own letter has passed: what can still be done for that decision. Undefined while
 * there is time (or before the decision and its date are known).
 */
export function optionsWhenLate(answers: Partial<Pick<MediationAnswers, 'decision' | 'planParts' | 'decisionLetterDate'>>, today: IsoDate): string | undefined {
  const { decision, planParts, decisionLetterDate } = answers;
  if (!decision || !decisionLetterDate) return undefined;
  const position = assessPosition({ decision, planParts, decisionLetterDate, contactedAdviser: false, hasCertificate: false, wantToChange: '', evidence: [], companions: [] }, today);
  const appealBy = position.keyDates.find((k) => k.key === 'appealBy');
  if (!appealBy?.passed) return undefined;
  return [`Going by your letter's date, the usual last day to appeal was ${appealBy.when}. It is not always the end. You can:`, ...routesAfterMissing(decision).map((r) => `- ${r}`)].join('\n');
}

/** A label inside a sentence: its first letter only lower-cased ("section B, F or I" keeps its capitals). */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
