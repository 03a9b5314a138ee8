/**
 * Everything the flow hands back at the end, built in one call: the receipt date, the draft
 * letter, the evidence checklist, the key dates and the calendar file, all worded for where
 * the family is now (a request still to send, or one sent some time ago).
 */
import { calendarIdFrom } from '../calendar/calendarId';
import { IsoDate, compareDates, formatLongDate } from '../dates/calendarDate';
import { DateOutOfRangeError, bankHolidayName, isWeekend } from '../dates/bankHolidays';
import type { LocalServices } from '../localServices';
import { ageOn } from './ageAndRights';
import type { EhcRequestAnswers } from './ehcRequestAnswers';
import { buildEhcTimeline, buildEhcTimelineIcs, EhcTimeline } from './ehcTimeline';
import { evidenceAboutFor } from './evidenceAbout';
import { buildEvidenceChecklist, EvidenceChecklist, EvidenceChecklistContext } from './evidenceChecklist';
import { EHC_FLOW_TEXT } from './flowText';
import { expectedReceipt, ExpectedReceipt } from './receiptDate';
import { buildRequestLetter, firstNameAsWritten, RequestLetter } from './requestLetter';

/** Names for the files the dialog attaches (no personal details in them). */
export const EHC_REQUEST_FILE_NAMES = {
  letter: 'ehc-assessment-request-letter.txt',
  checklist: 'ehc-evidence-checklist.txt',
  timeline: 'ehc-key-dates.txt',
  calendar: 'ehc-key-dates.ics',
} as const;

export interface EhcRequestPack {
  /** The answers with `requestReceived` filled in. */
  readonly answers: EhcRequestAnswers;
  /** When the clock starts, with a note worded for a request still to send or already sent. */
  readonly receipt: ExpectedReceipt;
  /** Undefined for a professional (show `professionalGuidance()` instead). */
  readonly letter?: RequestLetter;
  readonly checklist: EvidenceChecklist;
  readonly timeline: EhcTimeline;
  /** iCalendar text for EHC_REQUEST_FILE_NAMES.calendar. */
  readonly ics: string;
  /** True when the send date is before today: the letter is a record, not something to send. */
  readonly alreadySent: boolean;
  /** The closing words: "send your letter" only when it has not been sent. */
  readonly closing: string;
}

export interface EhcRequestPackOptions {
  /** For post: the delivery date, when the family knows it. */
  readonly deliveredOn?: IsoDate;
  /**
   * The conversation's id. Calendar events are identified by it, so two families never share
   * one and a corrected date replaces the old event. Without it, the answers that are not
   * dates stand in.
   */
  readonly packId?: string;
  /** The calendar file's timestamp (for tests). */
  readonly now?: Date;
}

const CLOSING_AFTER_SENDING = 'What to do next: keep this letter with your records, and check where things stand in your key dates. If the council has missed a date, write to the SEN team. Would you like a SENDIASS adviser, a real person from your free local service, to help you with the next step?';

/** The receipt note in the past tense, for a request sent some time ago. */
function sentNote(answers: EhcRequestAnswers, receipt: ExpectedReceipt): string {
  const sent = formatLongDate(answers.sendDate);
  switch (answers.sendMethod) {
    case 'email':
      return `You sent your request by email on ${sent}, so the council’s clock started that day. Keep the sent email: it shows the date.`;
    case 'hand':
      return `You handed in your request on ${sent}, so the council’s clock started that day. Keep your dated receipt or date-stamped copy, if you have one.`;
    case 'post':
      return receipt.exact
        ? receipt.note
        : `You posted your request on ${sent}. The clock started on the day the council received it, so the real dates are a little later than these. If you have proof of delivery, your dates count from the delivery date.`;
  }
}

/** "Christmas Day", "a Saturday", or undefined on a working day (weekends only, beyond the bank holiday list). */
function whyOfficesMayBeClosed(day: IsoDate): string | undefined {
  let holiday: string | undefined;
  try {
    holiday = bankHolidayName(day);
  } catch (err) {
    if (!(err instanceof DateOutOfRangeError)) throw err;
  }
  if (holiday !== undefined) return `a bank holiday (${holiday})`;
  return isWeekend(day) ? `a ${formatLongDate(day).split(' ')[0]}` : undefined;
}

/** Handing it in on a day the offices are likely shut: a gentle word, not a refusal. */
function closedOfficeNote(answers: EhcRequestAnswers): string | undefined {
  if (answers.sendMethod !== 'hand') return undefined;
  const why = whyOfficesMayBeClosed(answers.sendDate);
  if (why === undefined) return undefined;
  return `${formatLongDate(answers.sendDate)} is ${why}, when council offices are often closed. If yours is, you could email your request instead, or hand it in on another day: then change the date on the letter, and your dates will start from that day.`;
}

function receiptFor(answers: EhcRequestAnswers, today: IsoDate, alreadySent: boolean, deliveredOn: IsoDate | undefined): ExpectedReceipt {
  const receipt = expectedReceipt(answers.sendMethod, answers.sendDate, deliveredOn);
  if (alreadySent) return { ...receipt, note: sentNote(answers, receipt) };
  const closed = compareDates(answers.sendDate, today) >= 0 ? closedOfficeNote(answers) : undefined;
  return closed === undefined ? receipt : { ...receipt, note: `${receipt.note}\n\n${closed}` };
}

/** Who the checklist is about (on the day the request is made), where they learn and how old they are. */
function checklistContext(answers: EhcRequestAnswers, today: IsoDate): EvidenceChecklistContext {
  const age = answers.age ?? (answers.dateOfBirth === undefined ? undefined : ageOn(answers.dateOfBirth, today));
  const child = {
    ...(answers.dateOfBirth === undefined ? {} : { dateOfBirth: answers.dateOfBirth }),
    ...(age === undefined ? {} : { age }),
  };
  return { about: evidenceAboutFor({ requester: answers.requester, ...child }, answers.sendDate), setting: answers.setting, ...(age === undefined ? {} : { age }) };
}

export function buildEhcRequestPack(
  answers: EhcRequestAnswers,
  services: LocalServices,
  today: IsoDate,
  options: EhcRequestPackOptions = {},
): EhcRequestPack {
  const alreadySent = compareDates(answers.sendDate, today) < 0;
  const receipt = receiptFor(answers, today, alreadySent, options.deliveredOn);
  const completed: EhcRequestAnswers = { ...answers, requestReceived: receipt.received };
  const calendarId = options.packId ?? calendarIdFrom([
    'ehc-request', answers.requester, answers.childFirstName?.toLowerCase(), answers.council, answers.setting,
    answers.settingName, answers.difficulties, answers.supportTried,
  ]);
  return {
    answers: completed,
    receipt,
    ...(answers.requester === 'professional' ? {} : { letter: buildRequestLetter(completed, services, today) }),
    checklist: buildEvidenceChecklist(answers.evidence, checklistContext(answers, today)),
    timeline: buildEhcTimeline(receipt.received, { today, countedFromPosting: !receipt.exact }),
    ics: buildEhcTimelineIcs(receipt.received, firstNameAsWritten(answers.childFirstName), {
      calendarId,
      today,
      countedFromPosting: !receipt.exact,
      ...(options.now === undefined ? {} : { now: options.now }),
    }),
    alreadySent,
    closing: alreadySent ? CLOSING_AFTER_SENDING : EHC_FLOW_TEXT.closing,
  };
}
