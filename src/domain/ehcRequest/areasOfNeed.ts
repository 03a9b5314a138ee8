/**
 * The four broad areas of need (SEND Code of Practice 6.28-6.35), in words a parent can
 * recognise. They help a parent describe their child; a child can have needs in more than one,
 * and a diagnosis is not needed for any of them.
 */
import type { Choice, ChoiceKeywords } from './choices';

export const AREAS_OF_NEED = [
  'communication-interaction',
  'cognition-learning',
  'social-emotional-mental-health',
  'sensory-physical',
] as const;

export type AreaOfNeed = (typeof AREAS_OF_NEED)[number];

export interface AreaOfNeedInfo {
  readonly key: AreaOfNeed;
  /** The Code of Practice's name, which councils and schools use. */
  readonly label: string;
  /** One plain line: what it can look like. */
  readonly explanation: string;
}

export const AREA_OF_NEED_INFO: Readonly<Record<AreaOfNeed, AreaOfNeedInfo>> = {
  'communication-interaction': {
    key: 'communication-interaction',
    label: 'communication and interaction',
    explanation: 'Finding it hard to talk, to understand what others say, or to get on with other people.',
  },
  'cognition-learning': {
    key: 'cognition-learning',
    label: 'cognition and learning',
    explanation: 'Learning more slowly than others, or finding things like reading, writing, maths or remembering hard.',
  },
  'social-emotional-mental-health': {
    key: 'social-emotional-mental-health',
    label: 'social, emotional and mental health',
    explanation: 'Struggling with feelings or behaviour, for example worry, low mood, anger, or finding it hard to cope.',
  },
  'sensory-physical': {
    key: 'sensory-physical',
    label: 'sensory and/or physical',
    explanation: 'Hearing or sight loss, or a physical disability or condition that makes learning or moving around harder.',
  },
};

export function isAreaOfNeed(value: string): value is AreaOfNeed {
  return (AREAS_OF_NEED as readonly string[]).includes(value);
}

/** For a parent who cannot tell which areas fit: the letter then leaves a space to fill in. */
export const AREA_NOT_SURE = 'not-sure';

export type AreaOfNeedChoice = AreaOfNeed | typeof AREA_NOT_SURE;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const AREA_OF_NEED_CHOICES: ReadonlyArray<Choice<AreaOfNeedChoice>> = [
  ...AREAS_OF_NEED.map((key) => ({ value: key, label: capitalise(AREA_OF_NEED_INFO[key].label) })),
  { value: AREA_NOT_SURE, label: 'I am not sure' },
];

/** Words parents often type for each area (never diagnoses: a diagnosis does not decide the area). */
export const AREA_OF_NEED_KEYWORDS: ChoiceKeywords<AreaOfNeedChoice> = {
  'communication-interaction': ['communication', 'interaction', 'speech', 'language', 'talking'],
  'cognition-learning': ['cognition', 'learning', 'reading', 'writing', 'maths'],
  'social-emotional-mental-health': ['emotional', 'mental health', 'semh', 'anxiety', 'behaviour', 'feelings'],
  'sensory-physical': ['sensory', 'physical', 'hearing', 'sight', 'vision', 'mobility'],
  'not-sure': ['not sure', "don't know", 'dont know', 'do not know', 'unsure', 'no idea', 'dunno', 'idk', 'no clue'],
};

/** "communication and interaction, and sensory and/or physical". */
export function describeAreas(areas: readonly AreaOfNeed[]): string {
  const labels = AREAS_OF_NEED.filter((a) => areas.includes(a)).map((a) => AREA_OF_NEED_INFO[a].label);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join('; ')}; and ${labels[labels.length - 1]}`;
}
