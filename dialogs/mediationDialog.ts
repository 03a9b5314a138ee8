import { describedDecision } from '../src/domain/mediation/describedDecision';
import { asksIfParentMustAgree } from '../src/domain/recognizer/askerRole';
import type { BotDependencies } from '../src/bot/botDependencies';
import { MAIN_TASKS } from '../src/bot/botMessages';
import type { Choice } from '../src/bot/replies';
import {
  COMPANION_CHOICES, DECISION_CHOICES, MEDIATION_CHOICE_CHOICES, MEDIATION_FLOW_TEXT, PLAN_PART_CHOICES,
  YES_NO_CHOICES, asksHowDaysCount, asksIfMediationNeeded, asksIfNeeded, printedDatePhrase, saysArrivalDay, assessPosition, buildMediationIcs, certificateDateSaid, deadlineHeadsUp, buildPreparationSummary, checkAdviserContactDate, optionsWhenLate,
  checkCertificateDate, checkDecisionLetterDate, checkMediationHeldDate, checkMediationRequestedDate, evidenceChoicesFor, explainFor, hasCertificateSaid,
  mediationDateSaid, mediationHeldSaid, needsMediationAdvice, planPartChoicesFor, planPartsNamed, questionsFor, readAnswerDate, speaksAsYoungPerson,
  type DateCheck, type MediationAnswers, type MediationQuestion,
} from '../src/domain/mediation';
import { calendarIdFrom } from '../src/domain/calendar/calendarId';
import { isBankHoliday, isCoveredByBankHolidayTable, isWeekend } from '../src/domain/dates/bankHolidays';
import { formatLongDate, whyNotADate, type IsoDate } from '../src/domain/dates/calendarDate';
import { correctedDateText } from '../src/domain/flowAnswers/correction';
import { FLOW_REPLIES } from '../src/domain/flowAnswers/flowReplies';
import { readYesNo } from '../src/domain/flowAnswers/yesNo';
import {
  FLOW_DIALOG_IDS, GuidedFlowDialog, matchChoice, matchChoicesAndWords, matchManyChoices, yesNo,
  type CorrectableAnswer, type FlowEnv, type FlowInput, type FlowOutputMessage, type FlowPrompt, type FlowStep, type StepResult,
} from './guidedFlowDialog';
import { isUnknownAnswer } from '../src/domain/ehcRequest/ehcRequestAnswers';
import { asksWhatNowItIsLate } from '../src/domain/conversation/threadFacts';

export const MEDIATION_DIALOG_ID = FLOW_DIALOG_IDS.mediation;

/** Words for getting in touch with the mediation adviser ("I haven't contacted them", "not rung them yet"). */
const CONTACT_WORDS = /\b(?:contact\w*|spoke|spoken|talk\w*|rang|rung|ring|call\w*|phoned|emailed|email|got in touch|been in touch)\b/i;

/** `certificateSaid`: the parent said they have the certificate before it was asked about ("yes and they gave me the certificate"). */
type Answers = Partial<MediationAnswers> & { certificateSaid?: boolean };
const Q = MEDIATION_FLOW_TEXT.questions;

/** Buttons show the domain's labels; what comes back is matched to the choice. */
const labels = (choices: ReadonlyArray<{ label: string }>): Choice[] => choices.map((c) => ({ label: c.label }));

/**
 * The question with its reason before it, and its words explained for "what does that mean?",
 * in the words for who is asking (a young person about their own plan reads "you").
 */
function ask(id: MediationQuestion, a: Answers, extra: Omit<FlowPrompt, 'text' | 'question' | 'explain'> = {}, why?: string): FlowPrompt {
  const q = questionsFor(a.youngPerson)[id];
  return { text: `${q.whyWeAsk}\n\n**${q.prompt}**`, question: q.prompt, why: why ?? q.whyWeAsk, explain: explainFor(a.youngPerson)[id], ...extra };
}

/** Nothing said yet about mediation having taken place (a step that can say so clears what an earlier answer there said). */
const NOT_HELD: Answers = { mediationHeld: undefined, mediationHeldDate: undefined };
/** No mediation adviser contacted yet: nothing that follows from contacting one is kept. */
const NOT_CONTACTED: Answers = { contactedAdviser: false, adviserContactDate: undefined, choseMediation: undefined, mediationRequestedDate: undefined, mediationRequestedDateIsEstimate: undefined, hasCertificate: false, certificateDate: undefined, certificateSaid: undefined, ...NOT_HELD };

/**
 * "We had the mediation on the 20th and they still said no. yes i have the certificate": the facts
 * the message gives (mediation held, on which day, and a certificate in hand) are taken, so no
 * date is stored for a question it does not answer. Undefined when it does not say mediation
 * has taken place.
 */
