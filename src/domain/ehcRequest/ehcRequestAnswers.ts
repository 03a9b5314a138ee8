/**
 * Everything the "request an EHC needs assessment" flow collects, as one checked shape, and
 * the readers the dialog runs on each typed answer. Messages say what to type instead, never
 * just "invalid".
 */
import { z } from 'zod';
import {
  DATE_NOT_READ, IsoDate, MONTH_NAMES, addDays, addMonths, compareDates, dateParts, daysBetween, formatLongDate, isIsoDate, monthWithoutDay,
  readParentDate, tenseOfDate, unreadDateReply, type ParentDateReading,
} from '../dates/calendarDate';
import { looksLikeSentence } from '../flowAnswers/sentence';
import { readYesNo } from '../flowAnswers/yesNo';
import { MAX_AGE, ageOn } from './ageAndRights';
import { AREAS_OF_NEED } from './areasOfNeed';
import type { Choice } from './choices';
import { EVIDENCE_KEYS } from './evidenceChecklist';
import { SEND_METHODS } from './receiptDate';

export const REQUESTERS = ['parent', 'young-person', 'professional'] as const;
export type Requester = (typeof REQUESTERS)[number];

export const REQUESTER_CHOICES: ReadonlyArray<Choice<Requester>> = [
  { value: 'parent', label: 'I am a parent or carer' },
  { value: 'young-person', label: 'I am a young person (16 to 25) asking for myself' },
  { value: 'professional', label: 'I work for a school, college or another service' },
];

export const SETTINGS = ['early-years', 'school', 'college', 'none'] as const;
export type Setting = (typeof SETTINGS)[number];

export const SETTING_CHOICES: ReadonlyArray<Choice<Setting>> = [
  { value: 'early-years', label: 'Nursery, pre-school or childminder' },
  { value: 'school', label: 'School' },
  { value: 'college', label: 'College or other post-16 place' },
  { value: 'none', label: 'Not in a school or setting now' },
];

