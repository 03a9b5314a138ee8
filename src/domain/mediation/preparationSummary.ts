/**
 * The summary a parent takes to mediation or uses to appeal (to read, print or share) and a
 * calendar file of their dates still to come. It fits their choice: someone who has said no to
 * mediation gets no mediation tips, and everyone ends with how to appeal. Their own words are
 * quoted as theirs; everything else is general information, not advice on their case.
 */
import { buildIcsCalendar, CalendarEvent } from '../calendar/ics';
import { formatLongDate } from '../dates/calendarDate';
import { describeSendiassContact, LocalServices } from '../localServices';
import { describeTimescale, TIMESCALES, TimescaleKey } from '../timescales';
import { DecisionType, PlanPart, canAppeal, needsMediationAdvice } from './decisionTypes';
import { COMPANION_CHOICES, MEDIATION_FLOW_TEXT, choiceLabel, evidenceChoicesFor } from './flowText';
import type { MediationAnswers } from './mediationAnswers';
import { mediationOver, type Position, type PositionDateKey } from './whereYouStand';

export interface PreparationSummary {
  readonly title: string;
  /** Markdown-light text: "## " headings and "- " bullets, readable as plain text too. */
  readonly text: string;
}

/** The question about "when", for what the parent wants to happen after this decision. */
const WHEN_QUESTION: Readonly<Record<DecisionType, string>> = {
  'refuse-assess': 'Can we agree a date for the assessment to start?',
  'refuse-reassess': 'Can we agree a date for the new assessment to start?',
  'refuse-plan': 'Can we agree a date for a draft plan?',
  'plan-content': 'Can we agree a date for the amended plan?',
  'health-social-care': 'Can we agree a date for the amended plan?',
  'refuse-amend': 'Can we agree a date for the amended plan?',
  'cease-plan': 'Can the plan carry on while we look at this, and by when will we know?',
};

/** Questions that help at most mediations, around the "when" question. General, not advice on the parent's case. */
const QUESTIONS_BEFORE_WHEN: readonly string[] = [
  "What evidence would change the council's view?",
  'Which of our reports and evidence did the council look at, and what did it make of them?',
  "What are the council's main worries, and can we look at them together?",
];
const QUESTIONS_AFTER_WHEN: readonly string[] = [
  'Can the plan say exactly what help my child will get, how often, and from whom?',
  'Who will make sure this happens, and by when?',
  'What happens if the agreed help does not happen?',
  'If we cannot agree on everything, which parts can we agree on today?',
  'Should anyone else be involved, for example the school, health or social care?',
  'Can everything we agree be written down, and when will I get a copy?',
];

/** The questions for this decision, with its own "when" question; a young person asks about the help they will get. */
export function mediationQuestions(decision: DecisionType, youngPerson = false): string[] {
  const after = youngPerson ? QUESTIONS_AFTER_WHEN.map((q) => q.replace('what help my child will get', 'what help I will get')) : QUESTIONS_AFTER_WHEN;
  return [...QUESTIONS_BEFORE_WHEN, WHEN_QUESTION[decision], ...after];
}

/** The questions with a general "when" question (mediationQuestions gives the one for a decision). */
export const MEDIATION_QUESTIONS: readonly string[] = [...QUESTIONS_BEFORE_WHEN, 'Can we agree a date for the assessment or the amended plan?', ...QUESTIONS_AFTER_WHEN];

const ON_THE_DAY: readonly string[] = [
  'The mediator is independent. They do not take sides and they do not decide anything.',
  'Everyone introduces themselves, and the mediator explains how the meeting will work.',
  'Each side explains how it sees things. You can use your own words, or read from this summary.',
  'You may spend some time in separate private rooms, with the mediator going between you.',
  'It may last a few hours. You can ask for a break.',
  'What is said at mediation is confidential (kept private).',
  `Anything you agree is written down. Points the tribunal could have decided must be done within the time limits for tribunal orders; other points within ${describeTimescale('mediationAgreementOtherPoints')}.`,
];

const SOURCE_TIMESCALES: readonly TimescaleKey[] = [
  'contactMediationAdviser', 'certificateWhenMediationDeclined', 'mediationHeld',
  'certificateAfterMediation', 'mediationAgreementOtherPoints', 'appealAfterDecision',
];

// Sources with no timescale of their own: what can be appealed, agreement points that could
// have been appealed, and the tribunal's rules for moving a deadline.
const OTHER_SOURCES: readonly string[] = [
  'Children and Families Act 2014, s51(2)',
  'SEN and Disability Regulations 2014, reg 44',
  'Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008, r12',
];

