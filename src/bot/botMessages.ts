import { pointersFor } from '../domain/kb/uncoveredTopics';
import { describeSendiassContact, type LocalServices } from '../domain/localServices';
import type { Choice } from './replies';
import type { PrivacyFacts } from '../domain/privacy/retentionText';
import { formatLongDate, type IsoDate } from '../domain/dates/calendarDate';

/**
 * The bot's fixed words, in one place so they can be read, checked for plain English and
 * changed without touching the dialogs. Short sentences; no jargon without an explanation.
 */

export const MAIN_TASKS = {
  askQuestion: 'Ask a question',
  ehcRequest: 'Ask for an EHC needs assessment',
  mediation: 'Get ready for mediation or an appeal',
  person: 'Talk to a person',
} as const;

export const MAIN_TASK_CHOICES: Choice[] = [
  { label: MAIN_TASKS.ehcRequest },
  { label: MAIN_TASKS.mediation },
  { label: MAIN_TASKS.person },
];

export function welcomeText(services: LocalServices): string {
  return [
    'Hello. I am SEND Navigator, a computer program that helps parents and carers of children with special educational needs and disabilities (SEND) in England.',
    'I can answer questions about SEN support, EHC plans (education, health and care plans), reviews, mediation and appeals. I can also help you ask for an EHC needs assessment, or get ready for mediation.',
    `I am not a person or a lawyer. For advice about your own child, I can point you to ${services.sendiass.name}, a free and independent service.`,
    'Privacy: I do not keep your name or what you type in my logs. Do not share more than you need to.',
    'What would you like to do? You can type a question in your own words.',
  ].join('\n\n');
}

export function helpText(): string {
  return [
    'Here is what I can do:',
    '- answer questions about SEND in England, such as "How long does the council have to decide about an assessment?"',
    '- help you ask for an EHC needs assessment, with a draft letter and your dates',
    '- help you get ready for mediation and work out your appeal dates',
    '- put you in touch with a SENDIASS adviser (a free, independent person who can help with your own case)',
    '\nType "start again" at any time to begin again.',
  ].join('\n');
}

export const GREETING_REPLY = 'Hello. What would you like to know? You can ask me a question about SEND in your own words, or choose one of the options.';
export const THANKS_REPLY = 'You are welcome. Is there anything else I can help with?';
/** "Is that right?" when there is nothing of ours to check: what were they told? */
export const CHECK_WHAT_TEXT = 'What would you like me to check? Tell me what you were told, for example: "The school says he needs a diagnosis first. Is that right?" Then I can tell you what the law says.';
export const ACKNOWLEDGED_REPLY = 'OK. Is there anything else you would like to know?';
export const HOW_ARE_YOU_REPLY = 'Thank you for asking. I am a computer program, so I do not have good or bad days, but I am here to help. What would you like to know?';
export const BACKGROUND_FIRST_REPLY = 'Of course. Tell me in your own words, then what you would like to know. You do not need to give names or other details that could identify your child.';
export const TIRED_REPLY = 'That sounds exhausting. Nights like that are really hard, and you are doing your best. I am here whenever you are ready: ask me anything about SEND, or talk to a person.';
export const NO_THANKS_REPLY = 'That is fine. If there is anything else, just ask. You can talk to a person at any time.';
export const GOODBYE_REPLY = 'Take care. You can come back at any time. If things get hard, your local SENDIASS service can help for free.';

export function outOfScopeText(): string {
  return 'Sorry, I can only help with special educational needs and disabilities (SEND) in England, such as EHC plans, SEN support, mediation and appeals. I cannot help with that. What would you like to know about SEND?';
}

/** "yes" or "no" when nothing was asked. */
export const UNCLEAR_YES_NO_TEXT = 'Sorry, I am not sure what that answers. You can ask me a question about SEND in your own words, or choose one of the options.';

/**
 * "Are you a real person?", "who runs this?": the straight answer (naming who runs it here, when
 * OPERATOR_NAME is set), then the way to a real person.
 */
export function botIdentityText(facts: Pick<PrivacyFacts, 'operatorName'>): string {
  const runBy = facts.operatorName ? ` run for your area by ${facts.operatorName}` : '';
  return `I am not a person: I am SEND Navigator, a computer program${runBy}. I am not a lawyer either. I give general information about SEND in England, not legal advice about your own case. If you would like to talk to a real person, a SENDIASS adviser can help: choose "Talk to a person".`;
}

