/**
 * Everything the "prepare for mediation / appeal" flow collects, as one checked shape, and the
 * date checks the dialog runs on each answer. Messages are written for parents: they say what is
 * wrong and what to type instead, never just "invalid".
 */
import { z } from 'zod';
import { IsoDate, compareDates, formatLongDate, isIsoDate, readParentDate, unreadDateReply } from '../dates/calendarDate';
import { DECISION_TYPES, PLAN_PARTS } from './decisionTypes';

export const MEDIATION_CHOICES = ['yes', 'no', 'not-yet'] as const;

/** Did they tell the mediation adviser they want mediation? */
export type MediationChoice = (typeof MEDIATION_CHOICES)[number];

const DATE_EXAMPLE = 'for example 13 April 2026 or 13/4/2026';

const isoDateSchema = z.string().refine(isIsoDate, { error: `Please give a real date, ${DATE_EXAMPLE}.` });

/** Their own words: trimmed, not empty, and short enough to put in a summary. */
const ownWords = (max: number, emptyMessage: string) =>
  z.string().trim().min(1, { error: emptyMessage }).max(max, { error: `Please keep this under ${max} characters. You can add more detail when you talk to SENDIASS.` });

const baseSchema = z.object({
  decision: z.enum(DECISION_TYPES, { error: 'Please choose the decision you disagree with.' }),
  /** Only for plan-content: which sections they disagree with. */
  planParts: z.array(z.enum(PLAN_PARTS)).min(1, { error: 'Please choose at least one section: B, F or I.' }).optional(),
  decisionLetterDate: isoDateSchema,
  contactedAdviser: z.boolean(),
  adviserContactDate: isoDateSchema.optional(),
  choseMediation: z.enum(MEDIATION_CHOICES).optional(),
  /** When the council was told they want mediation (the 30 days count from here). */
  mediationRequestedDate: isoDateSchema.optional(),
  /**
   * True when the parent could not know that day (the adviser tells the council) and the day they
   * contacted the adviser stands in for it: the 30-day date is then an estimate, and says so.
   */
  mediationRequestedDateIsEstimate: z.boolean().optional(),
  hasCertificate: z.boolean(),
  certificateDate: isoDateSchema.optional(),
  /** Mediation has already taken place ("we had the mediation on the 20th"): what is left is the appeal. */
  mediationHeld: z.boolean().optional(),
  /** The day it took place, when said: the mediator's certificate is due within 3 working days of it. */
  mediationHeldDate: isoDateSchema.optional(),
  /** A young person asking about their own plan: spoken to as "you", not as the parent of "your child". */
  youngPerson: z.boolean().optional(),
  /** What they disagree with and what they want instead, in their words. */
  wantToChange: ownWords(2000, 'Please tell me, in your own words, what you would like to change.'),
  /** Keys from EVIDENCE_CHOICES or their own words. */
  evidence: z.array(ownWords(500, 'Please describe the evidence, or choose "none yet".')),
  /** Keys from COMPANION_CHOICES or their own words. */
  companions: z.array(ownWords(200, 'Please say who will come with you, or choose "not sure yet".')),
});

export type MediationAnswers = z.infer<typeof baseSchema>;

/** The outcome of checking one answer. */
export type DateCheck = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly message: string };

const fail = (message: string): DateCheck => ({ ok: false, message });

/**
 * Reads a date as a parent types it ("13/4/2026", "13 April", "yesterday", "last Tuesday"). Every
 * date this flow asks for has already happened, so "15 December" is the most recent one.
 */
export function readAnswerDate(text: string, today: IsoDate): DateCheck {
  const reading = readParentDate(text, today, 'past');
  return reading.ok
    ? { ok: true, date: reading.date }
    : fail(reading.noSuchDay ?? unreadDateReply(text, 'That is all right. Look for the date on the letter or email. If you do not have it to hand, you can come back when you have it (if you close this page, you may have to start again), or say "talk to a person".'));
}

function notInFuture(date: IsoDate, today: IsoDate, what: string): DateCheck | undefined {
  return compareDates(date, today) > 0
    ? fail(`${what} cannot be after today, and I read your date as ${formatLongDate(date)}. Please check it and type it again.`)
    : undefined;
}

function notBeforeDecision(date: IsoDate, decisionLetterDate: IsoDate, what: string): DateCheck | undefined {
  return compareDates(date, decisionLetterDate) < 0
    ? fail(`${what} (${formatLongDate(date)}) is before the date on the decision letter (${formatLongDate(decisionLetterDate)}). Please check both dates. If the letter date is wrong, say "back" to change it.`)
    : undefined;
}

export function checkDecisionLetterDate(date: IsoDate, today: IsoDate): DateCheck {
  return notInFuture(date, today, 'The date on the decision letter') ?? { ok: true, date };
}

