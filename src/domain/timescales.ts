/**
 * Statutory timescales and rules for SEND in England, written once.
 *
 * The knowledge base refers to these by key (`{{t:decideWhetherToAssess}}` renders "6 weeks")
 * and the guided flows compute dates from the same values, so a change in the law is one edit
 * here. Status says how far each value was confirmed (see knowledge/README.md):
 *   confirmed   - checked against the primary text (or a verbatim quote of it)
 *   secondary   - from SENDIASS, IPSEA or council pages only: cite the level that is confirmed
 *   unconfirmed - the number is not confirmed: cite the Act/Regulations/Code chapter
 */

export type TimescaleUnit = 'days' | 'working days' | 'weeks' | 'months' | 'years' | 'date';

export type SourceStatus = 'confirmed' | 'secondary' | 'unconfirmed';

export interface Timescale {
  /** How long (for `date`, the day of the year as `MM-DD`). */
  readonly value: number | string;
  readonly unit: TimescaleUnit;
  /** The legal source at the level that is confirmed. */
  readonly source: string;
  readonly status: SourceStatus;
  /** Plain-English description of what has to happen within this time. */
  readonly description: string;
}

// `as const satisfies` keeps the literal keys (so `TimescaleKey` is a union) while checking shape.
export const TIMESCALES = {
  decideWhetherToAssess: {
    value: 6, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 5(1)', status: 'confirmed',
    description: 'The council must decide whether to carry out an EHC needs assessment, counted from the day it receives the request.',
  },
  adviceForAssessment: {
    value: 6, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 8(1)-(2)', status: 'confirmed',
    description: 'People asked for advice during an EHC needs assessment must give it, counted from the day they are asked. Waiting lists are not an exception.',
  },
  decideNotToIssuePlan: {
    value: 16, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 10(1)', status: 'confirmed',
    description: 'If the council decides not to issue an EHC plan after assessing, it must tell the family, counted from the day it received the request.',
  },
  draftPlanComments: {
    value: 15, unit: 'days', source: 'SEN and Disability Regulations 2014, reg 13(1)(a); Children and Families Act 2014, s38', status: 'confirmed',
    description: 'The least time a family has to comment on a draft EHC plan, ask for a school to be named or ask to meet the council, beginning with the day the draft was served.',
  },
  finalPlan: {
    value: 20, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 13(2); SEND Code of Practice chapter 9', status: 'confirmed',
    description: 'The council must issue the final EHC plan, counted from the day it received the request for an assessment.',
  },
  exceptionPeriod: {
    value: 4, unit: 'weeks', source: 'SEN and Disability Regulations 2014, regs 5(4), 8(2), 10(4), 13(3); SEND Code of Practice 9.42', status: 'confirmed',
    description: 'A school, college or setting closed, or the child or parent away from the area, for at least this long is one of the few lawful reasons for the council to go past its deadlines.',
  },
  annualReview: {
    value: 12, unit: 'months', source: 'Children and Families Act 2014, s44(1)', status: 'confirmed',
    description: 'An EHC plan must be reviewed at least this often, counted from when it was made or last reviewed.',
  },
  underFivesReviewFrom: {
    value: 3, unit: 'months', source: 'SEND Code of Practice 9.178', status: 'confirmed',
    description: 'For a child under 5 the council should consider reviewing the plan more often: every 3 to 6 months (this is the shorter end).',
  },
  underFivesReviewTo: {
    value: 6, unit: 'months', source: 'SEND Code of Practice 9.178', status: 'confirmed',
    description: 'For a child under 5 the council should consider reviewing the plan every 3 to 6 months (this is the longer end).',
  },
  reviewMeetingNotice: {
    value: 2, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 20', status: 'confirmed',
    description: 'The least notice of an annual review meeting; the advice and information for the review must also be sent out at least this long before the meeting.',
  },
  reviewReport: {
    value: 2, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 20', status: 'secondary',
    description: 'The school (or whoever held the meeting) must send the review report to the council and everyone invited, counted from the review meeting.',
  },
  reviewDecision: {
    value: 4, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 20', status: 'secondary',
    description: 'After an annual review meeting the council must decide whether to keep the plan as it is, change it or stop it, and tell the family, counted from the meeting.',
  },
  amendmentComments: {
    value: 15, unit: 'days', source: 'SEN and Disability Regulations 2014, reg 22(2)', status: 'confirmed',
    description: 'The least time a family has to comment on changes the council proposes to an EHC plan after a review.',
  },
  amendedPlanFinal: {
    value: 8, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 22(3)', status: 'confirmed',
    description: 'The council must issue the final amended plan, counted from when it sent the proposed changes.',
  },
  phaseTransferSchool: {
    value: '02-15', unit: 'date', source: 'SEN and Disability Regulations 2014, reg 18(1); SEND Code of Practice 9.179', status: 'confirmed',
    description: 'For a move between school phases (for example primary to secondary), the plan must be reviewed and amended, naming the new school, by this date in the year of the move.',
  },
  phaseTransferPost16: {
    value: '03-31', unit: 'date', source: 'SEN and Disability Regulations 2014, reg 18(1); SEND Code of Practice 9.179', status: 'confirmed',
    description: 'For a move from secondary school to post-16 education, the plan must be reviewed and amended by this date in the year of the move.',
  },
  phaseTransferPost16ToPost16: {
    value: 5, unit: 'months', source: 'SEN and Disability Regulations 2014, reg 18(2); SEND Code of Practice 9.180', status: 'confirmed',
    description: 'For a move from one post-16 institution to another, the plan must be reviewed and amended at least this long before the move.',
  },
  planUpperAge: {
    value: 25, unit: 'years', source: 'Children and Families Act 2014, s46; SEND Code of Practice 9.207', status: 'secondary',
    description: 'A council may keep an EHC plan until the end of the academic year in which the young person turns this age.',
  },
  contactMediationAdviser: {
    value: 2, unit: 'months', source: 'Children and Families Act 2014, s55(3); SEN and Disability Regulations 2014, regs 32-33', status: 'confirmed',
    description: 'Before appealing (unless the appeal is only about the school or placement), contact a mediation adviser within this time of the decision letter being sent.',
  },
  certificateWhenMediationDeclined: {
    value: 3, unit: 'working days', source: 'SEN and Disability Regulations 2014, reg 34(1)', status: 'secondary',
    description: 'If the family tells the mediation adviser they do not want mediation, the adviser must issue a certificate within this time.',
  },
  mediationHeld: {
    value: 30, unit: 'days', source: 'SEN and Disability Regulations 2014, regs 35-37', status: 'secondary',
    description: 'If the family chooses mediation, it must take place within this time of the council being told.',
  },
  certificateAfterMediation: {
    value: 3, unit: 'working days', source: 'SEN and Disability Regulations 2014, reg 39', status: 'secondary',
    description: 'The mediator must issue a certificate within this time after mediation ends.',
  },
  mediationAgreementOtherPoints: {
    value: 2, unit: 'weeks', source: 'SEN and Disability Regulations 2014, reg 42', status: 'confirmed',
    description: 'Points in a mediation agreement that could not have been appealed to the tribunal must be carried out within this time (appealable points follow the tribunal-order time limits).',
  },
  appealAfterDecision: {
    value: 2, unit: 'months', source: 'Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008, r20(1)(c)', status: 'confirmed',
    description: 'An appeal must reach the tribunal within this time after the decision letter was sent, or 1 month from the mediation certificate, whichever is later.',
  },
  appealAfterCertificate: {
    value: 1, unit: 'months', source: 'Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008, r20(1)(c)', status: 'confirmed',
    description: 'An appeal must reach the tribunal within this time of the mediation certificate being issued, or 2 months after the decision letter, whichever is later.',
  },
} as const satisfies Record<string, Timescale>;

export type TimescaleKey = keyof typeof TIMESCALES;

export function isTimescaleKey(key: string): key is TimescaleKey {
  return Object.prototype.hasOwnProperty.call(TIMESCALES, key);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** The timescale as a parent reads it: "6 weeks", "3 working days", "15 February". */
export function describeTimescale(key: TimescaleKey): string {
  const t: Timescale = TIMESCALES[key];
  if (t.unit === 'date') {
    const [month, day] = String(t.value).split('-').map(Number);
    return `${day} ${MONTH_NAMES[month - 1]}`;
  }
  const n = Number(t.value);
  const unit = n === 1 ? t.unit.replace(/s$/, '') : t.unit;
  return `${n} ${unit}`;
}
