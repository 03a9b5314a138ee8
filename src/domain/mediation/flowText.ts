/**
 * The fixed words the mediation / appeal flow shows. Every statutory number comes from the
 * timescales table, so the text cannot drift from the deadline arithmetic. Each text is short
 * (at most 60 words, checked by a test) and explains any term the first time it appears.
 */
import { describeTimescale } from '../timescales';
import type { Choice } from './decisionTypes';
import type { MediationAnswers, MediationChoice } from './mediationAnswers';

export { DECISION_CHOICES, PLAN_PART_CHOICES } from './decisionTypes';

const t = {
  contact: describeTimescale('contactMediationAdviser'),
  certDeclined: describeTimescale('certificateWhenMediationDeclined'),
  mediationHeld: describeTimescale('mediationHeld'),
  certAfter: describeTimescale('certificateAfterMediation'),
  otherPoints: describeTimescale('mediationAgreementOtherPoints'),
  appealDecision: describeTimescale('appealAfterDecision'),
  appealCertificate: describeTimescale('appealAfterCertificate'),
};

/** The questions the flow asks, in order (the dialog may skip ones that do not apply). */
export type MediationQuestion = keyof MediationAnswers;

export interface QuestionText {
  /** The question itself. */
  readonly prompt: string;
  /** One or two sentences shown before it: why we ask. */
  readonly whyWeAsk: string;
}

const questions = {
  decision: {
    prompt: 'Which decision do you disagree with?',
    whyWeAsk: 'Different decisions have different rules, so this helps me give you the right dates.',
  },
  planParts: {
    prompt: 'Which parts of the plan do you disagree with? You can choose more than one.',
    whyWeAsk: 'Section I names the school. If that is all you disagree with, you can appeal without first talking to a mediation adviser.',
  },
  decisionLetterDate: {
    prompt: 'What date is on the decision letter?',
    whyWeAsk: 'Your deadlines are counted from when the council sent the decision letter. This is usually the date printed on it.',
  },
  contactedAdviser: {
    prompt: 'Have you contacted a mediation adviser yet?',
    whyWeAsk: 'A mediation adviser is someone who explains mediation to you. The decision letter usually says how to reach them. Before most appeals you must contact one, so the date matters.',
  },
  adviserContactDate: {
    prompt: 'On what date did you contact the mediation adviser?',
    whyWeAsk: `If you tell the adviser you do not want mediation, they must give you a certificate within ${t.certDeclined}. I will work out that date.`,
  },
  choseMediation: {
    prompt: 'Have you told the adviser you want mediation?',
    whyWeAsk: 'Mediation is a meeting with the council, led by an independent mediator, to try to agree. It is your choice whether to have it.',
  },
  mediationRequestedDate: {
    prompt: 'When was the council told that you want mediation?',
    whyWeAsk: `Mediation must take place within ${t.mediationHeld} of the council being told. I will work out that date for you.`,
  },
  hasCertificate: {
    prompt: 'Do you have a certificate from the mediation adviser or the mediator?',
    whyWeAsk: 'A certificate is a short document that shows you have had mediation information, or been to mediation. You need it to appeal (unless the appeal is only about the school), and it can give you more time.',
  },
  certificateDate: {
    prompt: 'What date is on the certificate?',
    whyWeAsk: `You have until ${t.appealDecision} after the decision letter to appeal. Or you have ${t.appealCertificate} from the certificate. You get whichever is later.`,
  },
  wantToChange: {
    prompt: 'In your own words, what do you disagree with, and what would you like instead?',
    whyWeAsk: 'I will put your words in your summary, so you can say clearly what you want. There are no wrong answers.',
  },
  evidence: {
    prompt: 'What evidence do you have? Choose any that fit, or tell me in your own words.',
    whyWeAsk: 'Reports, letters and your own notes help show what your child needs. Listing them now helps you bring the right papers.',
  },
  companions: {
    prompt: 'Who might come with you?',
    whyWeAsk: 'You do not have to go alone. You can bring a friend or family member, someone from SENDIASS (your free local SEND advice service), or another supporter or advocate.',
  },
} as const satisfies Record<MediationQuestion, QuestionText>;