/** "Who runs this service?": the organisation, when configured, and where the privacy notice says how to reach it. */
export function whoRunsThisText(facts: Pick<PrivacyFacts, 'operatorName' | 'noticeUrl'>): string {
  const runBy = facts.operatorName
    ? `SEND Navigator is run for your area by ${facts.operatorName}. It is a computer program, not a person.`
    : 'SEND Navigator is a computer program, not a person.';
  return `${runBy} The privacy notice says who looks after what you type here. It also says how to reach them: ${facts.noticeUrl}`;
}

/**
 * "Is this information up to date?": the dates the knowledge base was checked, from the articles
 * themselves, and what to do when something does not match what a parent has been told.
 */
export function upToDateText(checked: { newest?: IsoDate; oldest?: IsoDate }): string {
  const when = !checked.newest ? ''
    : checked.oldest && checked.oldest !== checked.newest
      ? ` The topics were last checked between ${formatLongDate(checked.oldest)} and ${formatLongDate(checked.newest)}.`
      : ` The topics were last checked on ${formatLongDate(checked.newest)}.`;
  return [
    `Every answer I give names its source (the law or the SEND Code of Practice) and the date it was last checked.${when} Each topic has a date by which it must be checked again, and an answer past that date tells you so.`,
    'The law can change, and councils and schools do not always follow it. If something does not match what you have been told, a SENDIASS adviser can check it with you: choose "Talk to a person".',
  ].join('\n\n');
}

/**
 * "Is this confidential?", "can the school see this?": what the service really keeps, in the
 * privacy notice's terms. Teams has no "Clear this conversation" button, and keeps its own history.
 */
export function privacyText(facts: PrivacyFacts, inTeams: boolean): string {
  return [
    // (Not "not the council": some installations are run by a council's own service.)
    'This chat is private. Nothing you type is passed to anyone else, such as your child\'s school or a SENDIASS adviser, unless you say yes.',
    `What you type is kept only so I can answer you, and it is deleted ${facts.conversationRetention} after your last message. It is never written into the service's technical logs. If I cannot answer a question, it is kept with personal details taken out, to improve the answers.`,
    inTeams
      ? 'Microsoft Teams also keeps your chat history, as your organisation has set it up.'
      : 'To delete this conversation now, choose "Clear this conversation" below the chat.',
    'You do not need to tell me your name or your child\'s name.',
    `More in the privacy notice: ${facts.noticeUrl}`,
  ].join('\n\n');
}

/** "Delete my data": how, on this channel. */
export function eraseText(facts: PrivacyFacts, inTeams: boolean): string {
  return inTeams
    ? `In Teams, I cannot delete the chat for you. What I keep is deleted ${facts.conversationRetention} after your last message. To ask for it to go sooner, contact the people who run this service. The privacy notice says who they are: ${facts.noticeUrl}`
    : `To delete this conversation, choose "Clear this conversation" below the chat. This deletes it at once, on this page and on our server. It also deletes any request to talk to an adviser. If you do nothing, it is deleted ${facts.conversationRetention} after your last message. More in the privacy notice: ${facts.noticeUrl}`;
}

/** "What is the SENDIASS phone number?": the details themselves, then the offer of a handoff. */
/** A message in another language: only English is read; where to get help. (Short, plain words: they may use a translation tool.) */
export function onlyEnglishText(services: LocalServices): string {
  return [
    'Sorry, I can only read and write English. Short, simple English works well, or you can use a translation tool.',
    `${describeSendiassContact(services.sendiass)} You can ask them about help in your language.`,
  ].join('\n\n');
}

export function sendiassContactText(services: LocalServices): string {
  return [
    describeSendiassContact(services.sendiass),
    'SENDIASS (the special educational needs and disabilities information, advice and support service) is free, confidential and separate from the council. If you would like, I can also pass this conversation to an adviser, so you do not have to explain it all again: choose "Talk to a person".',
  ].join('\n\n');
}

/** Before the answer to a question asked in distress ("I'm in tears, the council refused to assess"). */
export const OWN_CASE_QUESTION_LEAD = 'Here is what the law and guidance say in general. How it applies to your child depends on the details. A SENDIASS adviser can look at them with you: choose "Talk to a person".';
export const YOUNG_PERSON_LEAD = 'You are asking for yourself, so where this says "your child", it means you. After the end of the school year in which you turn 16, most of these rights are yours. A SENDIASS adviser can help you too: choose "Talk to a person".';
export const UPSET_QUESTION_LEAD = 'I am sorry this is so hard. Here is what I can tell you. You can also talk to a person at any time: choose "Talk to a person".';
export const ANGRY_QUESTION_LEAD = 'I can hear how frustrating this is. Here is what I can tell you. You can also talk to a person at any time: choose "Talk to a person".';

