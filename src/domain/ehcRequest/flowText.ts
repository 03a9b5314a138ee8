/**
 * The fixed words the "request an EHC needs assessment" flow shows. Every statutory number
 * comes from the timescales table. Each text is at most 60 words (checked by a test) and
 * explains a term the first time it appears.
 */
import { describeTimescale } from '../timescales';
import type { Requester } from './ehcRequestAnswers';

export { AREA_OF_NEED_CHOICES } from './areasOfNeed';
export { EVIDENCE_CHOICES } from './evidenceChecklist';
export { REQUESTER_CHOICES, SETTING_CHOICES } from './ehcRequestAnswers';
export { SEND_METHOD_CHOICES } from './receiptDate';

const t = {
  decide: describeTimescale('decideWhetherToAssess'),
  noPlan: describeTimescale('decideNotToIssuePlan'),
  finalPlan: describeTimescale('finalPlan'),
};

export interface QuestionText {
  /** The question itself. */
  readonly prompt: string;
  /** One or two sentences shown before it: why we ask. */
  readonly whyWeAsk: string;
}

/** The questions, in the order the flow asks them (the dialog skips ones that do not apply). */
export const EHC_QUESTIONS = [
  'requester', 'childFirstName', 'ageOrDateOfBirth', 'setting', 'settingName', 'council',
  'areasOfNeed', 'difficulties', 'supportTried', 'outsideProfessionals', 'evidence',
  'sendMethod', 'sendDate', 'deliveryDate',
] as const;

export type EhcQuestion = (typeof EHC_QUESTIONS)[number];

const ask = {
  requester: {
    prompt: 'Who is asking for the assessment?',
    whyWeAsk: 'A parent, a young person aged 16 to 25, or someone acting for a school or college can ask (Children and Families Act 2014, section 36(1)). The letter is different for each.',
  },
  childFirstName: {
    prompt: 'What is your child’s first name? You can say "skip".',
    whyWeAsk: 'I use it to make the letter more personal. If you skip it, the letter says "my child".',
  },
  ageOrDateOfBirth: {
    prompt: 'How old is your child, or what is their date of birth?',
    whyWeAsk: 'The council needs to know. From age 16 the right to ask can pass to the young person, so the date of birth helps me check whose request it is.',
  },
  setting: {
    prompt: 'Where does your child go to learn at the moment?',
    whyWeAsk: 'The letter says where your child is now. A setting means a nursery, pre-school, childminder, school or college.',
  },
  settingName: {
    prompt: 'What is the name of the school or setting? You can say "skip".',
    whyWeAsk: 'The council will contact them for information. If you skip it, I leave a space in the letter for you to fill in.',
  },
  council: {
    prompt: 'Which council will you send it to?',
    whyWeAsk: 'Usually this is the council for the area where your child lives. Its SEN team deals with requests. If you are not sure, say "not sure" and I will leave a space.',
  },
  areasOfNeed: {
    prompt: 'Which of these areas does your child need help with? Choose all that fit, or "I am not sure".',
    whyWeAsk: 'Schools and councils group needs into four broad areas. Naming them helps the council see the whole picture. Many children have needs in more than one.',
  },
  difficulties: {
    prompt: 'In your own words, what does your child find hard, at school and at home?',
    whyWeAsk: 'This shows your child has, or may have, special educational needs: the first part of the legal test. Your words go into the letter as you write them.',
  },
  supportTried: {
    prompt: 'What help has been tried so far, and what difference did it make? "None yet" is fine.',
    whyWeAsk: 'This helps show your child may need help through an EHC plan: the second part of the legal test. An EHC plan is a legal document setting out needs and help.',
  },
  outsideProfessionals: {
    prompt: 'Are any other professionals involved, such as a speech therapist or a doctor? You can say "none".',
    whyWeAsk: 'The council may ask them for information. Listing them now saves time later.',
  },
  evidence: {
    prompt: 'What do you have that you could send with the letter? Choose all that fit.',
    whyWeAsk: 'Evidence helps the council understand your child. None of it is needed by law, so please do not wait for new reports.',
  },
  sendMethod: {
    prompt: 'How will you send it?',
    whyWeAsk: 'The council’s deadlines count from the day it receives your request. Email is quickest and gives you a dated copy as proof.',
  },
  sendDate: {
    prompt: 'When will you send it, or when did you send it?',
    whyWeAsk: `I will work out your key dates from this. The council has ${t.decide} from getting your request to decide whether to assess.`,
  },
  deliveryDate: {
    prompt: 'Do you know the day it was delivered? If so, type the date. If not, say "not yet".',
    whyWeAsk: 'Recorded or signed-for delivery shows the day the council got your letter. Your dates count from that day.',
  },
} as const satisfies Record<EhcQuestion, QuestionText>;

