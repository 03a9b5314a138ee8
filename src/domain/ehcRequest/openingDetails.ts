/**
 * "I want to ask for an EHC needs assessment. Her name is Maisie, she's 3 and goes to Little
 * Acorns nursery": details about the child given in the message that starts the flow, so the
 * flow takes them (and says so) rather than asking for each one again. Only what is said plainly
 * is taken: a name after "her name is" or "called", an age after "she's" or "aged", a place that
 * names its kind ("Little Acorns nursery", "Riverside College"). Anything else is asked as usual.
 */
import type { IsoDate } from '../dates/calendarDate';
import { parseAgeOrDateOfBirth, type YoungAge } from './ageAndRights';
import { readChildFirstName, type Setting } from './ehcRequestAnswers';

export interface OpeningDetails {
  readonly childFirstName?: string;
  readonly age?: { readonly age: number; readonly young?: YoungAge };
  readonly setting?: { readonly kind: Exclude<Setting, 'none'>; readonly name: string };
}

const NAME = /\b(?:(?:her|his|their|my (?:son|daughter|child)'?s?) name(?:'s| is)|(?:she|he|they)(?:'s| is| are) called|called|named)\s+([a-z][a-z'-]{1,29})\b/i;
/** "my son Noah": a name written with its capital after who the child is. */
const NAMED_CHILD = /\bmy (?:son|daughter|child|grandson|granddaughter|boy|girl),? ([A-Z][a-z'-]{1,29})\b/;
const AGE = /\b(?:(?:she|he|they)(?:'s| is| are)|(?:she|he)s|my (?:son|daughter|child|boy|girl) is|aged?|who is|who's)\s+(\d{1,2})(?:\s*(?:years? old|yrs?(?: old)?|y\/o))?(?=[\s,.;!?]|$)/i;

/** A place with its kind at the end: "Little Acorns nursery", "Riverside College", "St Mary's Primary School". */
const PLACE = /\b(?:goes to|go to|going to|attends|attending|is at|at|in)\s+((?:[A-Za-z][\w'’.-]*\s+){1,4}?(?:nursery|pre-?school|primary(?: school)?|infants?(?: school)?|juniors?(?: school)?|academy|high school|secondary school|school|college|sixth form))\b/i;
/** Words that are never the start of a place's name: "at the local school", "in a mainstream primary". */
const NOT_A_NAME_START = /^(?:a|an|the|his|her|their|my|our|local|mainstream|special|private|state|new|same|year|yr|reception|\d+)\b/i;

function kindOf(place: string): Exclude<Setting, 'none'> {
  const t = place.toLowerCase();
  if (/\b(?:nursery|pre-?school)\b/.test(t)) return 'early-years';
  if (/\b(?:college|sixth form)\b/.test(t)) return 'college';
  return 'school';
}

/** A school, nursery or college named with its kind in a sentence ("i do a level 2 course at Riverside College"). */
export function placeNamedIn(text: string): { readonly kind: Exclude<Setting, 'none'>; readonly name: string } | undefined {
  const found = PLACE.exec(text.replace(/[’‘]/g, "'"));
  const name = found?.[1]?.trim();
  if (name === undefined || NOT_A_NAME_START.test(name)) return undefined;
  return { kind: kindOf(name), name };
}

/** The details the first message gives about the child, if any. */
export function openingDetails(text: string, today: IsoDate): OpeningDetails {
  const typed = text.replace(/[’‘]/g, "'");
  const name = NAME.exec(typed)?.[1] ?? NAMED_CHILD.exec(typed)?.[1];
  const readName = name === undefined ? undefined : readChildFirstName(name);
  const ageText = AGE.exec(typed)?.[1];
  const parsedAge = ageText === undefined ? undefined : parseAgeOrDateOfBirth(ageText, today);
  const setting = placeNamedIn(typed);
  return {
    ...(readName?.ok ? { childFirstName: readName.value } : {}),
    ...(parsedAge !== undefined && 'kind' in parsedAge && parsedAge.kind === 'age' ? { age: { age: parsedAge.age, ...(parsedAge.young ? { young: parsedAge.young } : {}) } } : {}),
    ...(setting ? { setting } : {}),
  };
}