/** "Children and Families Act 2014, s51(2), s55(3); SEN and Disability Regulations 2014, regs 32-33, ..." */
export function mediationSourcesLine(): string {
  const refsByInstrument = new Map<string, string[]>();
  const citations = [...OTHER_SOURCES, ...SOURCE_TIMESCALES.flatMap((k) => TIMESCALES[k].source.split('; '))];
  for (const citation of citations) {
    const comma = citation.lastIndexOf(', ');
    const instrument = citation.slice(0, comma);
    const ref = citation.slice(comma + 2).replace(/^regs? /, '');
    const refs = refsByInstrument.get(instrument) ?? [];
    if (!refs.includes(ref)) refs.push(ref);
    refsByInstrument.set(instrument, refs);
  }
  const byNumber = (a: string, b: string): number => parseFloat(a.replace(/^\D+/, '')) - parseFloat(b.replace(/^\D+/, ''));
  return [...refsByInstrument].map(([instrument, refs]) => {
    const sorted = [...refs].sort(byNumber);
    const prefix = instrument.startsWith('SEN and Disability Regulations') ? 'regs ' : '';
    return `${instrument}, ${prefix}${sorted.join(', ')}`;
  }).join('; ');
}

/** Their words, shown as theirs. */
function quoted(words: string): string {
  return `“${words.trim()}”`;
}

