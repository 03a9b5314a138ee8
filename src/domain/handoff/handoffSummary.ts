/**
 * The summary an adviser reads first, so the parent does not have to tell their story again:
 * why they were handed over, what the bot already answered, and a guided flow's answers in
 * plain words.
 */
import { formatLongDate, isIsoDate } from '../dates/calendarDate';
import type { HandoffReason, HandoffSummary } from './handoffQueue';

export const REASON_TEXT: Readonly<Record<HandoffReason, string>> = {
  safeguarding: 'Safeguarding words were used: the bot showed emergency help, then the parent asked for a person',
  distress: 'Sounded upset or overwhelmed',
  'beyond-guidance': 'Asked about their own case, which needs a person',
  asked: 'Asked to talk to a person',
  'not-answered': 'The bot could not answer well: two questions in a row with no good answer, or the parent said it was not helping',
  'flow-end': 'Finished a guided flow and asked for a person',
};

export const FLOW_TITLES: Readonly<Record<string, string>> = {
  'ehc-request': 'Ask for an EHC needs assessment',
  mediation: 'Get ready for mediation or an appeal',
};

export interface FlowAnswersSummary {
  readonly name: string;
  readonly answers: Readonly<Record<string, string>>;
}

export interface SummaryInput {
  readonly reason: HandoffReason;
  /** Titles of the knowledge-base answers given, oldest first. */
  readonly botAnswered: readonly string[];
  readonly flow?: FlowAnswersSummary;
}

export function buildHandoffSummary(input: SummaryInput): HandoffSummary {
  const botAnswered = [...new Set(input.botAnswered)];
  const lastTitle = botAnswered.at(-1);
  const topic = input.flow
    ? `Used the guided flow "${FLOW_TITLES[input.flow.name] ?? input.flow.name}"`
    : lastTitle
      ? `Asked about "${lastTitle}"`
      : 'No topic yet: see the conversation';
  const summary: HandoffSummary = { topic, reasonText: REASON_TEXT[input.reason], botAnswered };
  return input.flow ? { ...summary, flow: { name: input.flow.name, answers: { ...input.flow.answers } } } : summary;
}

/** Question labels for the flows' answer fields; anything else gets its name spelled out. */
const ANSWER_LABELS: Readonly<Record<string, string>> = {
  requester: 'Who is asking',
  childFirstName: "Child's first name",
  dateOfBirth: 'Date of birth',
  age: 'Age',
  setting: 'School or setting',
  settingName: 'Name of the school or setting',
  council: 'Council',
  areasOfNeed: 'Areas of need',
  difficulties: 'What is hard for the child',
  supportTried: 'Help tried so far',
  outsideProfessionals: 'Other professionals involved',
  evidence: 'Evidence they have',
  sendMethod: 'How they will send the request',
  sendDate: 'Date they send it',
  requestReceived: 'Date the council receives it',
  decision: 'Decision they disagree with',
  decisionLetterDate: 'Date of the decision letter',
  planParts: 'Parts of the plan',
  contactedAdviser: 'Contacted a mediation adviser',
  adviserContactDate: 'Date they contacted the mediation adviser',
  choseMediation: 'Chose mediation',
  mediationRequestedDate: 'Date they asked for mediation',
  hasCertificate: 'Has a mediation certificate',
  certificateDate: 'Date of the certificate',
  wantToChange: 'What they want to change',
  companions: 'Who will come with them',
};

/**
 * A flow's answers as "question label -> answer" in plain words: dates written out, lists
 * joined, yes/no for true/false, and empty answers left out.
 */
export function describeFlowAnswers(answers: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    const text = describeValue(value);
    if (text) out[ANSWER_LABELS[key] ?? spellOut(key)] = text;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatLongDate(value);
    // Coded choices ("young-person", "not-yet") read as words.
    return /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value) ? value.replace(/-/g, ' ') : value;
  }
  if (Array.isArray(value)) {
    const items = value.map(describeValue).filter(Boolean);
    return items.length ? items.join('; ') : 'None';
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${spellOut(k)}: ${describeValue(v)}`)
      .join('; ');
  }
  return '';
}

/** "outsideProfessionals" -> "Outside professionals". */
function spellOut(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
