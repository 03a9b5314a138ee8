/**
 * The council decisions a parent may want to challenge, and what the law says about each:
 * whether it can go to the tribunal (Children and Families Act 2014, s51(2)) and whether the
 * parent must contact a mediation adviser first (CFA s55(3); SEN and Disability Regulations
 * 2014, regs 32-33). Facts come from /work/shared/kb-topics.md only.
 */
import { describeTimescale } from '../timescales';

export const DECISION_TYPES = [
  'refuse-assess',
  'refuse-plan',
  'plan-content',
  'health-social-care',
  'refuse-amend',
  'cease-plan',
  'refuse-reassess',
] as const;

export type DecisionType = (typeof DECISION_TYPES)[number];

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** As a parent would describe the decision, not as the Act does. */
export const DECISION_CHOICES: ReadonlyArray<Choice<DecisionType>> = [
  { value: 'refuse-assess', label: 'The council said no to an EHC needs assessment' },
  { value: 'refuse-plan', label: 'The council assessed my child but said no to an EHC plan' },
  { value: 'plan-content', label: 'What the plan says: the needs (section B), the help (section F) or the school (section I)' },
  { value: 'health-social-care', label: 'The health or social care parts of the plan' },
  { value: 'refuse-amend', label: 'The council will not change the plan after a review' },
  { value: 'cease-plan', label: 'The council wants to end (cease) the plan' },
  { value: 'refuse-reassess', label: 'The council said no to a new assessment (reassessment)' },
];

export const PLAN_PARTS = ['B', 'F', 'I'] as const;

export type PlanPart = (typeof PLAN_PARTS)[number];

/** What each appealable section of an EHC plan is, in plain words. */
export const PLAN_PART_EXPLANATIONS: Readonly<Record<PlanPart, string>> = {
  B: "Section B describes your child's special educational needs: what they find hard and why.",
  F: 'Section F is the special educational provision: the help your child must get, for example how much support and from whom.',
  I: 'Section I names the school, college or other placement your child will go to.',
};

export const PLAN_PART_CHOICES: ReadonlyArray<Choice<PlanPart>> = [
  { value: 'B', label: 'Section B: the needs' },
  { value: 'F', label: 'Section F: the help my child must get' },
  { value: 'I', label: 'Section I: the school or placement named' },
];

/** The parts of a plan as a young person reads them about their own plan. */
export function planPartChoicesFor(youngPerson: boolean | undefined): ReadonlyArray<Choice<PlanPart>> {
  return youngPerson ? PLAN_PART_CHOICES.map((c) => (c.value === 'F' ? { ...c, label: 'Section F: the help I must get' } : c)) : PLAN_PART_CHOICES;
}

export function isDecisionType(value: string): value is DecisionType {
  return (DECISION_TYPES as readonly string[]).includes(value);
}

export function isPlanPart(value: string): value is PlanPart {
  return (PLAN_PARTS as readonly string[]).includes(value);
}

export interface MediationAdviceRule {
  readonly required: boolean;
  readonly reason: string;
}

const CONTACT_TIME = describeTimescale('contactMediationAdviser');

const REQUIRED_BEFORE_APPEAL =
  `Before you can appeal, you must contact a mediation adviser within ${CONTACT_TIME} of the date on the decision letter. `
  + 'A mediation adviser is someone who explains mediation to you. To appeal, you will need a certificate from them (or from the mediator, if you have mediation).';

/** True when the parent disagrees only with the school or placement named (section I). */
export function isPlacementOnly(parts: readonly PlanPart[] | undefined): boolean {
  return parts !== undefined && parts.length > 0 && parts.every((p) => p === 'I');
}

/** Whether the parent must contact a mediation adviser before appealing this decision. */
export function needsMediationAdvice(decision: DecisionType, parts?: readonly PlanPart[]): MediationAdviceRule {
  switch (decision) {
    case 'plan-content':
      if (isPlacementOnly(parts)) {
        return {
          required: false,
          reason: 'Your appeal would only be about the school or placement named in section I, so you do not have to contact a mediation adviser first. You can still choose to if you would like to try mediation.',
        };
      }
      if (parts === undefined || parts.length === 0) {
        return {
          required: true,
          reason: `${REQUIRED_BEFORE_APPEAL} The only exception is an appeal that is just about the school or placement in section I.`,
        };
      }
      return {
        required: true,
        reason: parts.includes('I')
          ? `${REQUIRED_BEFORE_APPEAL} This applies because your appeal is about more than the school (section I).`
          : REQUIRED_BEFORE_APPEAL,
      };
    case 'health-social-care':
      // No appeal lies on these parts alone; they join an appeal about B, F or I (an "extended
      // appeal"), and that appeal needs mediation advice first. Mediation can cover them too.
      return {
        required: true,
        reason: 'Mediation can be about the health and social care parts of the plan (for health-only issues, the local NHS body, the ICB, takes part). '
          + `If you also appeal about the plan, for example section B or F, you must first contact a mediation adviser within ${CONTACT_TIME} of the decision letter.`,
      };
    case 'refuse-assess':
    case 'refuse-plan':
    case 'refuse-amend':
    case 'cease-plan':
    case 'refuse-reassess':
      return { required: true, reason: REQUIRED_BEFORE_APPEAL };
  }
}

export interface AppealRule {
  readonly appealable: boolean;
  readonly note: string;
}

const PART_NAMES: Readonly<Record<PlanPart, string>> = { B: 'section B (needs)', F: 'section F (help)', I: 'section I (school or placement)' };

/** "section B (needs) and section I (school or placement)": the parts chosen, or all three when none is known. */
function partsListed(parts: readonly PlanPart[] | undefined): string {
  const names = PLAN_PARTS.filter((p) => parts === undefined || parts.length === 0 || parts.includes(p)).map((p) => PART_NAMES[p]);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Whether the tribunal can hear an appeal about this decision (CFA s51(2)). For what a plan says,
 * the note names only the parts the parent disagrees with, when known (an appeal about section I
 * only is not said to be about B and F too).
 */
export function canAppeal(decision: DecisionType, parts?: readonly PlanPart[]): AppealRule {
  const tribunal = 'the tribunal (an independent panel, a bit like a court, that settles disagreements about EHC needs assessments and plans)';
  switch (decision) {
    case 'refuse-assess':
      return { appealable: true, note: `You can appeal to ${tribunal} about a refusal to carry out an EHC needs assessment.` };
    case 'refuse-plan':
      return { appealable: true, note: `You can appeal to ${tribunal} about a decision not to issue an EHC plan.` };
    case 'plan-content':
      return { appealable: true, note: `You can appeal to ${tribunal} about ${partsListed(parts)} of the plan.` };
    case 'refuse-amend':
      return { appealable: true, note: `You can appeal to ${tribunal} about a decision not to change the plan after a review.` };
    case 'cease-plan':
      return { appealable: true, note: `You can appeal to ${tribunal} about a decision to end (cease) the plan.` };
    case 'refuse-reassess':
      return { appealable: true, note: `You can appeal to ${tribunal} about a refusal to carry out a new assessment.` };
    case 'health-social-care':
      return {
        appealable: false,
        note: 'You cannot appeal about the health or social care parts on their own. '
          + 'If you appeal about section B, F or I (or another decision the tribunal can hear), you can ask it to look at them too. '
          + 'For these parts the tribunal can only make recommendations, which do not have to be followed. '
          + 'Mediation can be about health and social care parts.',
      };
  }
}