export const MAX_FIRST_NAME = 40;
const FIRST_NAME = /^\p{L}[\p{L}\p{M}'’\- ]*$/u;
const DATE_EXAMPLE = 'for example 13 April 2026 or 13/4/2026';

const isoDate = z.string().refine(isIsoDate, { error: `Please give a real date, ${DATE_EXAMPLE}.` });

/** Their own words: trimmed, not empty, and short enough for a letter. */
const ownWords = (max: number, emptyMessage: string) =>
  z.string().trim().min(1, { error: emptyMessage })
    .max(max, { error: `Please keep this under ${max} characters. You can add more detail to the letter later.` });

export const MAX_OWN_WORDS = 3000;

/**
 * How someone asking as a parent or carer said they are related to the child, when it is not
 * "parent" ("I'm her nan", "foster carer"): the letter is signed with it, not "Parent of".
 */
export const CARER_RELATIONSHIPS = ['grandparent', 'foster-carer', 'special-guardian', 'kinship-carer', 'step-parent', 'aunt-or-uncle', 'guardian', 'carer'] as const;
export type CarerRelationship = (typeof CARER_RELATIONSHIPS)[number];

export const ehcRequestAnswersSchema = z.object({
  requester: z.enum(REQUESTERS, { error: 'Please choose who is asking.' }),
  relationship: z.enum(CARER_RELATIONSHIPS).optional(),
  childFirstName: z.string().trim().min(1).max(MAX_FIRST_NAME)
    .regex(FIRST_NAME, { error: 'Please use only letters, spaces, hyphens or apostrophes in the name.' }).optional(),
  dateOfBirth: isoDate.optional(),
  age: z.number().int().min(0).max(MAX_AGE, { error: `The EHC process is for children and young people up to ${MAX_AGE}.` }).optional(),
  /** A baby's or toddler's age typed in months or weeks, with no date of birth: the letter says "18 months old", not "Age: 1". */
  ageInMonths: z.number().int().min(1).max(23).optional(),
  ageInWeeks: z.number().int().min(1).max(103).optional(),
  setting: z.enum(SETTINGS, { error: 'Please choose the kind of school or setting.' }),
  settingName: z.string().trim().min(1).max(120).optional(),
  /** The council they will write to, as they typed it. */
  council: ownWords(100, 'Please tell me which council you will write to, or say "not sure".'),
  areasOfNeed: z.array(z.enum(AREAS_OF_NEED)),
  /** What the child finds hard, in their words. */
  difficulties: ownWords(MAX_OWN_WORDS, 'Please tell me, in your own words, what is hard for your child.'),
  /** Help tried so far and what difference it made, in their words; may be "none yet". */
  supportTried: ownWords(MAX_OWN_WORDS, 'Please tell me what help has been tried, or say "none yet".'),
  outsideProfessionals: ownWords(1000, 'Please list any professionals involved, or say "none".').optional(),
  evidence: z.array(z.enum(EVIDENCE_KEYS)),
  sendMethod: z.enum(SEND_METHODS, { error: 'Please choose how you will send it.' }),
  /** When they will send it, or sent it. */
  sendDate: isoDate,
  /** The day the council receives it: computed with expectedReceipt. */
  requestReceived: isoDate.optional(),
});

export type EhcRequestAnswers = z.infer<typeof ehcRequestAnswersSchema>;

/** The outcome of reading one typed answer. */
export type AnswerCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const fail = <T>(message: string): AnswerCheck<T> => ({ ok: false, message });

/** "skip", "no", "rather not say": the parent prefers not to answer an optional question. */
export function isSkipAnswer(text: string): boolean {
  return /^(?:skip|no|nope|none|n\/a|na|pass|rather not(?: say)?|prefer not(?: to say)?|i'?d rather not(?: say)?|no thanks?)\.?$/i
    .test(text.trim().replace(/[’]/g, "'"));
}

/**
 * "not sure", "I don't know", "dunno, sorry": the parent does not know the answer. The whole
 * reply says only that ("I don't know what they call it but he has a TA" is an answer).
 */
const UNKNOWN = /^(?:(?:honestly|to be honest|tbh|um+|erm+|hmm+|sorry|oh|no|nah|ah|well)[, ]+)*(?:i'?m |i am |im |i )?(?:not sure|unsure|not certain|don'?t know|dont know|do not know|have no idea|no idea|idk|dunno|no clue|not a clue|haven'?t a clue|can'?t remember|cannot remember|can'?t say)(?:[, ]+(?:really|to be honest|tbh|sorry|yet|at the moment|right now|off hand|i'?m afraid))*$/;

export function isUnknownAnswer(text: string): boolean {
  return UNKNOWN.test(text.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/[.!?]+$/, '').replace(/\s+/g, ' '));
}

/**
 * A first name (optional in the flow: the letter says "my child" without one). One typed all in
 * small letters ("sam") is given its capital, so the letter does not mix "Sam" and "sam".
 */
export function readChildFirstName(text: string): AnswerCheck<string> {
  const name = nameIn(text.trim().replace(/\s+/g, ' '));
  if (name.length === 0) return fail('Please type a first name, or say "skip".');
  if (name.length > MAX_FIRST_NAME) return fail(`Please keep the name to ${MAX_FIRST_NAME} letters or fewer. A first name is enough.`);
  if (!FIRST_NAME.test(name)) return fail('Please use only letters, spaces, hyphens or apostrophes. A first name is enough, or say "skip".');
  // "she doesnt like her name" is a sentence, never a name (one word always may be: "Will" is a name).
  if (name.includes(' ') && looksLikeSentence(name.replace(/\bwill\b/gi, ''))) return fail('Sorry, I could not find the name in that. Please type just the first name, like Sam, or say "skip".');
  const capitalised = name === name.toLowerCase() ? name.replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase()) : name;
  return { ok: true, value: capitalised };
}