function bullets(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${line}`);
}

/** Whether mediation may lie ahead: not once they have said no, had it (or hold the certificate), nor once their time limits have gone. */
function mediationAhead(answers: MediationAnswers, position: Position): boolean {
  return answers.choseMediation !== 'no' && !mediationOver(answers) && position.routes.length === 0;
}

function datesSection(answers: MediationAnswers, position: Position): string[] {
  const lines = [`The decision letter was sent on ${formatLongDate(answers.decisionLetterDate)}.`];
  if (answers.mediationHeld === true) {
    lines.push(answers.mediationHeldDate === undefined ? 'You have been to mediation.' : `You went to mediation on ${formatLongDate(answers.mediationHeldDate)}.`);
  }
  if (answers.hasCertificate && answers.certificateDate !== undefined) {
    lines.push(`Your certificate is dated ${formatLongDate(answers.certificateDate)}.`);
  }
  lines.push(...position.keyDates.map((d) => (d.passed
    ? `${d.label}: ${d.when} (this date has passed).`
    : `${d.label}: ${d.when}. ${d.note}`)));
  if (!position.longAgo && !position.keyDates.some((d) => d.key === 'appealBy')) {
    lines.push('I could not work out your last day to appeal. Please check it with SENDIASS.');
  }
  const out = ['## Your dates', ...bullets(lines)];
  // Paragraphs, not bullets: a warning may carry its own list of what can still be done.
  if (position.warnings.length > 0) out.push('', 'Please note:', '', position.warnings.join('\n\n'));
  return out;
}

/** The decision as a sentence about the council, for the summary. */
const DECISION_IN_SUMMARY: Readonly<Record<DecisionType, string>> = {
  'refuse-assess': 'the council said no to an EHC needs assessment',
  'refuse-plan': 'the council decided not to issue an EHC plan',
  'plan-content': 'what the EHC plan says',
  'health-social-care': 'the health or social care parts of the EHC plan',
  'refuse-amend': 'the council decided not to change the EHC plan after a review',
  'cease-plan': 'the council decided to end (cease) the EHC plan',
  'refuse-reassess': 'the council said no to a new assessment',
};

const PART_IN_SUMMARY: Readonly<Record<PlanPart, string>> = {
  B: 'section B (the needs)',
  F: 'section F (the help your child must get)',
  I: 'section I (the school or placement)',
};

function partInSummary(part: PlanPart, youngPerson: boolean): string {
  return youngPerson && part === 'F' ? 'section F (the help you must get)' : PART_IN_SUMMARY[part];
}

function disagreementSection(answers: MediationAnswers): string[] {
  const lines = [`The decision you disagree with: ${DECISION_IN_SUMMARY[answers.decision]}.`];
  if (answers.decision === 'plan-content' && answers.planParts !== undefined && answers.planParts.length > 0) {
    lines.push(`The parts of the plan: ${answers.planParts.map((p) => partInSummary(p, answers.youngPerson === true)).join(', ')}.`);
  }
  lines.push(`In your words: ${quoted(answers.wantToChange)}`);
  return ['## What you disagree with and what you want instead', ...bullets(lines)];
}

function evidenceSection(answers: MediationAnswers, position: Position): string[] {
  const items = answers.evidence
    .filter((e) => e !== 'none-yet')
    .map((e) => choiceLabel(evidenceChoicesFor(answers.youngPerson), e) ?? `In your words: ${quoted(e)}`);
  const keep = mediationAhead(answers, position)
    ? 'Take copies with you, and mark the parts that matter most.'
    : 'Keep copies of everything, and mark the parts that matter most. They will help your appeal.';
  const lines = items.length === 0
    ? [`You have not listed any evidence yet. Reports from school${answers.youngPerson === true ? ' or college' : ''} and professionals, letters, and your own notes about ${answers.youngPerson === true ? 'what you need' : 'your child'} can all help.`]
    : [...bullets(items), '', keep];
  return ['## Your evidence', ...lines];
}

const SUPPORTERS = 'a friend or family member, someone from SENDIASS, or another supporter or advocate';

function companionsSection(answers: MediationAnswers): string[] {
  const chosen = answers.companions.filter((c) => c !== 'no-one' && c !== 'not-sure');
  let lines: string[];
  if (chosen.length > 0) {
    const who = chosen.map((c) => {
      if (c === 'sendiass') return 'someone from SENDIASS';
      return choiceLabel(COMPANION_CHOICES, c) ?? quoted(c);
    });
    lines = [...bullets(who), '', 'It helps to tell the mediation service who is coming before the day.'];
  } else if (answers.companions.includes('no-one')) {
    lines = [`You said you will go on your own. That is fine. If you change your mind, you can bring ${SUPPORTERS}.`];
  } else {
    lines = [`You are not sure yet. You can bring ${SUPPORTERS}. You do not have to go alone.`];
  }
  return ['## Who is coming with you', ...lines];
}

/** For an appeal without mediation: who can help, and that a supporter can come to the hearing. */
function helpersSection(answers: MediationAnswers): string[] {
  const chosen = answers.companions.filter((c) => c !== 'no-one' && c !== 'not-sure');
  const who = chosen.map((c) => (c === 'sendiass' ? 'someone from SENDIASS' : choiceLabel(COMPANION_CHOICES, c) ?? quoted(c)));
  const lines = who.length > 0
    ? [...bullets(who), '', 'You can bring a supporter or a representative to the tribunal hearing too.']
    : [`You do not have to do this alone. You can bring a supporter or a representative to the tribunal hearing, for example ${SUPPORTERS}.`];
  return ['## Who can help you', ...lines];
}

function ifMediationDoesNotWorkSection(answers: MediationAnswers): string[] {
  const lines = [
    'You do not have to agree to anything you are not happy with.',
    `Ask for your certificate. After mediation, the mediator must give it to you within ${describeTimescale('certificateAfterMediation')} of it ending.`,
    'Then you can appeal to the tribunal: see “How to appeal” below.',
  ];
  if (!canAppeal(answers.decision, answers.planParts).appealable) lines.push(MEDIATION_FLOW_TEXT.explanations.healthAndSocialCare);
  return ['## If mediation does not work', ...bullets(lines)];
}

/** What the parent might ask the tribunal for, in plain words (what they want, not what the law says). */
const WHAT_YOU_WANT_EXAMPLE: Readonly<Record<DecisionType, string>> = {
  'refuse-assess': 'that you want the council to carry out an EHC needs assessment',
  'refuse-reassess': 'that you want the council to carry out a new assessment',
  'refuse-plan': 'that you want the council to make an EHC plan',
  'plan-content': '“name this school” or “add this help to section F”',
  'health-social-care': '“add this help to section F”',
  'refuse-amend': 'the changes you want in the plan, such as “add this help to section F”',
  'cease-plan': 'that you want the plan to carry on',
};

/** The tribunal's form, from knowledge/preparing-for-tribunal.md. */
function appealForm(decision: DecisionType): string {
  switch (decision) {
    case 'refuse-assess':
      return 'Fill in the tribunal’s appeal form. For a refusal to assess it is called SEND35a.';
    case 'refuse-reassess':
      return 'Fill in the tribunal’s appeal form. The form for a refusal to assess is called SEND35a, and the form for most other appeals SEND35: SENDIASS can tell you which one fits.';
    case 'health-social-care':
      return 'You cannot appeal about the health or social care parts on their own. Appeal about section B, F or I on the tribunal’s form, called SEND35, and ask the tribunal to look at these parts too. For them it can only make recommendations.';
    default:
      return 'Fill in the tribunal’s appeal form, called SEND35.';
  }
}

/** When the form must reach the tribunal, from the parent's own dates. */
function appealWhen(position: Position): string {
  const appealBy = position.keyDates.find((d) => d.key === 'appealBy');
  if (position.longAgo || appealBy?.passed === true) {
    return 'Your time to appeal has passed, so you would ask the tribunal to accept a late appeal: send the form with a short note saying why it is late, after getting advice (see above).';
  }
  if (appealBy === undefined) {
    return `The time limit is ${describeTimescale('appealAfterDecision')} after the decision letter, or ${describeTimescale('appealAfterCertificate')} after the certificate, whichever is later. Please check your date with SENDIASS.`;
  }
  if (appealBy.date === undefined) {
    return `Your form must reach the tribunal within ${appealBy.when}. Ask the mediation adviser for your certificate if it has not come.`;
  }
  return `Your form must reach the tribunal by ${appealBy.when}. Send it well before then if you can.`;
}

function howToAppealSection(answers: MediationAnswers, position: Position, services: LocalServices): string[] {
  const needed = needsMediationAdvice(answers.decision, answers.planParts).required;
  const certificate = !needed ? '' : answers.hasCertificate ? ', and your mediation certificate' : ', and your mediation certificate when you have it';
  const lines = [
    appealWhen(position),
    appealForm(answers.decision),
    `Send a copy of the council’s decision letter with it${certificate}.`,
    `Say clearly what you want the tribunal to order, for example ${WHAT_YOU_WANT_EXAMPLE[answers.decision]}. What you wrote above, in your own words, is a good start.`,
    'There is no fee, and you do not need a lawyer.',
    `Get help from SENDIASS, free and impartial. ${describeSendiassContact(services.sendiass)}`,
    'IPSEA (Independent Provider of Special Education Advice) gives free legal advice about SEND: www.ipsea.org.uk. SOS!SEN also helps families for free.',
    'To read more, ask me “how do I fill in the SEND35 form?”.',
  ];
  return ['## How to appeal to the tribunal', ...bullets(lines)];
}

function titleFor(answers: MediationAnswers, position: Position): string {
  if (position.longAgo) return 'Where you stand and what you can do now: your summary';
  // Once mediation is behind them (or declined), the summary is about the appeal.
  return mediationAhead(answers, position) ? 'Getting ready for mediation: your summary' : 'Getting ready to appeal: your summary';
}

export function buildPreparationSummary(answers: MediationAnswers, position: Position, services: LocalServices): PreparationSummary {
  const mediation = mediationAhead(answers, position);
  const sections = [
    datesSection(answers, position),
    disagreementSection(answers),
    evidenceSection(answers, position),
    ...(mediation
      ? [
        ['## Questions you might ask at mediation', ...bullets(mediationQuestions(answers.decision, answers.youngPerson === true))],
        ['## What happens on the day', ...bullets(ON_THE_DAY)],
        companionsSection(answers),
        ifMediationDoesNotWorkSection(answers),
      ]
      : [helpersSection(answers)]),
    howToAppealSection(answers, position, services),
    [
      '## Sources',
      `Sources: ${mediationSourcesLine()}.`,
      MEDIATION_FLOW_TEXT.explanations.notLegalAdvice,
    ],
  ];
  return {
    title: titleFor(answers, position),
    text: sections.map((s) => s.join('\n')).join('\n\n') + '\n',
  };
}

/** Calendar titles a parent understands at a glance: no names or case details, as calendars are often shared. */
const ICS_TITLES: Readonly<Record<PositionDateKey, string>> = {
  contactMediationAdviserBy: 'Your last day to contact the mediation adviser',
  latestCertificate: `Latest day for the mediation adviser to send your certificate (${describeTimescale('certificateWhenMediationDeclined')})`,
  latestMediation: `Last day for mediation to take place (${describeTimescale('mediationHeld')})`,
  appealBy: 'Your last day to appeal to the SEND tribunal',
};

export interface MediationIcsOptions {
  /**
   * The conversation's id. Calendar events are identified by it, so two families never share
   * one and a corrected date replaces the old event. Without it, the position's caseRef.
   */
  readonly calendarId?: string;
  /** The file's timestamp (for tests); defaults to now. */
  readonly now?: Date;
}

/** An iCalendar file with one all-day event for each of the parent's dates still to come. */
export function buildMediationIcs(position: Position, options: MediationIcsOptions = {}): string {
  const events: CalendarEvent[] = position.dates.map((d) => ({
    date: d.date,
    // An estimated date says so in the calendar too, where the summary's words are not seen.
    title: d.estimate === true ? `${ICS_TITLES[d.key]}: about, an estimate` : ICS_TITLES[d.key],
    description: d.note,
    kind: d.key,
  }));
  return buildIcsCalendar({
    name: 'Mediation and appeal dates',
    calendarId: options.calendarId ?? position.caseRef,
    events,
    today: position.today,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
}