/** Wording for a young person asking for themselves, where it differs. */
const askYoungPerson = {
  childFirstName: {
    prompt: 'What is your first name? You can say "skip".',
    whyWeAsk: 'I use it in your dates and notes. The letter leaves a space for your full name.',
  },
  ageOrDateOfBirth: {
    prompt: 'How old are you, or what is your date of birth?',
    whyWeAsk: 'After the end of compulsory school age, you can ask for yourself. Your date of birth helps me check this.',
  },
  setting: {
    prompt: 'Where do you learn at the moment?',
    whyWeAsk: 'The letter says where you are now. It might be a school sixth form, a college or somewhere else.',
  },
  settingName: {
    prompt: 'What is the name of your school or college? You can say "skip".',
    whyWeAsk: 'The council will contact them for information. If you skip it, I leave a space in the letter.',
  },
  council: {
    prompt: 'Which council will you send it to?',
    whyWeAsk: 'Usually this is the council for the area where you live. Its SEN team deals with requests. If you are not sure, say "not sure".',
  },
  areasOfNeed: {
    prompt: 'Which of these areas do you need help with? Choose all that fit, or "I am not sure".',
    whyWeAsk: 'Councils group needs into four broad areas. Naming them helps the council see the whole picture.',
  },
  difficulties: {
    prompt: 'In your own words, what do you find hard?',
    whyWeAsk: 'This shows you have, or may have, special educational needs: the first part of the legal test. Your words go into the letter.',
  },
  supportTried: {
    prompt: 'What help have you had so far, and what difference did it make? "None yet" is fine.',
    whyWeAsk: 'This helps show you may need help through an EHC plan: the second part of the legal test.',
  },
  evidence: {
    prompt: 'What do you have that you could send with the letter? Choose all that fit.',
    whyWeAsk: 'Evidence helps the council understand your needs. None of it is needed by law.',
  },
} as const satisfies Partial<Record<EhcQuestion, QuestionText>>;

const explanations = {
  ehcNeedsAssessment: 'In an EHC needs assessment, the council asks people who know your child for advice. It looks at their learning, health and care needs. Then it decides whether to make an EHC (education, health and care) plan. This is a legal paper. It sets out the needs and the help your child must get.',
  legalTest: 'The law has a two-part test (Children and Families Act 2014, section 36(8)). The council must assess if your child has or may have special educational needs, and may need help to be set out in an EHC plan. This is a low bar.',
  mythBusting: 'You do not need a diagnosis, the school’s agreement, the council’s own form, a set time on SEN support, or a report from an educational psychologist. None of these is required by law. The test is in section 36(8) of the Children and Families Act 2014.',
  councilCriteria: 'Some councils publish their own criteria. These are only guidelines. The council must depart from them where there is a compelling (strong) reason (SEND Code of Practice 9.16).',
  areasOfNeed: 'Needs are put in four broad groups. One is talking and getting on with others. One is thinking and learning. One is feelings and mental health. One is senses and the body. You do not have to get this exactly right.',
  senSupport: 'SEN support is the extra help a school or setting gives a child with special educational needs. A child does not have to be on it for a set time before you ask.',
  sendiass: 'SENDIASS is your free local SEND information, advice and support service. It is impartial and separate from the council.',
  whatHappensNext: `The council must decide within ${t.decide} of getting your request whether to assess. If it assesses and decides not to make a plan, it must tell you within ${t.noPlan}. A final plan is due within ${t.finalPlan}.`,
  notLegalAdvice: 'I can give you information and help you write your letter, but I am not a lawyer and cannot give legal advice on your case. SENDIASS or IPSEA can.',
} as const;

export const EHC_FLOW_TEXT = {
  intro: 'I can help you ask the council for an EHC needs assessment. I will ask some questions, then write a draft letter for you, with a list of evidence and your key dates. It takes about 5 minutes. You can say "back", "cancel" or "talk to a person" at any time.',
  ask,
  askYoungPerson,
  explanations,
  /** Shown to a professional instead of the questions about the child. */
  professionalIntro: 'Thank you. A school or college can ask for an assessment itself. I will not write a parent’s letter for you, but here is how a school or college makes a request.',
  /** Shown when a parent's child is past compulsory school age (or a young person is not yet). */
  checkWhoAsks: 'Before we go on, here is a note about whose request this is. You can still carry on and use the letter as a draft.',
  letterReady: 'Here is your draft letter. Please read it through. Fill in the parts in [square brackets], and change anything you like: it is your letter.',
  checklistReady: 'Here is your evidence checklist. Send copies of what you have, and keep the originals.',
  timelineReady: 'Here are your key dates. The calendar file adds them to your phone or computer calendar, with a reminder a week before each one.',
  closing: 'What to do next: send your letter, and keep proof of the date the council got it. Put the dates in your diary. If a date passes, write to the SEN team. Would you like a SENDIASS adviser, a real person from your free local service, to check your letter?',
  cancelled: 'No problem, I have stopped. Nothing you told me has been sent anywhere. You can start again at any time by saying "ask for an assessment".',
} as const;

export type EhcFlowText = typeof EHC_FLOW_TEXT;

/** The question as the person using the flow should read it. */
export function questionFor(question: EhcQuestion, requester: Requester | undefined): QuestionText {
  if (requester === 'young-person' && question in askYoungPerson) {
    return askYoungPerson[question as keyof typeof askYoungPerson];
  }
  return ask[question];
}
