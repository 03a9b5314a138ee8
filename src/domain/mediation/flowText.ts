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
export type MediationQuestion = Exclude<keyof MediationAnswers, 'mediationRequestedDateIsEstimate' | 'mediationHeld' | 'mediationHeldDate' | 'youngPerson'>;

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

/** "What does that mean?" at each question: its words and its buttons, explained. */
const explain = {
  decision: 'An EHC needs assessment is when the council gathers advice to decide if a child needs an EHC plan: the legal document that sets out needs and help. In a plan, section B is the needs, F the help and I the school. To cease a plan means to end it. A reassessment is a new assessment.',
  planParts: 'Section B describes your child’s special educational needs. Section F is the help your child must get. Section I names the school, college or other placement. You can choose more than one.',
  decisionLetterDate: 'The date printed on the council’s letter or email telling you its decision. It is usually near the top. Type it like 2 November 2026.',
  contactedAdviser: 'A mediation adviser is someone who tells you about mediation and how it works. The decision letter usually says how to reach them. Choose "Yes" if you have phoned or emailed one about this decision.',
  adviserContactDate: 'The day you first phoned or emailed the mediation adviser about this decision. Type it like 10 November 2026.',
  choseMediation: 'Mediation is a meeting to try to sort out the disagreement. An independent mediator helps you and the council talk. Choose "Not yet" if you have not decided.',
  mediationRequestedDate: 'The day you, or the mediation adviser, told the council that you want mediation. Type it like 10 November 2026.',
  hasCertificate: 'A certificate is a short document from the mediation adviser or mediator. It shows you have had mediation information, or been to mediation. It often comes by email.',
  certificateDate: 'The date printed on the certificate from the mediation adviser or mediator. Type it like 12 November 2026.',
  wantToChange: 'Tell me what you do not agree with, and what you want instead. For example, "I want the plan to say he gets speech therapy every week".',
  evidence: 'Evidence means papers that show what your child needs: reports, letters, school records or your own notes. You do not need all of them.',
  companions: 'You can bring someone to support you. An advocate is someone who helps you say what you want. SENDIASS is your free local SEND advice service.',
} as const satisfies Record<MediationQuestion, string>;

/** Said when the parent asks to skip a question the dates or summary need. */
const cannotSkip = {
  decision: 'I need to know which decision, because each has its own rules and dates. If none of the buttons fits, say "talk to a person".',
  planParts: 'Please choose at least one part. It tells me if you must talk to a mediation adviser before you appeal.',
  decisionLetterDate: 'I cannot skip this: your deadlines all count from this date. If you do not have the letter to hand, you can come back when you have it (if you close this page, you may have to start again), or say "talk to a person".',
  contactedAdviser: 'I need a yes or a no, because it changes your next deadline. If you are not sure, choose "No" for now.',
  adviserContactDate: 'I need this date to work out when your certificate is due. Look for the email you sent, or a note of the call.',
  choseMediation: 'If you have not decided yet, choose "Not yet": that is fine.',
  mediationRequestedDate: 'I need this date to work out when mediation must take place. Look for the email or letter where you asked.',
  hasCertificate: 'I need a yes or a no, because a certificate can give you more time to appeal. If you are not sure, choose "No" for now.',
  certificateDate: 'I need this date, because it can give you more time to appeal. It is printed on the certificate.',
  wantToChange: 'This one cannot be skipped: your summary needs to say what you want. A few words are enough, like "I want the council to assess my son".',
  evidence: '"None yet" is a fine answer. You can gather evidence later.',
  companions: '"Not sure yet" is a fine answer.',
} as const satisfies Record<MediationQuestion, string>;