function mediationHeldFacts(text: string, a: Answers, today: IsoDate): { update: Answers; note: string } | undefined {
  if (!mediationHeldSaid(text)) return undefined;
  const said = mediationDateSaid(text, today);
  const checked = said === undefined || a.decisionLetterDate === undefined ? undefined : checkMediationHeldDate(said, a.decisionLetterDate, today);
  const heldOn = checked?.ok ? checked.date : undefined;
  const certificate = certificateSaid(text, a, today);
  const update: Answers = {
    mediationHeld: true, mediationHeldDate: heldOn, choseMediation: 'yes', mediationRequestedDate: undefined, mediationRequestedDateIsEstimate: undefined,
    ...(certificate?.update ?? {}),
  };
  // (One "thank you" is enough: "...about appealing. You have your certificate already.")
  const note = [MEDIATION_FLOW_TEXT.explanations.mediationHeldNoted(heldOn === undefined ? undefined : formatLongDate(heldOn)), certificate?.note.replace(/^Thank you: you/, 'You')].filter(Boolean).join(' ');
  return { update, note };
}

/** "The adviser said they'd tell them the same day": the day the adviser was contacted. */
const SAME_DAY = /\b(?:(?:the |that )?same day|that day|on the day (?:i|we) (?:rang|called|phoned|contacted|emailed|spoke to)|the day (?:i|we) (?:rang|called|phoned|contacted|emailed|spoke to))\b/i;

/**
 * A young person's own words ("I want to keep my plan, without my support worker I wouldn't
 * pass"): from then on the flow and the summary say "you" and "your plan", said once.
 */
function withYoungPersonVoice(steps: ReadonlyArray<FlowStep<Answers>>): Array<FlowStep<Answers>> {
  return steps.map((step) => ({
    ...step,
    parse: (input, a, env) => {
      const result = step.parse(input, a, env);
      if (!result.ok || a.youngPerson === true || !speaksAsYoungPerson(input.text)) return result;
      return { ...result, update: { ...result.update, youngPerson: true }, note: [MEDIATION_FLOW_TEXT.forYoungPerson.noticed, result.note].filter(Boolean).join('\n\n') };
    },
  }));
}

/** A yes or no, by button, number or words; "not sure" gets help to find out, and anything else the buttons again. */
function readYesNoAnswer(input: FlowInput, ifNotSure: string): { ok: true; yes: boolean } | { ok: false; message: string } {
  // Only the button itself or its number: "dunno" and "I know" contain "no" but are not one.
  const typed = input.text.trim().toLowerCase();
  const button = YES_NO_CHOICES.find((c, i) => typed === c.label.toLowerCase() || typed === String(i + 1));
  if (button) return { ok: true, yes: button.value === 'yes' };
  const reading = readYesNo(input.text);
  if (reading === 'yes' || reading === 'no') return { ok: true, yes: reading === 'yes' };
  return { ok: false, message: reading === 'unsure' ? ifNotSure : MEDIATION_FLOW_TEXT.yesOrNo };
}

function pick<T extends string>(input: FlowInput, choices: ReadonlyArray<{ value: T; label: string }>): T | undefined {
  const c = matchChoice(input.text, choices.map((x) => ({ label: x.label, value: x.value })));
  return c?.value as T | undefined;
}