/** "Tell me more" with no answer to say more about. */
export const NOTHING_MORE_TEXT = 'I am not sure what you would like to know more about. You can ask me a question about SEND in your own words, or choose one of the options.';

/** "Can you explain that more simply?" */
export const EXPLAIN_AGAIN_TEXT = 'Sorry, that was not clear. Which word or part would you like me to explain? You can ask "what does ... mean" about any word, such as "what does EHC plan mean". Or a SENDIASS adviser, a real person, can talk it through with you: choose "Talk to a person".';

/** For a family in Wales, Scotland or Northern Ireland: no English law passed off as theirs. */
export function otherNationText(nation: string): string {
  return `SEND Navigator covers the law in England only. ${nation} has its own system for children and young people with additional needs, with its own rules and time limits, so what I can tell you about England may not apply there. Your local council, or a free advice service where you live, can tell you the rules for ${nation}. If your question is about England, I can help with that.`;
}

/** Before the second of two answers to a message with two questions. */
export const OTHER_QUESTION_LEAD = 'And your other question:';

/** "So is that late?" after an answer with time limits: the limits, and what to do if one has passed. */
export function lateRuleText(limits: ReadonlyArray<{ amount: string; rule: string; source: string }>): string {
  return [
    'Whether it is late depends on your dates. The time limits are:',
    ...limits.map((l) => `- ${l.amount}: ${l.rule} (${l.source})`),
    'If that time has passed, it is late. Write to the council and ask when it will happen. If nothing changes, use its complaints process, then the Local Government and Social Care Ombudsman. Tell me the date it counts from and I can work out the last day, or a SENDIASS adviser can check your dates with you.',
  ].join('\n');
}

/** "Are you going to report me?": what the bot does and does not do with what is typed. */
export const NOT_REPORTED_TEXT = 'No. I am a computer program: I do not report anyone, call anyone or pass on what you type. Nothing goes to an adviser unless you say yes when I ask. If you do talk to a SENDIASS adviser, they will tell you how they handle worries about safety. Asking for help is a good step, and you can still call any of the numbers I gave you.';

/** Before the answer on getting ready for a tribunal, to "can you represent me?". */
export const CANNOT_REPRESENT_LEAD = 'I cannot represent you or come with you: I am a computer program, not a person or a lawyer. Here is who can help.';

/** "What about my sister in Bristol?" after the other-nation reply: a place in none of the others is in England. */
export const ENGLAND_APPLIES_TEXT = 'If they live in England, yes: what I explain is the law and guidance for England, and it applies wherever in England they live. What would they like to know? You can type a question in your own words.';

export function unsureText(closestTitles: readonly string[], services: LocalServices, missingTopic?: string): string {
  if (missingTopic) {
    // Somewhere to turn that knows about it (a GP for medicines), then SENDIASS as ever.
    const pointers = pointersFor(missingTopic).join(' ');
    return `I do not have information about ${missingTopic} yet, and I do not want to guess. ${pointers ? `${pointers} ` : ''}${services.sendiass.name.charAt(0).toUpperCase()}${services.sendiass.name.slice(1)} gives free advice and may be able to help. Or choose "Talk to a person".`;
  }
  const lines = ['I am not sure I have a good answer to that, and I do not want to guess.'];
  if (closestTitles.length) {
    lines.push(`These topics might help: ${closestTitles.map((t) => `"${t}"`).join(', ')}.`);
  }
  lines.push(`You could also ask ${services.sendiass.name}, who give free advice. Or try asking in a different way.`);
  return lines.join(' ');
}