/** "Not sure" to a yes-or-no question: what to look for, and the safe choice. */
const notSure = {
  contactedAdviser: 'That is all right. Look for an email or a note of a call with a mediation adviser about this decision. If you cannot find one, choose "No" for now, and I will tell you the last day to contact one.',
  hasCertificate: 'That is all right. A certificate is a short document from the mediation adviser or mediator, often sent by email. If you cannot find one, choose "No" for now.',
} as const;

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
  /** Before "Have you contacted a mediation adviser?" when the appeal is only about section I. */
  adviserNotNeeded: 'Your appeal would only be about the school in section I, so you do not have to contact a mediation adviser first. If you have, or would like to try mediation, the dates may still help.',
  /** "The letter is dated on a Saturday, is that allowed?": what the flow knows, and who can say more. */
  letterDatedOnClosedDay: (day: string): string => `You asked about the letter being dated on ${day}. Your deadlines count from when the council sent the letter, and this is usually the date printed on it, so I have counted from that date. If you are unsure, SENDIASS can check it with you.`,
  /** A certificate mentioned before it was asked about: its date is what counts. */
  certificateAlready: 'Thank you: you have your certificate already. Its date can give you more time to appeal.',
  /**
   * "Do I have to do mediation?": no, mediation is a choice; what is needed before most appeals is
   * contacting a mediation adviser for information (CFA s55(3)), which `adviserNeeded` says.
   */
  /** "Do I need my parents' permission?" from a young person (CoP 8.13). */
  noParentPermission: 'No. After the end of the school year in which you turn 16, these decisions and the right to appeal are yours, not your parents\' (SEND Code of Practice 8.13). Your parents can still help if you want them to.',
  /** "Is that calendar days?", "do weekends count?": the appeal's months are calendar months (HESC Rules r12, r12(3)). */
  calendarMonths: `The ${t.appealDecision} (and ${t.appealCertificate} from a certificate) are calendar months, not working days: weekends and school holidays count. Only a last day on a weekend or bank holiday, between 25 December and 1 January, or in August moves to a later working day (tribunal rule 12). A certificate's ${t.certAfter} are working days.`,
  mediationIsAChoice: (adviserNeeded: boolean): string => (adviserNeeded
    ? `No. Mediation itself is your choice. But before you can appeal, you must contact a mediation adviser for information about mediation, within ${t.contact} of the decision letter, and get a certificate from them. If you do not want mediation, tell the adviser: they must give you the certificate within ${t.certDeclined}.`
    : 'No. Mediation is your choice. Your appeal would only be about the school (section I), so you do not need to contact a mediation adviser first either.'),
  /** The day the certificate came, said in place of the date on it: the time counts from the day it was issued. */
  certificateArrived: (day: string): string => `You said it came on ${day}. The time to appeal counts from the date printed on the certificate (the day it was issued), which may be a day or more before it reached you.`,
  /** A bare date at "Do you have a certificate?": it may be the day it came. */
  certificateDayCheck: (day: string): string => `Thank you. Is ${day} the date printed on the certificate? The time to appeal counts from that date (the day it was issued), not the day it reached you.`,
  /** Asked for the date on it, the parent gave the day it came again: asked once more. */
  certificatePrintedDate: (day: string): string => `Thank you. ${day} is the day it came. Please look for the date printed on the certificate, often at the top or next to the signature. If there is no date on it, say "no date".`,
  /** No date to be found on the certificate: the day it came stands in, and the parent is told it may be later than the real date. */
  certificateArrivalUsed: (day: string): string => `I have counted from ${day}, the day it came. If the certificate was issued earlier, your last day to appeal is earlier too, so please check the date with the mediation adviser, or appeal well before the last day.`,
  /** Mediation said to have taken place already: taken, and what the summary will be about. */
  mediationHeldNoted: (day: string | undefined): string => `Thank you. You have had mediation${day === undefined ? '' : ` on ${day}`}. So your summary will be about the appeal.`,
  /** "Not sure" when the council was told about mediation: the adviser's day stands in, as an estimate. */
  mediationDateEstimated: (adviserDay: string): string => `That is all right: the mediation adviser usually tells the council, so you may not know the day. I will count from the day you contacted the adviser (${adviserDay}), and your summary will say this is an estimate.`,
  healthAndSocialCare: 'Mediation can be about the health and social care parts of a plan. The tribunal can look at them only as part of an appeal about the plan, and then it can only make recommendations.',
  notLegalAdvice: 'I can give you information and help you get ready, but I am not a lawyer and I cannot give legal advice about your case. SENDIASS or IPSEA can.',
} as const;