/** "Have you told the adviser you want mediation?" answered in words: undecided first, then a no, then a yes. */
function mediationChoiceIn(text: string): 'yes' | 'no' | 'not-yet' | undefined {
  if (/not (yet|sure|decided)|undecided|idk|dunno|don'?t know|do not know|still (thinking|deciding)|thinking about it|haven'?t decided|have not decided|not made up/i.test(text)) return 'not-yet';
  if (/\b(?:(?:do not|don'?t|didn'?t|did not|won'?t|will not|not) (?:want|need|wish|going)(?: to have| to go to)?(?: it| mediation| one)?|no mediation|straight to (?:the )?tribunal|just appeal)\b/i.test(text)) return 'no';
  if (/\b(?:i|we) (?:want|would like|will have|are having|am having|have asked for|asked for|chose|have chosen)(?: to try)?(?: it| mediation| one)?\b/i.test(text)) return 'yes';
  const yn = yesNo(text);
  return yn === true ? 'yes' : yn === false ? 'no' : undefined;
}

/**
 * "Yes and they gave me the certificate": the certificate is taken (with its date, when one is
 * said), so the flow goes to its date rather than asking about it again. Undefined when no
 * certificate is said to be in hand.
 */
function certificateSaid(text: string, a: Answers, today: IsoDate): { update: Answers; note: string } | undefined {
  if (!hasCertificateSaid(text)) return undefined;
  const said = certificateDateSaid(text, today);
  // Only the date printed on it counts: "the certificate came on the 12th" is the day it reached them, so its date is asked for.
  const printed = said?.printed === true ? said.date : undefined;
  const checked = printed === undefined || a.decisionLetterDate === undefined ? undefined : checkCertificateDate(printed, a.decisionLetterDate, today, a.adviserContactDate);
  const date = checked?.ok ? checked.date : undefined;
  const arrived = said !== undefined && !said.printed ? MEDIATION_FLOW_TEXT.explanations.certificateArrived(formatLongDate(said.date)) : undefined;
  const note = [MEDIATION_FLOW_TEXT.explanations.certificateAlready, date === undefined ? arrived : FLOW_REPLIES.dateReadBack(date)].filter(Boolean).join(' ');
  return { update: { hasCertificate: true, certificateSaid: true, certificateDate: date }, note };
}

/** "There's no date on it", "it isn't dated": nothing printed to count from. */
const NO_DATE_ON_IT = /\b(?:no date|not dated|isn'?t dated|undated|doesn'?t (?:have|say|show) (?:a |the |any )?date|does not (?:have|say|show) (?:a |the |any )?date|can'?t (?:find|see) (?:a |the |any )?date|cannot (?:find|see) (?:a |the |any )?date)\b/i;

/** "None, just me", "on my own", "nobody, I'll go alone": no one is coming. */
const GOING_ALONE = /^(?:(?:none|nobody|no one|noone|no)[,.]?\s*)?(?:just me|only me|me|myself|on my own|by myself|alone|i'?ll go (?:on my own|alone|by myself))[.!]?$|^(?:none|nobody|no one|noone)[.!]?$/i;

/** A bank holiday, where the table covers the day (beyond it, none is assumed). */
function isBankHolidaySafe(day: IsoDate): boolean {
  return isCoveredByBankHolidayTable(day) && isBankHoliday(day);
}

/** The dates that can be put right from a later question ("sorry I meant the 3rd not the 2nd"). */
function correctableDate(what: string, key: 'decisionLetterDate' | 'adviserContactDate' | 'mediationRequestedDate' | 'certificateDate'): CorrectableAnswer<Answers> {
  return {
    what: () => what,
    input: (fix, a) => correctedDateText(fix, a[key]),
    shown: (a) => (a[key] === undefined ? '' : formatLongDate(a[key]!)),
  };
}

function dateStep(text: string, today: IsoDate, check: (date: IsoDate) => DateCheck): { ok: true; date: IsoDate } | { ok: false; message: string } {
  const read = readAnswerDate(text, today);
  if (!read.ok) return read;
  return check(read.date);
}

/**
 * "Help me get ready for mediation / I want to appeal": which decision, the dates, what they
 * want to change, evidence and company; then where they stand, a summary and a calendar.
 */
/** "Just the school", "the help and the school": the parts of the plan in everyday words. */
const PLAN_PART_WORDS: ReadonlyArray<readonly [RegExp, 'B' | 'F' | 'I']> = [
  [/\b(?:needs?|difficulties|diagnos\w*)\b/i, 'B'],
  [/\b(?:help|support|provision|therapy|therapies|hours|ta|1:1|one to one|one-to-one)\b/i, 'F'],
  [/\b(?:school|placement|setting|college|nursery|unit)\b/i, 'I'],
];

function planPartsInWords(text: string): Array<{ label: string; value: string }> | undefined {
  const found = PLAN_PART_WORDS.filter(([re]) => re.test(text)).map(([, part]) => part);
  return found.length ? PLAN_PART_CHOICES.filter((c) => found.includes(c.value)).map((c) => ({ label: c.label, value: c.value })) : undefined;
}

export class MediationDialog extends GuidedFlowDialog<Answers> {
  protected readonly flowName = 'mediation' as const;
  protected readonly documentName = 'summary' as const;

  constructor(deps: BotDependencies) {
    super(MEDIATION_DIALOG_ID, deps);
  }

  protected introText(): string {
    return MEDIATION_FLOW_TEXT.intro;
  }

  /**
   * "The council refused to assess him, help me get ready": the decision, read from the message
   * that started the flow or the question just before it, is not asked again. (What the plan says
   * needs its parts too, so that one is still asked.)
   */
  protected override givenInOpening(opening: string): { answers: Partial<Answers>; steps: string[]; note: string } | undefined {
    const decision = describedDecision(opening);
    const label = DECISION_CHOICES.find((c) => c.value === decision)?.label;
    if (!decision || decision === 'plan-content' || !label) return undefined;
    return { answers: { decision }, steps: ['decision'], note: MEDIATION_FLOW_TEXT.decisionNoted(label) };
  }

  /** "Do I have to do mediation?", at any question: no, it is a choice, and what is needed instead (the same words everywhere). */
  protected override flowAnswer(question: string, a: Answers, env: FlowEnv): string | undefined {
    // "Is that calendar days?": how the flow's dates are counted (not the draft plan's 15 days).
    if (asksHowDaysCount(question)) return MEDIATION_FLOW_TEXT.explanations.calendarMonths;
    // "Do I need my parents' permission?" from a young person about their own plan.
    if (a.youngPerson && asksIfParentMustAgree(question)) return MEDIATION_FLOW_TEXT.explanations.noParentPermission;
    // "What can I do now it's too late?" once their own appeal date has passed: what can still be done, not the council's lateness.
    const late = asksWhatNowItIsLate(question) ? optionsWhenLate(a, env.today) : undefined;
    if (late) return late;
    if (!asksIfMediationNeeded(question)) return undefined;
    return MEDIATION_FLOW_TEXT.explanations.mediationIsAChoice(a.decision === undefined || needsMediationAdvice(a.decision, a.planParts).required);
  }

  /** "Hi im 18, they're stopping my ehcp, I want to appeal": a young person is spoken to as "you" from the start. */
  protected initialAnswers(opening: string): Answers {
    return speaksAsYoungPerson(opening) ? { youngPerson: true } : {};
  }

  protected readonly steps: ReadonlyArray<FlowStep<Answers>> = withYoungPersonVoice([
    {
      id: 'decision',
      expects: 'choice',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.decision,
      prompt: (a) => ask('decision', a, { choices: labels(DECISION_CHOICES) }),
      parse: (input) => {
        // A button, its number, or the decision in the parent's own words.
        const decision = pick(input, DECISION_CHOICES) ?? describedDecision(input.text);
        if (!decision) {
          // "the school one", "I", "section B and F": parts of the plan, so the decision is about what the plan says.
          const planParts = planPartsNamed(input.text);
          if (!planParts) return { ok: false, message: 'Sorry, I did not catch which decision. Please choose one of the buttons, or type its number.' };
          const named = PLAN_PART_CHOICES.filter((c) => planParts.includes(c.value)).map((c) => c.label).join('; ');
          return { ok: true, update: { decision: 'plan-content', planParts }, note: `I have noted: what the plan says (${named}). If that is not right, say "back".\n\n${needsMediationAdvice('plan-content', planParts).reason}` };
        }
        const note = decision === 'health-social-care' ? MEDIATION_FLOW_TEXT.explanations.healthAndSocialCare : undefined;
        return { ok: true, update: { decision, planParts: undefined }, note };
      },
    },
    {
      id: 'planParts',
      // (Not asked when the decision answer named the parts: "the school one".)
      when: (a) => a.decision === 'plan-content' && a.planParts === undefined,
      expects: 'choices',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.planParts,
      prompt: (a) => ask('planParts', a, { multiSelect: planPartChoicesFor(a.youngPerson) }),
      parse: (input, a): StepResult<Answers> => {
        const picked = matchManyChoices(input, planPartChoicesFor(a.youngPerson).map((c) => ({ label: c.label, value: c.value })))
          ?? matchManyChoices({ text: input.text.replace(/\bsection\b/gi, '') }, PLAN_PART_CHOICES.map((c) => ({ label: c.value, value: c.value })))
          ?? planPartsInWords(input.text);
        if (!picked || picked.length === 0) return { ok: false, message: 'Please choose at least one: section B (the needs), F (the help) or I (the school). You can type letters, like B, F.' };
        const planParts = picked.map((c) => c.value as 'B' | 'F' | 'I');
        return { ok: true, update: { planParts }, note: needsMediationAdvice('plan-content', planParts).reason };
      },
    },
    {
      id: 'decisionLetterDate',
      expects: 'date',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.decisionLetterDate,
      prompt: (a) => ask('decisionLetterDate', a),
      // A new letter date moves every deadline: a close or passed one is said again at once.
      correctable: { ...correctableDate('the date on the decision letter', 'decisionLetterDate'), afterChange: (a, env) => deadlineHeadsUp(a, env.today) },
      // "Dated Saturday 3rd October, is that allowed?": what the flow knows about counting from it (nothing more is guessed).
      answerQuestion: (question, a) => {
        const day = a.decisionLetterDate;
        if (day === undefined || !/\b(?:allowed|weird|odd|strange|normal|ok|okay|legal|right|valid|count)\b/i.test(question)) return undefined;
        const closed = isWeekend(day) ? `a ${formatLongDate(day).split(' ')[0]}` : isBankHolidaySafe(day) ? 'a bank holiday' : undefined;
        return closed === undefined ? undefined : MEDIATION_FLOW_TEXT.explanations.letterDatedOnClosedDay(closed);
      },
      parse: (input, a, env) => {
        // "It says 28th october but it didnt arrive till the 2nd": the date printed on it is the one that counts.
        const printed = readAnswerDate(input.text, env.today).ok ? undefined : printedDatePhrase(input.text);
        const r = dateStep(printed !== undefined && readAnswerDate(printed, env.today).ok ? printed : input.text, env.today, (d) => checkDecisionLetterDate(d, env.today));
        if (!r.ok) return r;
        // A deadline close or passed is said now, not only in the summary at the end.
        const headsUp = deadlineHeadsUp({ decision: a.decision, planParts: a.planParts, decisionLetterDate: r.date }, env.today);
        return { ok: true, update: { decisionLetterDate: r.date }, note: [FLOW_REPLIES.dateReadBack(r.date), headsUp].filter(Boolean).join('\n\n') };
      },
    },
    {
      id: 'contactedAdviser',
      expects: 'yes-no',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.contactedAdviser,
      prompt: (a) => {
        // An appeal only about section I needs no adviser first: not asked as if one were required.
        const required = a.decision === undefined || needsMediationAdvice(a.decision, a.planParts).required;
        const why = required ? Q.contactedAdviser.whyWeAsk : MEDIATION_FLOW_TEXT.explanations.adviserNotNeeded;
        return { ...ask('contactedAdviser', a, { choices: labels(YES_NO_CHOICES) }, MEDIATION_FLOW_TEXT.explanations.mediationAdviser), text: `${why}\n\n**${Q.contactedAdviser.prompt}**` };
      },
      // "No, do I need to?": whether this decision needs an adviser first. "Do I have to do mediation?": no, it is a
      // choice; the adviser is what is needed (never "Yes", which a parent reads as "mediation is compulsory").
      answerQuestion: (question, a) => {
        if (a.decision === undefined) return undefined;
        const rule = needsMediationAdvice(a.decision, a.planParts);
        if (asksIfMediationNeeded(question)) return MEDIATION_FLOW_TEXT.explanations.mediationIsAChoice(rule.required);
        if (!asksIfNeeded(question)) return undefined;
        return `${rule.required ? 'Yes.' : 'No.'} ${rule.reason}`;
      },
      parse: (input, a, env) => {
        const answer = readYesNoAnswer(input, MEDIATION_FLOW_TEXT.notSure.contactedAdviser);
        if (!answer.ok) return answer;
        if (!answer.yes) {
          return { ok: true, update: NOT_CONTACTED };
        }
        // "Yes, and we had the mediation last week": it is behind them, so it is not asked about as if to come.
        const held = mediationHeldFacts(input.text, a, env.today);
        if (held) return { ok: true, update: { contactedAdviser: true, hasCertificate: undefined, certificateDate: undefined, certificateSaid: undefined, ...held.update }, note: held.note };
        const certificate = certificateSaid(input.text, a, env.today);
        return certificate
          ? { ok: true, update: { contactedAdviser: true, adviserContactDate: undefined, choseMediation: undefined, mediationRequestedDate: undefined, mediationRequestedDateIsEstimate: undefined, ...NOT_HELD, ...certificate.update }, note: certificate.note }
          : { ok: true, update: { contactedAdviser: true, hasCertificate: undefined, certificateDate: undefined, certificateSaid: undefined, ...NOT_HELD } };
      },
    },
    {
      id: 'adviserContactDate',
      // With the certificate in hand, its date counts: the day they contacted the adviser no longer moves anything.
      when: (a) => a.contactedAdviser === true && a.certificateSaid !== true,
      expects: 'date',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.adviserContactDate,
      prompt: (a) => ask('adviserContactDate', a),
      correctable: correctableDate('the day you contacted the mediation adviser', 'adviserContactDate'),
      parse: (input, a, env) => {
        // "Oh sorry no, I haven't contacted them yet, the 5th was when the letter came": the yes before put right, not a day.
        if (readYesNo(input.text) === 'no' && CONTACT_WORDS.test(input.text)) {
          return { ok: true, update: NOT_CONTACTED, note: MEDIATION_FLOW_TEXT.notContactedAfterAll };
        }
        const r = dateStep(input.text, env.today, (d) => checkAdviserContactDate(d, a.decisionLetterDate!, env.today));
        return r.ok ? { ok: true, update: { adviserContactDate: r.date }, note: FLOW_REPLIES.dateReadBack(r.date) } : r;
      },
    },
    {
      id: 'choseMediation',
      // (Not asked once mediation is behind them: "yes, and we had the mediation last week".)
      when: (a) => a.contactedAdviser === true && a.certificateSaid !== true && a.mediationHeld !== true,
      expects: 'yes-no',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.choseMediation,
      prompt: (a) => ask('choseMediation', a, { choices: labels(MEDIATION_CHOICE_CHOICES) }, MEDIATION_FLOW_TEXT.explanations.mediation),
      parse: (input, a, env) => {
        // "We had it last week and it didn't work": mediation is behind them, whatever the buttons say.
        const held = pick(input, MEDIATION_CHOICE_CHOICES) === undefined ? mediationHeldFacts(input.text, a, env.today) : undefined;
        if (held) return { ok: true, update: held.update, note: held.note };
        const choice = pick(input, MEDIATION_CHOICE_CHOICES) ?? mediationChoiceIn(input.text);
        if (!choice) return { ok: false, message: 'Please choose one of the buttons: yes, no, or not decided yet.' };
        // "No, we just want to appeal. The certificate came last Friday": the certificate is taken too.
        const certificate = choice === 'yes' ? undefined : certificateSaid(input.text, a, env.today);
        if (certificate) return { ok: true, update: { choseMediation: choice, mediationRequestedDate: undefined, mediationRequestedDateIsEstimate: undefined, ...certificate.update }, note: certificate.note };
        const confidential = a.youngPerson === true ? MEDIATION_FLOW_TEXT.forYoungPerson.confidential : MEDIATION_FLOW_TEXT.explanations.confidential;
        const note = choice === 'yes' ? `${MEDIATION_FLOW_TEXT.explanations.councilMustTakePart} ${confidential}` : undefined;
        return { ok: true, update: { choseMediation: choice, mediationRequestedDate: undefined, mediationRequestedDateIsEstimate: undefined, certificateSaid: undefined, hasCertificate: undefined, certificateDate: undefined, ...NOT_HELD }, note };
      },
    },
    {
      id: 'mediationRequestedDate',
      when: (a) => a.choseMediation === 'yes' && a.certificateSaid !== true && a.mediationHeld !== true,
      expects: 'date',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.mediationRequestedDate,
      prompt: (a) => ask('mediationRequestedDate', a),
      correctable: correctableDate('the day the council was told', 'mediationRequestedDate'),
      parse: (input, a, env) => {
        // "We had the mediation on the 20th... yes i have the certificate": the 20th is not the day the council was told.
        const held = mediationHeldFacts(input.text, a, env.today);
        if (held) return { ok: true, update: held.update, note: held.note };
        // "The adviser said they'd tell them the same day": the day the adviser was contacted, as the parent was told.
        if (SAME_DAY.test(input.text) && a.adviserContactDate !== undefined && !/\d/.test(input.text)) {
          return { ok: true, update: { mediationRequestedDate: a.adviserContactDate, mediationRequestedDateIsEstimate: undefined, ...NOT_HELD }, note: FLOW_REPLIES.dateReadBack(a.adviserContactDate) };
        }
        // The adviser usually tells the council, so "not sure" is fair: the day they contacted the adviser stands in, as an estimate.
        if ((isUnknownAnswer(input.text) || whyNotADate(input.text) === 'unknown') && a.adviserContactDate !== undefined) {
          return { ok: true, update: { mediationRequestedDate: a.adviserContactDate, mediationRequestedDateIsEstimate: true }, note: MEDIATION_FLOW_TEXT.explanations.mediationDateEstimated(formatLongDate(a.adviserContactDate)) };
        }
        const r = dateStep(input.text, env.today, (d) => checkMediationRequestedDate(d, a.decisionLetterDate!, env.today));
        return r.ok ? { ok: true, update: { mediationRequestedDate: r.date, mediationRequestedDateIsEstimate: undefined, ...NOT_HELD }, note: FLOW_REPLIES.dateReadBack(r.date) } : r;
      },
    },
    {
      id: 'hasCertificate',
      when: (a) => a.contactedAdviser === true && a.certificateSaid !== true,
      expects: 'yes-no',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.hasCertificate,
      prompt: (a) => ask('hasCertificate', a, { choices: labels(YES_NO_CHOICES) }, MEDIATION_FLOW_TEXT.explanations.certificate),
      parse: (input, a, env): StepResult<Answers> => {
        const answer = readYesNoAnswer(input, MEDIATION_FLOW_TEXT.notSure.hasCertificate);
        // "Is Monday 23 November the date printed on it?": yes takes it; no asks for the date on it; a date is that date.
        const held = typeof input.held === 'string' ? input.held as IsoDate : undefined;
        if (held !== undefined && answer.ok) {
          return { ok: true, update: { hasCertificate: true, certificateDate: answer.yes ? held : undefined }, ...(answer.yes ? { note: FLOW_REPLIES.dateReadBack(held) } : {}) };
        }
        // "The 23rd", "yesterday": a certificate in hand, but the day may be the one it came, not the date printed on it.
        const dated = answer.ok ? undefined : readAnswerDate(input.text, env.today);
        const checkedDate = dated?.ok ? checkCertificateDate(dated.date, a.decisionLetterDate!, env.today, a.adviserContactDate) : undefined;
        if (checkedDate?.ok) {
          if (held !== undefined || /\b(?:dated|issued|printed|says)\b/i.test(input.text)) {
            return { ok: true, update: { hasCertificate: true, certificateDate: checkedDate.date }, note: FLOW_REPLIES.dateReadBack(checkedDate.date) };
          }
          const day = formatLongDate(checkedDate.date);
          // "It came yesterday": the day it came, so the date on it is asked for.
          if (saysArrivalDay(input.text)) return { ok: true, update: { hasCertificate: true, certificateDate: undefined }, note: MEDIATION_FLOW_TEXT.explanations.certificateArrived(day) };
          return { ok: false, message: MEDIATION_FLOW_TEXT.explanations.certificateDayCheck(day), hold: checkedDate.date, choices: labels(YES_NO_CHOICES) };
        }
        if (!answer.ok) return answer;
        // "Yes, the mediation was on the 21st oct and it didnt work": mediation is behind them (and its day is not the certificate's).
        const heldMediation = mediationHeldFacts(input.text, a, env.today);
        const heldUpdate: Answers = heldMediation ? { mediationHeld: true, mediationHeldDate: heldMediation.update.mediationHeldDate } : {};
        // "Yes, it's dated last Friday": its date too, so it is not asked for ("yes, it came last Friday" is the day it came: asked).
        const certificate = answer.yes ? certificateSaid(input.text, a, env.today) : undefined;
        const date = certificate?.update.certificateDate;
        const came = answer.yes && date === undefined ? certificateDateSaid(input.text, env.today, true) : undefined;
        const dayNote = date !== undefined ? FLOW_REPLIES.dateReadBack(date) : came !== undefined && !came.printed ? MEDIATION_FLOW_TEXT.explanations.certificateArrived(formatLongDate(came.date)) : undefined;
        const note = [heldMediation ? MEDIATION_FLOW_TEXT.explanations.mediationHeldNoted(heldMediation.update.mediationHeldDate === undefined ? undefined : formatLongDate(heldMediation.update.mediationHeldDate)) : undefined, dayNote].filter(Boolean).join('\n\n');
        return { ok: true, update: { hasCertificate: answer.yes, certificateDate: date, ...heldUpdate }, ...(note ? { note } : {}) };
      },
    },
    {
      id: 'certificateDate',
      // (Not asked when its date came with the certificate: "the certificate came last friday".)
      when: (a) => a.hasCertificate === true && a.certificateDate === undefined,
      expects: 'date',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.certificateDate,
      prompt: (a) => ask('certificateDate', a),
      correctable: correctableDate('the date on the certificate', 'certificateDate'),
      parse: (input, a, env): StepResult<Answers> => {
        // Told the day it came, then that there is no date on it: that day stands in, said plainly (it may be later than the real one).
        const cameOn = typeof input.held === 'string' ? input.held as IsoDate : undefined;
        if (cameOn !== undefined && (NO_DATE_ON_IT.test(input.text) || isUnknownAnswer(input.text) || whyNotADate(input.text) === 'unknown')) {
          return { ok: true, update: { certificateDate: cameOn }, note: MEDIATION_FLOW_TEXT.explanations.certificateArrivalUsed(formatLongDate(cameOn)) };
        }
        const r = dateStep(input.text, env.today, (d) => checkCertificateDate(d, a.decisionLetterDate!, env.today, a.adviserContactDate));
        if (!r.ok) return r;
        // "It came on the 12th": the day it reached them, not the date on it (asked once; the same day again is taken).
        if (cameOn === undefined && saysArrivalDay(input.text)) {
          return { ok: false, message: MEDIATION_FLOW_TEXT.explanations.certificatePrintedDate(formatLongDate(r.date)), hold: r.date };
        }
        return { ok: true, update: { certificateDate: r.date }, note: FLOW_REPLIES.dateReadBack(r.date) };
      },
    },
    {
      id: 'wantToChange',
      expects: 'words',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.wantToChange,
      prompt: (a) => ask('wantToChange', a),
      parse: (input) => {
        const words = input.text.trim();
        if (isUnknownAnswer(words)) return { ok: false, message: MEDIATION_FLOW_TEXT.cannotSkip.wantToChange };
        if (words.length < 3) return { ok: false, message: 'Please tell me in a few words what you would like to change. There are no wrong answers.' };
        if (words.length > 2000) return { ok: false, message: 'That is a lot to fit in a summary. Please keep it under 2,000 characters: you can add detail when you talk to SENDIASS.' };
        return { ok: true, update: { wantToChange: words } };
      },
    },
    {
      id: 'evidence',
      expects: 'choices',
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.evidence,
      prompt: (a) => ask('evidence', a, { multiSelect: evidenceChoicesFor(a.youngPerson) }),
      ownWords: true,
      parse: (input, a) => {
        // "Not sure" lists nothing: the same as "none yet", never evidence in their words.
        if (isUnknownAnswer(input.text)) return { ok: true, update: { evidence: ['none-yet'] } };
        const choices = evidenceChoicesFor(a.youngPerson).map((c) => ({ label: c.label, value: c.value }));
        // "1, 3, 8 - including the senco's email": the numbers as the items they stand for, the rest in their words.
        const mixed = typeof (input.value as { choices?: unknown } | undefined)?.choices === 'string' ? undefined : matchChoicesAndWords(input.text, choices);
        if (mixed) return { ok: true, update: { evidence: [...mixed.picked.map((c) => c.value!), mixed.words.join(', ').slice(0, 500)] } };
        const picked = matchManyChoices(input, choices);
        // Anything that is not a list of choices is the parent's own description: keep their words.
        const evidence = picked ? picked.map((c) => c.value!) : [input.text.trim().slice(0, 500)];
        if (!evidence.length || (evidence.length === 1 && !evidence[0])) return { ok: true, update: { evidence: ['none-yet'] } };
        return { ok: true, update: { evidence } };
      },
    },
    {
      id: 'companions',
      expects: 'choices',
      ownWords: true,
      cannotSkip: MEDIATION_FLOW_TEXT.cannotSkip.companions,
      prompt: (a) => ask('companions', a, { multiSelect: COMPANION_CHOICES }),
      parse: (input) => {
        const choices = COMPANION_CHOICES.map((c) => ({ label: c.label, value: c.value }));
        // "None, just me", "on my own": going alone.
        if (GOING_ALONE.test(input.text.trim())) return { ok: true, update: { companions: ['no-one'] }, note: MEDIATION_FLOW_TEXT.explanations.whoCanCome };
        // "My husband and maybe SENDIASS": the choice and the person named, neither dropped.
        const mixed = typeof (input.value as { choices?: unknown } | undefined)?.choices === 'string' ? undefined : matchChoicesAndWords(input.text, choices);
        const picked = mixed ? undefined : matchManyChoices(input, choices);
        const typed = mixed ? [...mixed.picked.map((c) => c.value!), ...mixed.words.map((w) => w.slice(0, 200))] : picked ? picked.map((c) => c.value!) : [input.text.trim().slice(0, 200)];
        const companions = typed.length && typed[0] ? typed : ['not-sure'];
        // Someone going alone or unsure hears that they need not; someone bringing a person has heard it in the question.
        const alone = companions.every((c) => c === 'no-one' || c === 'not-sure');
        return { ok: true, update: { companions }, ...(alone ? { note: MEDIATION_FLOW_TEXT.explanations.whoCanCome } : {}) };
      },
    },
  ]);

  protected finish(answers: Answers, env: FlowEnv, conversationId: string): FlowOutputMessage[] {
    const full = completeAnswers(answers);
    const position = assessPosition(full, env.today);
    const summary = buildPreparationSummary(full, position, env.services);
    const standing = [
      position.urgent ? '**Please read this first.**' : '**Where you stand**',
      ...position.messages,
    ].join('\n\n');
    // The conversation and the decision name the calendar events: the same after a corrected date, different for another decision.
    const calendarId = calendarIdFrom([this.flowName, conversationId, full.decision]);
    // No dates still to come, no calendar file: and then no word about one.
    const hasCalendar = position.dates.length > 0;
    const files = [
      { name: 'mediation-preparation-summary.txt', contentType: 'text/plain', content: `${summary.title}\n\n${summary.text}\n` },
      ...(hasCalendar ? [{ name: 'mediation-and-appeal-dates.ics', contentType: 'text/calendar', content: buildMediationIcs(position, { calendarId }) }] : []),
    ];
    return [
      { text: standing },
      { text: `${MEDIATION_FLOW_TEXT.summaryReady(hasCalendar)}\n\n**${summary.title}**\n\n${summary.text}`, files },
      { text: MEDIATION_FLOW_TEXT.closing, choices: [{ label: MAIN_TASKS.person }, { label: 'No thanks' }] },
    ];
  }
}

/** The flow skips questions that do not apply; fill their answers so the domain sees a whole set. */
function completeAnswers(a: Answers): MediationAnswers {
  return {
    decision: a.decision!,
    planParts: a.planParts,
    decisionLetterDate: a.decisionLetterDate!,
    contactedAdviser: a.contactedAdviser ?? false,
    adviserContactDate: a.adviserContactDate,
    choseMediation: a.choseMediation,
    mediationRequestedDate: a.mediationRequestedDate,
    mediationRequestedDateIsEstimate: a.mediationRequestedDateIsEstimate,
    hasCertificate: a.hasCertificate ?? false,
    certificateDate: a.certificateDate,
    mediationHeld: a.mediationHeld,
    mediationHeldDate: a.mediationHeldDate,
    youngPerson: a.youngPerson,
    wantToChange: a.wantToChange ?? '',
    evidence: a.evidence ?? [],
    companions: a.companions ?? [],
  };
}
