import type { BotDependencies } from '../src/bot/botDependencies';
import { FLOW_REPLIES } from '../src/domain/flowAnswers/flowReplies';
import { readCouncil, tellsOnlyWhatHappened, whichYearChoices, type WhichYear } from '../src/domain/ehcRequest/ehcRequestAnswers';
import { correctedDateText, sameText, type AnswerCorrection } from '../src/domain/flowAnswers/correction';
import { nameCalledIn, saysNotInASetting, settingNameIn } from '../src/domain/ehcRequest/settingName';
import { openingDetails, placeNamedIn } from '../src/domain/ehcRequest/openingDetails';
import { councilNameForLetter } from '../src/domain/ehcRequest/requestLetter';
import { looksLikeSentence } from '../src/domain/flowAnswers/sentence';
import { tooOldText } from '../src/domain/ehcRequest/flowText';
import { asksAsYoungPerson, asksIfParentMustAgree } from '../src/domain/recognizer/askerRole';
import { MAIN_TASKS } from '../src/bot/botMessages';
import { keepLineBreaks, type Choice as ButtonChoice } from '../src/bot/replies';
import {
  AREA_NOT_SURE, AREA_OF_NEED_CHOICES, AREA_OF_NEED_KEYWORDS, EHC_FLOW_TEXT, EHC_REQUEST_FILE_NAMES, EVIDENCE_KEYWORDS,
  REQUESTER_CHOICES, SEND_METHOD_CHOICES, SETTING_CHOICES, buildEhcRequestPack, carerRelationshipIn, evidenceAboutFor, evidenceChoicesFor, evidenceKeysFrom, isAreaOfNeed, isSkipAnswer,
  isNoSupportYet, isUnknownAnswer, parseAgeOrDateOfBirth, professionalGuidance, questionFor, readChildFirstName, readChoice, readChoices,
  readDeliveryDate, readOwnWords, readSendDate, rightsHolder, youngAgeFields,
  type ChoiceKeywords, type EhcQuestion, type EhcRequestAnswers, type Requester,
} from '../src/domain/ehcRequest';
import { calendarIdFrom } from '../src/domain/calendar/calendarId';
import { compareDates, formatLongDate, type IsoDate } from '../src/domain/dates/calendarDate';
import {
  FLOW_DIALOG_IDS, GuidedFlowDialog, type CorrectableAnswer, type FlowEnv, type FlowInput, type FlowOutputMessage, type FlowPrompt, type FlowStep, type StepResult,
} from './guidedFlowDialog';

export const EHC_REQUEST_DIALOG_ID = FLOW_DIALOG_IDS['ehc-request'];

type Answers = Partial<EhcRequestAnswers> & { deliveredOn?: IsoDate };

const REQUESTER_KEYWORDS: ChoiceKeywords<Requester> = {
  parent: ['parent', 'parents', 'carer', 'mum', 'mom', 'mummy', 'dad', 'daddy', 'mother', 'father', 'guardian', 'special guardian', 'foster', 'grandparent',
    'grandmother', 'grandfather', 'grandma', 'grandad', 'granddad', 'grandpa', 'nan', 'nana', 'gran', 'aunt', 'auntie', 'uncle', 'stepmum', 'step mum',
    'stepdad', 'step dad', 'kinship carer', 'parental responsibility', 'my child', 'my son', 'my daughter'],
  'young-person': ['young person', 'myself', 'for me', 'i am 16', 'i am 17', 'i am 18', 'i am 19', "i'm 16", "i'm 17", "i'm 18", "i'm 19", 'im 16', 'im 17', 'im 18', 'im 19'],
  // Someone saying who they are, not any mention of school: "meltdowns after school" is a parent describing their child.
  professional: ['i work', 'we work', 'i am a teacher', 'i am the teacher', 'i am his teacher', 'i am her teacher', 'i am a senco', 'i am the senco',
    'i am the school senco', 'senco here', 'teacher here', 'from the school', 'from school', 'from the college', 'on behalf of the school',
    'on behalf of the college', 'school staff', 'as a professional', 'professional', 'social worker', 'health visitor', 'i am a ta',
    'i am a teaching assistant', 'i am the head', 'i am the headteacher', 'i am a head teacher', 'i am the head teacher']
    .flatMap((k) => (k.startsWith('i am ') ? [k, `im ${k.slice(5)}`, `i'm ${k.slice(5)}`, `i m ${k.slice(5)}`] : [k])),
};