const explanations = {
  mediationAdviser: 'A mediation adviser is someone who tells you about mediation and how it works. If you decide not to have mediation, they give you a certificate. The decision letter usually says how to reach them.',
  certificate: 'A certificate is a short document from the mediation adviser or mediator. It shows you have had mediation information, or been to mediation. You need it to appeal, unless the appeal is only about the school.',
  tribunal: 'The tribunal is an independent panel, a bit like a court, that settles disagreements about EHC needs assessments and plans. Its full name is the First-tier Tribunal (SEND).',
  mediation: 'Mediation is a meeting to try to sort out the disagreement. An independent mediator helps you and the council talk. The mediator does not take sides and decides nothing. It is your choice whether to have it.',
  confidential: 'Mediation is confidential. This means what is said there stays private. So you can speak openly about what your child needs.',
  councilMustTakePart: 'If you choose mediation, the council must take part.',
  heldWithin: `The mediation must take place within ${t.mediationHeld} of the council being told.`,
  whoCanCome: 'You can bring a friend or family member, someone from SENDIASS, or another supporter or advocate. You do not have to go alone.',
  agreement: `Anything agreed at mediation is written down. Points the tribunal could have decided must be done within the time limits for tribunal orders. Other points must be done within ${t.otherPoints}.`,
  certificateTiming: `If you decline mediation, the adviser must give you a certificate within ${t.certDeclined}. After mediation, the certificate must come within ${t.certAfter} of it ending.`,
  contactDateDoesNotMove: `The last day to contact the mediation adviser is ${t.contact} after the decision letter. It does not move for weekends, bank holidays or August. Please contact them well before it.`,
  appealDeadline: `You must appeal by ${t.appealDecision} after the decision letter, or ${t.appealCertificate} after your certificate, whichever is later. If that day is in August, from 25 December to 1 January, or not a working day, it moves later. I work this out for you.`,
  healthAndSocialCare: 'Mediation can be about the health and social care parts of a plan. The tribunal can look at them only as part of an appeal about the plan, and then it can only make recommendations.',
  notLegalAdvice: 'I can give you information and help you get ready, but I am not a lawyer and I cannot give legal advice about your case. SENDIASS or IPSEA can.',
} as const;

export const MEDIATION_FLOW_TEXT = {
  intro: 'I can help you get ready for mediation or an appeal. I will ask about the decision, your dates and what you want to change. Then I will work out your key dates and make a summary to keep. It takes about 5 minutes. You can say "back", "cancel" or "talk to a person" at any time.',
  questions,
  explanations,
  /** Shown with the summary and calendar file. */
  summaryReady: 'Here is your summary and your key dates. You can save it, print it or share it with someone who is helping you. The calendar file adds your dates to your phone or computer calendar.',
  closing: 'That is everything for now. You have done a lot. If you would like to talk it through with a person, a SENDIASS adviser can help. SENDIASS is free, impartial and separate from the council. Would you like me to put you in touch?',
  cancelled: 'No problem, I have stopped. Nothing you told me has been sent anywhere. You can start again at any time by saying "mediation".',
} as const;

export type MediationFlowText = typeof MEDIATION_FLOW_TEXT;

export const YES_NO_CHOICES: ReadonlyArray<Choice<'yes' | 'no'>> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const MEDIATION_CHOICE_CHOICES: ReadonlyArray<Choice<MediationChoice>> = [
  { value: 'yes', label: 'Yes, I want mediation' },
  { value: 'no', label: 'No, I do not want mediation' },
  { value: 'not-yet', label: 'Not yet: I have not decided' },
];

export const COMPANION_KEYS = ['friend-family', 'sendiass', 'advocate', 'no-one', 'not-sure'] as const;
export type CompanionKey = (typeof COMPANION_KEYS)[number];

export const COMPANION_CHOICES: ReadonlyArray<Choice<CompanionKey>> = [
  { value: 'friend-family', label: 'a friend or family member' },
  { value: 'sendiass', label: 'SENDIASS' },
  { value: 'advocate', label: 'an advocate' },
  { value: 'no-one', label: 'no one' },
  { value: 'not-sure', label: 'not sure yet' },
];

export const EVIDENCE_KEYS = [
  'decision-letter', 'plan', 'school-reports', 'professional-reports', 'health-reports',
  'own-notes', 'child-views', 'emails', 'none-yet',
] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export const EVIDENCE_CHOICES: ReadonlyArray<Choice<EvidenceKey>> = [
  { value: 'decision-letter', label: 'the decision letter' },
  { value: 'plan', label: 'the EHC plan or draft plan' },
  { value: 'school-reports', label: 'school reports and records of progress' },
  { value: 'professional-reports', label: 'reports from professionals (for example an educational psychologist or speech and language therapist)' },
  { value: 'health-reports', label: 'letters or reports from doctors or other health staff' },
  { value: 'own-notes', label: 'my own notes or diary about my child' },
  { value: 'child-views', label: "my child's own views" },
  { value: 'emails', label: 'emails and letters with the school or council' },
  { value: 'none-yet', label: 'none yet' },
];

/** The label for a choice key, or undefined when the text is the parent's own words. */
export function choiceLabel<T extends string>(choices: ReadonlyArray<Choice<T>>, value: string): string | undefined {
  return choices.find((c) => c.value === value)?.label;
}