/**
 * The name in a sentence about it: "it's Amelia-Rose but we call her Millie" is Amelia-Rose (the
 * name the council knows), "her name is Sam." is Sam. A name on its own is left as it is.
 */
function nameIn(text: string): string {
  const name = text
    .replace(/^(?:(?:it'?s|it is|(?:her|his|their|my (?:son|daughter|child)'?s?) name'?s?(?: is)?|(?:she|he|they)'?s called|(?:she|he) is called|they are called|called)\s+)/i, '')
    .replace(/\s*(?:,|;|\.|!|\(|\bbut\b|\bwe call\b|\bknown as\b|\bthanks\b|\bthank you\b).*$/i, '')
    .trim();
  return name || text;
}

/** "I don't know which one", "no idea": the parent does not know the council (the letter leaves a space). */
const COUNCIL_NOT_KNOWN = /\b(?:not sure|unsure|don'?t know|do not know|no idea|idk|dunno|not certain)\b/i;

/** Words in a school's name, not a council's ("St Mary's C of E Primary", "Kingsmead Academy"). */
const SCHOOL_WORDS = /\b(?:primary|academy|school|college|infants?|juniors?|nursery|pre ?school|secondary|high school|sixth form|c of e|cofe|church of england|ce|rc|catholic|free school|pupil referral unit|pru)\b/;
/** Words that say a council is meant ("Kent County Council", "the LA"), whatever else the answer holds. */
const COUNCIL_WORDS = /\b(?:council|borough|county|city|district|authority|la|metropolitan|unitary)\b/;
const plainName = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, 's').replace(/[^a-z0-9]+/g, ' ').trim();

/** Said when the council's answer looks like a school: a request sent to a school is not a request to the council. */
export const COUNCIL_LOOKS_LIKE_A_SCHOOL = 'That looks like the name of a school. The request goes to the council (the local authority) for the area where you live, not to the school, so the letter must be addressed to the council.';

/** "the LA", "my council", "the local authority": a council, but not which one. */
const NO_PLACE = /^(?:the |my |our |your |his |her |their |a |local |the local |my local |our local )*(?:la|l a|lea|council|councils|local authority|local council|authority|county council|city council|borough council|district council|sen team|send team|sen department|send department)$/;
/** Said when the answer names no place ("the LA"): which council, asked, as the letter must name it. */
export const COUNCIL_NOT_NAMED = 'Which council is it? The letter needs its name, like Kent County Council or Leeds City Council.';
/** Said when the answer is a sentence, not a name. */
export const COUNCIL_NOT_A_NAME = 'Sorry, I could not find the council\'s name in that. Please type just its name, like Kent County Council or Leeds, or say "not sure" and I will leave a space for it.';

