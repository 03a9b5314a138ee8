/**
 * Everything the flow hands back at the end, built in one call: the receipt date, the draft
 * letter, the evidence checklist, the key dates and the calendar file.
 */
import type { IsoDate } from '../dates/calendarDate';
import type { LocalServices } from '../localServices';
import type { EhcRequestAnswers } from './ehcRequestAnswers';
import { buildEhcTimeline, buildEhcTimelineIcs, EhcTimeline } from './ehcTimeline';
import { buildEvidenceChecklist, EvidenceChecklist } from './evidenceChecklist';
import { expectedReceipt, ExpectedReceipt } from './receiptDate';
import { buildRequestLetter, RequestLetter } from './requestLetter';

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
  readonly receipt: ExpectedReceipt;
  /** Undefined for a professional (show `professionalGuidance()` instead). */
  readonly letter?: RequestLetter;
  readonly checklist: EvidenceChecklist;
  readonly timeline: EhcTimeline;
  /** iCalendar text for EHC_REQUEST_FILE_NAMES.calendar. */
  readonly ics: string;
}

export interface EhcRequestPackOptions {
  /** For post: the delivery date, when the family knows it. */
  readonly deliveredOn?: IsoDate;
  /** The calendar file's timestamp (for tests). */
  readonly now?: Date;
}

export function buildEhcRequestPack(
  answers: EhcRequestAnswers,
  services: LocalServices,
  today: IsoDate,
  options: EhcRequestPackOptions = {},
): EhcRequestPack {
  const receipt = expectedReceipt(answers.sendMethod, answers.sendDate, options.deliveredOn);
  const completed: EhcRequestAnswers = { ...answers, requestReceived: receipt.received };
  return {
    answers: completed,
    receipt,
    ...(answers.requester === 'professional' ? {} : { letter: buildRequestLetter(completed, services, today) }),
    checklist: buildEvidenceChecklist(answers.evidence),
    timeline: buildEhcTimeline(receipt.received, { today, countedFromPosting: !receipt.exact }),
    ics: buildEhcTimelineIcs(receipt.received, answers.childFirstName, {
      countedFromPosting: !receipt.exact,
      ...(options.now === undefined ? {} : { now: options.now }),
    }),
  };
}