/** "Can you (just) send it to the council for me?" */
const ASKS_BOT_TO_SEND = /\b(?:can|could|will|would) (?:you|u) (?:just |please )?(?:send|email|post|submit|forward) (?:it|this|the letter|the request|my request|it all)\b/i;
/** "Can you do the rest for me?", "can you fill it in for me" */
const ASKS_BOT_TO_FINISH = /\b(?:can|could|will|would) (?:you|u) (?:just |please )?(?:do|finish|fill in|fill out|complete) (?:the rest|it|this|the form|the letter|the questions)(?: (?:for me|for us|yourself))?\b/i;

const buttons = (choices: ReadonlyArray<{ label: string }>): ButtonChoice[] => choices.map((c) => ({ label: c.label }));
const notProfessional = (a: Answers) => a.requester !== undefined && a.requester !== 'professional';

/** The question as the person reads it (a young person is asked about themselves), with its reason and its words explained. */
function question(id: EhcQuestion, a: Answers, extra: Omit<FlowPrompt, 'text' | 'why'> = {}): FlowPrompt {
  const q = questionFor(id, a.requester);
  return { text: `${q.whyWeAsk}\n\n**${q.prompt}**`, question: q.prompt, why: q.whyWeAsk, explain: EHC_FLOW_TEXT.explain[id], ...extra };
}

const personButton = [{ label: MAIN_TASKS.person }];

/** Whose right it is to ask, said when it is not the person asking (or cannot be told yet). */
function rightsNote(a: Answers, update: Answers, today: IsoDate): string | undefined {
  const rights = rightsHolder({ dateOfBirth: update.dateOfBirth, age: update.age }, today);
  const mismatch = rights.holder === 'unclear' || (rights.holder === 'young-person') !== (a.requester === 'young-person');
  return mismatch ? `${EHC_FLOW_TEXT.checkWhoAsks}\n\n${rights.explanation}` : undefined;
}

/** Over 25: said kindly once, with a person to talk to, and the flow ends (asking again would not help). */
function tooOld(parsed: { age: number; dateOfBirth?: IsoDate }, a: Answers): StepResult<Answers> {
  const readAs = parsed.dateOfBirth ? `I have read the date of birth as ${formatLongDate(parsed.dateOfBirth)}. ` : '';
  return { ok: false, message: `${readAs}${tooOldText(parsed.age, a.requester)}`, stop: { choices: personButton } };
}

/** Several choices: ticked on the card (values come back) or typed ("1 and 3", "reading and anxiety"). */
function readMany<T extends string>(input: FlowInput, choices: ReadonlyArray<{ value: T; label: string }>, keywords: ChoiceKeywords<T>, excludeFromAll: T[]): T[] | undefined {
  const submitted = (input.value as { choices?: unknown } | undefined)?.choices;
  if (typeof submitted === 'string') {
    const values = submitted.split(',').filter(Boolean);
    return choices.filter((c) => values.includes(c.value) || values.includes(c.label)).map((c) => c.value);
  }
  return readChoices(input.text, choices, { keywords, excludeFromAll });
}

/**
 * "I want to ask the council for an EHC needs assessment": who is asking, about the child, their
 * needs and the help tried, the evidence, how and when it goes; then a draft letter under
 * section 36(1), the evidence checklist, and the council's deadlines as text and a calendar.
 */
/** The places a child or young person may be learning: a young person asking for themselves is 16 or over, so no nursery. */
function settingChoicesFor(a: Answers): typeof SETTING_CHOICES {
  return a.requester === 'young-person' ? SETTING_CHOICES.filter((c) => c.value !== 'early-years') : SETTING_CHOICES;
}

/** A pressed button, or its number: a kind of place, never a name. */
function isButtonLabel(text: string, choices: ReadonlyArray<{ label: string }>): boolean {
  const t = text.trim().toLowerCase();
  return /^\d+$/.test(t) || choices.some((c) => c.label.toLowerCase() === t);
}

/** "12 March 2015": a date of birth said back without its weekday. */
const withoutWeekday = (d: IsoDate): string => formatLongDate(d).replace(/^\S+ /, '');

/** A correction that names a person or place: the new words, when the old ones (if given) are the answer kept. */
function textCorrection(fix: AnswerCorrection, stored: string | undefined): string | undefined {
  if (stored === undefined || stored === 'not sure') return undefined;
  if (fix.from !== undefined && !sameText(fix.from, stored)) return undefined;
  // A number is no name: "14 not 13" is about an age or a date.
  return /\p{L}/u.test(fix.to) ? fix.to : undefined;
}

