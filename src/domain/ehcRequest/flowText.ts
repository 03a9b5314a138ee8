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
  'requester', 'childFirstName', 'ageOrDateOfBirth', 'dateOfBirth', 'setting', 'settingName', 'council',
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
  dateOfBirth: {
    prompt: 'What is your child’s date of birth? You can say "skip".',
    whyWeAsk: 'At 16, whose right it is to ask depends on the date of birth. It tells me if the request should come from you or from your child.',
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
  dateOfBirth: {
    prompt: 'What is your date of birth? You can say "skip".',
    whyWeAsk: 'At 16, whether you can ask for yourself depends on your date of birth.',
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

/** "What does that mean?" at each question: its words and its buttons, explained. */
const explain = {
  requester: 'A parent or carer is anyone who has parental responsibility for the child or looks after them. A young person is someone aged 16 to 25 asking for themselves. The last button is for staff asking on behalf of a school or college.',
  childFirstName: 'Just the first name the child is usually called, like Sam. It only goes in the letter and your notes. You can say "skip".',
  ageOrDateOfBirth: 'Type the age now, like 7, or the date of birth, like 12 March 2015.',
  dateOfBirth: 'The day they were born, with the year, like 12 March 2010. You can say "skip".',
  setting: 'A setting is any place where a child learns. Nursery, pre-school or a childminder are for young children. School includes a pupil referral unit. College includes a sixth form or an apprenticeship. Choose the last button if there is no such place now, for example for a child taught at home.',
  settingName: 'The name of the nursery, school or college, like Hillside Primary. The council will contact them. You can say "skip".',
  council: 'The council (also called the local authority) for the area where the child lives, like Leeds City Council. Its SEN team (special educational needs team) deals with requests. If you are not sure, choose "Not sure".',
  areasOfNeed: 'The first area is about talking, and getting on with others. The second is about learning: reading, writing, maths and memory. The third is about feelings, worries and behaviour. The fourth is about hearing, sight, movement or health. If you are not sure, that is fine: choose the last one.',
  difficulties: 'Tell me what is hard day to day, for example reading, making friends, staying calm, or getting into school. Your own words are best.',
  supportTried: 'Help tried means anything done to help so far, like extra reading groups, a teaching assistant, or a speech and language therapist. Say if it helped. "None yet" is fine.',
  outsideProfessionals: 'Professionals are people like a speech and language therapist, an educational psychologist, a children’s doctor (paediatrician) or a social worker. You can say "none".',
  evidence: 'Evidence means papers that show the needs. For example: school records, reports or letters from professionals, diagnosis letters, your own notes, or school work. Send copies and keep the originals.',
  sendMethod: 'By email: you send it to the SEN team’s email address. By hand: you take it to a council office. By post: you post it, best by recorded or signed-for delivery, which shows the day it arrived.',
  sendDate: 'The day you will send the letter, or the day you sent it, like 2 December 2026. Say "today" if you are sending it today.',
  deliveryDate: 'Recorded or signed-for post gives you a record of the day the letter was delivered. If you do not have that yet, choose "Not yet".',
} as const satisfies Record<EhcQuestion, string>;

/** Said when the parent asks to skip a question that the letter or dates need. */
const cannotSkip = {
  requester: 'I need to know who is asking, because the letter is different for a parent, a young person or a school. Please choose one of the buttons.',
  ageOrDateOfBirth: 'I need the age or the date of birth: the council needs it, and from 16 it tells me whose right it is to ask. An age, like 7, is enough.',
  setting: 'The letter needs to say where learning happens now. If there is no school or setting at the moment, choose the last button.',
  council: 'I cannot leave this out, because the letter has to go to a council. If you are not sure which one, choose "Not sure" and I will leave a space for you to fill in.',
  areasOfNeed: 'If you are not sure, choose "I am not sure": that is fine.',
  difficulties: 'This one cannot be skipped. What is hard is the first part of the legal test, so the letter needs it. A sentence or two is enough.',
  supportTried: 'This one cannot be skipped, but "none yet" is a fine answer. The letter needs to say what help has been tried, even if nothing has.',
  evidence: '"None yet" is a fine answer. You can send evidence later.',
  sendMethod: 'I need to know how you will send it, because the council’s deadlines count from the day it gets your letter.',
  sendDate: 'I need a date to work out your key dates. If you are not sure yet, say "today": you can change the date on the letter before you send it.',
} as const satisfies Partial<Record<EhcQuestion, string>>;

const explanations = {
  // (Said before the flow knows who is asking: a young person asking for themselves reads these too.)
  ehcNeedsAssessment: 'In an EHC needs assessment, the council asks people who know the child or young person for advice. It looks at their learning, health and care needs. Then it decides whether to make an EHC (education, health and care) plan. This is a legal paper. It sets out their needs and the help they must get.',
  legalTest: 'The law has a two-part test (Children and Families Act 2014, section 36(8)). The council must assess if the child or young person has or may have special educational needs, and may need help to be set out in an EHC plan. This is a low bar.',
  mythBusting: 'You do not need a diagnosis, the school’s agreement, the council’s own form, a set time on SEN support, or a report from an educational psychologist. None of these is required by law. The test is in section 36(8) of the Children and Families Act 2014.',
  councilCriteria: 'Some councils publish their own criteria. These are only guidelines. The council must depart from them where there is a compelling (strong) reason (SEND Code of Practice 9.16).',
  areasOfNeed: 'Needs are put in four broad groups. One is talking and getting on with others. One is thinking and learning. One is feelings and mental health. One is senses and the body. You do not have to get this exactly right.',
  senSupport: 'SEN support is the extra help a school or setting gives a child with special educational needs. A child does not have to be on it for a set time before you ask.',
  sendiass: 'SENDIASS is your free local SEND information, advice and support service. It is impartial and separate from the council.',
  whatHappensNext: `The council must decide within ${t.decide} of getting your request whether to assess. If it assesses and decides not to make a plan, it must tell you within ${t.noPlan}. A final plan is due within ${t.finalPlan}.`,
  notLegalAdvice: 'I can give you information and help you write your letter, but I am not a lawyer and cannot give legal advice on your case. SENDIASS or IPSEA can.',
  /** "Do I need my parents' permission?" from a young person: no (CFA s36(1); CoP 8.13). */
  noParentPermissionNeeded: 'No. A young person can ask the council for an assessment themselves (Children and Families Act 2014, section 36(1)). After the end of the school year in which you turn 16, these rights are yours (SEND Code of Practice 8.13). Your parents do not have to agree, though they can still help if you want them to.',
} as const;

export const EHC_FLOW_TEXT = {
  explain,
  cannotSkip,
  /** "no idea" for a first name. */
  nameNotKnown: 'That is all right. Please type the first name, or say "skip" and the letter will say "my child".',
  /** "Not sure, he's in year 2" for the age: the letter leaves a space. */
  ageNotKnown: 'That is all right. I have left a space in the letter for the date of birth. Please fill it in before you send it: the council needs it.',
  /** "I don't know" for what is hard: a space in the letter, not those words. */
  difficultiesNotKnown: 'That is all right. I have not put "I don\u2019t know" in the letter. Instead it has a space in [square brackets] to say what is hard, with examples from school and home. This is the first part of the legal test, so please fill it in before you send it.',
  /** "I don't know" for the help tried: a space in the letter, and who can tell them. */
  supportNotKnown: 'That is all right. I have not put "I don\u2019t know" in the letter. Instead it has a space in [square brackets] for the help tried so far, and what difference it made. The school or setting can tell you: ask the SENCo, the teacher who leads on special educational needs. Fill it in before you send it.',
  supportNotKnownYoungPerson: 'That is all right. I have not put "I don\u2019t know" in the letter. Instead it has a space in [square brackets] for the help you have had so far, and what difference it made. Your school or college can tell you. Fill it in before you send it.',
  /** "Not been in school since easter": the last button taken, and said back. */
  notInASetting: (name: string | undefined, youngPerson: boolean): string =>
    `Thank you. I have noted that ${youngPerson ? 'you are' : `${name ?? 'your child'} is`} not in a school or setting now, and the letter will say so. If that is not right, say "back".`,
  /** The name of a school typed with its kind ("st marys primary"), or found in a sentence, said back. */
  settingNameNoted: (name: string): string => `Thank you. I have noted the name as "${name}". If that is not right, say "back".`,
  /** A sentence where the school's name was asked for: never stored as its name. */
  settingNameNotFound: 'Sorry, I could not find the name in that. Please type just the name of the school or setting, like Hillside Primary, or say "skip" and I will leave a space for it.',
  /** The council read back as the letter will show it. */
  councilNoted: (name: string): string => `Thank you. The letter will go to the SEN team at ${name}. If that is not right, say "back".`,
  /** A date of birth skipped at 16: the rule, without the date. */
  dateOfBirthSkipped: 'That is fine. The letter will leave a space for the date of birth.',
  /** After a very short answer about what is hard: it goes in as written, with a nudge to add to it. */
  /** Details taken from the message that started the flow: said back so a wrong one is seen. */
  openingNoted: (details: readonly string[]): string => {
    const list = details.length === 1 ? details[0] : `${details.slice(0, -1).join(', ')} and ${details[details.length - 1]}`;
    return `From your message, I have noted ${list}, so I will not ask for ${details.length === 1 ? 'it' : 'them'} again. If something is not right, just tell me, for example "the name is Sam".`;
  },
  /** "Can you send it to the council for me?" */
  cannotSendForYou: 'I cannot send it for you: I am a computer program, and the request must come from you. At the end I will give you the letter to copy into an email or print and post. It takes a minute, and I will tell you what to ask for so you have proof it arrived.',
  /** "Can you do the rest for me?" */
  doTheRestForMe: 'I cannot answer for you, but you can keep it short. For any question, say "not sure" or "skip" where it is allowed, and the letter will leave a space for you to fill in later. Or a SENDIASS adviser can help you fill it in: say "talk to a person".',
  /** "Yes" to "Are any other professionals involved?": who, in a few words. */
  whoAreTheProfessionals: 'Thank you. Who are they? For example "speech therapist and paediatrician". Their jobs are enough: names are not needed.',
  /** "Me" to "Who is asking?": a parent and a young person both say it. */
  whichMe: 'Thank you. Are you asking for yourself, as a young person aged 16 to 25? Then choose "I am a young person (16 to 25) asking for myself". If you are asking for your child, choose "I am a parent or carer".',
  /** After two replies in a row that could not be read: the space the letter can leave, and a person. */
  stuck: {
    requester: 'If none of the buttons fits you, say "talk to a person" and an adviser can help.',
    ageOrDateOfBirth: 'If you are not sure, say "not sure" and the letter will leave a space for the age, or say "talk to a person".',
    evidence: 'If you are not sure, say "none yet": the checklist will help you find papers to send later. Or say "talk to a person".',
    setting: 'If you are not sure, choose the button that is closest: you can change it in the letter. Or say "talk to a person".',
    sendDate: 'If you do not know the day yet, say "today": you can change the date on the letter before you send it. Or say "talk to a person".',
  },
  /** What happened with the council, given where what the child finds hard is asked: not put in the letter as their needs. */
  difficultiesNotHistory: 'That tells me what has happened so far, not what your child finds hard, so I have not put it in the letter. What do they find hard, for example with learning, talking, friends or feelings? If you are not sure, say "I don\u2019t know" and the letter will have a space for it.',
  difficultiesNone: 'This question is about what your child finds hard, for example with learning, talking, friends or feelings. (The next question asks about help tried so far: "none yet" fits there.) If you are not sure, say "I don\u2019t know" and the letter will have a space for it.',
  thinDifficulties: 'I have put that in the letter as you wrote it. This part matters most, so add more before you send it if you can: what happens at school and at home, and what is hard that others the same age can do.',
  intro: 'I can help you ask the council for an EHC needs assessment. I will ask some questions, then write a draft letter for you, with a list of evidence and your key dates. It takes about 5 minutes. You can say "back", "cancel" or "talk to a person" at any time.',
  ask,
  askYoungPerson,
  explanations,
  /** Shown to a professional instead of the questions about the child. */
  professionalIntro: 'Thank you. A school or college can ask for an assessment itself. I will not write a parent’s letter for you, but here is how a school or college makes a request.',
  /** Shown when a parent's child is past compulsory school age (or a young person is not yet). */
  checkWhoAsks: 'Before we go on, here is a note about whose request this is. You can still carry on and use the letter as a draft.',
  // (The notes under it say to fill in the [square brackets]: not twice.)
  letterReady: 'Here is your draft letter. Please read it through.',
  checklistReady: 'Here is your evidence checklist. Send copies of what you have, and keep the originals.',
  timelineReady: 'Here are your key dates. The calendar file adds them to your phone or computer calendar, with a reminder a week before each one.',
  closing: 'What to do next: send your letter, and keep proof of the date the council got it. Put the dates in your diary. If a date passes, write to the SEN team. Would you like a SENDIASS adviser, a real person from your free local service, to check your letter?',
  cancelled: 'No problem, I have stopped. Nothing you told me has been sent anywhere. You can start again at any time by saying "ask for an assessment".',
} as const;

export type EhcFlowText = typeof EHC_FLOW_TEXT;

/**
 * Someone over 25 cannot have an EHC needs assessment (the Act covers young people up to 25,
 * CFA s36(1)): said kindly, once, with a person to talk to, instead of asking for the age again.
 */
export function tooOldText(age: number, requester: Requester | undefined): string {
  const who = requester === 'young-person' ? `at ${age}` : `for someone aged ${age}`;
  return `Thank you for telling me. EHC needs assessments are for children and young people up to the age of 25, so I cannot help you ask for one ${who}. I am sorry. A person at SENDIASS, your free local SEND advice service, can talk through what other help there might be. If I have the age wrong, say "ask for an assessment" to start again.`;
}

/** The question as the person using the flow should read it. */
export function questionFor(question: EhcQuestion, requester: Requester | undefined): QuestionText {
  if (requester === 'young-person' && question in askYoungPerson) {
    return askYoungPerson[question as keyof typeof askYoungPerson];
  }
  return ask[question];
}