/** Who the emergency help is for: a young person about themselves is not told about "your child". */
export interface SafeguardingAudience {
  /** A medical emergency or a child missing: 999 goes first, before anything else. */
  readonly emergency?: boolean;
  /** A young person writing about themselves: Childline comes first (unless they are 19 or over, see `adult`). */
  readonly youngPerson?: boolean;
  /** Someone at work (a SENCo, a support worker) worried about a child or adult in their care: where to report comes first. */
  readonly professional?: boolean;
  /** The writer is thinking of ending their own life: Samaritans first, and words for them, not for their child. */
  readonly selfInCrisis?: boolean;
  /** The person at risk, or the young person writing, is 19 or over: adult social care first, and no Childline. */
  readonly adult?: boolean;
  /** A partner or another adult close to the writer may act on thoughts of ending their life: what to do for them. */
  readonly closeAdultInCrisis?: boolean;
  /** A neighbour or friend worried about a child who is not theirs: the NSPCC and children's services first. */
  readonly aboutAnotherFamily?: boolean;
  /** A parent who fears they may hurt their child: what to do this minute, and help for them. */
  readonly parentAtEdge?: boolean;
  /** Violence happening now: 999 first. */
  readonly dangerNow?: boolean;
  /** The message also asked a SEND question: say it can still be answered. */
  readonly alsoAskedSendQuestion?: boolean;
  /** Hurt, threatened or controlled by a partner or ex, or fleeing home: the domestic abuse helpline after 999. */
  readonly domesticAbuse?: boolean;
  /** A baby has been shaken (and seems fine): get the baby checked now (999 if floppy, drowsy or being sick); help for the writer if it was them. */
  readonly babyShaken?: 'by-writer' | 'by-someone-else';
  /** No food, no money for the gas, a home about to be lost (no one said to hurt anyone): help with that, not the abuse list. */
  readonly basicNeeds?: boolean;
  /** The article that answers it, offered as a button under the help. */
  readonly askedAbout?: string;
}

const CHILDLINE = '- **Childline** (for children and young people): **0800 1111**, free, any time.';
const CALL_999 = '- If anyone is in immediate danger, call **999** now.';
const NHS_111 = '- For urgent medical or mental health help, call **NHS 111**.';
const SAMARITANS = '- **Samaritans**: call **116 123**, free, any time, day or night.';
const NSPCC = '- **NSPCC** (for adults worried about a child): **0808 800 5000**.';
const DOMESTIC_ABUSE_HELPLINE = '- **National Domestic Abuse Helpline**: **0808 2000 247**, free, any time. If you call 999 from a mobile and cannot speak, press 55 when asked, and your call will be put through to the police.';
const TELL_SCHOOL_OR_COUNCIL = '- Tell the school\'s designated safeguarding lead, or your council\'s children\'s services. If the worry is about a member of staff, tell the head teacher, or the council\'s LADO (Local Authority Designated Officer).';
const TELL_COUNCIL = '- Tell the council\'s children\'s services where the child lives (or adult social care, for someone 18 or over).';
const ADULT_SOCIAL_CARE = '- If the person at risk is an adult (18 or over), tell your council\'s adult social care team.';
/** Someone close who may end their life: what the writer can do for them today. */
const STAY_WITH_THEM = '- If you think they may act on these thoughts, do not leave them on their own. If it is not an emergency, ask their GP for an urgent appointment today.';
/** Staff: their own safeguarding lead first; and a way on if nothing is done (anyone may contact the council). */
const TELL_AT_WORK = '- Tell your designated safeguarding lead today, and write down what you saw or were told, in the words used. If the worry is about a member of staff, tell the head teacher or manager, or the council\'s LADO (Local Authority Designated Officer). If nothing is done, you can contact the council\'s children\'s services (or adult social care, for someone 18 or over) yourself.';

/** Someone thinking of ending their life with a plan or the means ready: 999 before anything else. */
const SELF_CALL_999 = '- If you might act on these thoughts now, call **999** or go to A&E, and ask someone to stay with you.';
/** A shaken baby: what to do this minute, before any kind words. */
const BABY_SHAKEN_FIRST = '**Get the baby checked now.** Shaking can hurt a baby\'s brain even when they seem fine. **Call 999** if the baby is floppy, very sleepy or hard to wake, being sick, having a fit, or not breathing normally. Otherwise call **NHS 111** now, or take the baby to A&E, and tell them what happened.\n';
const BABY_SHAKEN_LINES = [
  '- If you feel it building up again, put the baby down safely in the cot and step away for a few minutes. A crying baby is safer in the cot than with an adult who has reached the end.',
  '- **NSPCC**: **0808 800 5000**, to talk it through.',
  '- Tell your GP how you are feeling, so you can get support.',
  SAMARITANS,
];
/** No food, no money, no home: practical help today. */
const BASIC_NEEDS_LINES = [
  '- If a child is unwell, very sleepy or has had nothing to drink, call **NHS 111**, or **999** in an emergency.',
  '- Contact your council today and tell them what is happening. Ask what emergency help they have with food, money or heating, and where your nearest food bank is (your GP or the school can also refer you). If you may lose your home, ask for the council\'s housing (homelessness) team today: the council must help people who are about to become homeless.',
  '- Tell the school: ask about free school meals, and whether they can help.',
  SAMARITANS,
];

