/**
 * The summary an adviser reads first, so the parent does not have to tell their story again:
 * why they were handed over, what the bot already answered, and a guided flow's answers in
 * plain words.
 */
import { formatLongDate, isIsoDate } from '../dates/calendarDate';
import { AREA_OF_NEED_CHOICES } from '../ehcRequest/areasOfNeed';
import { REQUESTER_CHOICES, SETTING_CHOICES } from '../ehcRequest/ehcRequestAnswers';
import { EVIDENCE_CHOICES as EHC_EVIDENCE_CHOICES } from '../ehcRequest/evidenceChecklist';
import { SEND_METHOD_CHOICES } from '../ehcRequest/receiptDate';
import { DECISION_CHOICES } from '../mediation/decisionTypes';
import { COMPANION_CHOICES, EVIDENCE_CHOICES as MEDIATION_EVIDENCE_CHOICES, MEDIATION_CHOICE_CHOICES } from '../mediation/flowText';
import type { HandoffReason, HandoffSummary } from './handoffQueue';

export const REASON_TEXT: Readonly<Record<HandoffReason, string>> = {
  safeguarding: 'Safeguarding words were used: the bot showed emergency help, then the parent asked for a person',
  distress: 'Sounded upset or overwhelmed',
  'beyond-guidance': 'Asked about their own case, which needs a person',
  asked: 'Asked to talk to a person',
  'not-answered': 'The bot could not answer well: two questions in a row with no good answer, or the parent said it was not helping',
  'flow-end': 'Finished a guided flow and asked for a person',
};

/** What the parent was doing in each guided flow, as the hub names it ("Asking for an EHC needs assessment"). */
export const FLOW_NAMES: Readonly<Record<string, string>> = {
  'ehc-request': 'Asking for an EHC needs assessment',
  mediation: 'Getting ready for mediation or an appeal',
};

/** A guided flow's human name from its id; an unknown id is spelled out ("school-transport" -> "School transport"). */
export function flowName(id: string): string {
  return FLOW_NAMES[id] ?? spellOut(id);
}

/** What older handoffs were given as their topic when nothing better was known. */
export const NO_TOPIC = 'No topic yet: see the conversation';

/** When the bot answered nothing and no flow was used: the reason, in a few words. */
const TOPIC_BY_REASON: Readonly<Record<HandoffReason, string>> = {
  safeguarding: 'Safeguarding words were used, then asked for a person',
  distress: 'Sounded upset or overwhelmed',
  'beyond-guidance': 'A question about their own case',
  asked: 'Asked to talk to a person',
  'not-answered': 'The bot could not answer their questions',
  'flow-end': 'Finished a guided flow',
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

/**
 * The one line an adviser reads first: the guided flow used, else the last question the bot
 * answered, else why they were handed over. Built from the summary only, never from what the
 * parent typed.
 */
function topicFrom(reason: HandoffReason | undefined, botAnswered: readonly string[], flow: FlowAnswersSummary | undefined, reasonText: string): string {
  if (flow) return `${flowName(flow.name)} (guided steps)`;
  const lastTitle = botAnswered.at(-1);
  if (lastTitle) return `Asked about "${lastTitle}"`;
  return reason ? TOPIC_BY_REASON[reason] : reasonText;
}

export function buildHandoffSummary(input: SummaryInput): HandoffSummary {
  const botAnswered = [...new Set(input.botAnswered)];
  const reasonText = REASON_TEXT[input.reason];
  const summary: HandoffSummary = { topic: topicFrom(input.reason, botAnswered, input.flow, reasonText), reasonText, botAnswered };
  return input.flow ? { ...summary, flow: { name: input.flow.name, answers: { ...input.flow.answers } } } : summary;
}

/**
 * The topic to show for a stored handoff. Handoffs stored before topics were worked out this
 * way say "No topic yet": theirs is worked out again from the same summary.
 */
export function topicOf(summary: HandoffSummary, reason?: HandoffReason): string {
  if (summary.topic && summary.topic !== NO_TOPIC) return summary.topic;
  return topicFrom(reason, summary.botAnswered, summary.flow, summary.reasonText);
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

/** The flows' coded choices and the labels parents pressed. */
const CODED_CHOICE_LABELS: ReadonlyMap<string, string> = new Map(
  [DECISION_CHOICES, AREA_OF_NEED_CHOICES, REQUESTER_CHOICES, SETTING_CHOICES, SEND_METHOD_CHOICES, EHC_EVIDENCE_CHOICES,
    MEDIATION_CHOICE_CHOICES, COMPANION_CHOICES, MEDIATION_EVIDENCE_CHOICES]
    .flatMap((choices: ReadonlyArray<{ readonly value: string; readonly label: string }>) => choices.filter((c) => /-/.test(c.value)).map((c) => [c.value, c.label] as const)),
);

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
    // Coded choices read as the words the parent was shown ("refuse-assess": "The council said no to an EHC needs assessment").
    const label = CODED_CHOICE_LABELS.get(value);
    if (label) return label;
    // Any other code ("young-person", "not-yet") reads as words.
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