/** Words around a council's name that are not part of it: "it's croydon", "croydon then", "we're in leeds i think". */
const COUNCIL_LEAD = /^(?:(?:it'?s|its|it is|it'?ll be|itll be|it will be|that'?s|thats|that is|that would be|that'?ll be|ok|okay|um+|erm+|er|well|so|oh|right|yes|yeah|probably|prob|i think|i guess|i'?d say|i suppose|we are in|we'?re in|were in|we live in|i live in|we are|we'?re|in|the one in|its the one in|our council is|my council is|the council is|the la is|our la is|send it to|sending it to|to)[,\s]+)+/i;
const COUNCIL_TRAIL = /(?:[,\s]+(?:then|i think|i believe|i reckon|i guess|i suppose|probably|prob|maybe|please|thanks|thank you|ta|lol|for now|i'?m not sure|im not sure|not sure|x+|ok|okay|innit|mate|[?!.]+))+$/i;

/**
 * County councils in England (areas with a county and district councils, and a few unitary ones
 * still called a county council): "kent cc" is Kent County Council. (After the 2023 changes.)
 */
const COUNTY_COUNCILS = new Set([
  'cambridgeshire', 'derbyshire', 'devon', 'durham', 'east sussex', 'essex', 'gloucestershire', 'hampshire', 'hertfordshire', 'kent', 'lancashire',
  'leicestershire', 'lincolnshire', 'norfolk', 'northumberland', 'nottinghamshire', 'oxfordshire', 'staffordshire', 'suffolk', 'surrey',
  'warwickshire', 'west sussex', 'worcestershire',
]);
/** Councils whose name is "... City Council": "leeds" or "leeds cc" is Leeds City Council. */
const CITY_COUNCILS = new Set([
  'birmingham', 'bradford', 'brighton and hove', 'bristol', 'coventry', 'derby', 'hull', 'leeds', 'leicester', 'liverpool', 'manchester',
  'newcastle', 'nottingham', 'peterborough', 'plymouth', 'portsmouth', 'salford', 'sheffield', 'southampton', 'stoke-on-trent', 'stoke on trent',
  'sunderland', 'wakefield', 'westminster', 'wolverhampton', 'york',
]);
/** Short forms after a place ("kent cc", "wigan mbc"), with what they stand for. */
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, (place: string) => string]> = [
  [/\s+(?:m\.?b\.?c\.?|met(?:ropolitan)? borough(?: council)?)$/i, () => 'Metropolitan Borough Council'],
  [/\s+(?:b\.?c\.?|borough)$/i, () => 'Borough Council'],
  [/\s+(?:d\.?c\.?|district)$/i, () => 'District Council'],
  [/\s+(?:c\.?c\.?)$/i, (place) => (CITY_COUNCILS.has(place.toLowerCase()) ? 'City Council' : 'County Council')],
  [/\s+county$/i, () => 'County Council'],
  [/\s+city$/i, () => 'City Council'],
  [/\s+(?:c\.?|council|coucil|counsel|councel)$/i, (place) => (COUNTY_COUNCILS.has(place.toLowerCase()) ? 'County Council' : 'Council')],
];
/** Already a council's name ("Kent County Council", "Royal Borough of Greenwich", "City of York"). */
const NAMED_AS_COUNCIL = /\b(?:council|authority|corporation)$|^(?:the )?(?:royal |london )?borough of\b|^(?:the )?city of\b|^(?:the )?county of\b/i;

/** Capitals for a name typed in small letters ("kingston upon thames" is Kingston upon Thames). */
function titleCase(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[\s-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\b(Of|And|The|Upon|On)\b(?!$)/g, (w, _x, i: number) => (i === 0 ? w : w.toLowerCase()));
}

/**
 * The council's name as it goes on the letter: a short form spelt out ("kent cc" is Kent County
 * Council, "wigan mbc" Wigan Metropolitan Borough Council, "hampshire county" Hampshire County
 * Council), with capitals. The flow reads it back, so a wrong guess is seen and put right.
 */
export function councilName(typed: string): string {
  const name = titleCase(typed.trim()).replace(/^(?:lb|l\.b\.|london borough)\s+(?:of\s+)?(?=\S)/i, 'London Borough of ');
  if (NAMED_AS_COUNCIL.test(name)) return name;
  for (const [form, full] of SHORT_FORMS) {
    const match = form.exec(name);
    if (match) {
      const place = name.slice(0, match.index).trim();
      return place ? `${place} ${full(place)}` : name;
    }
  }
  // A place on its own ("Leeds") is left as typed: which of its names the council uses is not guessed.
  return name;
}

/**
 * The council they will write to, as its name goes on the letter (see councilName), or "not sure"
 * (the letter then leaves a space for it). A school's name (or the school named just before) is
 * asked about again, as the letter would otherwise be addressed to the school; so is an answer
 * that names no place ("the LA") or is a sentence, not a name.
 */
export function readCouncil(text: string, schoolName?: string): AnswerCheck<string> {
  if (COUNCIL_NOT_KNOWN.test(text.replace(/[’]/g, "'"))) return { ok: true, value: 'not sure' };
  // ("None yet", "not yet": no council chosen yet, so the letter leaves a space, not "the SEN team at None Yet".)
  if (/^(?:none|nothing|no one|nobody|not|no council|haven'?t (?:got|picked|chosen) one) yet[.!]?$|^n\/?a$/i.test(text.trim().replace(/[’]/g, "'"))) return { ok: true, value: 'not sure' };
  // "croydon then", "it's kent cc i think": the words around the name are not part of it.
  const bare = text.trim().replace(/[’‘]/g, "'").replace(COUNCIL_TRAIL, '').replace(COUNCIL_LEAD, '').replace(COUNCIL_TRAIL, '').trim();
  const plain = plainName(bare);
  if (plain === '' || NO_PLACE.test(plain)) return fail(COUNCIL_NOT_NAMED);
  // "2 and 3", "1, 4", "last tuesday": numbers from a list or a day, typed a question late, never a council's name.
  if (/^(?:[\d\s,&+/]|\band\b|\bor\b)+$/.test(plain) || readParentDate(bare, '2026-01-15', 'past').ok) return fail(COUNCIL_NOT_A_NAME);
  // ("we live in croydon but his college is in sutton" is a sentence, not a college's name.)
  if (looksLikeSentence(bare)) return fail(COUNCIL_NOT_A_NAME);
  const sameAsSchool = schoolName !== undefined && plainName(schoolName) !== '' && plainName(schoolName) === plain;
  if (!COUNCIL_WORDS.test(plain) && (sameAsSchool || SCHOOL_WORDS.test(plain))) return fail(COUNCIL_LOOKS_LIKE_A_SCHOOL);
  const read = readOwnWords(bare, 100);
  return read.ok ? { ok: true, value: councilName(read.value) } : read;
}

/** Words about what has happened with the council (an assessment, a refusal, a plan, a request), not about the child. */
const WHAT_HAPPENED = /\b(?:assess\w*|refus(?:ed|es|al)\b|turned (?:us |it |him |her |them )?down|said no|declined|council|the la|local authority|panel|ehcp|ehc plan|a plan|the plan|request\w*|appl(?:y|ied|ication)|appeal\w*|tribunal|mediation|decision)\b/i;
/** Words that tell what a child finds hard. */
const WHAT_IS_HARD = /\b(?:struggl\w*|can'?t|cant|cannot|unable|won'?t|wont|hard|difficult\w*|finds?|anxi\w*|worr\w*|read\w*|writ\w*|spell\w*|maths|speech|speak\w*|talk\w*|words|listen\w*|understand\w*|behaviour\w*|meltdown\w*|tantrum\w*|sensory|noise|autis\w*|adhd|dyslexi\w*|dyspraxi\w*|focus\w*|concentrat\w*|friends?|sleep\w*|eat\w*|toilet\w*|hits?|hitting|kick\w*|bit(?:e|es|ing)|runs? off|upset|cry\w*|scream\w*|angry|attention|memory|learn\w*|behind|delay\w*|disab\w*|low|sad|self[- ]harm\w*|needs? (?:help|support)|school refus\w*)\b/i;

/**
 * "He was assessed back in july and they refused to do a plan": what has happened with the council,
 * with nothing about what the child finds hard, so it is not put in the letter as their needs.
 */
export function tellsOnlyWhatHappened(text: string): boolean {
  return WHAT_HAPPENED.test(text) && !WHAT_IS_HARD.test(text);
}

/** The words for each relationship, most specific first ("special guardian" before "guardian"). */
const RELATIONSHIP_WORDS: ReadonlyArray<readonly [CarerRelationship, RegExp]> = [
  ['foster-carer', /\bfoster(?:ing|s|ed)?\b/],
  ['special-guardian', /\bspecial guardian(?:ship)?\b/],
  ['kinship-carer', /\bkinship\b/],
  ['grandparent', /\b(?:grand(?:parent|mother|father|ma|mum|pa|ad|dad|dad|mother)s?|nan|nana|nanna|nanny|gran|granny)\b/],
  ['step-parent', /\bstep[- ]?(?:mum|mom|mother|dad|father|parent)\b/],
  ['aunt-or-uncle', /\b(?:aunt|auntie|aunty|uncle)\b/],
  ['guardian', /\b(?:legal )?guardian\b/],
  ['carer', /\bcarer\b/],
];

/**
 * "I'm her nan, I look after her full time", "foster carer": how the person asking is related to
 * the child, when they say and it is not "parent" ("mum", "dad", "I am a parent or carer" give none).
 */
export function carerRelationshipIn(text: string): CarerRelationship | undefined {
  // (The button, "I am a parent or carer", says neither.)
  const t = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\bparents? or carers?\b/g, '');
  // "Mum and nan" or "parent": a parent is the one writing.
  if (/\b(?:mum|mom|mummy|mother|dad|daddy|father|parent)\b/.test(t.replace(/\b(?:grand|step[- ]?)\w*\b/g, ''))) return undefined;
  return RELATIONSHIP_WORDS.find(([, re]) => re.test(t))?.[0];
}

/** Their own words for a free-text question. */
export function readOwnWords(text: string, max = MAX_OWN_WORDS): AnswerCheck<string> {
  const words = text.trim();
  if (words.length === 0) return fail('Please type a few words. There are no wrong answers.');
  if (words.length > max) return fail(`That is a lot to fit in. Please keep it under ${max} characters. You can add more to the letter later.`);
  return { ok: true, value: words };
}

/** Help tried so far: "none yet" is a fine answer. */
export function isNoSupportYet(text: string): boolean {
  return /^(?:none|nothing|no|not yet|none yet|nothing yet|no support|no help|n\/a)\b/i.test(text.trim());
}

/** A day typed without its year that could be either side of today: which one is asked, not guessed. */
export interface WhichYear {
  /** The one that has passed: the request was sent. */
  readonly sent: IsoDate;
  /** The one to come: the request is still to send. */
  readonly toSend: IsoDate;
}

export type SendDateCheck = AnswerCheck<IsoDate> | { readonly ok: false; readonly message: string; readonly whichYear: WhichYear };

/**
 * A day without a year is taken as the nearer one when that is within this many days (about 4
 * months); beyond it, both are about as likely ("5 May", typed in November), so the parent is asked.
 */
const NEARER_IS_CLEAR_DAYS = 120;

/** The buttons for "which year?": the one sent, and the one still to send. */
export function whichYearChoices(which: WhichYear): [string, string] {
  return [`${formatLongDate(which.sent)}: already sent`, `${formatLongDate(which.toSend)}: not sent yet`];
}

/** The answer to "which of the two?": a year, "already sent" or "not yet", a button. */
function yearPicked(text: string, which: WhichYear, today: IsoDate): IsoDate | undefined {
  const t = text.trim().toLowerCase();
  // Another day altogether ("it was the 12th of may"): read as a new answer, not as a choice of the two.
  const typed = readParentDate(t, today, 'past');
  if (typed.ok) {
    const { month, day } = dateParts(typed.date);
    if (month !== dateParts(which.sent).month || day !== dateParts(which.sent).day) return undefined;
  }
  const sentYear = dateParts(which.sent).year;
  const toSendYear = dateParts(which.toSend).year;
  const years = [...t.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 1 && years[0] === sentYear) return which.sent;
  if (years.length === 1 && years[0] === toSendYear) return which.toSend;
  const thisYear = dateParts(today).year;
  const named = /\bthis year\b/.test(t) ? thisYear : /\blast year\b/.test(t) ? thisYear - 1 : /\bnext year\b/.test(t) ? thisYear + 1 : undefined;
  if (named === sentYear) return which.sent;
  if (named === toSendYear) return which.toSend;
  if (/^(?:the )?(?:first|1st|1|former)(?: one)?$/.test(t)) return which.sent;
  if (/^(?:the )?(?:second|2nd|2|latter|other)(?: one)?$/.test(t)) return which.toSend;
  const tense = tenseOfDate(t);
  if (tense === 'past' || (tense === undefined && /\b(?:past|passed|gone|earlier)\b/.test(t))) return which.sent;
  if (tense === 'future' || /\b(?:to come|later|coming)\b/.test(t)) return which.toSend;
  return undefined;
}

function checkedSendDate(date: IsoDate, today: IsoDate): AnswerCheck<IsoDate> {
  if (compareDates(date, addYears(today, 1)) > 0) {
    return fail(`I read that as ${formatLongDate(date)}, which is more than a year away. Please check the date and type it again.`);
  }
  if (compareDates(date, addYears(today, -2)) < 0) {
    return fail(`I read that as ${formatLongDate(date)}, which is more than 2 years ago. Please check the date. If it is right, SENDIASS can help you with where things stand now.`);
  }
  return { ok: true, value: date };
}

/** "Back in May": which day in it (the deadlines count to the day), with the year the tense points to. */
function whichDayIn(month: number, text: string, today: IsoDate): string {
  const reading = readParentDate(`12 ${MONTH_NAMES[month - 1]}`, today, tenseOfDate(text) === 'future' ? 'ahead' : 'past');
  const example = reading.ok ? `${dateParts(reading.date).day} ${MONTH_NAMES[month - 1]} ${dateParts(reading.date).year}` : `12 ${MONTH_NAMES[month - 1]}`;
  return `Which day in ${MONTH_NAMES[month - 1]}? Your dates count to the day, so I need the date itself, like ${example}. If you cannot find it, SENDIASS can help you work out where things stand.`;
}

/**
 * The day they will send (or sent) the request. It may be in the past or the future, but not
 * so far either way that it is probably a typing mistake. A day typed without its year follows
 * the parent's own tense ("I think it was 5th May" is the May gone, "I will send it on 5 May"
 * the one coming); with no tense, the nearer one when it is plain, and a question when both
 * are more than 4 months away (`whichYear`), as a year's mistake moves every deadline a year.
 * `asked`: the two days offered last time, for a reply like "already sent".
 */
export function readSendDate(text: string, today: IsoDate, asked?: WhichYear): SendDateCheck {
  const picked = asked === undefined ? undefined : yearPicked(text, asked, today);
  if (picked !== undefined) return checkedSendDate(picked, today);
  const tense = tenseOfDate(text);
  let reading: ParentDateReading;
  if (tense === 'past') {
    reading = readParentDate(text, today, 'past');
  } else if (tense === 'future') {
    reading = readParentDate(text, today, 'ahead');
  } else {
    const past = readParentDate(text, today, 'past');
    const ahead = readParentDate(text, today, 'ahead');
    if (past.ok && ahead.ok && past.date !== ahead.date) {
      const back = daysBetween(past.date, today);
      const forward = daysBetween(today, ahead.date);
      if (back > NEARER_IS_CLEAR_DAYS && forward > NEARER_IS_CLEAR_DAYS) {
        const whichYear = { sent: past.date, toSend: ahead.date };
        return {
          ok: false,
          message: `Which do you mean: ${formatLongDate(past.date)}, which has passed (you have sent it), or ${formatLongDate(ahead.date)}, which is still to come? Your dates depend on it.`,
          whichYear,
        };
      }
    }
    // "10 January" is the next one coming: most letters are still to send (unless the last one is nearer).
    reading = readParentDate(text, today, 'future');
  }
  if (!reading.ok) {
    const month = reading.noSuchDay === undefined ? monthWithoutDay(text) : undefined;
    if (month !== undefined) return fail(whichDayIn(month, text, today));
    return fail(reading.noSuchDay ?? unreadDateReply(text, 'If you are not sure yet, say "today". You can change the date on the letter before you send it.', `${DATE_NOT_READ} You can also say "today".`));
  }
  return checkedSendDate(reading.date, today);
}

/** Post usually arrives within a few days: a delivery day later than this after posting is checked with the parent. */
export const DELIVERY_CHECK_AFTER_DAYS = 10;

export type DeliveryDateCheck = AnswerCheck<IsoDate> | { readonly ok: false; readonly message: string; readonly confirm: IsoDate };

/** Words that count from today ("yesterday", "last Friday", "3 days ago"), not from the posting day. */
const FROM_TODAY = /\b(?:today|yesterday|tomorrow|ago|last|this|just gone|day before)\b/;

/**
 * For post sent recorded or signed-for: the day it was delivered. A day given without its month
 * ("signed for on the 16th") or a weekday ("it arrived on Friday") is the first such day on or
 * after the posting day, as that is when the letter was on its way. A delivery more than
 * DELIVERY_CHECK_AFTER_DAYS after posting is checked with the parent (`confirm`); `toConfirm`
 * is the day asked about, so "yes" takes it.
 */
export function readDeliveryDate(text: string, sendDate: IsoDate, today: IsoDate, toConfirm?: IsoDate): DeliveryDateCheck {
  if (toConfirm !== undefined) {
    const yesNo = readYesNo(text);
    if (yesNo === 'yes') return { ok: true, value: toConfirm };
    if (yesNo === 'no' && !/\d/.test(text)) {
      return fail(`Thank you for checking. Please type the day it was delivered, like ${formatLongDate(addDays(sendDate, 2)).replace(/^\S+ /, '')}, or say "not yet".`);
    }
  }
  let reading: ParentDateReading | undefined;
  if (!FROM_TODAY.test(text.toLowerCase())) {
    const fromPosting = readParentDate(text, sendDate, 'ahead');
    if (fromPosting.ok && compareDates(fromPosting.date, today) <= 0) reading = fromPosting;
  }
  reading ??= readParentDate(text, today, 'past');
  if (!reading.ok) return fail(reading.noSuchDay ?? unreadDateReply(text, 'That is all right. If you do not know it yet, choose "Not yet".'));
  const date = reading.date;
  if (compareDates(date, today) > 0) return fail(`I read that as ${formatLongDate(date)}, which is after today. Please give the day it was delivered.`);
  if (compareDates(date, sendDate) < 0) {
    return fail(`I read that as ${formatLongDate(date)}, which is before you posted it (${formatLongDate(sendDate)}). Please check the date.`);
  }
  const days = daysBetween(sendDate, date);
  if (days > DELIVERY_CHECK_AFTER_DAYS && date !== toConfirm) {
    return {
      ok: false,
      message: `You posted it on ${formatLongDate(sendDate)}. Did it arrive on ${formatLongDate(date)}, ${days} days later? Post usually takes a few days, and your dates count from the day it arrived.`,
      confirm: date,
    };
  }
  return { ok: true, value: date };
}

// Whole years as months, so 29 February becomes 28 February in other years.
const addYears = (d: IsoDate, n: number): IsoDate => addMonths(d, 12 * n);

export type AnswersCheck =
  | { readonly ok: true; readonly answers: EhcRequestAnswers }
  | { readonly ok: false; readonly messages: string[] };

/** Checks a whole set of answers (for example restored from storage) before using it. */
export function validateEhcRequestAnswers(input: unknown, today: IsoDate): AnswersCheck {
  const result = ehcRequestAnswersSchema.superRefine((a, ctx) => {
    if (a.dateOfBirth !== undefined && isIsoDate(a.dateOfBirth)) {
      if (compareDates(a.dateOfBirth, today) > 0) {
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'The date of birth cannot be after today.' });
      } else if (ageOn(a.dateOfBirth, today) > MAX_AGE) {
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: `The EHC process is for children and young people up to ${MAX_AGE}.` });
      }
    }
    if (a.setting === 'none' && a.settingName !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['settingName'], message: 'A setting name was given, but the answer says the child is not in a school or setting.' });
    }
  }).safeParse(input);
  return result.success
    ? { ok: true, answers: result.data }
    : { ok: false, messages: result.error.issues.map((i) => i.message) };
}