/**
 * A young person asking about their own plan reads "you", not "your child": the texts that speak
 * of a child, in their words. (The others fit both.)
 */
const forYoungPerson = {
  questions: {
    evidence: { ...questions.evidence, whyWeAsk: 'Reports, letters and your own notes help show what you need. Listing them now helps you bring the right papers.' },
  },
  explain: {
    planParts: 'Section B describes your special educational needs. Section F is the help you must get. Section I names the school, college or other placement. You can choose more than one.',
    wantToChange: 'Tell me what you do not agree with, and what you want instead. For example, "I want the plan to say I keep my support worker in lessons".',
    evidence: 'Evidence means papers that show what you need: reports, letters, college records or your own notes. You do not need all of them.',
  },
  confidential: 'Mediation is confidential. This means what is said there stays private. So you can speak openly about what you need.',
  /** Said once, when their words show it is their own plan. */
  noticed: 'You are asking about your own plan, so from here on I will say "you" and "your plan".',
} as const;

/** The question texts for a young person or a parent. */
export function questionsFor(youngPerson: boolean | undefined): Readonly<Record<MediationQuestion, QuestionText>> {
  return youngPerson ? { ...questions, ...forYoungPerson.questions } : questions;
}

/** "What does that mean?" for a young person or a parent. */
export function explainFor(youngPerson: boolean | undefined): Readonly<Record<MediationQuestion, string>> {
  return youngPerson ? { ...explain, ...forYoungPerson.explain } : explain;
}

export const MEDIATION_FLOW_TEXT = {
  explain,
  forYoungPerson,
  cannotSkip,
  notSure,
  /** "ok", "sure" or "5" to a yes-or-no question. */
  yesOrNo: 'Sorry, I could not tell if that was a yes or a no. Please choose "Yes" or "No".',
  /** "Oh sorry no, I haven't contacted them yet", typed where the day of that contact was asked: the earlier answer put right. */
  notContactedAfterAll: 'Thank you, I have put that right: you have not contacted a mediation adviser yet.',
  /** The decision read from what the parent said before the flow began ("they refused to assess him"). */
  decisionNoted: (label: string): string => `From what you have told me, I have noted the decision: "${label}". If that is not right, say "back".`,
  intro: 'I can help you get ready for mediation or an appeal. I will ask about the decision, your dates and what you want to change. Then I will work out your key dates and make a summary to keep. It takes about 5 minutes. You can say "back", "cancel" or "talk to a person" at any time.',
  questions,
  explanations,
  /** Shown with the summary, and the calendar file when there is one (no dates still to come, no file). */
  summaryReady: (withCalendar: boolean): string => (withCalendar
    ? 'Here is your summary and your key dates. You can save it, print it or share it with someone who is helping you. The calendar file adds your dates to your phone or computer calendar.'
    : 'Here is your summary. You can save it, print it or share it with someone who is helping you.'),
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

/** The evidence a young person has about themselves: the same values, in their words. */
const YOUNG_PERSON_EVIDENCE_LABELS: Readonly<Partial<Record<EvidenceKey, string>>> = {
  'school-reports': 'school or college reports and records of progress',
  'own-notes': 'my own notes or diary',
  'child-views': 'my own views, in my words',
  'emails': 'emails and letters with my school, college or the council',
};

/** The evidence choices for a young person or a parent (the values are the same). */
export function evidenceChoicesFor(youngPerson: boolean | undefined): ReadonlyArray<Choice<EvidenceKey>> {
  return youngPerson ? EVIDENCE_CHOICES.map((c) => ({ ...c, label: YOUNG_PERSON_EVIDENCE_LABELS[c.value] ?? c.label })) : EVIDENCE_CHOICES;
}

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

/** "Is that calendar days?", "do weekends count", "is that working days": how the flow's dates are counted. */
export function asksHowDaysCount(question: string): boolean {
  return /\b(?:calendar (?:days?|months?)|working days?|school days?|week ?days?|weekends? (?:count|included|counted)|(?:count|include|counted|including) (?:the )?(?:weekends?|holidays?|school holidays?|bank holidays?))\b/i.test(question);
}
