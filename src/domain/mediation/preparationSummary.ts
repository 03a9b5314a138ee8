/**
 * The summary a parent takes to mediation (to read, print or share) and a calendar file of
 * their dates. Their own words are quoted as theirs; everything else is general information,
 * not advice on their case.
 */
import { buildIcsCalendar, CalendarEvent } from '../calendar/ics';
import { formatLongDate } from '../dates/calendarDate';
import { describeSendiassContact, LocalServices } from '../localServices';
import { describeTimescale, TIMESCALES, TimescaleKey } from '../timescales';
import { DecisionType, PlanPart, canAppeal } from './decisionTypes';
import { COMPANION_CHOICES, EVIDENCE_CHOICES, MEDIATION_FLOW_TEXT, choiceLabel } from './flowText';
import type { MediationAnswers } from './mediationAnswers';
import type { Position, PositionDateKey } from './whereYouStand';

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

/** The questions for this decision, with its own "when" question. */
export function mediationQuestions(decision: DecisionType): string[] {
  return [...QUESTIONS_BEFORE_WHEN, WHEN_QUESTION[decision], ...QUESTIONS_AFTER_WHEN];
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

function datesSection(answers: MediationAnswers, position: Position): string[] {
  const lines = [`The decision letter was sent on ${formatLongDate(answers.decisionLetterDate)}.`];
  if (answers.hasCertificate && answers.certificateDate !== undefined) {
    lines.push(`Your certificate is dated ${formatLongDate(answers.certificateDate)}.`);
  }
  lines.push(...position.dates.map((d) => `${d.label}: ${formatLongDate(d.date)}. ${d.note}`));
  if (!position.dates.some((d) => d.key === 'appealBy')) {
    lines.push('I could not work out your last day to appeal. Please check it with SENDIASS.');
  }
  const out = ['## Your dates', ...bullets(lines)];
  if (position.warnings.length > 0) out.push('', 'Please note:', ...bullets(position.warnings));
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

function disagreementSection(answers: MediationAnswers): string[] {
  const lines = [`The decision you disagree with: ${DECISION_IN_SUMMARY[answers.decision]}.`];
  if (answers.decision === 'plan-content' && answers.planParts !== undefined && answers.planParts.length > 0) {
    lines.push(`The parts of the plan: ${answers.planParts.map((p) => PART_IN_SUMMARY[p]).join(', ')}.`);
  }
  lines.push(`In your words: ${quoted(answers.wantToChange)}`);
  return ['## What you disagree with and what you want instead', ...bullets(lines)];
}

function evidenceSection(answers: MediationAnswers): string[] {
  const items = answers.evidence
    .filter((e) => e !== 'none-yet')
    .map((e) => choiceLabel(EVIDENCE_CHOICES, e) ?? `In your words: ${quoted(e)}`);
  const lines = items.length === 0
    ? ['You have not listed any evidence yet. Reports from school and professionals, letters, and your own notes about your child can all help.']
    : [...bullets(items), '', 'Take copies with you, and mark the parts that matter most.'];
  return ['## Your evidence', ...lines];
}

function companionsSection(answers: MediationAnswers): string[] {
  const chosen = answers.companions.filter((c) => c !== 'no-one' && c !== 'not-sure');
  const options = 'a friend or family member, someone from SENDIASS, or another supporter or advocate';
  let lines: string[];
  if (chosen.length > 0) {
    const who = chosen.map((c) => {
      if (c === 'sendiass') return 'someone from SENDIASS';
      return choiceLabel(COMPANION_CHOICES, c) ?? quoted(c);
    });
    lines = [...bullets(who), '', 'It helps to tell the mediation service who is coming before the day.'];
  } else if (answers.companions.includes('no-one')) {
    lines = [`You said you will go on your own. That is fine. If you change your mind, you can bring ${options}.`];
  } else {
    lines = [`You are not sure yet. You can bring ${options}. You do not have to go alone.`];
  }
  return ['## Who is coming with you', ...lines];
}

function ifItDoesNotWorkSection(answers: MediationAnswers, position: Position, services: LocalServices): string[] {
  const appealBy = position.dates.find((d) => d.key === 'appealBy');
  const appeal = canAppeal(answers.decision);
  const lines = [
    'You do not have to agree to anything you are not happy with.',
    `Ask for your certificate. After mediation, the mediator must give it to you within ${describeTimescale('certificateAfterMediation')} of it ending.`,
    appealBy === undefined
      ? `You can appeal to the tribunal. The time limit is ${describeTimescale('appealAfterDecision')} after the decision letter, or ${describeTimescale('appealAfterCertificate')} after the certificate, whichever is later.`
      : `You can appeal to the tribunal by ${formatLongDate(appealBy.date)}, or ${describeTimescale('appealAfterCertificate')} after your certificate if that is later.`,
  ];
  if (!appeal.appealable) lines.push(MEDIATION_FLOW_TEXT.explanations.healthAndSocialCare);
  lines.push(
    `Get help from SENDIASS, free and impartial. ${describeSendiassContact(services.sendiass)}`,
    'IPSEA (Independent Provider of Special Education Advice) gives free legal advice about SEND: www.ipsea.org.uk.',
  );
  return ['## If mediation does not work', ...bullets(lines)];
}

export function buildPreparationSummary(answers: MediationAnswers, position: Position, services: LocalServices): PreparationSummary {
  const sections = [
    datesSection(answers, position),
    disagreementSection(answers),
    evidenceSection(answers),
    ['## Questions you might ask at mediation', ...bullets(mediationQuestions(answers.decision))],
    ['## What happens on the day', ...bullets(ON_THE_DAY)],
    companionsSection(answers),
    ifItDoesNotWorkSection(answers, position, services),
    [
      '## Sources',
      `Sources: ${mediationSourcesLine()}.`,
      MEDIATION_FLOW_TEXT.explanations.notLegalAdvice,
    ],
  ];
  return {
    title: 'Getting ready for mediation: your summary',
    text: sections.map((s) => s.join('\n')).join('\n\n') + '\n',
  };
}

/** Short calendar titles: no names or case details, as calendars are often shared. */
const ICS_TITLES: Readonly<Record<PositionDateKey, string>> = {
  contactMediationAdviserBy: 'Last day to contact the mediation adviser',
  latestCertificate: 'Mediation certificate due',
  latestMediation: 'Mediation should have happened by today',
  appealBy: 'Last day to appeal to the SEND tribunal',
};

/** An iCalendar file with one all-day event for each of the parent's dates. */
export function buildMediationIcs(position: Position, now?: Date): string {
  const events: CalendarEvent[] = position.dates.map((d) => ({
    date: d.date,
    title: ICS_TITLES[d.key],
    description: d.note,
  }));
  return buildIcsCalendar({ name: 'Mediation and appeal dates', events, ...(now === undefined ? {} : { now }) });
}