/** The answers that can be put right from a later question ("sorry its spelt Aimee not Amy", "I meant 14 not 13"). */
const CORRECTABLE = {
  childFirstName: {
    what: () => 'the name',
    about: 'name',
    input: (fix, a) => textCorrection(fix, a.childFirstName),
    shown: (a) => a.childFirstName ?? 'my child',
  },
  age: {
    what: (a) => (a.dateOfBirth !== undefined ? 'the date of birth' : 'the age'),
    input: (fix, a) => {
      // ("Actually he's 12" cannot change a date of birth.)
      if (a.dateOfBirth !== undefined) return fix.about === 'age' ? undefined : correctedDateText(fix, a.dateOfBirth);
      if (a.age === undefined || !/^\d{1,2}$/.test(fix.to)) return undefined;
      return fix.from === undefined || Number(fix.from) === a.age ? fix.to : undefined;
    },
    shown: (a) => (a.dateOfBirth !== undefined ? withoutWeekday(a.dateOfBirth) : String(a.age)),
    keepNote: true,
  },
  settingName: {
    what: () => 'the name of the school or setting',
    about: 'school',
    // Typed with its kind ("st marys primary"), the name was given at the question before.
    given: (a) => a.settingName !== undefined,
    input: (fix, a) => textCorrection(fix, a.settingName),
    shown: (a) => a.settingName ?? '',
  },
  council: {
    what: () => 'the council',
    about: 'council',
    input: (fix, a) => textCorrection(fix, a.council),
    shown: (a) => a.council ?? '',
  },
  sendDate: {
    what: (a, env) => (a.sendDate !== undefined && compareDates(a.sendDate, env.today) < 0 ? 'the day you sent it' : 'the day you will send it'),
    input: (fix, a) => correctedDateText(fix, a.sendDate),
    shown: (a) => (a.sendDate === undefined ? '' : formatLongDate(a.sendDate)),
  },
  deliveryDate: {
    what: () => 'the day it was delivered',
    input: (fix, a) => correctedDateText(fix, a.deliveredOn),
    shown: (a) => (a.deliveredOn === undefined ? '' : formatLongDate(a.deliveredOn)),
  },
} satisfies Record<string, CorrectableAnswer<Answers>>;

