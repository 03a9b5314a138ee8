/**
 * The evidence a family might send with a request, and the checklist the flow gives back.
 * Nothing here is a legal requirement: the test is in section 36(8) of the Children and
 * Families Act 2014, and a family can ask with what they have and send more later.
 */
import type { Choice, ChoiceKeywords } from './choices';
import type { Setting } from './ehcRequestAnswers';

export const EVIDENCE_KEYS = [
  'school-records',
  'professional-reports',
  'diagnosis-letters',
  'medical-letters',
  'home-log',
  'child-views',
  'attendance-exclusions',
  'work-examples',
] as const;

export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export interface EvidenceItem {
  readonly key: EvidenceKey;
  /** What it is, in plain words. */
  readonly label: string;
  /** Why it helps, in one line. */
  readonly whyItHelps: string;
}

export const EVIDENCE_ITEMS: readonly EvidenceItem[] = [
  {
    key: 'school-records',
    label: 'School or setting records: SEN support plans, IEPs (individual education plans), provision maps and progress data',
    whyItHelps: 'They show what help has been tried and what difference it made. The council looks at this (SEND Code of Practice 9.14).',
  },
  {
    key: 'professional-reports',
    label: 'Reports from professionals, such as an educational psychologist, speech and language therapist, occupational therapist, CAMHS (children’s mental health services) or a paediatrician (a children’s doctor)',
    whyItHelps: 'They describe the needs and the help that experts suggest.',
  },
  {
    key: 'diagnosis-letters',
    label: 'Letters about a diagnosis (helpful, but not needed)',
    whyItHelps: 'They can help explain needs. A diagnosis is not needed to ask for an assessment.',
  },
  {
    key: 'medical-letters',
    label: 'Other letters from doctors, nurses or hospitals',
    whyItHelps: 'They show health needs that affect learning or daily life.',
  },
  {
    key: 'home-log',
    label: 'Your own notes or diary of what you see at home',
    whyItHelps: 'They show how things are outside school, which staff may not see.',
  },
  {
    key: 'child-views',
    label: 'The child’s own views, in their words or drawings',
    whyItHelps: 'The council must take into account the views, wishes and feelings of the child and family (Children and Families Act 2014, s19).',
  },
  {
    key: 'attendance-exclusions',
    label: 'Attendance and exclusion records',
    whyItHelps: 'Missed school, part-time days or exclusions can show that the help so far is not enough.',
  },
  {
    key: 'work-examples',
    label: 'Examples of school work',
    whyItHelps: 'They show what the child can do and where they get stuck.',
  },
];

export function isEvidenceKey(value: string): value is EvidenceKey {
  return (EVIDENCE_KEYS as readonly string[]).includes(value);
}

export function evidenceItem(key: EvidenceKey): EvidenceItem {
  // EVIDENCE_ITEMS has one entry for every key (checked by a test).
  return EVIDENCE_ITEMS.find((i) => i.key === key) as EvidenceItem;
}

/** For a family with nothing to send yet: they can still ask. */
export const EVIDENCE_NONE_YET = 'none-yet';

export type EvidenceChoice = EvidenceKey | typeof EVIDENCE_NONE_YET;

/** Shorter labels for buttons. */
export const EVIDENCE_CHOICES: ReadonlyArray<Choice<EvidenceChoice>> = [
  { value: 'school-records', label: 'School records and support plans' },
  { value: 'professional-reports', label: 'Reports from professionals' },
  { value: 'diagnosis-letters', label: 'Diagnosis letters' },
  { value: 'medical-letters', label: 'Other medical letters' },
  { value: 'home-log', label: 'My own notes or diary' },
  { value: 'child-views', label: 'The child’s own views' },
  { value: 'attendance-exclusions', label: 'Attendance or exclusion records' },
  { value: 'work-examples', label: 'Examples of school work' },
  { value: EVIDENCE_NONE_YET, label: 'None yet' },
];

/** The buttons for whoever is asking: a young person asking for themselves sees "My own views". */
export function evidenceChoicesFor(about: EvidenceAbout): ReadonlyArray<Choice<EvidenceChoice>> {
  if (about === 'child') return EVIDENCE_CHOICES;
  const views = about === 'self' ? 'My own views' : 'The young person’s own views';
  const work = about === 'self' ? 'Examples of my work' : 'Examples of their work';
  return EVIDENCE_CHOICES.map((c) => (c.value === 'child-views' ? { ...c, label: views } : c.value === 'work-examples' ? { ...c, label: work } : c));
}

export const EVIDENCE_KEYWORDS: ChoiceKeywords<EvidenceChoice> = {
  'school-records': ['iep', 'sen support plan', 'provision map', 'progress', 'school report', 'school records'],
  'professional-reports': ['educational psychologist', 'ed psych', 'psychologist', 'ep report', 'speech and language', 'speech therapy', 'speech therapist', 'salt',
    'occupational therapist', 'occupational therapy', 'ot report', 'therapist', 'therapy report', 'physio', 'physiotherapist', 'camhs', 'paediatrician', 'professional'],
  'diagnosis-letters': ['diagnosis', 'diagnosed'],
  'medical-letters': ['doctor', 'gp', 'hospital', 'medical'],
  'home-log': ['diary', 'my notes', 'log', 'notes'],
  'child-views': ['views', 'their words', 'drawings'],
  'attendance-exclusions': ['attendance', 'exclusion', 'excluded'],
  'work-examples': ['work', 'books', 'examples'],
  'none-yet': ['none', 'nothing', 'not yet', 'no evidence'],
};

