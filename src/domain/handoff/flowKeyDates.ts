/**
 * The dates a guided flow worked out, for the adviser's summary: an adviser should not have to
 * count the statutory deadlines again from the parent's answers. Worked out from the same typed
 * timescales the flows use (src/domain/timescales.ts), from the answers alone.
 */
import { formatLongDate, isIsoDate, type IsoDate } from '../dates/calendarDate';
import { computeAppealDeadlines } from '../deadlines/appealDeadlines';
import { computeEhcRequestDeadlines } from '../deadlines/ehcRequestDeadlines';
import { SEND_METHODS, expectedReceipt } from '../ehcRequest/receiptDate';
import { PLAN_PARTS, isDecisionType, needsMediationAdvice, type PlanPart } from '../mediation/decisionTypes';

const dateIn = (answers: Record<string, unknown>, key: string): IsoDate | undefined => {
  const value = answers[key];
  return typeof value === 'string' && isIsoDate(value) ? (value as IsoDate) : undefined;
};

/** Labelled key dates (the labels read as the summary's other lines); none when the answers hold no date to count from. */
export function flowKeyDates(answers: object): Record<string, string> {
  const a = answers as Record<string, unknown>;
  const out: Record<string, string> = {};
  const decision = dateIn(a, 'decisionLetterDate');
  if (decision) {
    try {
      const dates = computeAppealDeadlines({ decision, ...(a.hasCertificate === true && dateIn(a, 'certificateDate') ? { certificate: dateIn(a, 'certificateDate')! } : {}) });
      // (An appeal about the school alone needs no mediation adviser: the flow's own rule, CFA s55(3).)
      const parts = Array.isArray(a.planParts) ? (a.planParts as unknown[]).filter((p): p is PlanPart => (PLAN_PARTS as readonly unknown[]).includes(p)) : undefined;
      const adviserNeeded = typeof a.decision !== 'string' || !isDecisionType(a.decision) || needsMediationAdvice(a.decision, parts).required;
      if (adviserNeeded && a.hasCertificate !== true) out['Last day to contact a mediation adviser'] = formatLongDate(dates.contactMediationAdviserBy);
      out['Last day to appeal to the tribunal'] = `${formatLongDate(dates.appealBy)} (${dates.appealByRule})`;
    } catch {
      // A day beyond the bank-holiday table: the flow said so to the parent; the adviser works it out.
    }
  }
  // (Before the pack is made, the day it will arrive is worked out as the flow does.)
  const sent = dateIn(a, 'sendDate');
  const method = SEND_METHODS.find((m) => m === a.sendMethod);
  const received = dateIn(a, 'requestReceived') ?? (sent && method ? expectedReceipt(method, sent).received : undefined);
  if (received) {
    const dates = computeEhcRequestDeadlines(received);
    out['Council must decide whether to assess by'] = formatLongDate(dates.decideWhetherToAssess);
    out['Final EHC plan due by'] = formatLongDate(dates.finalPlan);
  }
  return out;
}