export function safeguardingText(audience: SafeguardingAudience = {}): string {
  const opening = audience.babyShaken === 'by-writer'
    ? 'Thank you for telling me. It takes courage to say this, and getting help now is the right thing to do.'
    : audience.basicNeeds && !audience.youngPerson
    ? 'I am really sorry things are this hard. You should not have to face this on your own, and there is help you can ask for today.'
    : audience.parentAtEdge
    ? 'Thank you for telling me. It takes courage to say this, and asking for help is the right thing to do. If you feel you might hurt your child, make sure they are somewhere safe and step away for a moment, then call one of these.'
    : audience.selfInCrisis
    ? 'I am really sorry you are feeling like this. What you have told me sounds serious. You matter, and you do not have to face this on your own.'
    : audience.closeAdultInCrisis
    ? 'I am really sorry. What you have told me sounds serious: their safety comes first, and you do not have to deal with this on your own.'
    : audience.youngPerson
      ? 'I am really sorry. What you have told me sounds serious, and your safety comes first.'
      : audience.professional || audience.aboutAnotherFamily
        ? 'Thank you for telling me. What you describe sounds serious: the safety of the person at risk comes first.'
        : audience.adult
          ? 'I am really sorry. What you have told me sounds serious, and their safety and yours come first.'
          : 'I am really sorry. What you have told me sounds serious, and your safety and your child\'s safety come first.';
  const childlineFirst = audience.youngPerson && !audience.adult && !audience.selfInCrisis;
  const lines = audience.babyShaken === 'by-writer'
    ? BABY_SHAKEN_LINES
    : audience.basicNeeds && !audience.youngPerson
    ? BASIC_NEEDS_LINES
    : audience.parentAtEdge
    ? [CALL_999, NHS_111, SAMARITANS, NSPCC]
    : audience.selfInCrisis
    // (A young person: Childline first. NSPCC is for adults worried about a child: not for an adult or young person in crisis.)
    // (A plan or the means ready: 999 first, then Samaritans.)
    ? audience.youngPerson && !audience.adult ? [...(audience.dangerNow ? [SELF_CALL_999] : []), CHILDLINE, SAMARITANS, ...(audience.dangerNow ? [] : [CALL_999]), NHS_111]
      : audience.dangerNow ? [SELF_CALL_999, SAMARITANS, NHS_111, ...(audience.adult ? [] : [NSPCC])]
      : [SAMARITANS, CALL_999, NHS_111, ...(audience.adult ? [] : [NSPCC])]
    : audience.closeAdultInCrisis
    ? [CALL_999, STAY_WITH_THEM, NHS_111, SAMARITANS]
    : audience.professional
      ? [CALL_999, TELL_AT_WORK, NSPCC, NHS_111, SAMARITANS]
      : audience.aboutAnotherFamily
        ? [CALL_999, NSPCC, TELL_COUNCIL, NHS_111]
        : [
        ...(childlineFirst ? [CHILDLINE] : []),
        CALL_999,
        // (For the adult being hurt or threatened at home; a child writing gets Childline first.)
        ...(audience.domesticAbuse && !childlineFirst ? [DOMESTIC_ABUSE_HELPLINE] : []),
        ...(audience.adult ? [ADULT_SOCIAL_CARE] : []),
        NHS_111,
        SAMARITANS,
        ...(childlineFirst || audience.adult ? [] : [CHILDLINE]),
        // (An adult writing about themselves: no lines for adults worried about a child.)
        ...(audience.adult && audience.youngPerson ? [] : [NSPCC, TELL_SCHOOL_OR_COUNCIL]),
        ...(audience.adult ? [] : [ADULT_SOCIAL_CARE]),
      ];
  return [
    // Someone hurt, not breathing well, fitting, poisoned or missing: the call to make comes before any kind words.
    ...(audience.babyShaken ? [BABY_SHAKEN_FIRST] : []),
    ...(!audience.babyShaken && (audience.emergency || audience.dangerNow) ? ['**Call 999 now** if someone is badly hurt, not breathing properly, having a fit that will not stop, has taken or swallowed something, a child is missing, someone may act on thoughts of ending their life, or someone is being threatened with a weapon.\n'] : []),
    opening,
    ...lines,
    // Safety comes first, but the question they came with is not lost.
    ...(audience.askedAbout ? [`\nWhen you are ready, I can still help with your other question: choose "${audience.askedAbout}" below.`]
      : audience.alsoAskedSendQuestion ? ['\nWhen you are ready, I can still help with your other question: just ask it again.'] : []),
    // (A blank line first: straight after the list, Markdown would make it part of the last point.)
    '\nI am a computer program, so I cannot call anyone for you. If you would like, I can also give you details of a person to talk to.',
  ].join('\n');
}