/** The keys from a list of choices, without "none yet". */
export function evidenceKeysFrom(choices: readonly string[]): EvidenceKey[] {
  return EVIDENCE_KEYS.filter((k) => choices.includes(k));
}

export interface EvidenceChecklist {
  readonly have: EvidenceItem[];
  readonly couldHelp: EvidenceItem[];
  /** Plain text with ✓ for what they have. */
  readonly text: string;
}

/**
 * Whose request it is: a parent about a child, a parent about a young person past compulsory
 * school age, or a young person asking for themselves ("your own views", not "the child's").
 */
export type EvidenceAbout = 'child' | 'young-person' | 'self';

export interface EvidenceChecklistContext {
  readonly about: EvidenceAbout;
  readonly setting?: Setting;
  /** Age in whole years, when known. */
  readonly age?: number;
}

/** The words that change for a young person reading about themselves. */
const FOR_SELF: Partial<Record<EvidenceKey, Pick<EvidenceItem, 'label' | 'whyItHelps'>>> = {
  'home-log': {
    label: 'Your own notes or diary about what you find hard, day to day',
    whyItHelps: 'They show how things are for you outside lessons, which staff may not see.',
  },
  'child-views': {
    label: 'Your own views, in your own words, drawings or a recording',
    whyItHelps: 'The council must take into account your views, wishes and feelings (Children and Families Act 2014, s19).',
  },
  'work-examples': {
    label: 'Examples of your work',
    whyItHelps: 'They show what you can do and where you get stuck.',
  },
};

const FOR_YOUNG_PERSON: Partial<Record<EvidenceKey, Pick<EvidenceItem, 'label' | 'whyItHelps'>>> = {
  'child-views': {
    label: 'The young person’s own views, in their words, drawings or a recording',
    whyItHelps: 'The council must take into account the young person’s views, wishes and feelings (Children and Families Act 2014, s19).',
  },
  // As on the button: at college or beyond, not "school work" and "the child".
  'work-examples': {
    label: 'Examples of their work',
    whyItHelps: 'They show what the young person can do and where they get stuck.',
  },
};

/** Compulsory school age starts at 5: younger children have no school work or exclusions to show. */
const SCHOOL_AGE = 5;

/**
 * Suggestions that cannot apply: school work and exclusion records for a child under school
 * age at nursery or at home, and setting records too for one at home. What the family said
 * they have is always kept.
 */
function doesNotApply(key: EvidenceKey, context: EvidenceChecklistContext): boolean {
  if (context.age === undefined || context.age >= SCHOOL_AGE) return false;
  if (context.setting === 'none') return key === 'school-records' || key === 'attendance-exclusions' || key === 'work-examples';
  if (context.setting === 'early-years') return key === 'attendance-exclusions' || key === 'work-examples';
  return false;
}

/** For a child under school age, at nursery or at home: no "school", and views shown in their own way. */
function forYoungChild(setting: Setting | undefined): Partial<Record<EvidenceKey, Pick<EvidenceItem, 'label' | 'whyItHelps'>>> {
  return {
    'home-log': {
      label: 'Your own notes or diary of what you see at home',
      whyItHelps: setting === 'early-years'
        ? 'They show how things are at home, which nursery staff may not see.'
        : 'They show what daily life is like for your child.',
    },
    'child-views': {
      label: 'Your child’s own views, shown in their own way: words, drawings, or what they like and do not like',
      whyItHelps: 'The council must take into account the views, wishes and feelings of the child and family (Children and Families Act 2014, s19).',
    },
  };
}

function worded(item: EvidenceItem, context: EvidenceChecklistContext): EvidenceItem {
  const youngChild = context.about === 'child' && context.age !== undefined && context.age < SCHOOL_AGE
    && (context.setting === 'none' || context.setting === 'early-years');
  const changes = context.about === 'self' ? FOR_SELF
    : context.about === 'young-person' ? FOR_YOUNG_PERSON
      : youngChild ? forYoungChild(context.setting) : {};
  const change = changes[item.key];
  return change === undefined ? item : { ...item, ...change };
}

export function buildEvidenceChecklist(evidence: readonly EvidenceKey[], context: EvidenceChecklistContext = { about: 'child' }): EvidenceChecklist {
  const items = EVIDENCE_ITEMS.map((i) => worded(i, context));
  const have = items.filter((i) => evidence.includes(i.key));
  const couldHelp = items.filter((i) => !evidence.includes(i.key) && !doesNotApply(i.key, context));
  const lines: string[] = ['Your evidence checklist', ''];
  if (have.length > 0) {
    lines.push('What you have (send copies, and keep the originals):');
    lines.push(...have.map((i) => `✓ ${i.label}. ${i.whyItHelps}`));
  } else {
    lines.push('You have not listed any evidence yet. That is fine: you can still ask.');
  }
  if (couldHelp.length > 0) {
    lines.push('', 'Other things that could help, if you have them or can get them:');
    lines.push(...couldHelp.map((i) => `- ${i.label}. ${i.whyItHelps}`));
  }
  lines.push(
    '',
    'None of these is a legal requirement. Send what you already have: do not wait for new reports. You can send more later.',
  );
  return { have, couldHelp, text: lines.join('\n') };
}