/** A very short or unsure answer about what is hard ("idk, he just wont go"). */
function isThinAnswer(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length < 6 || /\b(?:idk|dunno|not sure|don'?t know|do not know)\b/i.test(text);
}

export class EhcRequestDialog extends GuidedFlowDialog<Answers> {
  protected readonly flowName = 'ehc-request' as const;
  protected readonly documentName = 'letter' as const;

  constructor(deps: BotDependencies) {
    super(EHC_REQUEST_DIALOG_ID, deps);
  }

  protected introText(): string {
    return `${EHC_FLOW_TEXT.intro}\n\n${EHC_FLOW_TEXT.explanations.ehcNeedsAssessment}`;
  }

  protected initialAnswers(): Answers {
    return {};
  }

  /** "Do I need my parents' permission?" from a young person, at any question: no, and why. */
  protected override flowAnswer(question: string, a: Answers): string | undefined {
    // "Can you just send it to the council for me?": no, honestly, and how quick sending it is.
    if (ASKS_BOT_TO_SEND.test(question)) return EHC_FLOW_TEXT.cannotSendForYou;
    // "Can you do the rest for me, I'm exhausted": the shortest way through, and a person who can help.
    if (ASKS_BOT_TO_FINISH.test(question)) return EHC_FLOW_TEXT.doTheRestForMe;
    if (a.requester === 'parent' || a.requester === 'professional' || !asksIfParentMustAgree(question)) return undefined;
    return EHC_FLOW_TEXT.explanations.noParentPermissionNeeded;
  }

  /** "Her name is Maisie, she's 3 and goes to Little Acorns nursery": taken, said back, and not asked again. */
  protected override givenInOpening(opening: string, env: FlowEnv): { answers: Answers; steps: string[]; note: string } | undefined {
    const d = openingDetails(opening, env.today);
    const answers: Answers = {};
    const steps: string[] = [];
    const said: string[] = [];
    // "Help me ask for an assessment for myself, I'm 17": a young person asking, so that question is not asked.
    if (asksAsYoungPerson(opening) || /\b(?:for|about) myself\b/i.test(opening) && !/\b(?:my|our|his|her) (?:son|daughter|child|kid|boy|girl)\b/i.test(opening)) {
      answers.requester = 'young-person';
      steps.push('requester');
      said.push('that you are asking for yourself');
    }
    if (d.childFirstName !== undefined) {
      answers.childFirstName = d.childFirstName;
      steps.push('childFirstName');
      said.push(`the name ${d.childFirstName}`);
    }
    // (From 16, whose right it is to ask depends on the date of birth: the questions ask for it.)
    if (d.age !== undefined && d.age.age < 16) {
      Object.assign(answers, { age: d.age.age, dateOfBirth: undefined, ...youngAgeFields(d.age.young) });
      steps.push('ageOrDateOfBirth');
      said.push(`age ${d.age.age}`);
    }
    if (d.setting !== undefined) {
      Object.assign(answers, { setting: d.setting.kind, settingName: d.setting.name });
      steps.push('setting');
      said.push(d.setting.name);
    }
    return steps.length === 0 ? undefined : { answers, steps, note: EHC_FLOW_TEXT.openingNoted(said) };
  }

  protected readonly steps: ReadonlyArray<FlowStep<Answers>> = [
    {
      id: 'requester',
      expects: 'choice',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.requester,
      whenStuck: EHC_FLOW_TEXT.stuck.requester,
      prompt: (a) => question('requester', a, { choices: buttons(REQUESTER_CHOICES) }),
      parse: (input) => {
        const requester = readChoice(input.text, REQUESTER_CHOICES, REQUESTER_KEYWORDS);
        // ("Me": a parent and a young person both say it, so which of the two, not "choose a button" again.)
        if (!requester && /^(?:(?:it s|it is|its|just|only) )?(?:me|i am|im|i m|me myself)[.!]?$/i.test(input.text.trim())) return { ok: false, message: EHC_FLOW_TEXT.whichMe };
        if (!requester) return { ok: false, message: 'Sorry, I did not catch that. Please choose one of the buttons.' };
        // "I'm her nan", "foster carer": the letter is signed as what they are, not "Parent of".
        return { ok: true, update: { requester, relationship: requester === 'parent' ? carerRelationshipIn(input.text) : undefined } };
      },
    },
    {
      id: 'childFirstName',
      when: notProfessional,
      expects: 'name',
      prompt: (a) => question('childFirstName', a, { choices: [{ label: 'Skip' }] }),
      correctable: CORRECTABLE.childFirstName,
      parse: (input) => {
        if (isSkipAnswer(input.text)) return { ok: true, update: { childFirstName: undefined } };
        if (isUnknownAnswer(input.text)) return { ok: false, message: EHC_FLOW_TEXT.nameNotKnown };
        const name = readChildFirstName(input.text);
        return name.ok ? { ok: true, update: { childFirstName: name.value } } : name;
      },
    },
    {
      id: 'ageOrDateOfBirth',
      when: notProfessional,
      expects: 'age',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.ageOrDateOfBirth,
      whenStuck: EHC_FLOW_TEXT.stuck.ageOrDateOfBirth,
      prompt: (a) => question('ageOrDateOfBirth', a),
      correctable: CORRECTABLE.age,
      parse: (input, a, env): StepResult<Answers> => {
        const parsed = parseAgeOrDateOfBirth(input.text, env.today);
        if ('error' in parsed) return { ok: false, message: parsed.error };
        if (parsed.kind === 'too-old') return tooOld(parsed, a);
        if (parsed.kind === 'unknown') {
          // "Not sure, he's in year 2": the letter leaves a space; in school years up to 11 the request is the parent's.
          const update: Answers = { age: undefined, dateOfBirth: undefined, ...youngAgeFields(undefined) };
          const rights = parsed.schoolYear !== undefined && parsed.schoolYear <= 11 && a.requester !== 'young-person' ? undefined : rightsNote(a, update, env.today);
          return { ok: true, update, note: [EHC_FLOW_TEXT.ageNotKnown, rights].filter(Boolean).join('\n\n') };
        }
        const update: Answers = parsed.kind === 'dob'
          ? { dateOfBirth: parsed.dateOfBirth, age: parsed.age, ...youngAgeFields(undefined) }
          : { age: parsed.age, dateOfBirth: undefined, ...youngAgeFields(parsed.young) };
        // At 16 with no date of birth, the next question asks for it: the note waits for the answer.
        if (parsed.kind === 'age' && parsed.age === 16) return { ok: true, update };
        const readBack = parsed.kind === 'dob' ? FLOW_REPLIES.dateReadBack(parsed.dateOfBirth) : undefined;
        return { ok: true, update, note: rightsNote(a, update, env.today) ?? readBack };
      },
    },
    {
      // "16": whose right it is depends on the date of birth, so ask for it (it can be skipped).
      id: 'dateOfBirth',
      when: (a) => notProfessional(a) && a.age === 16 && a.dateOfBirth === undefined,
      expects: 'date',
      prompt: (a) => question('dateOfBirth', a, { choices: [{ label: 'Skip' }] }),
      parse: (input, a, env): StepResult<Answers> => {
        if (isSkipAnswer(input.text) || isUnknownAnswer(input.text)) {
          return { ok: true, update: {}, note: `${EHC_FLOW_TEXT.dateOfBirthSkipped}\n\n${rightsNote(a, { age: 16 }, env.today) ?? ''}`.trim() };
        }
        const parsed = parseAgeOrDateOfBirth(input.text, env.today);
        if ('error' in parsed) return { ok: false, message: parsed.error };
        if (parsed.kind === 'too-old') return tooOld(parsed, a);
        if (parsed.kind === 'unknown') return { ok: true, update: {}, note: `${EHC_FLOW_TEXT.dateOfBirthSkipped}\n\n${rightsNote(a, { age: 16 }, env.today) ?? ''}`.trim() };
        if (parsed.kind !== 'dob') return { ok: false, message: EHC_FLOW_TEXT.explain.dateOfBirth };
        const update: Answers = { dateOfBirth: parsed.dateOfBirth, age: parsed.age, ...youngAgeFields(undefined) };
        return { ok: true, update, note: rightsNote(a, update, env.today) ?? FLOW_REPLIES.dateReadBack(parsed.dateOfBirth) };
      },
    },
    {
      id: 'setting',
      when: notProfessional,
      expects: 'choice',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.setting,
      whenStuck: EHC_FLOW_TEXT.stuck.setting,
      // (A young person asking for themselves is 16 or over: no nursery button.)
      prompt: (a) => question('setting', a, { choices: buttons(settingChoicesFor(a)) }),
      parse: (input, a) => {
        // "Not been in school since easter", "off roll": no setting, though the words name a school; read first.
        const setting = saysNotInASetting(input.text) ? 'none' : readChoice(input.text, settingChoicesFor(a), {
          'early-years': ['nursery', 'pre-school', 'preschool', 'childminder', 'early years'],
          school: ['school', 'primary', 'secondary', 'academy', 'reception', 'infants', 'juniors', 'year 1', 'year 2', 'year 3', 'year 4', 'year 5', 'year 6',
            'year 7', 'year 8', 'year 9', 'year 10', 'year 11', 'pru', 'pupil referral unit', 'alternative provision'],
          college: ['college', 'sixth form', 'post-16', 'post 16', 'fe', 'year 12', 'year 13', 'apprenticeship', 'supported internship'],
          none: ['none', 'home', 'home educated', 'nowhere'],
        });
        if (!setting) return { ok: false, message: 'Please choose one of the buttons.' };
        if (setting === 'none' && !isButtonLabel(input.text, settingChoicesFor(a))) {
          return { ok: true, update: { setting, settingName: undefined }, note: EHC_FLOW_TEXT.notInASetting(a.childFirstName, a.requester === 'young-person') };
        }
        // "st marys primary": the kind of place and its name at once, so the name is not asked for again. A sentence
        // is never taken as the name: the next question asks for it.
        const found = setting === 'none' || isButtonLabel(input.text, settingChoicesFor(a)) ? undefined : nameCalledIn(input.text) ?? settingNameIn(input.text);
        // ("i do a level 2 course at Riverside College": a sentence, with a place named with its kind in it.)
        const inSentence = setting === 'none' || isButtonLabel(input.text, settingChoicesFor(a)) ? undefined : placeNamedIn(input.text)?.name;
        const typedName = found !== undefined && !looksLikeSentence(found) ? found : inSentence;
        return typedName
          ? { ok: true, update: { setting, settingName: typedName }, note: EHC_FLOW_TEXT.settingNameNoted(typedName) }
          : { ok: true, update: { setting, settingName: undefined } };
      },
    },
    {
      id: 'settingName',
      // (Not asked when the answer before it named the place: "st marys primary".)
      when: (a) => notProfessional(a) && a.setting !== 'none' && a.settingName === undefined,
      expects: 'name',
      prompt: (a) => question('settingName', a, { choices: [{ label: 'Skip' }] }),
      correctable: CORRECTABLE.settingName,
      parse: (input, a) => {
        if (isSkipAnswer(input.text) || isUnknownAnswer(input.text)) return { ok: true, update: { settingName: undefined } };
        // "Not been in school since easter": no setting after all, said back.
        if (saysNotInASetting(input.text)) {
          return { ok: true, update: { setting: 'none', settingName: undefined }, note: EHC_FLOW_TEXT.notInASetting(a.childFirstName, a.requester === 'young-person') };
        }
        // "Kingsmead Academy, year 9": the school year is not part of the name on the letter.
        const typed = input.text.replace(/,?\s+(?:in\s+)?(?:year|yr)\s*\d{1,2}\s*[.!]*$/i, '');
        // A sentence is never stored as the name: the name in it ("he goes to St Marys"), said back, or the question again.
        if (looksLikeSentence(typed)) {
          const found = nameCalledIn(typed) ?? settingNameIn(typed);
          if (found === undefined || looksLikeSentence(found)) return { ok: false, message: EHC_FLOW_TEXT.settingNameNotFound };
          return { ok: true, update: { settingName: found }, note: EHC_FLOW_TEXT.settingNameNoted(found) };
        }
        const name = readOwnWords(typed, 120);
        return name.ok ? { ok: true, update: { settingName: name.value } } : name;
      },
    },
    {
      id: 'council',
      when: notProfessional,
      expects: 'name',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.council,
      prompt: (a) => question('council', a, { choices: [{ label: 'Not sure' }] }),
      correctable: CORRECTABLE.council,
      parse: (input, a, env) => {
        // (The school's name typed again here would address the letter to the school.)
        const council = readCouncil(input.text, a.settingName);
        if (!council.ok) return council;
        // Read back as the letter will show it ("kent cc" is Kent County Council), so a wrong one is seen now.
        const note = council.value === 'not sure' ? undefined : EHC_FLOW_TEXT.councilNoted(councilNameForLetter(council.value, env.services));
        return { ok: true, update: { council: council.value }, ...(note ? { note } : {}) };
      },
    },
    {
      id: 'areasOfNeed',
      when: notProfessional,
      expects: 'choices',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.areasOfNeed,
      prompt: (a) => ({ ...question('areasOfNeed', a), multiSelect: AREA_OF_NEED_CHOICES, text: `${EHC_FLOW_TEXT.explanations.areasOfNeed}\n\n**${questionFor('areasOfNeed', a.requester).prompt}**` }),
      parse: (input): StepResult<Answers> => {
        const picked = readMany(input, AREA_OF_NEED_CHOICES, AREA_OF_NEED_KEYWORDS, [AREA_NOT_SURE]);
        if (!picked) return { ok: false, message: 'Sorry, I could not match that to the list. Type the numbers (like 1, 3), or "I am not sure".' };
        return { ok: true, update: { areasOfNeed: picked.filter(isAreaOfNeed) } };
      },
    },
    {
      id: 'difficulties',
      when: notProfessional,
      expects: 'words',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.difficulties,
      prompt: (a) => question('difficulties', a),
      parse: (input) => {
        // "I don't know" is not the parent's description: the letter gets a space to fill in, and they are told so.
        if (isUnknownAnswer(input.text)) return { ok: true, update: { difficulties: '' }, note: EHC_FLOW_TEXT.difficultiesNotKnown };
        // ("None yet", typed a question early, for the help tried so far: never the letter's description of the child.)
        if (isNoSupportYet(input.text) && input.text.trim().split(/\s+/).length <= 3) return { ok: false, message: EHC_FLOW_TEXT.difficultiesNone };
        const words = readOwnWords(input.text);
        if (!words.ok) return words;
        // ("He was assessed in july and they refused a plan" is what happened, not what is hard for the child.)
        if (tellsOnlyWhatHappened(words.value)) return { ok: false, message: EHC_FLOW_TEXT.difficultiesNotHistory };
        // What is hard is the first part of the legal test: a very short answer goes in as written, with a nudge.
        return { ok: true, update: { difficulties: words.value }, ...(isThinAnswer(words.value) ? { note: EHC_FLOW_TEXT.thinDifficulties } : {}) };
      },
    },
    {
      id: 'supportTried',
      when: notProfessional,
      expects: 'words',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.supportTried,
      acceptsNone: true,
      prompt: (a) => question('supportTried', a, { choices: [{ label: 'None yet' }] }),
      parse: (input, a) => {
        const legalTest = `${EHC_FLOW_TEXT.explanations.legalTest}\n\n${EHC_FLOW_TEXT.explanations.mythBusting}`;
        if (isUnknownAnswer(input.text)) {
          const note = a.requester === 'young-person' ? EHC_FLOW_TEXT.supportNotKnownYoungPerson : EHC_FLOW_TEXT.supportNotKnown;
          return { ok: true, update: { supportTried: '' }, note: `${note}\n\n${legalTest}` };
        }
        const words = readOwnWords(input.text);
        if (!words.ok) return words;
        return { ok: true, update: { supportTried: words.value }, note: legalTest };
      },
    },
    {
      id: 'outsideProfessionals',
      when: notProfessional,
      expects: 'words',
      whenYes: EHC_FLOW_TEXT.whoAreTheProfessionals,
      prompt: (a) => question('outsideProfessionals', a, { choices: [{ label: 'None' }] }),
      parse: (input) => {
        if (isSkipAnswer(input.text) || isUnknownAnswer(input.text)) return { ok: true, update: { outsideProfessionals: undefined } };
        const words = readOwnWords(input.text, 1000);
        return words.ok ? { ok: true, update: { outsideProfessionals: words.value } } : words;
      },
    },
    {
      id: 'evidence',
      when: notProfessional,
      expects: 'choices',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.evidence,
      whenStuck: EHC_FLOW_TEXT.stuck.evidence,
      prompt: (a, env) => question('evidence', a, { multiSelect: evidenceChoicesFor(evidenceAboutFor(a, env.today)) }),
      parse: (input, a, env): StepResult<Answers> => {
        // The same labels as on the card: a ticked box comes back as its label.
        // "Not sure" lists nothing: the same as "none yet".
        // ("I don't know, I've got some letters somewhere" is not sure too: the checklist shows what to look for.)
        const unsure = isUnknownAnswer(input.text) || isUnknownAnswer(input.text.split(/[,;.]/)[0] ?? '');
        const picked = unsure ? ['none-yet' as const] : readMany(input, evidenceChoicesFor(evidenceAboutFor(a, env.today)), EVIDENCE_KEYWORDS, ['none-yet']);
        if (!picked) return { ok: false, message: 'Sorry, I could not match that to the list. Type the numbers (like 1, 5), or "none yet".' };
        return { ok: true, update: { evidence: evidenceKeysFrom(picked) } };
      },
    },
    {
      id: 'sendMethod',
      when: notProfessional,
      expects: 'choice',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.sendMethod,
      prompt: (a) => question('sendMethod', a, { choices: buttons(SEND_METHOD_CHOICES) }),
      parse: (input) => {
        const sendMethod = readChoice(input.text, SEND_METHOD_CHOICES, {
          // ("I posted it on 3/11", "emailed it yesterday": already sent, in their own words.)
          email: ['email', 'e-mail', 'emailed', 'emailing', 'online'], hand: ['hand', 'in person', 'drop it', 'dropped it', 'deliver it', 'delivered it', 'handed it', 'took it in'],
          post: ['post', 'posted', 'posting', 'letter', 'recorded', 'signed for', 'mail', 'mailed'],
        });
        if (!sendMethod) return { ok: false, message: 'Please choose one of the buttons: email, by hand or by post.' };
        return { ok: true, update: { sendMethod, deliveredOn: undefined } };
      },
    },
    {
      id: 'sendDate',
      when: notProfessional,
      expects: 'date',
      cannotSkip: EHC_FLOW_TEXT.cannotSkip.sendDate,
      whenStuck: EHC_FLOW_TEXT.stuck.sendDate,
      prompt: (a) => question('sendDate', a, { choices: [{ label: 'Today' }, { label: 'Tomorrow' }] }),
      correctable: CORRECTABLE.sendDate,
      parse: (input, a, env): StepResult<Answers> => {
        const date = readSendDate(input.text, env.today, input.held as WhichYear | undefined);
        if (!date.ok) {
          // "5 May", months either way: which one is asked, with a button for each.
          return 'whichYear' in date
            ? { ok: false, message: date.message, hold: date.whichYear, choices: whichYearChoices(date.whichYear).map((label) => ({ label })) }
            : date;
        }
        // A delivery day kept from before cannot be before the new sending day.
        const delivery = a.deliveredOn !== undefined && compareDates(a.deliveredOn, date.value) < 0 ? { deliveredOn: undefined } : {};
        return { ok: true, update: { sendDate: date.value, ...delivery }, note: FLOW_REPLIES.dateReadBack(date.value) };
      },
    },
    {
      // Only for a letter already posted: one still to send has not been delivered.
      id: 'deliveryDate',
      when: (a, env) => notProfessional(a) && a.sendMethod === 'post' && a.sendDate !== undefined && compareDates(a.sendDate, env.today) < 0,
      expects: 'date',
      prompt: (a) => question('deliveryDate', a, { choices: [{ label: 'Not yet' }] }),
      correctable: CORRECTABLE.deliveryDate,
      parse: (input, a, env): StepResult<Answers> => {
        const held = input.held as IsoDate | undefined;
        // ("No" while a delivery day is being checked answers the check, not this question.)
        const notKnown = (held === undefined ? /^(not yet|no|don'?t know|not sure|unknown|skip)\b/i : /^(not yet|don'?t know|not sure|unknown|skip)\b/i).test(input.text.trim());
        if (notKnown || isUnknownAnswer(input.text)) {
          return { ok: true, update: { deliveredOn: undefined } };
        }
        const date = readDeliveryDate(input.text, a.sendDate!, env.today, held);
        if (!date.ok) {
          // Long after posting: checked with the parent before every date counts from it.
          return 'confirm' in date ? { ok: false, message: date.message, hold: date.confirm, choices: [{ label: 'Yes' }, { label: 'No' }] } : date;
        }
        return { ok: true, update: { deliveredOn: date.value }, note: FLOW_REPLIES.dateReadBack(date.value) };
      },
    },
  ];

  protected finish(a: Answers, env: FlowEnv, conversationId: string): FlowOutputMessage[] {
    const offer = [{ label: MAIN_TASKS.person }, { label: 'No thanks' }];
    if (a.requester === 'professional') {
      return [{ text: `${EHC_FLOW_TEXT.professionalIntro}\n\n${professionalGuidance()}`, choices: offer }];
    }
    const { deliveredOn: delivered, ...answers } = a;
    // (Never before the sending day: the receipt would not make sense.)
    const deliveredOn = delivered !== undefined && a.sendDate !== undefined && compareDates(delivered, a.sendDate) >= 0 ? delivered : undefined;
    // The conversation and the child name the calendar events: the same after a corrected date, different for a brother or sister.
    const packId = calendarIdFrom([this.flowName, conversationId, answers.childFirstName?.toLowerCase()]);
    const pack = buildEhcRequestPack(answers as EhcRequestAnswers, env.services, env.today, { deliveredOn, packId, now: this.deps.clock() });
    const messages: FlowOutputMessage[] = [];
    if (pack.letter) {
      messages.push({
        // (Shown as Markdown: each line of the address keeps its own line, as in the file.)
        text: `${EHC_FLOW_TEXT.letterReady}\n\n${pack.letter.notes.map((n) => `- ${n}`).join('\n')}\n\n---\n\n${keepLineBreaks(pack.letter.text)}`,
        files: [{ name: EHC_REQUEST_FILE_NAMES.letter, contentType: 'text/plain', content: pack.letter.text }],
      });
    }
    messages.push({
      text: `${EHC_FLOW_TEXT.checklistReady}\n\n${pack.checklist.text}`,
      files: [{ name: EHC_REQUEST_FILE_NAMES.checklist, contentType: 'text/plain', content: pack.checklist.text }],
    });
    messages.push({
      text: `${EHC_FLOW_TEXT.timelineReady}\n\n${pack.receipt.note}\n\n${pack.timeline.text}`,
      files: [
        { name: EHC_REQUEST_FILE_NAMES.timeline, contentType: 'text/plain', content: `${pack.receipt.note}\n\n${pack.timeline.text}` },
        { name: EHC_REQUEST_FILE_NAMES.calendar, contentType: 'text/calendar', content: pack.ics },
      ],
    });
    // "Send your letter" only for a letter still to send: one sent months ago is a record.
    messages.push({ text: pack.closing, choices: offer });
    return messages;
  }
}