export const SAFEGUARDING_CHOICES: Choice[] = [{ label: MAIN_TASKS.person }];

export function tooLongText(maxChars: number): string {
  return `That message is very long, so I could not read it all. Could you ask in a shorter way, in under ${maxChars} characters? For help with your own case, a SENDIASS adviser can read the details.`;
}

// (It says nothing about the answer: the flow, straight after, says whether it could read one.)
/** Only tired, inside a flow: kind, and the way to a person, without an emergency line. */
export const TIRED_IN_FLOW_TEXT = 'That sounds tiring. You are not on your own: you can talk to a person at any time, just press the button or say "talk to a person".';
export const DISTRESS_IN_FLOW_TEXT = 'That sounds really hard. You are not on your own. You can talk to a person at any time: just press the button or say "talk to a person". If anyone is in danger, call 999.';
/** After the safeguarding help in the middle of a guided flow: the flow waits until the parent is ready. */
export const CARRY_ON_LABEL = 'Carry on';
export const SAFEGUARDING_IN_FLOW_TEXT = 'When you are ready, press "Carry on" and I will ask the last question again. What you just typed was not saved, so please type your answer again. Or type "cancel" to stop. Your earlier answers are kept.';
/** One or two everyday words ("school", "the letter"): what do they want to know? */
/**
 * A message straight after the emergency help that is no SEND question ("he says it most mornings",
 * "its fine honestly hes not hurt"): not "I can only help with SEND", but the help again in short,
 * and the way to a person.
 */
export const AFTER_RISK_TEXT = 'Thank you for telling me more. I cannot judge what is happening, and you do not have to decide on your own. If anyone is in danger now, call 999. If you are worried about a child, the NSPCC can talk it through with you on 0808 800 5000. If it is about someone\'s mental health, their GP or NHS 111 can help, today if needed. You can also talk to a person here: choose "Talk to a person".';
/** "What do I do?" straight after the emergency help: what to do now, in short. */
/** "Who do I report the respite centre to?" after a risk was told: who to tell (the safeguarding article's own people). */
export const WHO_TO_TELL_TEXT = [
  'Here is who to tell:',
  '- If anyone is in danger now, call **999**.',
  '- If the worry is about someone who works with children, at school, in respite or care, or on transport, tell the council\'s **LADO** (Local Authority Designated Officer): the council\'s children\'s services can put you through. You can also tell the police.',
  '- At school, tell the designated safeguarding lead or the head teacher straight away.',
  '- For someone 18 or over, tell the council\'s adult social care team.',
  '- The **NSPCC** can talk it through with you first: **0808 800 5000**.',
  'Write down what you were told or saw, in the words used, and when. You can also talk to a person here: choose "Talk to a person".',
].join('\n');

/** "He's ok now, he's asleep" straight after the emergency help: not "you are welcome". */
export const CALMER_AFTER_RISK_TEXT = 'I am glad things are calmer now. If it happens again, or you are worried at any time, call NHS 111 or, in an emergency, 999. It is worth telling their GP and the school soon, so they can help too. You can also talk to a person here: choose "Talk to a person".';
export const CALMER_AFTER_RISK_YOUNG_PERSON_TEXT = 'I am glad things are calmer now. If you feel unsafe again, Childline (0800 1111) and Samaritans (116 123) are there for you any time, and in an emergency call 999. It can help to tell an adult you trust. You can also talk to a person here: choose "Talk to a person".';
export const AFTER_RISK_WHAT_TO_DO_TEXT = 'Here is what you can do now. If anyone is in danger now, call 999. If it is about someone\'s mental health, their GP or NHS 111 can help, today if needed. If you are worried about a child, the NSPCC can talk it through with you on 0808 800 5000. Samaritans are there on 116 123, any time. You can also talk to a person here: choose "Talk to a person".';
export const AFTER_RISK_WHAT_TO_DO_YOUNG_PERSON_TEXT = 'Here is what you can do now. If you are in danger now, call 999. Childline (0800 1111) and Samaritans (116 123) are there for you any time, day or night. You could also tell an adult you trust. You can talk to a person here too: choose "Talk to a person".';
/** The same, to a young person writing about themselves: Childline, not "if you are worried about a child". */
export const AFTER_RISK_YOUNG_PERSON_TEXT = 'Thank you for telling me more. You do not have to sort this out on your own. If you are in danger now, call 999. Childline (0800 1111) and Samaritans (116 123) are there for you any time, day or night. You can also talk to a person here: choose "Talk to a person".';
/** "No, I just mean the council" after the emergency help: they were heard, and the help is still there. */
export const RISK_MISREAD_LEAD = 'Thank you for explaining, and sorry if I got that wrong. If those feelings ever do come, Samaritans are there on 116 123, any time.';