export function checkAdviserContactDate(date: IsoDate, decisionLetterDate: IsoDate, today: IsoDate): DateCheck {
  return notInFuture(date, today, 'The day you contacted the mediation adviser')
    ?? notBeforeDecision(date, decisionLetterDate, 'The day you contacted the mediation adviser')
    ?? { ok: true, date };
}

export function checkMediationRequestedDate(date: IsoDate, decisionLetterDate: IsoDate, today: IsoDate): DateCheck {
  return notInFuture(date, today, 'The day you asked for mediation')
    ?? notBeforeDecision(date, decisionLetterDate, 'The day you asked for mediation')
    ?? { ok: true, date };
}

/** The day mediation took place: not after today, nor before the decision it was about. */
export function checkMediationHeldDate(date: IsoDate, decisionLetterDate: IsoDate, today: IsoDate): DateCheck {
  return notInFuture(date, today, 'The day of the mediation')
    ?? notBeforeDecision(date, decisionLetterDate, 'The day of the mediation')
    ?? { ok: true, date };
}

/** The mediation adviser issues the certificate, so it cannot be dated before they were contacted. */
export function checkCertificateDate(date: IsoDate, decisionLetterDate: IsoDate, today: IsoDate, adviserContactDate?: IsoDate): DateCheck {
  return notInFuture(date, today, 'The date on the certificate')
    ?? notBeforeDecision(date, decisionLetterDate, 'The date on the certificate')
    ?? (adviserContactDate !== undefined && compareDates(date, adviserContactDate) < 0
      ? fail(`The date on the certificate (${formatLongDate(date)}) is before the day you contacted the mediation adviser (${formatLongDate(adviserContactDate)}), who gives the certificate. Please check both dates. If the earlier date is wrong, say "back" to change it.`)
      : undefined)
    ?? { ok: true, date };
}

/**
 * The full schema for a given day: the per-answer checks above plus the answers that depend on
 * each other (a certificate date only when they have one, and so on).
 */
export function mediationAnswersSchema(today: IsoDate) {
  return baseSchema.superRefine((a, ctx) => {
    const issue = (path: keyof MediationAnswers, check: DateCheck | string | undefined): void => {
      if (check === undefined) return;
      if (typeof check === 'string') ctx.addIssue({ code: 'custom', path: [path], message: check });
      else if (!check.ok) ctx.addIssue({ code: 'custom', path: [path], message: check.message });
    };
    // Cross-field checks only make sense on real dates; the field schemas report the others.
    if (!isIsoDate(a.decisionLetterDate)) return;
    issue('decisionLetterDate', checkDecisionLetterDate(a.decisionLetterDate, today));

    if (a.decision === 'plan-content' && (a.planParts === undefined || a.planParts.length === 0)) {
      issue('planParts', 'Please choose which parts of the plan you disagree with: B, F or I.');
    }
    if (a.contactedAdviser && a.adviserContactDate === undefined) {
      issue('adviserContactDate', 'Please tell me roughly when you contacted the mediation adviser.');
    }
    if (a.adviserContactDate !== undefined && isIsoDate(a.adviserContactDate)) {
      issue('adviserContactDate', checkAdviserContactDate(a.adviserContactDate, a.decisionLetterDate, today));
    }
    // (Once mediation has taken place, or the certificate is in hand, the day the council was told moves nothing.)
    if (a.choseMediation === 'yes' && a.mediationRequestedDate === undefined && !a.mediationHeld && !a.hasCertificate) {
      issue('mediationRequestedDate', 'Please tell me roughly when you asked for mediation.');
    }
    if (a.mediationRequestedDate !== undefined && isIsoDate(a.mediationRequestedDate)) {
      issue('mediationRequestedDate', checkMediationRequestedDate(a.mediationRequestedDate, a.decisionLetterDate, today));
    }
    if (a.hasCertificate && a.certificateDate === undefined) {
      issue('certificateDate', 'Please tell me the date on the certificate.');
    }
    if (a.certificateDate !== undefined && isIsoDate(a.certificateDate)) {
      issue('certificateDate', checkCertificateDate(a.certificateDate, a.decisionLetterDate, today, a.adviserContactDate));
    }
    if (a.mediationHeldDate !== undefined && isIsoDate(a.mediationHeldDate)) {
      issue('mediationHeldDate', checkMediationHeldDate(a.mediationHeldDate, a.decisionLetterDate, today));
    }
  });
}

export type AnswersCheck =
  | { readonly ok: true; readonly answers: MediationAnswers }
  | { readonly ok: false; readonly messages: string[] };

/** Checks a whole set of answers (for example restored from storage) before using it. */
export function validateMediationAnswers(input: unknown, today: IsoDate): AnswersCheck {
  const result = mediationAnswersSchema(today).safeParse(input);
  return result.success
    ? { ok: true, answers: result.data }
    : { ok: false, messages: result.error.issues.map((i) => i.message) };
}