/** "Can you write me a letter for that?": the letters the bot can make, and who helps with others. */
export const LETTERS_I_CAN_WRITE_TEXT = 'I can make two things for you. One is a letter to ask the council for an EHC needs assessment. The other is a summary of your dates, to get ready for mediation or an appeal. For other letters, such as a complaint, a SENDIASS adviser can help you: choose "Talk to a person".';
/** "Can we go back to the letter?" with nothing under way (after "cancel"). */
export const NO_LETTER_UNDER_WAY_TEXT = 'There is no letter under way now. When you say "cancel", I stop and keep nothing of it. To start again, choose "Ask for an EHC needs assessment" (or "Get ready for mediation or an appeal" for a summary).';
/** The spaces were lost ("mysonhasautismand..."): asked again, kindly. */
export const WORDS_RUN_TOGETHER_TEXT = 'Sorry, I could not read that: the words seem to have run together. Could you type it again with spaces between the words?';
export const TOO_BROAD_TEXT = 'Could you tell me a bit more about what you want to know? For example: "How do I ask the school for more help?" or "The council wrote to say no to an assessment. What now?" Or choose one of these.';
/** A short follow-up the knowledge base cannot place, even with the last answer's topic. */
export function followUpUnclearText(lastTopic: string): string {
  return `I am not sure I understood. If your question is about "${lastTopic}", could you ask it again in a few more words? Or you can talk to a person.`;
}
/** A follow-up the answer just shown already covers, with nothing more in the knowledge base: said plainly, not the same answer again. */
export function nothingMoreOnThatText(lastTopic: string, shortAnswer: string): string {
  return `I do not have more on that than my answer above about "${lastTopic}". In short: ${shortAnswer}\n\nA SENDIASS adviser, a real person, can help with your own situation: choose "Talk to a person".`;
}
/** A word asked about beside another question: its meaning, in a line. `asked`: the other name the parent used for it. */
export function wordMeaningText(term: string, meaning: string, asked?: string): string {
  return asked ? `**${term}** (you may hear it called "${asked}") means: ${meaning}` : `**${term}** means: ${meaning}`;
}
/** A word asked about that nothing in the knowledge base explains: said plainly, with the way to a person. */
export function noExplanationText(name: string): string {
  return `I do not have an explanation of "${name}", and I do not want to guess. A SENDIASS adviser, a real person, can tell you: choose "Talk to a person".`;
}
/** After a time limit counted from the day a paper was served: how to get the last day worked out. */
export const SERVED_DAY_HINT_TEXT = 'I can work out your last day. Ask me again with the day it came, like this: "How long have I got? It came on 20 November."';
/** "That's not what I asked, I asked ...": before the answer to the question as said again. */
export const SORRY_MISREAD_TEXT = 'Sorry, I got that wrong. Here is my answer to what you asked.';

/** Before an unsure reply to a message with a word that may mean danger (see possibleRisk.ts). */
export const POSSIBLE_RISK_LEAD = 'If you or anyone else is in danger now, call 999. If you are worried about a child, you can call the NSPCC on 0808 800 5000.';

/** "Can you ring the council for me?" */
export const CANNOT_CONTACT_TEXT = 'I cannot phone, email or write to anyone for you: I am a computer program. I can help you write to the council yourself, with a draft letter to send. Or a SENDIASS adviser, a real person, may be able to help you contact them.';

/** "What does that word mean?" with no word named. */
/** "What does that mean?" after an answer: the answer's terms in plain English. */
export function plainWordsText(terms: ReadonlyArray<{ readonly term: string; readonly meaning: string }>): string {
  return [
    'Here are the words from that answer, in plain English:',
    ...terms.map((t) => `- **${t.term}**: ${t.meaning.replace(/[.…]$/, '')}.`),
    // (A blank line first, so it is not part of the last point.)
    '\nIf something else was not clear, tell me which part, or choose "Talk to a person".',
  ].join('\n');
}

/** "They said no, what now?": what to do next depends on what was refused. */
/** A parent describing their child, with nothing asked yet (see describesChildWithoutAsking). */
export const TOLD_ABOUT_CHILD_TEXT = 'Thank you for telling me about your child. That sounds hard for you both. What would you like to do? I can answer questions about getting more help at school (SEN support), EHC plans and what the law says. I can also help you ask the council for an EHC needs assessment, or put you in touch with a person. For example, you could ask "How do I ask the school for more help?" Or choose one of these.';
export const SAID_NO_TO_WHAT_TEXT = 'I am sorry to hear that. What did they say no to? The next step depends on it. Choose one of these, or tell me in your own words.';
export const SAID_NO_TO_WHAT_CHOICES: Choice[] = [
  { label: 'The council said no to an assessment' },
  { label: 'The council refused to issue an EHC plan' },
  { label: 'The school will not support my request for an assessment' },
];

/** "What are my dates?" with nothing to say which: the two kinds of dates the bot can work out. */
export const REQUEST_DATES_LABEL = 'Dates after asking for an assessment';
export const WHICH_DATES_TEXT = 'I can work out two kinds of dates. Which do you need?\n- **After asking for an EHC needs assessment**: the dates the law gives the council to decide and to issue a plan.\n- **After a decision you disagree with**: the dates for mediation and an appeal to the tribunal.';
export const WHICH_DATES_CHOICES: Choice[] = [
  { label: REQUEST_DATES_LABEL },
  { label: MAIN_TASKS.mediation },
  { label: MAIN_TASKS.person },
];
/** Asked after the council's time limits, so the next message can be read as the day. */
export const ASK_REQUEST_DAY_TEXT = 'Tell me the day the council got your request, for example "it came on 17 November". Then I can work out its dates for you.';

/** After the appeal dates for a decision named in a question: the guided flow keeps them. */
export const APPEAL_DATES_NEXT_TEXT = 'Sending your appeal sooner is safer. I can help you get ready, with these dates in a summary and a calendar: choose "Get ready for mediation or an appeal". For your own case, a SENDIASS adviser can check the dates with you.';
/** After appeal dates that have passed: the options, not "sooner is safer". */
export const APPEAL_DATES_PASSED_NEXT_TEXT = 'To see what you can still do about this decision, choose "Get ready for mediation or an appeal". For your own case, a SENDIASS adviser can look at it with you.';

/** The parent does not know the day the council got their request. */
export const REQUEST_DAY_UNKNOWN_TEXT = 'That is fine. The dates count from the day the council got your request. If you emailed it, that is usually the day you sent it; if you posted it, the day it arrived. If you cannot tell, ask the council\'s SEN team in writing to confirm the date it received your request. When you have the day, tell me and I will work out the dates.';

/** After the council's dates for a parent's request: what to do with them. */
export const REQUEST_DATES_NEXT_TEXT = 'Keep these dates somewhere safe. If a date passes and you have heard nothing, write to the council\'s SEN team and ask what is happening. You can ask me "what if the council is late?", or talk to a SENDIASS adviser about your own case.';

export const WHICH_WORD_TEXT = 'Which word would you like me to explain? Type it, for example: "What does provision mean?"';
export const CANCELLED_TEXT = 'OK, I have stopped that. Nothing has been sent anywhere. What would you like to do now?';
export const NOTHING_TO_CANCEL_TEXT = 'OK, no problem. If there is anything else, just ask, or choose one of these. You can come back at any time.';
export const NOTHING_TO_GO_BACK_TO_TEXT = 'There is nothing to go back to. What would you like to do?';
export const RESTART_TEXT = 'OK, let us start again.';
export const EMPTY_MESSAGE_TEXT = 'I did not get any words there. Could you type your question?';

/** A school transport decision questioned after a transport answer: the knowledge base does not cover its rules. */
export const TRANSPORT_FOLLOW_UP_TEXT = 'I do not cover the rules on school transport, so I cannot say if that decision is right. Transport to school is decided under your council\'s own travel policy. You can find it in the council\'s Local Offer. Ask the council in writing how to challenge the decision. If the EHC plan says the nearer school cannot meet your child\'s needs, say so. A SENDIASS adviser can help you with this: choose "Talk to a person".';
/** "Is that allowed?" straight after an answer that states the rule: the rule in one line, before a person is offered. */
export function generalRuleText(rule: string): string {
  return `In general: ${rule} How that fits your child depends on the details.`;
}
/** A parent telling us a plain fact with nothing asked (no "that sounds hard"): what would help. */
export const TOLD_FACTS_TEXT = 'Thank you for telling me about your child. What would you like to know? I can answer questions about getting more help at school (SEN support), EHC plans and what the law says. I can also help you ask the council for an EHC needs assessment, or put you in touch with a person. Or choose one of these.';
