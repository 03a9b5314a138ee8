import { ActivityTypes, Channels, TurnContext, type StatePropertyAccessor } from 'botbuilder';
import {
  ComponentDialog, Dialog, DialogSet, DialogTurnStatus, type DialogContext, type DialogTurnResult, type DialogState, type DialogStateManagerConfiguration,
} from 'botbuilder-dialogs';
import type { BotDependencies } from '../src/bot/botDependencies';
import type { ConversationTranscript } from '../src/bot/conversationTranscript';
import type { HandoffContext, HandoffConversationState } from '../src/bot/handoffState';
import * as msg from '../src/bot/botMessages';
import { buildReply, type Choice, type ReplyMeta } from '../src/bot/replies';
import { detectSafeguardingRisk, type RiskKind, type SafeguardingAssessment } from '../src/domain/recognizer/safeguardingDetector';
import { showsBodyInTrouble } from '../src/domain/recognizer/riskSigns';
import { normaliseSendText } from '../src/domain/recognizer/sendTerms';
import { isInterruption } from '../src/domain/recognizer/localRecognizer';
import { otherUkNationIn } from '../src/domain/recognizer/otherUkNation';
import { asksWhatTheBotIs } from '../src/domain/recognizer/botIdentity';
import { asksAsProfessional, asksAsYoungPerson } from '../src/domain/recognizer/askerRole';
import { ownQuestionBesideRisk, writerAndPersonAtRisk } from '../src/domain/recognizer/safeguardingAudience';
import { flowKeyDates } from '../src/domain/handoff/flowKeyDates';
import { twoQuestionsIn } from '../src/domain/text/questionParts';
import { describesChildWithoutAsking, isTooBroadToAnswer, saidNoToWhat, soundsHard } from '../src/domain/recognizer/tooBroad';
import { mentionsPossibleRisk, mentionsStrongRisk } from '../src/domain/recognizer/possibleRisk';
import {
  asksAboutAnUnnamedWord, asksAboutTime, asksForOwnDates, asSearched, leavesTheTopic, looksLikeFollowUp, nameAskedAbout, nameAskedBeside, namesASendTopic, newTopicIn, nextBestOf, ownTopicOf, restatedQuestion, shownWordsOf, stillOnTheTopic,
  coversTheQuestion, firstUnshownPart, paragraphsAnswering, repeatsWhatWasShown, sectionNamedBy, topicOfTitle, wantsItSaidSimply, withoutParticles, withTopic,
  type FollowUpHit, type SectionParagraphs, bestPartElsewhere, hasNoClueWords, nextUnshownSection, partAboutBeingTold, wasShown, whoTakesPart, asksWhoComes, asksIfTold, looksLikeFollowUp as leansBack,
  asksHowToDoIt,
} from '../src/domain/recognizer/followUp';
import {
  DISPUTES_TRANSPORT, FACT_ARTICLES, asksForOptions, asksIfAllowed, asksIfLate, asksWhatNowItIsLate, carriesOn, factsIn, fitsTheFacts, keepsThread, listsOptions, nextStepsSection, ruleSentenceOf, withFacts, type ThreadFact,
} from '../src/domain/conversation/threadFacts';
import { composeAnswer, type ComposeOptions } from '../src/domain/kb/answerComposer';
import { fillPlaceholders } from '../src/domain/kb/placeholders';
import { findDefinitionQuestion, glossaryEntryNamed } from '../src/domain/kb/definitions';
import { paragraphsOf } from '../src/domain/kb/parseArticle';
import { correctTypedWords } from '../src/domain/text/typedWords';
import type { Article } from '../src/domain/kb/article';
import type { SearchResult } from '../src/domain/kb/retriever';
import { lastDayFromMessage, lastDayText, timeLimitsOf } from '../src/domain/kb/articleTimeLimits';
import { TIMESCALES, describeTimescale, type TimescaleKey } from '../src/domain/timescales';
import { appealDatesInMessage, DATES_PASSED_TEXT } from '../src/domain/deadlines/appealDatesInMessage';
import { isAboutAssessmentRequest, requestDatesFromDayAlone, requestDatesInMessage } from '../src/domain/deadlines/requestDatesInMessage';
import { glossaryTermsIn } from '../src/domain/kb/jargon';
import { asksAtTheStart, opensAsQuestion } from '../src/domain/text/questionSentence';
import { looksLikeSendTopic } from '../src/domain/recognizer/sendTerms';
import { ACCEPTS_OFFER, ACKNOWLEDGEMENT, ASKS_TO_BE_CONTACTED, BACKGROUND_FIRST, CARRY_ON, FOR_LATER, HOW_ARE_YOU, soundsOnlyTired, soundsTiredNotInCrisis } from '../src/domain/recognizer/conversationCues';
import { serviceQuestionIn, type ServiceQuestion } from '../src/domain/recognizer/aboutThisService';
import { soundsAngry, soundsNearBreakingPoint, withoutTheFeelings } from '../src/domain/recognizer/upsetAboutSend';
import { questionAfterNo } from '../src/domain/handoff/consentReply';
import { TASK_AFTER_ARTICLE, taskOfferText } from '../src/bot/taskAfterAnswer';
import type { Recognition } from '../src/domain/recognizer/recognizer';
import { EXACT_DATE_NEEDED, todayInLondon, whyNotADate, type IsoDate } from '../src/domain/dates/calendarDate';
import type { KbAnswer } from '../src/domain/kb/answerComposer';
import type { HandoffReason } from '../src/domain/handoff/handoffQueue';
import { describeFlowAnswers, type FlowAnswersSummary } from '../src/domain/handoff/handoffSummary';
import { consentDeclined } from '../src/domain/handoff/handoffText';
import { MAX_ANSWERED_TITLES } from '../src/bot/handoffState';
import { FLOW_COMMAND_KEY, FLOW_DIALOG_IDS, GuidedFlowDialog, type FlowBeginOptions, type FlowCommand } from './guidedFlowDialog';
import { pauseWish, type GuidedFlowName } from '../src/domain/flowAnswers/offScript';
import { EhcRequestDialog, EHC_REQUEST_DIALOG_ID } from './ehcRequestDialog';
import { MediationDialog, MEDIATION_DIALOG_ID } from './mediationDialog';
import { writtenInAnotherLanguage } from '../src/domain/text/otherLanguage';
import { wordsRunTogether } from '../src/domain/text/runTogether';
import { optionsWhenLate, type MediationAnswers } from '../src/domain/mediation';
import { HandoffDialog } from './handoffDialog';
import { answerFeedbackIsFor, rememberAnswer, type AnswerFeedback, type FeedbackConversationState, type LastAnswer } from '../src/bot/feedbackState';
import * as feedbackText from '../src/bot/feedbackMessages';
import { knownNamesFrom } from '../src/bot/gapsRecorder';
import type { KbLookup } from '../src/domain/kb/knowledgeBase';
import type { Intent } from '../src/domain/recognizer/recognizer';

export const MAIN_DIALOG_ID = 'main';
/** Longest message the bot reads; longer ones get a polite reply, not a crash. */
export const MAX_MESSAGE_CHARS = 2000;
/** Where botbuilder's DialogStateManager looks for its configuration in turn state (not exported by botbuilder-dialogs). */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';
/** "yes", "no", "nope": answers to a question that is no longer on the screen. */
const BARE_YES_OR_NO = /^(?:yes|no|yeah|yep|yup|nope|nah|y|n)(?: please| thanks| thank you| ok| okay)?\W*$/i;
/** How sure the recognizer must be of distress before a flow pauses to offer a person. */
const DISTRESS_IN_FLOW_SCORE = 0.8;
/**
 * How sure it must be before an answer starts with a kind word: any distress rule will do ("i'm
 * really worried, the school want him part time": the weakest rule, 0.7, less the 0.05 the answer wins by).
 */
const UPSET_LEAD_SCORE = 0.65;
/** A question the knowledge base answers in general that also asks about the parent's own case. */
const OWN_CASE_ALTERNATIVE_SCORE = 0.45;

/**
 * What goes before a knowledge-base answer: a kind word for an upset parent; for a young person
 * asking for themselves, that "your child" means them; or the offer of an adviser for their own case.
 */
function leadForAnswer(recognition: Recognition, text: string): string | undefined {
  const alternative = (intent: string, min: number) => recognition.alternatives?.some((a) => a.intent === intent && a.score >= min) === true;
  const kindWord = kindWordForUpset(recognition, text);
  if (kindWord) return kindWord;
  if (asksAsYoungPerson(text)) return msg.YOUNG_PERSON_LEAD;
  if (alternative('beyondGuidance', OWN_CASE_ALTERNATIVE_SCORE)) return msg.OWN_CASE_QUESTION_LEAD;
  return undefined;
}

/** The kind word before an answer to an upset parent. (Anger is met as anger: "sorry this is so hard" can sound like pity.) */
function kindWordForUpset(recognition: Recognition, text: string): string | undefined {
  if (!recognition.alternatives?.some((a) => a.intent === 'distress' && a.score >= UPSET_LEAD_SCORE)) return undefined;
  return soundsAngry(text) ? msg.ANGRY_QUESTION_LEAD : msg.UPSET_QUESTION_LEAD;
}

/**
 * The guided flow an answer offers after its article, if any. (A social worker or teacher asking
 * for their work is not offered a parent's letter or dates; nor, once a request has gone in, to
 * ask for an assessment again.)
 */
function taskOfferedAfter(articleId: string | undefined, question: string): string | undefined {
  if (asksAsProfessional(question)) return undefined;
  const offered = TASK_AFTER_ARTICLE[articleId ?? ''];
  return offered === msg.MAIN_TASKS.ehcRequest && isAboutAssessmentRequest(question) ? undefined : offered;
}

const FLOW_BUTTONS: Record<string, string> = {
  [msg.MAIN_TASKS.ehcRequest.toLowerCase()]: EHC_REQUEST_DIALOG_ID,
  [msg.MAIN_TASKS.mediation.toLowerCase()]: MEDIATION_DIALOG_ID,
};

/** The flow names the summary uses, by dialog id. */
const FLOW_NAMES: Record<string, string> = {
  [EHC_REQUEST_DIALOG_ID]: 'ehc-request',
  [MEDIATION_DIALOG_ID]: 'mediation',
};

/** After "What were you looking for?": replies that are not an answer to it (nothing is stored; they are handled as usual). */
const NOT_LOOKING_FOR: ReadonlySet<Intent> = new Set<Intent>(['greeting', 'thanks', 'goodbye', 'help', 'restart', 'safeguarding', 'distress', 'handoff.person']);

/**
 * Every message passes through here, in every state: safeguarding first, then a handoff under
 * way (consent, call-back details, waiting for or talking with an adviser), then interruptions
 * (a person, cancel, start again, help, back) inside a guided flow, then the flow itself or the
 * router (knowledge base, flows, a person, small talk). The dialog never ends: it is the
 * conversation's home.
 */
export class MainDialog extends ComponentDialog {
  private readonly handoff: HandoffDialog;
  private memoryScopes?: DialogStateManagerConfiguration;
  /** The outer dialog set keeps nothing per turn: built once for the bot's dialog-state property. */
  private outer?: { readonly accessor: StatePropertyAccessor<DialogState>; readonly set: DialogSet };

  constructor(
    private readonly deps: BotDependencies,
    private readonly handoffState: HandoffConversationState,
    transcript: ConversationTranscript,
    private readonly feedbackState: FeedbackConversationState,
  ) {
    super(MAIN_DIALOG_ID);
    this.addDialog(new EhcRequestDialog(deps));
    this.addDialog(new MediationDialog(deps));
    this.handoff = new HandoffDialog(deps, handoffState, transcript);
  }

  /** Runs one turn: continues the conversation where it was, or starts it. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    // botbuilder works out its memory scopes afresh each turn (a failing zod parse among them).
    // They keep nothing of their own, so the first turn's serve every turn after.
    if (this.memoryScopes) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.memoryScopes);
    if (this.outer?.accessor !== accessor) this.outer = { accessor, set: new DialogSet(accessor).add(this) };
    const dc = await this.outer.set.createContext(context);
    this.memoryScopes ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(innerDc);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onTurn(innerDc);
  }

  private async onTurn(dc: DialogContext): Promise<DialogTurnResult> {
    const context = dc.context;
    if (context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const text = messageText(context);
    const inFlow = Boolean(dc.activeDialog);
    const log = this.deps.logger;
    const hc = await this.handoffState.getContext(context);
    // "Talk to a person" straight after a flow hands over that flow's answers as the reason.
    const flowJustEnded = hc.flowJustEnded === true;
    hc.flowJustEnded = false;
    // Straight after the emergency help, a message that fits nowhere stays with it (see say).
    context.turnState.set(RISK_JUST_SHOWN_KEY, hc.riskJustShown === true);
    hc.riskJustShown = false;
    const otherNationJustSaid = hc.otherNationJustSaid === true;
    hc.otherNationJustSaid = false;
    // "What about my sister in Bristol?" after "Wales has its own system": a place in no other nation is England's.
    if (otherNationJustSaid && !inFlow && ASKS_ABOUT_ELSEWHERE.test(normaliseSendText(text)) && !otherUkNationIn(text)) {
      await this.say(context, msg.ENGLAND_APPLIES_TEXT, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // Whatever comes after a clarify says whether it helped (see src/bot/gapsClarifyFollowUps.ts).
    await this.deps.gaps.messageArrived(context.activity.conversation.id, text);
    // "Was this helpful?" is the question on the screen only straight after an answer.
    const feedback = await this.feedbackState.get(context);
    const answerJustGiven = feedback.answerJustGiven === true;
    feedback.answerJustGiven = false;
    const askedForRequestDay = feedback.askedForRequestDay === true;
    feedback.askedForRequestDay = undefined;
    const awaitingLookingFor = feedback.awaitingLookingFor;
    feedback.awaitingLookingFor = undefined;

    if (!text && !context.activity.value) {
      await this.say(context, msg.EMPTY_MESSAGE_TEXT, { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }
    if (text.length > (this.deps.maxMessageChars ?? MAX_MESSAGE_CHARS)) {
      log.info('message.too_long', { chars: text.length });
      if (inFlow) {
        // In a guided flow, the flow says so and asks its question again.
        context.turnState.set(FLOW_COMMAND_KEY, 'too-long' satisfies FlowCommand);
        await dc.continueDialog();
        return Dialog.EndOfTurn;
      }
      await this.say(context, msg.tooLongText(this.deps.maxMessageChars ?? MAX_MESSAGE_CHARS), { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }

    // A young person who said so earlier ("im 16 and doing my ehcp review") is still one when a risk comes later.
    const youngPersonBefore = hc.youngPersonWriting === true;
    if (asksAsYoungPerson(text)) hc.youngPersonWriting = true;
    context.turnState.set(YOUNG_PERSON_KEY, hc.youngPersonWriting === true);
    // 1. Safeguarding comes first, whatever else is going on.
    const risk = detectSafeguardingRisk(text);
    if (risk.atRisk) {
      log.warn('safeguarding.detected', { kinds: risk.kinds, whoAtRisk: risk.whoAtRisk, inFlow });
      hc.safeguardingShown = true;
      if (await this.handoff.isActive(context)) {
        // Waiting for or with an adviser: the help, and the adviser is told (no "talk to a person" button: they are).
        await this.say(context, msg.safeguardingText(safeguardingAudience(text, risk.kinds, risk.whoAtRisk, youngPersonBefore)), { kind: 'safeguarding' });
        await this.handoff.onSafeguarding(context, text);
        return Dialog.EndOfTurn;
      }
      // "...anyway, how do I ask for an assessment": kept for "so how do I ask?", and its article offered as a button
      // under the help, so the question is not lost and need not be typed again.
      const asked = inFlow ? undefined : ownQuestionBesideRisk(text);
      const askedLookup = asked ? this.deps.kb.lookUp(asked, todayInLondon(this.deps.clock())) : undefined;
      const askedTitle = askedLookup?.kind === 'answer' && askedLookup.answer.articleIds.length ? askedLookup.answer.title : undefined;
      await this.say(context, msg.safeguardingText({ ...safeguardingAudience(text, risk.kinds, risk.whoAtRisk, youngPersonBefore), ...(askedTitle ? { askedAbout: askedTitle } : {}) }), { kind: 'safeguarding' },
        { choices: [...msg.SAFEGUARDING_CHOICES, ...(askedTitle ? [{ label: askedTitle }] : [])], buttons: 'card' });
      hc.riskJustShown = true;
      if (asked) hc.askedBesideRisk = asked;
      // What they say next is about this, not a follow-up to an answer given before it.
      (await this.feedbackState.get(context)).lastAnswer = undefined;
      if (inFlow) {
        // The help stays in view: the flow's question (and its buttons, which fill a phone's screen) waits to be asked for.
        // (The help above already has "Talk to a person": one of each button.)
        await this.say(context, msg.SAFEGUARDING_IN_FLOW_TEXT, { kind: 'info' }, { choices: [{ label: msg.CARRY_ON_LABEL }], buttons: 'card' });
      }
      return Dialog.EndOfTurn;
    }

    // 2. A handoff under way: consent, call-back details, or messages for the adviser.
    if (await this.handoff.isActive(context)) {
      const handoffTurn = await this.handoff.continue(context, text);
      if (handoffTurn === 'back-to-flow') return this.backToFlow(dc);
      // The adviser has the answers so far (flowAnswersSoFar): the flow's questions stop here.
      if (handoffTurn === 'flow-handed-over') await dc.cancelAllDialogs();
      // "No, I just want to know if he can get help before the diagnosis": nothing passed on, and that question answered.
      if (handoffTurn === 'declined-then-question') {
        const question = questionAfterNo(text) ?? text;
        return this.route(dc, question, await this.deps.recognizer.recognize(question), hc, flowJustEnded);
      }
      if (handoffTurn !== 'not-for-handoff') return Dialog.EndOfTurn;
    }

    // "Yes please", "ok let's do that" straight after an answer that offered a guided flow: that flow.
    const offered = answerJustGiven && feedback.lastAnswer ? taskOfferedAfter(feedback.lastAnswer.articleId, feedback.lastAnswer.question) : undefined;
    if (offered && !inFlow && ACCEPTS_OFFER.test(text.trim())) {
      log.info('flow.offer_taken_up', {});
      return this.startFlow(dc, FLOW_BUTTONS[offered.toLowerCase()], hc, { earlier: feedback.lastAnswer!.question });
    }

    // "Was this helpful?": the Yes / No buttons (any time), or a plain yes / no straight after an answer.
    const said = feedbackText.readFeedback(text, answerJustGiven);
    if (said) return this.onFeedback(dc, said, answerFeedbackIsFor(feedback, feedbackText.feedbackButtonAnswerId(context.activity.value)), feedback, hc, inFlow);

    const recognition = await this.deps.recognizer.recognize(text);
    log.debug('recognized', { intent: recognition.intent, score: Number(recognition.score.toFixed(2)), inFlow });

    // (A button that starts a task is not an answer to "What were you looking for?": it starts the task below.)
    if (awaitingLookingFor && !inFlow && !FLOW_BUTTONS[text.toLowerCase()]) return this.onLookingFor(dc, text, recognition, awaitingLookingFor, hc, flowJustEnded);

    // 3. Inside a guided flow: interruptions, else the flow takes the answer.
    if (inFlow) {
      // "Carry on" after the safeguarding help (or at any time): the question again.
      if (CARRY_ON.test(text.trim())) {
        await dc.repromptDialog();
        return Dialog.EndOfTurn;
      }
      if (isInterruption(recognition)) return this.interrupt(dc, recognition, hc);
      if (recognition.intent === 'distress' && recognition.score >= DISTRESS_IN_FLOW_SCORE) {
        // Their words still answer the question; first, a kind word and the way to a person.
        await this.say(context, soundsOnlyTired(text) ? msg.TIRED_IN_FLOW_TEXT : msg.DISTRESS_IN_FLOW_TEXT, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }], buttons: 'card' });
      }
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.complete) this.flowEnded(hc, result.result);
      return Dialog.EndOfTurn;
    }

    // "Are you a real person?": never left to sound like a yes.
    if (asksWhatTheBotIs(text)) {
      await this.say(context, msg.botIdentityText(this.deps.privacy), { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // Questions about the chat itself: is it private, how to delete it, who made it, "this is useless".
    const aboutService = serviceQuestionIn(text);
    if (aboutService) return this.answerAboutService(dc, aboutService, feedback.lastAnswer, hc);

    // "Sorry it was the 5th not the 3rd" after a flow's results: that answer put right and the files made again.
    const finished = hc.finishedFlow;
    const finishedFlow = finished ? this.findDialog(finished.id) : undefined;
    if (finished && finishedFlow instanceof GuidedFlowDialog && finishedFlow.correctsFinished(finished, text)) {
      return this.startFlow(dc, finished.id, hc, { reopen: finished });
    }

    // 4. Buttons that start a task.
    const flowId = FLOW_BUTTONS[text.toLowerCase()];
    // (Pressed under an answer: what was asked there may already say which decision, or the child's name.)
    if (flowId) return this.startFlow(dc, flowId, hc, answerJustGiven && feedback.lastAnswer ? { earlier: feedback.lastAnswer.question } : undefined);
    if (text.trim().toLowerCase() === msg.REQUEST_DATES_LABEL.toLowerCase()) return this.answerRequestTimescales(dc, text, hc);

    // "3 November", straight after the council's time limits: the day the request went in.
    if ((answerJustGiven || askedForRequestDay) && await this.answerRequestDay(context, text, feedback.lastAnswer)) return Dialog.EndOfTurn;
    // "About 3 weeks ago", "not sure", when that day was asked for: the dates count from the day itself.
    const notADay = askedForRequestDay && text.split(/\s+/).length <= 8 ? whyNotADate(text) : undefined;
    if (notADay) {
      feedback.askedForRequestDay = true;
      await this.say(context, notADay === 'rough' ? EXACT_DATE_NEEDED : msg.REQUEST_DAY_UNKNOWN_TEXT, { kind: 'clarify' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return Dialog.EndOfTurn;
    }

    // 5. Otherwise, what the parent asked for.
    return this.route(dc, text, recognition, hc, flowJustEnded);
  }

  private async route(dc: DialogContext, text: string, recognition: Recognition, hc: HandoffContext, flowJustEnded: boolean, newTopic = false): Promise<DialogTurnResult> {
    const context = dc.context;
    const services = this.deps.services;
    // A plain yes or no to the end of a guided flow's "Would you like me to put you in touch?".
    if (flowJustEnded && BARE_YES_OR_NO.test(text.trim())) {
      if (/^(?:y|yes|yeah|yep|yup)\b/i.test(text.trim())) await this.handoff.offer(context, personReason(hc, true));
      else await this.say(context, msg.NO_THANKS_REPLY, { kind: 'smalltalk' });
      return Dialog.EndOfTurn;
    }
    // "Dzień dobry, mój syn ma autyzm...": only English is read, said plainly, not a guessed article.
    if (writtenInAnotherLanguage(text)) return this.sayOnlyEnglish(context);
    // "mysonhasautismand...": the spaces were lost, so nothing can be read; asked again, never "out of scope".
    if (wordsRunTogether(text)) {
      await this.say(context, msg.WORDS_RUN_TOGETHER_TEXT, { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }
    // "Are you going to report me to social services?": an honest answer about what the bot does, never a guess.
    if (ASKS_IF_REPORTED.test(normaliseSendText(text))) {
      await this.say(context, msg.NOT_REPORTED_TEXT, { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return Dialog.EndOfTurn;
    }
    // "Who do I report the respite centre to?" after a risk was told in this conversation: who to tell, not an article that shares a word.
    if (hc.safeguardingShown && ASKS_WHO_TO_REPORT_TO.test(normaliseSendText(text))) {
      await this.say(context, msg.WHO_TO_TELL_TEXT, { kind: 'safeguarding' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return Dialog.EndOfTurn;
    }
    // A young person asking what their parent can do ("can my mum still ask for changes without me"): their rights,
    // searched as a young person's question, not "I can only help with SEND" for want of a SEND word.
    if (recognition.intent === 'outOfScope' && hc.youngPersonWriting && YOUNG_PERSONS_PARENT.test(normaliseSendText(text))) {
      const lookup = this.deps.kb.lookUp(`${text} young person`, todayInLondon(this.deps.clock()));
      if (lookup.kind === 'answer' && lookup.answer.articleIds.length) {
        await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score });
        return Dialog.EndOfTurn;
      }
    }
    // "Okay can you write me a letter for that": which letters the bot can make, and who can help with others.
    if (recognition.intent !== 'flow.ehcRequest' && recognition.intent !== 'flow.mediation' && ASKS_FOR_A_LETTER.test(normaliseSendText(text))) {
      await this.say(context, msg.LETTERS_I_CAN_WRITE_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // "Can we go back to the letter where we were" with no flow under way (after "cancel"): how to start again.
    if (BACK_TO_THE_LETTER.test(normaliseSendText(text))) {
      await this.say(context, msg.NO_LETTER_UNDER_WAY_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // "What can I do now it's too late?" after the mediation flow's summary said their appeal date had passed: what can still be done.
    const late = hc.finishedFlow?.id === MEDIATION_DIALOG_ID && asksWhatNowItIsLate(text)
      ? optionsWhenLate(hc.finishedFlow.answers as Partial<MediationAnswers>, todayInLondon(this.deps.clock())) : undefined;
    if (late) {
      await this.say(context, late, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return Dialog.EndOfTurn;
    }
    // "What do I do?" straight after the emergency help: about the risk, so the help again in short, not the menu.
    if (context.turnState.get(RISK_JUST_SHOWN_KEY) === true && asksForOptions(text)) {
      hc.riskJustShown = true;
      await this.say(context, afterRiskText(context, 'what-to-do'), { kind: 'safeguarding' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return Dialog.EndOfTurn;
    }
    // "No, I just mean the council" straight after the emergency help: heard, and the rest answered.
    const meant = context.turnState.get(RISK_JUST_SHOWN_KEY) === true ? MEANT_SOMETHING_ELSE.exec(normaliseSendText(text)) : null;
    if (meant) {
      context.turnState.set(RISK_JUST_SHOWN_KEY, false);
      await this.say(context, msg.RISK_MISREAD_LEAD, { kind: 'smalltalk' });
      const rest = normaliseSendText(text).slice(meant[0].length).trim();
      if (rest.split(/\s+/).length >= 4) return this.route(dc, rest, await this.deps.recognizer.recognize(rest), hc, flowJustEnded, true);
      await this.say(context, msg.TOO_BROAD_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // Straight after the emergency help, a question after other words ("whatever. I just need something to do. what
    // does the local offer include for teenagers?"): the question itself, not the other words, is looked up.
    if (context.turnState.get(RISK_JUST_SHOWN_KEY) === true) {
      const question = ownQuestionBesideRisk(text);
      if (question && question !== text.trim() && question.split(/\s+/).length >= 3) {
        context.turnState.set(RISK_JUST_SHOWN_KEY, false);
        return this.route(dc, question, await this.deps.recognizer.recognize(question), hc, flowJustEnded, true);
      }
    }
    // "So how do I ask?" after the emergency help: the question asked beside the risk.
    if (hc.askedBesideRisk && (asksHowToDoIt(text) || carriesOn(text) || BARE_YES_OR_NO.test(text.trim()) && /^y/i.test(text.trim()))) {
      const asked = hc.askedBesideRisk;
      hc.askedBesideRisk = undefined;
      return this.route(dc, asked, await this.deps.recognizer.recognize(asked), hc, flowJustEnded);
    }
    // "Ok and then?", "ok then what" after an answer: what comes next there, not "you are welcome" or the help menu.
    if ((recognition.intent === 'thanks' || recognition.intent === 'help') && carriesOn(text) && !/^\s*(?:ok|okay|right|so)\s*$/i.test(text)
      && await this.answerAsFollowUp(context, text, hc, { force: true })) return Dialog.EndOfTurn;
    // "(Ok so) how do I ask?" after the answer on asking for an assessment: how to ask, not "you are welcome" or "I cannot help with that".
    if (asksHowToDoIt(text) && await this.answerAsFollowUp(context, text, hc, { force: true })) return Dialog.EndOfTurn;
    // "What does that mean?" straight after an answer: its words in plain English, not the help menu.
    if (wantsItSaidSimply(text) && await this.explainLastAnswer(context)) return Dialog.EndOfTurn;
    // "That's not what I asked, I asked if I can appeal for her": sorry, then the question as said again.
    const restated = restatedQuestion(text);
    if (restated) return this.answerRestated(dc, restated, hc, flowJustEnded);
    // "Forget the review for a sec. The school is not giving him his hours": the rest, with the topic before dropped.
    const fresh = newTopic ? undefined : newTopicIn(text);
    if (fresh) return this.answerNewTopic(dc, fresh, hc, flowJustEnded);
    // "What are working days? And does she have to stay at her old school?": the word first, then the other question.
    // (Only for a question: "I want a person. What is a SENCo?" is the person first.)
    const otherQuestion = recognition.intent === 'kb.ask' || recognition.intent === 'outOfScope' ? await this.answerNameAsked(context, text, hc) : undefined;
    if (otherQuestion !== undefined) return otherQuestion ? this.route(dc, otherQuestion, await this.deps.recognizer.recognize(otherQuestion), hc, flowJustEnded) : Dialog.EndOfTurn;
    // "How long does the council have to decide? And can I ask for a personal budget?": both answered, not the first alone.
    if ((recognition.intent === 'kb.ask' || recognition.intent === 'outOfScope') && !newTopic && await this.answerTwoQuestions(context, text, hc)) return Dialog.EndOfTurn;
    // The conversation so far: facts the parent gave ("she has an EHCP") and the answer just shown.
    // (An article's title, as its button sends it, is that article: never a follow-up to the last one.)
    // "The decision letter was dated 15 september" after the certificate's day: the appeal date, before reading it as a follow-up.
    // "My LA said no on 3rd October, when is my last day to appeal?" as a question: the dates at once, as the mediation flow's offer gives them.
    if ((recognition.intent === 'kb.ask' || recognition.intent === 'outOfScope') && await this.answerAppealDatesIn(context, text, true)) return Dialog.EndOfTurn;
    if (!newTopic && /\d/.test(text) && await this.answerAppealDatesFollowUp(context, text)) return Dialog.EndOfTurn;
    if (!newTopic && !this.deps.kb.retriever.findByTitle(text) && await this.answerInThread(context, text, recognition, hc)) return Dialog.EndOfTurn;
    if (recognition.intent === 'kb.ask' || recognition.intent === 'outOfScope') {
      // "school", "the letter": too little to pick the right article from (or to call out of scope).
      if (isTooBroadToAnswer(text)) {
        await this.say(context, msg.TOO_BROAD_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      }
      // "School said no, what now?": no to what?
      if (saidNoToWhat(text)) {
        await this.say(context, msg.SAID_NO_TO_WHAT_TEXT, { kind: 'clarify' }, { choices: msg.SAID_NO_TO_WHAT_CHOICES });
        return Dialog.EndOfTurn;
      }
      // "He struggles to read and gets very anxious. He won't sleep.": nothing asked yet, so ask what would help.
      if (describesChildWithoutAsking(text)) {
        // An article that clearly fits what they told ("sent home early" is exclusions) is the answer.
        if (await this.answerToldFacts(context, text, hc)) return Dialog.EndOfTurn;
        // (No "that sounds hard" for a plain fact: "school haven't sent anything yet".)
        await this.say(context, soundsHard(text) ? msg.TOLD_ABOUT_CHILD_TEXT : msg.TOLD_FACTS_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      }
      // "What does that word mean?": which word?
      if (asksAboutAnUnnamedWord(text)) {
        await this.say(context, msg.WHICH_WORD_TEXT, { kind: 'clarify' });
        return Dialog.EndOfTurn;
      }
      // "And what if they say no?" straight after an answer: a question about that answer's topic.
      // (Not when something plainly off-topic was said: "is it raining?")
      const plainlyElsewhere = recognition.intent === 'outOfScope' && recognition.score >= 0.8;
      // (A topic no article covers, named in the message itself, is the honest gap, not the last article again.)
      if (!plainlyElsewhere && !newTopic && !this.namesUncoveredTopic(text)) {
        // ("Who do I send that to?": the verb, not SEND.)
        const namesTopic = namesASendTopic(text);
        // "The letter is dated 3rd November, when's my deadline?" after an answer about a decision that can be appealed.
        if (await this.answerAppealDatesFollowUp(context, text)) return Dialog.EndOfTurn;
        // "How long have I got?" after the draft plan: that article's own time limit, not the whole process's.
        if (!namesTopic && await this.answerTimeFollowUp(context, text, hc)) return Dialog.EndOfTurn;
        if (await this.answerAsFollowUp(context, text, hc, { namesTopic })) return Dialog.EndOfTurn;
      }
    }
    // "What are my dates?": the council's after a request, the draft plan's after that answer, else ask which.
    if (recognition.intent === 'flow.mediation' && asksForOwnDates(text)) return this.answerOwnDates(dc, text, hc);
    switch (recognition.intent) {
      case 'flow.ehcRequest':
        await this.answerQuestionAlongside(context, text, hc);
        return this.startFlow(dc, EHC_REQUEST_DIALOG_ID, hc);
      case 'flow.mediation': {
        // "The decision letter was dated 20th June, when do I appeal by?": the dates now, then the offer of the flow.
        if (await this.answerAppealDatesIn(context, text, false)) return Dialog.EndOfTurn;
        await this.answerQuestionAlongside(context, text, hc);
        return this.startFlow(dc, MEDIATION_DIALOG_ID, hc);
      }
      case 'handoff.person':
        await this.handoff.offer(context, personReason(hc, flowJustEnded));
        return Dialog.EndOfTurn;
      case 'beyondGuidance': {
        // "Can you represent me at the tribunal?": no, it is a program; who can (no lawyer is needed), then a person.
        if (ASKS_TO_BE_REPRESENTED.test(normaliseSendText(text))) {
          const answer = this.deps.kb.answerArticle(REPRESENTATION_ARTICLE, todayInLondon(this.deps.clock()));
          if (answer) {
            await this.sendAnswer(context, answer, hc, { question: text }, msg.CANNOT_REPRESENT_LEAD);
            return Dialog.EndOfTurn;
          }
        }
        // "We asked on 1 September and heard nothing, is that allowed?": the dates the law sets for
        // that request are general information, so they come first; whether to act is for an adviser.
        // ("Decision letter dated 20 june 2025, when is my appeal deadline?": working out a date is not advice on the case.)
        if (await this.answerAppealDatesIn(context, text, true)) return Dialog.EndOfTurn;
        const dates = requestDatesInMessage(text, todayInLondon(this.deps.clock()));
        if (dates) await this.say(context, dates, { kind: 'info' });
        // An adviser already offered in this conversation and set aside: not the same offer again, but the general
        // answer, with the way to a person in front of it ("should i ask for an ehc assessment then").
        if (hc.ownCaseOffered && !dates) {
          const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
          if (lookup.kind === 'answer') {
            await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score }, msg.OWN_CASE_QUESTION_LEAD);
            return Dialog.EndOfTurn;
          }
        }
        hc.ownCaseOffered = true;
        await this.handoff.offer(context, 'beyond-guidance');
        return Dialog.EndOfTurn;
      }
      case 'distress':
        // Worn out, said lightly ("lol so tired"): a kind word and the way to a person, not crisis numbers.
        if (soundsTiredNotInCrisis(text)) {
          await this.say(context, msg.TIRED_REPLY, { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
          return Dialog.EndOfTurn;
        }
        // "I'm so fed up, how do I complain?": the feeling heard, and the question answered, when the knowledge
        // base is sure of it (not for a parent near breaking point, who gets the offer of a person first).
        if (!soundsNearBreakingPoint(text) && (text.includes('?') || text.split(/[.,;!]\s*/).some((part) => asksAtTheStart(part.trim())))) {
          const lookup = this.deps.kb.lookUp(withoutTheFeelings(text), todayInLondon(this.deps.clock()));
          if (lookup.kind === 'answer' && (lookup.search?.confident ?? true)) {
            await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score }, soundsAngry(text) ? msg.ANGRY_QUESTION_LEAD : msg.UPSET_QUESTION_LEAD);
            return Dialog.EndOfTurn;
          }
        }
        await this.handoff.offer(context, 'distress');
        return Dialog.EndOfTurn;
      case 'safeguarding':
        // The detector did not fire but the recognizer heard risk: the emergency help, to be safe.
        hc.safeguardingShown = true;
        hc.riskJustShown = true;
        await this.say(context, msg.safeguardingText(safeguardingAudience(context.activity.text ?? '', [], 'unknown', hc.youngPersonWriting === true)), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
        return Dialog.EndOfTurn;
      case 'greeting':
        if (BACKGROUND_FIRST.test(text)) {
          await this.say(context, msg.BACKGROUND_FIRST_REPLY, { kind: 'smalltalk' });
          return Dialog.EndOfTurn;
        }
        await this.say(context, HOW_ARE_YOU.test(text) ? msg.HOW_ARE_YOU_REPLY : msg.GREETING_REPLY, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'thanks':
        // "Thank you Sam, will you email me?" after an adviser has left: the request matters more than the thanks.
        if (ASKS_TO_BE_CONTACTED.test(text)) {
          await this.say(context, msg.sendiassContactText(services), { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
          return Dialog.EndOfTurn;
        }
        // "No thanks" turns down what was offered: "you are welcome" would not fit.
        // "Is that right?" with no answer of ours to check it against: ask what they were told.
        if (asksIfAllowed(text)) {
          await this.say(context, msg.CHECK_WHAT_TEXT, { kind: 'clarify' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
          return Dialog.EndOfTurn;
        }
        // "He's ok now, he's asleep" straight after the emergency help: glad, and where help is if it comes back.
        if (context.turnState.get(RISK_JUST_SHOWN_KEY) === true && !/\b(?:thank|thanks|thankyou|cheers|ta)\b/i.test(text)) {
          hc.riskJustShown = true;
          await this.say(context, context.turnState.get(YOUNG_PERSON_KEY) === true ? msg.CALMER_AFTER_RISK_YOUNG_PERSON_TEXT : msg.CALMER_AFTER_RISK_TEXT, { kind: 'safeguarding' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
          return Dialog.EndOfTurn;
        }
        // A bare "ok" is not thanks either: "you are welcome" would not fit.
        await this.say(context, /^\s*(?:no|nah|nope)\b/i.test(text) ? msg.NO_THANKS_REPLY : ACKNOWLEDGEMENT.test(text.trim()) ? msg.ACKNOWLEDGED_REPLY : msg.THANKS_REPLY, { kind: 'smalltalk' });
        return Dialog.EndOfTurn;
      case 'goodbye':
        await this.say(context, msg.GOODBYE_REPLY, { kind: 'smalltalk' });
        return Dialog.EndOfTurn;
      case 'help':
        await this.say(context, msg.helpText(), { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'cancel':
        // "Forget it", "maybe later", with nothing under way: fine, and the door stays open.
        await this.say(context, msg.NOTHING_TO_CANCEL_TEXT, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'back':
        // "Can I change it?" after an answer about a plan is a question about changing the plan, not "go back".
        if (CHANGE_WORD.test(text) && await this.answerAsFollowUp(context, text, hc, { force: true })) return Dialog.EndOfTurn;
        await this.say(context, msg.NOTHING_TO_GO_BACK_TO_TEXT, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'restart':
        await this.say(context, msg.RESTART_TEXT + '\n\n' + msg.welcomeText(services), { kind: 'welcome' }, { choices: msg.MAIN_TASK_CHOICES, buttons: 'card' });
        return Dialog.EndOfTurn;
      case 'outOfScope':
        return this.outOfScopeOrAnswer(dc, text, hc);
      case 'kb.ask':
      default:
        // "I'm at breaking point, I can't do this, what do I do about the council": with no sure answer, the kind
        // words and a person, not "I am not sure I have a good answer".
        if (soundsNearBreakingPoint(text) && recognition.alternatives?.some((a) => a.intent === 'distress' && a.score >= UPSET_LEAD_SCORE)
          && this.deps.kb.lookUp(withoutTheFeelings(text), todayInLondon(this.deps.clock())).kind !== 'answer') {
          await this.handoff.offer(context, 'distress');
          return Dialog.EndOfTurn;
        }
        // "I'm in tears, the council refused to assess": the answer, with a kind word first.
        // "The school has no SENCo, is that legal?": the general rule, with an adviser for their own case.
        return this.answerFromKb(dc, text, hc, leadForAnswer(recognition, text));
    }
  }

  /**
   * The appeal dates for a decision letter's day named in the message, said at once (working out a
   * date is not advice on the case). `onlyWhenAsked`: only when the message asks about time, not for
   * a date told in passing.
   */
  private async answerAppealDatesIn(context: TurnContext, text: string, onlyWhenAsked: boolean): Promise<boolean> {
    if (onlyWhenAsked && !(/\d/.test(text) && asksAboutTime(text))) return false;
    const appealDates = appealDatesInMessage(text, todayInLondon(this.deps.clock()));
    if (!appealDates) return false;
    await this.sayAppealDates(context, appealDates);
    return true;
  }

  /** A message in another language: said plainly that only English is read, with where to get help. */
  private async sayOnlyEnglish(context: TurnContext): Promise<DialogTurnResult> {
    this.deps.logger.info('message.other_language', {});
    await this.say(context, msg.onlyEnglishText(this.deps.services), { kind: 'clarify' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
    return Dialog.EndOfTurn;
  }

  /** The whole of the article last answered from; with nothing answered yet, what the bot can do. */
  private async tellMeMore(dc: DialogContext, last: AnswerFeedback['lastAnswer'], hc: HandoffContext): Promise<DialogTurnResult> {
    const whole = last?.articleId ? this.deps.kb.fullArticle(last.articleId, todayInLondon(this.deps.clock())) : undefined;
    if (!last || !whole) {
      await this.say(dc.context, msg.NOTHING_MORE_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // Still an answer to the parent's question: "Was this helpful?" and any gap keep its words.
    await this.sendAnswer(dc.context, whole, hc, { question: last.question });
    return Dialog.EndOfTurn;
  }

  private async answerAboutService(dc: DialogContext, question: ServiceQuestion, lastAnswer: AnswerFeedback['lastAnswer'], hc: HandoffContext): Promise<DialogTurnResult> {
    const context = dc.context;
    const inTeams = context.activity.channelId === Channels.Msteams;
    this.deps.logger.info('service.question', { question });
    switch (question) {
      case 'privacy':
        await this.say(context, msg.privacyText(this.deps.privacy, inTeams), { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        break;
      case 'erase':
        await this.say(context, msg.eraseText(this.deps.privacy, inTeams), { kind: 'smalltalk' });
        break;
      case 'maker':
        await this.say(context, msg.whoRunsThisText(this.deps.privacy), { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        break;
      case 'not-helping':
        await this.handoff.offer(context, 'not-answered');
        break;
      case 'sendiass-contact':
        await this.say(context, msg.sendiassContactText(this.deps.services), { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
        break;
      case 'tell-me-more':
        return this.tellMeMore(dc, lastAnswer, hc);
      case 'up-to-date': {
        const dates = this.deps.kb.articles.map((a) => a.lastReviewed).sort();
        await this.say(context, msg.upToDateText({ oldest: dates[0], newest: dates.at(-1) }), { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
        break;
      }
      case 'contact-for-me':
        await this.say(context, msg.CANNOT_CONTACT_TEXT, { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.ehcRequest }, { label: msg.MAIN_TASKS.person }] });
        break;
      case 'explain-again':
        // "Can you say that in simpler words?" straight after an answer: that answer's words, explained.
        if (await this.explainLastAnswer(context)) break;
        await this.say(context, msg.EXPLAIN_AGAIN_TEXT, { kind: 'clarify' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
        break;
    }
    return Dialog.EndOfTurn;
  }

  private async answerFromKb(dc: DialogContext, text: string, hc: HandoffContext, lead?: string): Promise<DialogTurnResult> {
    const context = dc.context;
    if (await this.sayIfOtherNation(context, text)) return Dialog.EndOfTurn;
    const today = todayInLondon(this.deps.clock());
    // ("I am absolutely furious." is not searched for: the answer is the one the question gets calmly.)
    const lookup = this.deps.kb.lookUp(withoutTheFeelings(text), today);
    if (lookup.kind === 'answer') {
      // "We asked on 1 September and heard nothing": the council's dates for that request, above the answer.
      const dates = lookup.answer.articleIds.some((id) => REQUEST_TIMESCALE_ARTICLES.has(id)) ? requestDatesInMessage(text, today) : undefined;
      // The very answer just shown, to a different question: what else there is, not it again.
      if (!dates && await this.answerInsteadOfRepeat(context, text, lookup, hc)) return Dialog.EndOfTurn;
      // "Who goes to the annual review?": the part of the answer's article, or one that goes with it, that says who takes part.
      const answered = this.deps.kb.retriever.getArticle(lookup.answer.articleIds[0] ?? '');
      if (!dates && !lead && answered && asksWhoComes(text) && await this.answerKindOfQuestion(context, answered, text, hc, undefined)) return Dialog.EndOfTurn;
      // "The draft arrived on 20 November, when's the last day?": that day worked out, above the answer.
      const lastDay = dates ? undefined : this.lastDayInQuestion(lookup.answer.articleIds[0], text, today);
      const above = dates ?? (lastDay ? lastDayText(lastDay) : undefined);
      const answer = above ? { ...lookup.answer, text: `${above}\n\n${lookup.answer.text}` } : lookup.answer;
      await this.sendAnswer(context, answer, hc, { question: text, score: lookup.search?.hits[0]?.score }, lead);
      this.deps.logger.info('kb.answered', { articleIds: lookup.answer.articleIds });
      return Dialog.EndOfTurn;
    }
    this.deps.logger.info('kb.unsure', { closest: lookup.closest.map((a) => a.id) });
    // A gap for the admins' report (scrubbed before it is kept).
    const gap = { question: text, closestArticleId: lookup.closest[0]?.id, closestScore: lookup.search.hits[0]?.score, knownNames: knownNamesFrom(hc.lastFlow) };
    hc.unansweredInARow += 1;
    if (hc.unansweredInARow >= 2) {
      // Two misses in a row: stop sending them round in circles and offer a person.
      hc.unansweredInARow = 0;
      await this.deps.gaps.record({ ...gap, kind: 'handoff-no-content' });
      await this.handoff.offer(context, 'not-answered');
      return Dialog.EndOfTurn;
    }
    if (lookup.closest.length) await this.deps.gaps.clarifyShown(context.activity.conversation.id, gap, offeredTopics(lookup));
    else await this.deps.gaps.record({ ...gap, kind: 'low-confidence' });
    const choices: Choice[] = [...lookup.closest.map((a) => ({ label: a.title })), { label: msg.MAIN_TASKS.person }];
    await this.say(context, msg.unsureText(lookup.closest.map((a) => a.title), this.deps.services, lookup.search.missingTopic), { kind: 'clarify' }, { choices, buttons: 'card' });
    return Dialog.EndOfTurn;
  }

  /** A family in Wales, Scotland or Northern Ireland is told the answers are England's, not given them. */
  private async sayIfOtherNation(context: TurnContext, text: string): Promise<boolean> {
    const nation = otherUkNationIn(text);
    if (!nation) return false;
    (await this.handoffState.getContext(context)).otherNationJustSaid = true;
    this.deps.logger.info('kb.other_nation', { nation });
    await this.say(context, msg.otherNationText(nation), { kind: 'out-of-scope' });
    return true;
  }

  private async outOfScopeOrAnswer(dc: DialogContext, text: string, hc: HandoffContext): Promise<DialogTurnResult> {
    if (await this.sayIfOtherNation(dc.context, text)) return Dialog.EndOfTurn;
    // A yes or no with no question before it: not "out of scope", just unclear.
    if (BARE_YES_OR_NO.test(text.trim())) {
      await this.say(dc.context, msg.UNCLEAR_YES_NO_TEXT, { kind: 'clarify' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    // The recognizer thinks this is not about SEND; answer anyway only when the KB is sure.
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    // An exact article title or "what is X" for a glossary term (no search) is sure by definition.
    if (lookup.kind === 'answer' && (!lookup.search || (lookup.search.hits[0]?.coverage ?? 0) >= 0.8)) {
      // ("How much notice do I get?" straight after that very answer: not it again.)
      if (await this.answerInsteadOfRepeat(dc.context, text, lookup, hc)) return Dialog.EndOfTurn;
      await this.sendAnswer(dc.context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score });
      return Dialog.EndOfTurn;
    }
    // A SEND topic no article covers yet ("am I classed as his parent? I'm his nan"): say so, with an adviser, not "out of scope".
    if (lookup.kind === 'unsure' && lookup.search.missingTopic) return this.answerFromKb(dc, text, hc);
    await this.say(dc.context, msg.outOfScopeText(), { kind: 'out-of-scope' }, { choices: msg.MAIN_TASK_CHOICES });
    return Dialog.EndOfTurn;
  }

  /**
   * A message read with the conversation so far. The facts it gives are kept (a few labels). With an
   * answer already shown: school transport questioned stays with transport; "is that allowed?" gets
   * the rule just stated; "what are my options?" the next steps on that topic; "and?", "why" and a
   * statement of the situation carry on from the answer, never "out of scope". At any point, a
   * fact with an article of its own, told without a question ("we're moving to Bristol"), gets it.
   */
  private async answerInThread(context: TurnContext, text: string, recognition: Recognition, hc: HandoffContext): Promise<boolean> {
    const feedback = await this.feedbackState.get(context);
    const told = factsIn(text);
    const thread = withFacts(feedback.thread, told);
    feedback.thread = thread;
    // ("What does that word mean?" asks which word; "how long have I got?" has its own handling.)
    if (!THREAD_INTENTS.has(recognition.intent) || asksAboutAnUnnamedWord(text) || asksAboutTime(text)) return false;
    const last = feedback.lastAnswer;
    const article = last?.articleId ? this.deps.kb.retriever.getArticle(last.articleId) : undefined;
    const telling = !text.includes('?') && !opensAsQuestion(text);
    if (last && thread.current === 'transport' && !told.some((f) => f !== 'has-plan')
      && (leansBack(text) || asksForOptions(text) || asksIfAllowed(text) || DISPUTES_TRANSPORT.test(normaliseSendText(text)))) {
      // Not the refusal-to-assess route: the knowledge base does not cover transport rules, so it says so.
      this.deps.logger.info('kb.transport_follow_up', {});
      await this.say(context, msg.TRANSPORT_FOLLOW_UP_TEXT, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return true;
    }
    if (!last || !article) return (telling || recognition.intent === 'outOfScope') && this.answerFactArticle(context, text, told, undefined, hc, kindWordForUpset(recognition, text));
    if (asksIfAllowed(text) && await this.answerIfAllowed(context, article, last, text, hc)) return true;
    if (asksForOptions(text) && await this.answerNextSteps(context, article, feedback, text, hc)) return true;
    // "Can I bring the school SENCo?" after the hearing or a meeting: who may come, from that article, not what a SENCo is.
    if (asksWhoComes(text) && await this.answerKindOfQuestion(context, article, text, hc, last.shownWords)) return true;
    // "It came on the 12th actually" after the draft plan's answer: the last day from that day, then "whats the date then" keeps it.
    const ownLimits = timeLimitsOf(article);
    const servedDays = ownLimits.length === 1 ? lastDayFromMessage(ownLimits[0], text, todayInLondon(this.deps.clock()), undefined, true) : undefined;
    if (servedDays) {
      await this.sayLastDay(context, article.id, ownLimits[0]!, servedDays);
      last.question = text;
      return true;
    }
    // "So is that late?" after an answer with its own time limits: those limits, and what to do if one has passed
    // (not the assessment's 20 weeks, whatever was asked about).
    if (asksIfLate(text)) {
      // (The under-5s' "should consider" reviews are guidance about how often, not a limit that can be missed.)
      const limits = timeLimitsOf(article).filter((key) => !UNDER_FIVES_GUIDANCE.has(key));
      if (limits.length) {
        this.deps.logger.info('kb.late_follow_up', { articleId: article.id });
        await this.say(context, msg.lateRuleText(limits.map((key) => ({ amount: describeTimescale(key), rule: TIMESCALES[key].description, source: TIMESCALES[key].source }))), { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
        return true;
      }
    }
    if (recognition.intent !== 'kb.ask' && recognition.intent !== 'outOfScope') return false;
    if ((telling || recognition.intent === 'outOfScope') && await this.answerFactArticle(context, text, told, article, hc, kindWordForUpset(recognition, text))) return true;
    // "and?", "why", "who pays in the meantime": the answer carries on, in the same article first.
    if (carriesOn(text)) return this.answerFromSameArticle(context, article, text, hc, last.shownWords, [], []);
    // "do we have to start all over again": a short question naming no topic leans on the answer.
    if (!telling && recognition.intent === 'kb.ask' && text.trim().split(/\s+/).length <= 12 && !namesASendTopic(text) && await this.answerAsFollowUp(context, text, hc, { force: true })) return true;
    // "They said she is making progress so doesn't need one": the situation, on the topic just answered.
    if (telling && text.trim().split(/\s+/).length >= 3 && !isTooBroadToAnswer(text)) {
      return this.answerAsFollowUp(context, text, hc, { force: true, namesTopic: namesASendTopic(text) });
    }
    return false;
  }

  /** A fact told with an article of its own ("we're moving", "sent home at lunch"): that article, or its next part when just shown. `lead`: as in sendAnswer. */
  private async answerFactArticle(context: TurnContext, text: string, told: readonly ThreadFact[], article: Article | undefined, hc: HandoffContext, lead?: string): Promise<boolean> {
    const id = told.map((f) => FACT_ARTICLES[f]).find((a): a is string => Boolean(a));
    if (!id) return false;
    if (article?.id === id) return this.answerAsFollowUp(context, text, hc, { force: true });
    const answer = this.answerFor(id, text, todayInLondon(this.deps.clock()));
    if (!answer) return false;
    this.deps.logger.info('kb.answered_told_fact', { articleIds: answer.articleIds });
    await this.sendAnswer(context, answer, hc, { question: text }, lead);
    return true;
  }

  /** Told about the child with nothing asked, at the start: an article that clearly fits the facts, or false. */
  private async answerToldFacts(context: TurnContext, text: string, hc: HandoffContext): Promise<boolean> {
    if (await this.answerFactArticle(context, text, factsIn(text), undefined, hc)) return true;
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    const facts = (await this.feedbackState.get(context)).thread?.facts ?? [];
    if (lookup.kind !== 'answer' || !coversTheQuestion(lookup.search?.hits[0]) || !fitsTheFacts(lookup.answer.articleIds[0], facts)) return false;
    await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score });
    return true;
  }

  /**
   * "Is that allowed?" just after an answer: a section on the rule not yet shown ("Check the legal
   * test" after a refusal), else the rule the answer stated in one line, then a person for their
   * own case. False when the answer stated no rule.
   */
  private async answerIfAllowed(context: TurnContext, article: Article, last: LastAnswer, text: string, hc: HandoffContext): Promise<boolean> {
    const ruleSection = sectionsOf(article).find((s) => /legal test|the law|rules/i.test(s.heading) && s.paragraphs.some((p) => !wasShown(p, last.shownWords)));
    if (ruleSection) return this.sendPart(context, article, ruleSection.paragraphs, text, hc, 'rule-section');
    const rule = ruleSentenceOf(this.deps.kb.answerArticle(article.id, todayInLondon(this.deps.clock()))?.body ?? '');
    if (!rule) return false;
    this.deps.logger.info('kb.general_rule_then_person', { articleId: article.id });
    await this.say(context, msg.generalRuleText(rule), { kind: 'info' });
    hc.ownCaseOffered = true;
    await this.handoff.offer(context, 'beyond-guidance');
    return true;
  }

  /**
   * "What are my options?" just after an answer: the parent's options on the topic of the last few
   * answers (a refusal's "Your options", though the last answer was about the legal test), else
   * the last article's section on what to do next.
   */
  private async answerNextSteps(context: TurnContext, article: Article, feedback: AnswerFeedback, text: string, hc: HandoffContext): Promise<boolean> {
    const recent = [article, ...(feedback.earlierAnswers ?? []).map((a) => (a.articleId ? this.deps.kb.retriever.getArticle(a.articleId) : undefined))]
      .filter((a): a is Article => a !== undefined);
    const withOptions = recent.find((a) => a.sections.some((s) => listsOptions(s.heading)));
    const where = withOptions ?? article;
    const sections = sectionsOf(where);
    const i = withOptions ? sections.findIndex((s) => listsOptions(s.heading)) : nextStepsSection(sections.map((s) => s.heading));
    if (i < 0) return false;
    return this.sendPart(context, where, sections[i].paragraphs, text, hc, 'next-steps');
  }

  /**
   * Nothing left in the part of the article that matched: for "and?" its next section not shown;
   * else the paragraph of a related article (front matter `related:`) or another section with the
   * question's words.
   */
  private async answerFromElsewhere(context: TurnContext, article: Article, text: string, hc: HandoffContext, shownWords: string | undefined): Promise<boolean> {
    // ("What happens to it", "my daughter has an EHCP": no word picks a part, so the next part.)
    if (carriesOn(text) || hasNoClueWords(text) || factsIn(text).length) {
      const next = nextUnshownSection(sectionsOf(article), shownWords);
      if (next) return this.sendPart(context, article, next, text, hc, 'next-section');
    }
    // "She's not on the SEN register I don't think": a situation told, not asked, gets what the parent can do next.
    if (!text.includes('?') && !opensAsQuestion(text)) {
      const sections = sectionsOf(article);
      const steps = sections[nextStepsSection(sections.map((s) => s.heading))]?.paragraphs.filter((p) => !wasShown(p, shownWords));
      if (steps?.length) return this.sendPart(context, article, steps, text, hc, 'next-steps');
    }
    const feedback = await this.feedbackState.get(context);
    const facts = feedback.thread?.facts ?? [];
    const related = article.related.map((id) => this.deps.kb.retriever.getArticle(id)).filter((a): a is Article => a !== undefined && fitsTheFacts(a.id, facts));
    if (await this.answerKindOfQuestion(context, article, text, hc, shownWords)) return true;
    const found = bestPartElsewhere([article, ...related].map((a) => ({ id: a.id, sections: sectionsOf(a) })), text, shownWords);
    const where = found ? [article, ...related].find((a) => a.id === found.id) : undefined;
    if (!found || !where) return false;
    return this.sendPart(context, where, found.part, text, hc, where.id === article.id ? 'other-section' : 'related-article');
  }

  /** The glossary's words in the last answer, explained; or which word, when it used none. False when there was no answer. */
  private async explainLastAnswer(context: TurnContext): Promise<boolean> {
    const last = (await this.feedbackState.get(context)).lastAnswer;
    const article = last?.articleId ? this.deps.kb.retriever.getArticle(last.articleId) : undefined;
    if (!article) return false;
    // (A meaning may hold a time limit, "at least every {{t:annualReview}}": filled in, as in answers.)
    const terms = glossaryTermsIn(`${article.title}. ${article.summary}`, this.deps.kb.glossary).map((t) => ({ ...t, meaning: fillPlaceholders(t.meaning, this.deps.services) }));
    await this.say(context, terms.length ? msg.plainWordsText(terms) : msg.WHICH_WORD_TEXT, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
    return true;
  }

  /**
   * A short message that leans on the last answer ("does it cost anything?", "what if they say
   * no?"), searched for with that answer's topic. Never the same answer again: when the topic
   * leads back to the article just shown, the question's own topic if it names one, else the part
   * of that article not yet shown that answers it, else the next-best article, else a plain "that
   * is all I have" with a person offered. True when it was answered (or the parent was asked to
   * say more about that topic). `namesTopic`: the message names a SEND topic, so it leans back only
   * when its own words find no sure answer. `restated`: said again after "that's not what I asked".
   */
  private async answerAsFollowUp(context: TurnContext, text: string, hc: HandoffContext, how: { namesTopic?: boolean; restated?: boolean; force?: boolean } = {}): Promise<boolean> {
    const feedback = await this.feedbackState.get(context);
    const last = feedback.lastAnswer;
    const article = last?.articleId ? this.deps.kb.retriever.getArticle(last.articleId) : undefined;
    if (!last || !article) return false;
    const today = todayInLondon(this.deps.clock());
    const searched = asSearched(text);
    const alone = this.deps.kb.lookUp(searched, today);
    // The last article, with the topic read in, far ahead of what the words alone find weakly: "when does the plan
    // need to say the school" after moving up to reception leans on that answer, not on the whole process's time limits.
    // (Weakly found alone; or "can they refuse?" after naming a school, which is about the school, not a refusal to
    // assess. Only then is it worth searching with the topic for a message that does not look like a follow-up.)
    const aloneTop = alone.search?.hits[0];
    const refusesIt = REFUSES_IT.test(normaliseSendText(text));
    const mayLean = aloneTop !== undefined && aloneTop.article.id !== article.id && (aloneTop.score < WEAK_OWN_WORDS_SCORE || refusesIt);
    // (`force`: a statement or "and?" in the middle of a conversation, read as leaning on the answer.)
    if (!how.restated && !how.force && !mayLean && !looksLikeFollowUp(text)) return false;
    const lookup = this.deps.kb.lookUp(withTopic(searched, topicOfTitle(article.title)), today);
    const topicTop = lookup.search?.hits[0];
    const leansOnLast = mayLean && topicTop?.article.id === article.id
      && (refusesIt || topicTop.score >= LAST_FAR_AHEAD * aloneTop.score)
      // (And has the question's words as fully: "the school is not doing his 1:1 hours, can they do that" after the review
      // meeting finds the meeting first only by its title's words, and the missing help by its own.)
      && topicTop.coverage >= aloneTop.coverage - 1e-9;
    if (!how.restated && !how.force && !leansOnLast && !looksLikeFollowUp(text)) return false;
    // An article that contradicts what the parent told us (SEN support for a child with a plan) is not this message's topic.
    const facts = feedback.thread?.facts ?? [];
    const lastScore = lookup.search?.hits.find((h) => h.article.id === article.id)?.score ?? 0;
    // "There's no school named in it, is that a mistake?" after the draft plan: the section whose heading it names.
    const named = sectionNamedBy(sectionsOf(article), text, last.shownWords, article.title);
    if (named) return this.sendPart(context, article, named, text, hc, 'named-section');
    // "Who's there?", "how do I know if they're doing it?": the part that answers that kind of question, here or in an article that goes with it.
    if (await this.answerKindOfQuestion(context, article, text, hc, last.shownWords)) return true;
    // A message naming a topic of its own that its own words find surely, and not the last one: answered as usual.
    // (Not when those words find the last article close behind: "does she have to stay at her old school?" after moving.)
    // (Not when it leans on the last article, as above.)
    if (how.namesTopic && !how.restated && !leansOnLast && alone.kind === 'answer' && alone.answer.articleIds[0] !== article.id && fitsTheFacts(alone.answer.articleIds[0], facts)
      && !stillOnTheTopic(followUpHits(alone.search, article), article.id)) {
      const top = alone.search?.hits[0];
      // (The topic read in adds its title's words to the last article's score: a long message of its own is not held by them.)
      if (!top || coversTheQuestion(top) || top.score >= lastScore
        || leavesTheTopic(followUpHits(alone.search, article), alone.search?.queryTerms.length ?? 0, article.id, followUpHits(lookup.search, article))) {
        // Answered as usual; but "how I ask it?" is found only as searched ("request it"), so with that answer.
        if (searched === text) return false;
        this.deps.logger.info('kb.answered_follow_up', { articleIds: alone.answer.articleIds, how: 'own-words' });
        await this.sendAnswer(context, alone.answer, hc, { question: text, score: top?.score });
        return true;
      }
    }
    // Its own words find another article surely, and the last one nowhere among what they find ("whats the difference
    // between that and sen support" after phase transfers): that article, not
    // more of the last one (tester AZ: a grandmother given phase transfers four times in a row).
    // (Only when it names a topic of its own: "can i change it" leans on the last answer whatever "change" finds alone.)
    if (how.namesTopic && !how.restated && !leansOnLast && alone.kind === 'answer' && alone.answer.articleIds[0] !== article.id
      && fitsTheFacts(alone.answer.articleIds[0], facts) && surelyElsewhere(alone.search, article.id)) {
      this.deps.logger.info('kb.answered_follow_up', { articleIds: alone.answer.articleIds, how: 'surely-elsewhere' });
      await this.sendAnswer(context, alone.answer, hc, { question: text, score: alone.search?.hits[0]?.score });
      return true;
    }
    // The topic led to another article: that one.
    if (lookup.kind === 'answer' && lookup.answer.articleIds[0] !== article.id && fitsTheFacts(lookup.answer.articleIds[0], facts)) {
      this.deps.logger.info('kb.answered_follow_up', { articleIds: lookup.answer.articleIds, how: 'with-topic' });
      await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score });
      return true;
    }
    // It led back to the article just shown, with one of its related articles close behind ("school
    // haven't sent the reports, is that allowed?" after annual reviews: the review meeting): that one.
    const [top, second] = lookup.search?.hits ?? [];
    // (Not when a part of the article just shown that was not shown answers it: "is it free?" after mediation.)
    if (top?.article.id === article.id && second && article.related.includes(second.article.id) && second.score >= RELATED_CLOSE_BEHIND * top.score
      && fitsTheFacts(second.article.id, facts) && !this.unshownPart(article, text, last.shownWords)?.length) {
      const closeBehind = this.answerFor(second.article.id, text, today);
      if (closeBehind) {
        this.deps.logger.info('kb.answered_follow_up', { articleIds: closeBehind.articleIds, how: 'related-close-behind' });
        await this.sendAnswer(context, closeBehind, hc, { question: text });
        return true;
      }
    }
    // It led back to the article just shown, or nowhere. A question that names its own topic gets that (not one that leans on the last).
    if (!(leansOnLast && refusesIt) && await this.answerOwnTopic(context, alone, article, lastScore, text, hc)) return true;
    if (lookup.kind !== 'answer') {
      // Not "I cannot help with that" on the very topic they were reading about.
      await this.say(context, msg.followUpUnclearText(article.title), { kind: 'clarify' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return true;
    }
    return this.answerFromSameArticle(context, article, text, hc, last.shownWords, followUpHits(lookup.search, article), followUpHits(alone.search, article));
  }

  /**
   * The article a follow-up's own words find (`alone`), when it names a topic of its own rather
   * than leaning on `article` (see ownTopicOf), answered. False when it names none.
   */
  private async answerOwnTopic(context: TurnContext, alone: KbLookup, article: Article, lastScore: number, question: string, hc: HandoffContext): Promise<boolean> {
    if (alone.kind !== 'answer') return false;
    let own: KbAnswer | undefined;
    // (A title or a word's meaning, found without a search, is sure by definition.)
    if (!alone.search) own = alone.answer.articleIds[0] !== article.id ? alone.answer : undefined;
    else {
      const id = ownTopicOf(followUpHits(alone.search, article), article.id, lastScore);
      own = !id ? undefined : alone.answer.articleIds[0] === id ? alone.answer : this.answerFor(id, question, todayInLondon(this.deps.clock()));
    }
    const feedback = await this.feedbackState.get(context);
    if (!own || !fitsTheFacts(own.articleIds[0], feedback.thread?.facts ?? [])) return false;
    // (Not back to an article answered a few turns ago unless the parent's words ask for it in full:
    // "I already complained, heard nothing" after late, then complaints, is not the late answer again.)
    const ownHit = alone.search?.hits.find((h) => h.article.id === own.articleIds[0]);
    if (ownHit && !coversTheQuestion(ownHit) && feedback.earlierAnswers?.some((a) => a.articleId === own.articleIds[0])) return false;
    this.deps.logger.info('kb.answered_follow_up', { articleIds: own.articleIds, how: 'own-topic' });
    await this.sendAnswer(context, own, hc, { question });
    return true;
  }

  /**
   * The best article for a new question is the one just shown, and its answer would be the same
   * again: the part of it that answers this and was not shown, else the next-best article (from
   * `hits`, best first, with `ownHits` from the parent's words alone), else a plain "that is all I
   * have", in short, with a person offered.
   */
  private async answerFromSameArticle(
    context: TurnContext, article: Article, text: string, hc: HandoffContext, shownWords: string | undefined, hits: readonly FollowUpHit[], ownHits: readonly FollowUpHit[],
  ): Promise<true> {
    const today = todayInLondon(this.deps.clock());
    // "What the sen register?" just after SEN support: the other name asked about is the glossary's term, said so.
    const name = nameAskedAbout(text);
    const entry = name ? glossaryEntryNamed(name, this.deps.kb.glossary) : undefined;
    if (name && entry && normaliseSendText(entry.term) !== name) {
      this.deps.logger.info('kb.follow_up_name_asked', { articleId: article.id, known: true });
      await this.say(context, msg.wordMeaningText(entry.term, fillPlaceholders(entry.meaning, this.deps.services), name), { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return true;
    }
    const part = this.unshownPart(article, text, shownWords);
    if (part) return this.sendPart(context, article, part, text, hc, 'same-article-part');
    const nextId = nextBestOf(hits, article.id, ownHits);
    const next = nextId ? this.answerFor(nextId, text, today) : undefined;
    if (next) {
      this.deps.logger.info('kb.answered_follow_up', { articleIds: next.articleIds, how: 'next-best' });
      await this.sendAnswer(context, next, hc, { question: text });
      return true;
    }
    // Before "nothing more": a related article's (or another section's) paragraph with the question's words.
    if (await this.answerFromElsewhere(context, article, text, hc, shownWords)) return true;
    // "What the sen register?": a name nothing here explains is said so plainly, not the answer again in short.
    if (name && !entry && !normaliseSendText(article.sections.map((s) => s.body).join(' ')).includes(name)) {
      this.deps.logger.info('kb.follow_up_name_asked', { articleId: article.id, known: false });
      await this.say(context, msg.noExplanationText(name), { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
      return true;
    }
    this.deps.logger.info('kb.follow_up_nothing_more', { articleId: article.id });
    const summary = this.deps.kb.answerArticle(article.id, today)?.body ?? '';
    await this.say(context, msg.nothingMoreOnThatText(article.title, summary), { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
    return true;
  }

  /**
   * A question that is not the last one, whose answer would be the very answer just shown
   * ("how much notice do I get?" straight after the review meeting answer): see answerFromSameArticle.
   */
  private async answerInsteadOfRepeat(context: TurnContext, text: string, lookup: Extract<KbLookup, { kind: 'answer' }>, hc: HandoffContext): Promise<boolean> {
    const last = (await this.feedbackState.get(context)).lastAnswer;
    const article = last?.articleId ? this.deps.kb.retriever.getArticle(last.articleId) : undefined;
    if (!last || !article || lookup.answer.articleIds[0] !== article.id || !repeatsWhatWasShown(lookup.answer.body, last.shownWords)) return false;
    if (normaliseSendText(last.question) === normaliseSendText(text)) return false;
    const hits = followUpHits(lookup.search, article);
    return this.answerFromSameArticle(context, article, text, hc, last.shownWords, hits, hits);
  }

  /** "That's not what I asked, I asked ...": a one-line sorry, then that question, read with the topic before. */
  private async answerRestated(dc: DialogContext, restated: string, hc: HandoffContext, flowJustEnded: boolean): Promise<DialogTurnResult> {
    this.deps.logger.info('kb.question_restated', {});
    await this.say(dc.context, msg.SORRY_MISREAD_TEXT, { kind: 'info' });
    if (await this.answerAsFollowUp(dc.context, restated, hc, { restated: true })) return Dialog.EndOfTurn;
    return this.route(dc, restated, await this.deps.recognizer.recognize(restated), hc, flowJustEnded);
  }

  /**
   * In a conversation under way, a name asked about in a sentence of its own beside other words:
   * "He don't have EHC plan. What is EHC plan?" gets that answer (not the last topic again); "What
   * are working days? And does she have to stay?" gets the word's meaning in a line (or that I do
   * not have one), and returns the other question to answer as usual. '' when nothing else was
   * asked; undefined when the message is not like this.
   */
  /**
   * Two questions in one message, each found surely in a different article: both answers, the
   * second said to be the other question. False when there are not two, or either is unsure (the
   * message is then answered as one question, as before).
   */
  private async answerTwoQuestions(context: TurnContext, text: string, hc: HandoffContext): Promise<boolean> {
    const parts = twoQuestionsIn(text);
    // (Each must name a topic of its own: "will they tell me what they are doing and how she's getting on" is one follow-up.)
    if (!parts || !parts.every((part) => namesASendTopic(part))) return false;
    const today = todayInLondon(this.deps.clock());
    const [first, second] = parts.map((part) => this.deps.kb.lookUp(part, today));
    const sure = (l: KbLookup | undefined): l is Extract<KbLookup, { kind: 'answer' }> => l?.kind === 'answer' && (l.search?.confident ?? true) && l.answer.articleIds.length > 0;
    if (!sure(first) || !sure(second) || first.answer.articleIds[0] === second.answer.articleIds[0]) return false;
    this.deps.logger.info('kb.answered_two_questions', { articleIds: [first.answer.articleIds[0], second.answer.articleIds[0]] });
    await this.sendAnswer(context, first.answer, hc, { question: parts[0], score: first.search?.hits[0]?.score }, undefined, false);
    await this.sendAnswer(context, second.answer, hc, { question: parts[1], score: second.search?.hits[0]?.score }, msg.OTHER_QUESTION_LEAD);
    return true;
  }

  private async answerNameAsked(context: TurnContext, text: string, hc: HandoffContext): Promise<string | undefined> {
    const last = (await this.feedbackState.get(context)).lastAnswer;
    const asked = last?.articleId ? nameAskedBeside(text) : undefined;
    if (!last || !asked) return undefined;
    const kb = this.deps.kb;
    const entry = findDefinitionQuestion(correctTypedWords(asked.sentence), kb.glossary);
    if (!asked.otherQuestions) {
      const lookup = entry ? kb.lookUp(asked.sentence, todayInLondon(this.deps.clock())) : undefined;
      if (lookup?.kind !== 'answer' || lookup.answer.articleIds[0] === last.articleId) return undefined;
      this.deps.logger.info('kb.answered_follow_up', { articleIds: lookup.answer.articleIds, how: 'name-asked' });
      await this.sendAnswer(context, lookup.answer, hc, { question: text });
      return '';
    }
    // (A name an article is about, though the glossary lacks it, is left to the search.)
    if (!entry && kb.articles.some((a) => normaliseSendText(a.title).includes(asked.name))) return undefined;
    this.deps.logger.info('kb.name_asked_beside', { known: Boolean(entry) });
    await this.say(context, entry ? msg.wordMeaningText(entry.term, fillPlaceholders(entry.meaning, this.deps.services)) : msg.noExplanationText(asked.name), { kind: 'info' });
    return asked.otherQuestions;
  }

  /** "Forget the review. ...", "different question: ...": the rest, as a question of its own (the facts told so far stay). */
  private async answerNewTopic(dc: DialogContext, question: string, hc: HandoffContext, flowJustEnded: boolean): Promise<DialogTurnResult> {
    const feedback = await this.feedbackState.get(dc.context);
    feedback.thread = withFacts({ facts: feedback.thread?.facts ?? [] }, factsIn(question));
    this.deps.logger.info('kb.topic_changed', {});
    return this.route(dc, question, await this.deps.recognizer.recognize(question), hc, flowJustEnded, true);
  }

  /** Part of the article just shown, as the answer to a follow-up: only that part, since the summary was just shown. */
  private async sendPart(context: TurnContext, article: Article, part: readonly string[], question: string, hc: HandoffContext, how: string): Promise<true> {
    this.deps.logger.info('kb.answered_follow_up', { articleIds: [article.id], how });
    const answer = composeAnswer({ ...article, summary: part.join('\n\n') }, undefined, this.composeOptions(todayInLondon(this.deps.clock())));
    await this.sendAnswer(context, answer, hc, { question });
    return true;
  }

  /**
   * "Who's there?" (a meeting), "will they tell me how she's getting on?": a question whose kind
   * says more than its few words, answered from the part that says who takes part, or that the
   * parent is told, in `article` or one it lists as related (fitting the facts given), if not shown.
   */
  private async answerKindOfQuestion(context: TurnContext, article: Article, text: string, hc: HandoffContext, shownWords: string | undefined): Promise<boolean> {
    // (Most follow-ups are neither: no articles are read for them.)
    if (!asksWhoComes(text) && !asksIfTold(text)) return false;
    const facts = (await this.feedbackState.get(context)).thread?.facts ?? [];
    const articles = [article, ...article.related.map((id) => this.deps.kb.retriever.getArticle(id)).filter((a): a is Article => a !== undefined && fitsTheFacts(a.id, facts))];
    const who = whoTakesPart(articles.map((a) => ({ id: a.id, sections: sectionsOf(a) })), text, shownWords);
    const whoWhere = who && articles.find((a) => a.id === who.id);
    if (who && whoWhere) return this.sendPart(context, whoWhere, who.part, text, hc, 'who-takes-part');
    for (const a of articles) {
      const told = partAboutBeingTold(sectionsOf(a), text);
      if (told && !wasShown(told, shownWords)) return this.sendPart(context, a, [told], text, hc, 'parent-told');
    }
    return false;
  }

  /** The paragraphs of `article` that answer `question` and were not in the answer shown (`shownWords`). */
  private unshownPart(article: Article, question: string, shownWords: string | undefined): string[] | undefined {
    const sections = sectionsOf(article);
    // The knowledge base's own choice of paragraph first; then those with the question's rarer words.
    const passage = this.deps.kb.retriever.passageFor(article, correctTypedWords(withoutParticles(asSearched(question))));
    // ("Will they tell me how she's getting on?": what kind of question it is says more than its few words.)
    const told = partAboutBeingTold(sections, question);
    // ("Who do I send that to?": "send" first, then "write", as in "put your request in writing".)
    const ranked = [...(told ? [told] : []), ...(passage ? [passage.text] : []), ...paragraphsAnswering(sections, question), ...paragraphsAnswering(sections, asSearched(question))];
    return firstUnshownPart(sections, ranked, shownWords);
  }

  /** An article's answer to a question: its summary and the paragraph that answers the question. */
  private answerFor(articleId: string, question: string, today: IsoDate): KbAnswer | undefined {
    const article = this.deps.kb.retriever.getArticle(articleId);
    if (!article) return undefined;
    // ("How do I know if they're doing it?": the part that says the parent is told, not one that shares a word.)
    const told = asksIfTold(question) ? partAboutBeingTold(sectionsOf(article), question) : undefined;
    const passage = told ? undefined : this.deps.kb.retriever.passageFor(article, correctTypedWords(asSearched(question)));
    return composeAnswer(article, passage?.section, this.composeOptions(today), undefined, told ?? passage?.text);
  }

  private composeOptions(today: IsoDate): ComposeOptions {
    const kb = this.deps.kb;
    return { services: this.deps.services, today, getArticle: (id: string) => kb.retriever.getArticle(id), glossary: kb.glossary };
  }

  /** A SEND topic no article covers yet, named in the message ("am I classed as his parent?"). */
  private namesUncoveredTopic(text: string): boolean {
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    return lookup.kind === 'unsure' && lookup.search.missingTopic !== undefined;
  }

  /** The dates for a decision letter, worked out from the parent's date, and the offer of the flow. */
  private async sayAppealDates(context: TurnContext, appealDates: string): Promise<void> {
    this.deps.logger.info('deadlines.appeal_dates_in_message');
    const next = appealDates.includes(DATES_PASSED_TEXT) ? msg.APPEAL_DATES_PASSED_NEXT_TEXT : msg.APPEAL_DATES_NEXT_TEXT;
    await this.say(context, `${appealDates}\n\n${next}`, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.mediation }, { label: msg.MAIN_TASKS.person }] });
  }

  /** A decision letter's date and a question about time, just after an answer about a decision that can be appealed: that letter's dates. */
  private async answerAppealDatesFollowUp(context: TurnContext, text: string): Promise<boolean> {
    const last = (await this.feedbackState.get(context)).lastAnswer;
    if (!last?.articleId || TASK_AFTER_ARTICLE[last.articleId] !== msg.MAIN_TASKS.mediation) return false;
    const today = todayInLondon(this.deps.clock());
    // ("So what's my deadline then?" after "refused AGAIN, letter dated 3rd march": the date said just before.)
    // (And "the letter was dated 15 september" after "got the certificate on the 6th": both days.)
    const appealDates = appealDatesInMessage(text, today)
      ?? (/\d/.test(text) && !/\bcertificate\b/i.test(last.question) || !/\d/.test(text) && !asksAboutTime(text) ? undefined : appealDatesInMessage(`${last.question}\n${text}`, today));
    if (!appealDates) return false;
    await this.sayAppealDates(context, appealDates);
    return true;
  }

  /** A time limit's last day, worked out from the day it counts from, with where the limit comes from. */
  private async sayLastDay(context: TurnContext, articleId: string, limit: TimescaleKey, days: { from: IsoDate; last: IsoDate }): Promise<void> {
    this.deps.logger.info('kb.answered_time_follow_up', { articleIds: [articleId], lastDayWorkedOut: true });
    await this.say(context, `${lastDayText(days)}\n\nSource: ${TIMESCALES[limit].source}.`, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
  }

  /** The last day of the article's own time limit, when a new question says the day it came ("it arrived on the 20th"). */
  private lastDayInQuestion(articleId: string | undefined, text: string, today: IsoDate): { from: IsoDate; last: IsoDate } | undefined {
    const article = articleId ? this.deps.kb.retriever.getArticle(articleId) : undefined;
    const limits = article ? timeLimitsOf(article) : [];
    return limits.length === 1 ? lastDayFromMessage(limits[0], text, today, undefined, true) : undefined;
  }

  /**
   * A question about time that names nothing else ("how long have I got?", "when's my last day?")
   * straight after an answer whose article states a time limit of its own: that article again,
   * with the last day worked out when the message says for certain when the time began.
   */
  private async answerTimeFollowUp(context: TurnContext, text: string, hc: HandoffContext): Promise<boolean> {
    const last = (await this.feedbackState.get(context)).lastAnswer;
    const article = last?.articleId ? this.deps.kb.retriever.getArticle(last.articleId) : undefined;
    if (!article || !asksAboutTime(text)) return false;
    const limits = timeLimitsOf(article);
    if (!limits.length) return false;
    const today = todayInLondon(this.deps.clock());
    const answer = this.deps.kb.answerArticle(article.id, today);
    if (!answer) return false;
    // ("So what's my deadline then?" after "it came on the 20th": the day said the message before.)
    const days = limits.length === 1 ? lastDayFromMessage(limits[0], text, today, last?.question) : undefined;
    if (days && last) {
      // That article was just shown: the day worked out and where the time limit comes from, not the answer again.
      await this.sayLastDay(context, article.id, limits[0]!, days);
      return true;
    }
    if (!days && last && repeatsWhatWasShown(answer.body, last.shownWords)) {
      // "What's my deadline?" and nothing else, just after that answer: its time limit in short,
      // and how to get the last day worked out (not some other article's time limits).
      if (asksForOwnDates(text)) {
        this.deps.logger.info('kb.answered_time_follow_up', { articleIds: answer.articleIds, lastDayWorkedOut: false, reminder: true });
        const countsFromServedDay = limits.length === 1 && lastDayFromMessage(limits[0], 'it came on 1 January 2020', today) !== undefined;
        await this.say(context, [msg.nothingMoreOnThatText(article.title, answer.body), ...(countsFromServedDay ? [msg.SERVED_DAY_HINT_TEXT] : [])].join('\n\n'), { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
        return true;
      }
      // No day to work out, and that answer was just shown: a topic the question names ("what if the
      // deadline is in August"), else the part about time not yet shown, or what else there is.
      const around = this.deps.kb.lookUp(withTopic(asSearched(text), topicOfTitle(article.title)), today);
      const alone = this.deps.kb.lookUp(asSearched(text), today);
      const lastScore = around.search?.hits.find((h) => h.article.id === article.id)?.score ?? 0;
      if (await this.answerOwnTopic(context, alone, article, lastScore, text, hc)) return true;
      return this.answerFromSameArticle(context, article, text, hc, last.shownWords, followUpHits(around.search, article), followUpHits(alone.search, article));
    }
    this.deps.logger.info('kb.answered_time_follow_up', { articleIds: answer.articleIds, lastDayWorkedOut: Boolean(days) });
    await this.sendAnswer(context, days ? { ...answer, text: `${lastDayText(days)}\n\n${answer.text}` } : answer, hc, { question: text });
    return true;
  }

  /**
   * "What are my dates?", naming no mediation or appeal. A request for an assessment has the
   * council's dates; straight after an answer with a time limit of its own (the draft plan's), it
   * is that limit; a question naming another topic is answered; otherwise, which dates?
   */
  private async answerOwnDates(dc: DialogContext, text: string, hc: HandoffContext): Promise<DialogTurnResult> {
    const context = dc.context;
    if (isAboutAssessmentRequest(text)) return this.answerRequestTimescales(dc, text, hc);
    // ("The letter is dated 3rd November": after a refusal's answer, that decision letter.)
    if (await this.answerAppealDatesFollowUp(context, text)) return Dialog.EndOfTurn;
    if (await this.answerTimeFollowUp(context, text, hc)) return Dialog.EndOfTurn;
    const feedback = await this.feedbackState.get(context);
    if (feedback.lastAnswer?.articleId && REQUEST_TIMESCALE_ARTICLES.has(feedback.lastAnswer.articleId)) {
      // The council's time limits were the last answer: not again, just the day they count from.
      feedback.askedForRequestDay = true;
      await this.say(context, msg.ASK_REQUEST_DAY_TEXT, { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }
    if (looksLikeSendTopic(text)) return this.answerFromKb(dc, text, hc);
    await this.say(context, msg.WHICH_DATES_TEXT, { kind: 'clarify' }, { choices: msg.WHICH_DATES_CHOICES });
    return Dialog.EndOfTurn;
  }

  /** The council's time limits for a request, with its dates when the message names the day, else asking for it. */
  private async answerRequestTimescales(dc: DialogContext, text: string, hc: HandoffContext): Promise<DialogTurnResult> {
    const today = todayInLondon(this.deps.clock());
    const answer = this.deps.kb.answerArticle(REQUEST_DATES_ARTICLE, today);
    if (!answer) return this.answerFromKb(dc, text, hc);
    const dates = requestDatesInMessage(text, today);
    this.deps.logger.info('kb.answered_request_dates', { articleIds: answer.articleIds, datesWorkedOut: Boolean(dates) });
    const withDates = dates ? `${dates}\n\n${answer.text}` : `${answer.text}\n\n${msg.ASK_REQUEST_DAY_TEXT}`;
    if (!dates) (await this.feedbackState.get(dc.context)).askedForRequestDay = true;
    await this.sendAnswer(dc.context, { ...answer, text: withDates }, hc, { question: text });
    return Dialog.EndOfTurn;
  }

  /** The day a request went in, said on its own straight after an answer about the council's time limits. */
  private async answerRequestDay(context: TurnContext, text: string, last: LastAnswer | undefined): Promise<boolean> {
    if (!last?.articleId || !REQUEST_TIMESCALE_ARTICLES.has(last.articleId)) return false;
    const dates = requestDatesFromDayAlone(text, todayInLondon(this.deps.clock()));
    if (!dates) return false;
    this.deps.logger.info('kb.request_day_follow_up', { articleId: last.articleId });
    await this.say(context, `${dates}\n\n${msg.REQUEST_DATES_NEXT_TEXT}`, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }] });
    return true;
  }

  /** `lead`: a first line before the answer (a kind word for an upset parent, who also gets the way to a person first). */
  private async sendAnswer(context: TurnContext, answer: KbAnswer, hc: HandoffContext, asked: { question: string; score?: number }, lead?: string, asksIfHelpful = true): Promise<void> {
    // For the adviser's summary, should the parent ask for a person later.
    hc.botAnswered = [...hc.botAnswered.filter((t) => t !== answer.title), answer.title].slice(-MAX_ANSWERED_TITLES);
    hc.unansweredInARow = 0;
    // ("How do I ask?" now leans on this answer, not on a question asked beside a risk earlier.)
    hc.askedBesideRisk = undefined;
    // "Was this helpful?" is about this answer until the next one.
    const feedback = await this.feedbackState.get(context);
    // A further part of an article shown in the last few answers adds to what was shown of it, so no follow-up repeats either.
    const before = [feedback.lastAnswer, ...(feedback.earlierAnswers ?? [])].find((a) => a?.articleId !== undefined && a.articleId === answer.articleIds[0]);
    const shownWords = shownWordsOf(before?.shownWords ? `${before.shownWords} ${answer.body}` : answer.body);
    const answerId = rememberAnswer(feedback, {
      question: asked.question, articleId: answer.articleIds[0], shownWords, ...(asked.score !== undefined ? { score: asked.score } : {}),
    });
    feedback.answerJustGiven = true;
    // An answer on another topic ends the fact the conversation was on ("moving"); the facts stay.
    if (feedback.thread?.current && !keepsThread(feedback.thread.current, answer.articleIds[0])) feedback.thread = { facts: feedback.thread.facts };
    const task = taskOfferedAfter(answer.articleIds[0], asked.question);
    const choices: Choice[] = [...(lead ? [{ label: msg.MAIN_TASKS.person }] : []), ...(task ? [{ label: task }] : []), ...answer.followUps.map((f) => ({ label: f.title }))];
    const text = [lead, answer.text, task ? taskOfferText(task) : undefined].filter(Boolean).join('\n\n');
    // (Two answers in one turn: "Was this helpful?" once, under the second, so each Yes and No is plainly about one answer.)
    await this.say(context, asksIfHelpful ? feedbackText.withFeedbackQuestion(text) : text, { kind: 'answer', articleIds: answer.articleIds, sources: answer.sources },
      { choices, buttons: 'card', ...(asksIfHelpful ? { attachments: [feedbackText.feedbackCard(answerId)] } : {}) });
  }

  /** "Yes, this helped" / "No, this did not help", for the answer `last` (see answerFeedbackIsFor). The words are never logged. */
  private async onFeedback(
    dc: DialogContext, said: feedbackText.Feedback, last: LastAnswer | undefined, feedback: AnswerFeedback, hc: HandoffContext, inFlow: boolean,
  ): Promise<DialogTurnResult> {
    const context = dc.context;
    const isNew = last !== undefined && last.feedback !== said;
    this.deps.logger.info('feedback.received', { helpful: said === 'helpful', articleId: last?.articleId, counted: isNew });
    let gapId: string | undefined;
    if (last && isNew) {
      last.feedback = said;
      if (said === 'not-helpful') {
        gapId = await this.deps.gaps.record({
          kind: 'not-helpful', question: last.question, closestArticleId: last.articleId, closestScore: last.score, knownNames: knownNamesFrom(hc.lastFlow),
        });
      }
    }
    if (inFlow) {
      // An old button pressed in the middle of a guided flow: noted, then back to the question.
      await this.say(context, feedbackText.FEEDBACK_IN_FLOW_REPLY, { kind: 'info' });
      await dc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (said === 'helpful') {
      await this.say(context, feedbackText.HELPFUL_REPLY, { kind: 'smalltalk' });
    } else if (!last) {
      await this.say(context, feedbackText.NOT_HELPFUL_NO_ANSWER_REPLY, { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }], buttons: 'card' });
    } else if (!isNew) {
      await this.say(context, feedbackText.ALREADY_TOLD_REPLY, { kind: 'smalltalk' });
    } else {
      if (gapId) feedback.awaitingLookingFor = { gapId, ...(last.articleId ? { articleId: last.articleId } : {}) };
      await this.say(context, feedbackText.NOT_HELPFUL_REPLY, { kind: 'smalltalk' }, { choices: feedbackText.NOT_HELPFUL_CHOICES });
    }
    return Dialog.EndOfTurn;
  }

  /**
   * The reply to "What were you looking for?": skipped, or kept (scrubbed) on the "not helpful"
   * record. If it reads as a new question or request, it is also answered as usual.
   */
  private async onLookingFor(
    dc: DialogContext, text: string, recognition: Recognition, awaiting: { gapId: string; articleId?: string }, hc: HandoffContext, flowJustEnded: boolean,
  ): Promise<DialogTurnResult> {
    const context = dc.context;
    if (feedbackText.isSkip(text) || recognition.intent === 'cancel' || recognition.intent === 'back') {
      this.deps.logger.info('feedback.looking_for', { given: false });
      await this.say(context, feedbackText.SKIPPED_REPLY, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
      return Dialog.EndOfTurn;
    }
    if (NOT_LOOKING_FOR.has(recognition.intent)) return this.route(dc, text, recognition, hc, flowJustEnded);
    await this.deps.gaps.addLookingFor(awaiting.gapId, text, knownNamesFrom(hc.lastFlow));
    this.deps.logger.info('feedback.looking_for', { given: true });
    if (recognition.intent !== 'kb.ask' && recognition.intent !== 'outOfScope') return this.route(dc, text, recognition, hc, flowJustEnded);
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    const sameAsBefore = lookup.kind === 'answer' && awaiting.articleId !== undefined && lookup.answer.articleIds.includes(awaiting.articleId);
    if (lookup.kind === 'answer' && !sameAsBefore) {
      await this.say(context, feedbackText.LOOKING_FOR_THANKS_BEFORE_ANSWER, { kind: 'info' });
      await this.sendAnswer(context, lookup.answer, hc, { question: text, score: lookup.search?.hits[0]?.score });
      return Dialog.EndOfTurn;
    }
    await this.say(context, feedbackText.lookingForNotedText(this.deps.services), { kind: 'smalltalk' }, { choices: [{ label: msg.MAIN_TASKS.person }], buttons: 'card' });
    return Dialog.EndOfTurn;
  }

  /**
   * "I want to appeal. Do I have to do mediation first?": the question is answered before the
   * flow starts, when it is a sentence of its own and the knowledge base is sure of it.
   */
  private async answerQuestionAlongside(context: TurnContext, text: string, hc: HandoffContext): Promise<void> {
    const question = questionBesideRequest(text);
    if (!question) return;
    const lookup = this.deps.kb.lookUp(question, todayInLondon(this.deps.clock()));
    if (lookup.kind !== 'answer') return;
    this.deps.logger.info('kb.answered_beside_flow', { articleIds: lookup.answer.articleIds });
    await this.sendAnswer(context, lookup.answer, hc, { question, score: lookup.search?.hits[0]?.score });
  }

  private async startFlow(dc: DialogContext, flowId: string, hc: HandoffContext, options?: FlowBeginOptions): Promise<DialogTurnResult> {
    this.deps.logger.info('flow.started', { flow: flowId });
    // (A new flow: the last one's answers can no longer be put right.)
    hc.finishedFlow = undefined;
    const result = await dc.beginDialog(flowId, options);
    if (result.status === DialogTurnStatus.complete) this.flowEnded(hc, result.result);
    return Dialog.EndOfTurn;
  }

  /** A flow finished: keep its answers (in plain words) for an adviser, then offer what next. */
  private flowEnded(hc: HandoffContext, result: unknown): void {
    const ended = result as { flow?: GuidedFlowName; answers?: object; history?: string[] } | undefined;
    if (ended?.flow && ended.answers) {
      hc.lastFlow = { name: ended.flow, answers: { ...describeFlowAnswers(ended.answers), ...flowKeyDates(ended.answers) } };
      hc.flowJustEnded = true;
      // Kept (in conversation state, as the flow's answers were) so an answer can be put right after the results.
      if (ended.history) hc.finishedFlow = { id: FLOW_DIALOG_IDS[ended.flow], answers: ended.answers, history: ended.history };
    }
    // No "anything else?" here: the flow's closing words already ask one question (a person to
    // check it?), and two questions at once confuse.
  }

  private async interrupt(dc: DialogContext, recognition: Recognition, hc: HandoffContext): Promise<DialogTurnResult> {
    const context = dc.context;
    const flowId = dc.activeDialog?.id;
    this.deps.logger.info('flow.interrupted', { flow: flowId, intent: recognition.intent });
    switch (recognition.intent) {
      case 'back': {
        context.turnState.set(FLOW_COMMAND_KEY, 'back' satisfies FlowCommand);
        await dc.continueDialog();
        return Dialog.EndOfTurn;
      }
      case 'help': {
        context.turnState.set(FLOW_COMMAND_KEY, 'help' satisfies FlowCommand);
        await dc.continueDialog();
        return Dialog.EndOfTurn;
      }
      case 'cancel':
        // "I'll do this later", "can I stop and come back to this?": the flow keeps its answers and says for how long.
        if (FOR_LATER.test(context.activity.text ?? '') || pauseWish(context.activity.text ?? '')) {
          context.turnState.set(FLOW_COMMAND_KEY, 'pause' satisfies FlowCommand);
          await dc.continueDialog();
          return Dialog.EndOfTurn;
        }
        await dc.cancelAllDialogs();
        await this.say(context, msg.CANCELLED_TEXT, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'restart':
        await dc.cancelAllDialogs();
        await this.say(context, msg.RESTART_TEXT, { kind: 'info' });
        if (flowId) return this.startFlow(dc, flowId, hc);
        return Dialog.EndOfTurn;
      case 'safeguarding':
        // The detector did not fire but the recognizer heard risk: the emergency help, then back to the question.
        hc.safeguardingShown = true;
        await this.say(context, msg.safeguardingText(safeguardingAudience(context.activity.text ?? '', [])), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
        await dc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'handoff.person':
      default: {
        // The answers given so far go to the adviser too (with consent), so they need not be asked again.
        const partial = flowAnswersSoFar(dc);
        if (partial) hc.lastFlow = partial;
        // The flow waits under the offer, answers kept: "no" goes back to its question, "yes" ends it.
        await this.handoff.offer(context, personReason(hc, false), { pausedFlow: Boolean(dc.activeDialog) });
        return Dialog.EndOfTurn;
      }
    }
  }

  /** "No" to a person offered mid-flow: the flow says nothing was passed on and asks its question again. */
  private async backToFlow(dc: DialogContext): Promise<DialogTurnResult> {
    if (!dc.activeDialog) {
      await this.say(dc.context, consentDeclined(this.deps.services), { kind: 'handoff' });
      return Dialog.EndOfTurn;
    }
    dc.context.turnState.set(FLOW_COMMAND_KEY, 'resume' satisfies FlowCommand);
    await dc.continueDialog();
    return Dialog.EndOfTurn;
  }

  private async say(context: TurnContext, text: string, meta: ReplyMeta, options?: Parameters<typeof buildReply>[2]): Promise<void> {
    // Unsure what the message is about, and it has a word that may mean danger (or an answer or an
    // adviser's offer, and a word that rarely means anything else): where to get help comes first.
    const message = messageText(context);
    const unplaced = meta.kind === 'clarify' || meta.kind === 'out-of-scope';
    if (unplaced && context.turnState.get(RISK_JUST_SHOWN_KEY) === true) {
      // Straight after the emergency help, what fits nowhere stays with the help (route hears "no, I just mean the council").
      await context.sendActivity(buildReply(afterRiskText(context, 'more'), { ...meta, kind: 'safeguarding' }, { choices: [{ label: msg.MAIN_TASKS.person }] }));
      return;
    }
    const said = mayBeAboutDanger(meta.kind, message) ? `${msg.POSSIBLE_RISK_LEAD}\n\n${text}` : text;
    await context.sendActivity(buildReply(said, meta, options));
  }
}

/** "Change", "amend": with no flow under way, what the parent wants changed is the thing just read about. */
const CHANGE_WORD = /\b(?:change|changed|changing|amend|amended|edit|fix|correct|update)\b/i;

/** Time limits that are guidance on how often, not limits a council can miss. */
const UNDER_FIVES_GUIDANCE: ReadonlySet<string> = new Set(['underFivesReviewFrom', 'underFivesReviewTo']);

/** "Are you going to report me to social services?", "will you tell the police", "do you tell anyone what i say". */
const ASKS_IF_REPORTED = /\b(?:are|will|would|do|did|can|could|is) you (?:going to |gonna |have to |need to )?(?:report|reporting|tell|telling|call|calling|ring|contact|inform|grass)\b (?:me |us |on me |on us |about me |about us |this |that |it |what i (?:said|say|told you|wrote) )?(?:to )?(?:social services|social workers?|children s services|the police|police|anyone|anybody|the school|my school|the council|my (?:mum|dad|parents|husband|partner|wife))\b/;

/** "Can you represent me at the tribunal?", "will you come to the hearing with me", "be my lawyer". */
const ASKS_TO_BE_REPRESENTED = /\b(?:can|could|will|would) you (?:please )?(?:represent (?:me|us)|act for (?:me|us)|be (?:my|our) (?:advocate|lawyer|solicitor|representative|rep)|come (?:to|with (?:me|us) to) (?:the |my |our )?(?:tribunal|hearing|mediation|meeting)|attend (?:the |my |our )?(?:tribunal|hearing|mediation))\b/;
/** Where the knowledge base says a lawyer is not needed at the tribunal, and who helps for free. */
const REPRESENTATION_ARTICLE = 'preparing-for-tribunal';
/** "Who do I report them to?", "how do I report it", "who should I tell": who to tell about harm. */
const ASKS_WHO_TO_REPORT_TO = /\b(?:should (?:i|we) (?:tell|report (?:it |this |him |her )?to) (?:the school|school|someone|the police|police|social services|anyone|the council)|who (?:do|should|can|shall) (?:i|we) (?:report|tell)|(?:how|where) (?:do|should|can) (?:i|we) report|who (?:do|should) (?:i|we) (?:go|speak|talk) to about (?:it|this|that|him|her|them|what happened))\b/;

/** "What about my sister in Bristol?", "and in Leeds?", "does it apply to my cousin in Kent": asking about somewhere else. */
const ASKS_ABOUT_ELSEWHERE = /^(?:(?:and|so|but|ok|okay|right|oh)\s+)*(?:what about|how about|and what about|does (?:it|this|that|any of (?:it|this|that)) apply (?:to|for|in)|is it the same (?:for|in))\b.*\b(?:in|at|near|from) [a-z]/;

/** Where this turn keeps whether a young person is writing about themselves (see say). */
const YOUNG_PERSON_KEY = 'sendNavigator.youngPersonWriting';
/** Straight after the emergency help: the help again in short ('more') or what to do now, for a young person or an adult. */
function afterRiskText(context: TurnContext, reply: 'more' | 'what-to-do'): string {
  const young = context.turnState.get(YOUNG_PERSON_KEY) === true;
  if (reply === 'what-to-do') return young ? msg.AFTER_RISK_WHAT_TO_DO_YOUNG_PERSON_TEXT : msg.AFTER_RISK_WHAT_TO_DO_TEXT;
  return young ? msg.AFTER_RISK_YOUNG_PERSON_TEXT : msg.AFTER_RISK_TEXT;
}

/** Where this turn keeps whether the emergency help was the last reply (see say). */
const RISK_JUST_SHOWN_KEY = 'sendNavigator.riskJustShown';
/** "No, I just mean the council", "I only meant I'm fed up with school": the emergency help was a misreading. */
const MEANT_SOMETHING_ELSE = /^(?:(?:no|nah|sorry|oh|god|ha|haha|lol)\s+)*(?:i|we) (?:just |only )?(?:mean|meant|was talking about|am talking about|was on about|m on about|am on about)\b/;

/** A question asked in its own sentence after the first ("I want to appeal. Do I have to do mediation first?"). */
function questionBesideRequest(text: string): string | undefined {
  const sentences = text.trim().split(/(?<=[.?!])\s+/).filter(Boolean);
  if (sentences.length < 2) return undefined;
  return sentences.slice(1).find((s) => /\?$/.test(s) || opensAsQuestion(s));
}

/** An article's sections as paragraphs, as the follow-up choices see them. */
function sectionsOf(article: Article): SectionParagraphs[] {
  return article.sections.map((s) => ({ heading: s.heading, paragraphs: paragraphsOf(s.body) }));
}

/** Search hits as the follow-up choices see them, each marked if it goes with `last` (one lists the other as related). */
function followUpHits(search: SearchResult | undefined, last: Article): FollowUpHit[] {
  return (search?.hits ?? []).map((h) => ({
    id: h.article.id, score: h.score, coverage: h.coverage, related: last.related.includes(h.article.id) || h.article.related.includes(last.id),
  }));
}

/** What the conversation so far may inform: questions and statements, a menu-like "what can I do", "is that allowed". */
const THREAD_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['kb.ask', 'outOfScope', 'help', 'beyondGuidance']);

/** Articles about the council's time limits for a request: a request date in the question gets its own dates. */
const REQUEST_TIMESCALE_ARTICLES: ReadonlySet<string> = new Set(['ehc-timescales', 'when-the-council-is-late', 'ehc-needs-assessment', 'how-to-request-ehc-assessment']);

/** How far ahead the article just shown must be, searched with its topic, of what a follow-up's own words find, to keep to it. */
const LAST_FAR_AHEAD = 2.2;
/** A search of a follow-up's own words this weak (a word or two matched in passing) names no topic of its own. */
const WEAK_OWN_WORDS_SCORE = 15;
/** "Can they refuse?", "can the council say no?", "what if they say no": refusing the thing just read about, in a few words. */
const REFUSES_IT = /^(?:(?:so|and|but|ok|okay)\s+)*(?:can|could|will|would|do|does|what if|what happens if|and if) (?:they|the council|the la|the school|the icb|it|he|she) (?:just |still |even )?(?:refuse|say no|turn (?:it|us|me|him|her|that) down|reject (?:it|us|me|that)|stop (?:it|that|this)|do that|do this)(?: (?:it|that|this|to|then|though|again))?$/;

/** How close behind the article just shown a related article must be, searched with the topic, to answer a follow-up instead. */
const RELATED_CLOSE_BEHIND = 0.85;

/** The article with the council's time limits for a request, shown with the parent's own dates. */
const REQUEST_DATES_ARTICLE = 'ehc-timescales';

/** Whom the emergency help speaks to, and whether 999 goes first. */
function safeguardingAudience(text: string, kinds: readonly RiskKind[], who: SafeguardingAssessment['whoAtRisk'] = 'unknown', youngPersonBefore = false): msg.SafeguardingAudience {
  // (A shaken, floppy baby is named as abuse, and is an emergency too.)
  const audience = { emergency: kinds.includes('immediate-danger') || showsBodyInTrouble(normaliseSendText(text)), ...writerAndPersonAtRisk(text, kinds, who) };
  // (A young person who said so in an earlier message, writing about themselves: not about their work, another family, or as an adult.)
  return youngPersonBefore && !audience.professional && !audience.aboutAnotherFamily && !audience.adult ? { ...audience, youngPerson: true } : audience;
}

function mayBeAboutDanger(kind: ReplyMeta['kind'], said: string): boolean {
  if (kind === 'clarify' || kind === 'out-of-scope') return mentionsPossibleRisk(said);
  if (kind === 'answer' || kind === 'handoff') return mentionsStrongRisk(said);
  return false;
}

/** "Can you write me a letter (for that)?" */
const ASKS_FOR_A_LETTER = /\b(?:can|could|will|would) (?:you|u) (?:please )?(?:write|draft|do|make|help me (?:write|with)) (?:me |us )?(?:a|the|that|this|my|our) (?:letter|email)\b/;
/** "Can we go back to the letter where we were", said with no flow under way. */
const BACK_TO_THE_LETTER = /\b(?:go back to|back to|carry on with|continue with|finish) (?:the|my|our) (?:letter|form|request letter|summary)\b/;

/** A young person's parent, named by the young person ("my mum", "my parents"). */
const YOUNG_PERSONS_PARENT = /\bmy (?:mum|mom|mam|dad|mother|father|parents?|carers?|foster (?:mum|dad|carers?)|nan|gran)\b/;

/** A score at which a follow-up's own words leave no doubt where they lead (see surelyElsewhere). */
const SURE_OWN_WORDS_SCORE = 15;

/** The search found one article surely (a strong score, most of the words) and the article `lastId` not at all. */
function surelyElsewhere(search: KbLookup['search'], lastId: string): boolean {
  const top = search?.hits[0];
  return search !== undefined && top !== undefined && search.confident && top.score >= SURE_OWN_WORDS_SCORE && top.coverage >= 0.75
    && !search.hits.some((h) => h.article.id === lastId);
}

/** Why the parent wants a person: after emergency help it is safeguarding, straight after a flow it is the flow's end. */
function personReason(hc: HandoffContext, flowJustEnded: boolean): HandoffReason {
  if (hc.safeguardingShown) return 'safeguarding';
  return flowJustEnded ? 'flow-end' : 'asked';
}

/** The topics a clarify offers, with the score each had for the question. */
function offeredTopics(lookup: Extract<KbLookup, { kind: 'unsure' }>): Array<{ articleId: string; title: string; score?: number }> {
  return lookup.closest.map((a) => {
    const score = lookup.search.hits.find((h) => h.article.id === a.id)?.score;
    return { articleId: a.id, title: a.title, ...(score !== undefined ? { score } : {}) };
  });
}

/** The answers of the guided flow under way (a flow keeps them in its dialog state). */
function flowAnswersSoFar(dc: DialogContext): FlowAnswersSummary | undefined {
  const active = dc.activeDialog;
  const name = active ? FLOW_NAMES[active.id] : undefined;
  const answers = (active?.state as { answers?: unknown } | undefined)?.answers;
  if (!name || !answers || typeof answers !== 'object') return undefined;
  const described = { ...describeFlowAnswers(answers), ...flowKeyDates(answers) };
  return Object.keys(described).length ? { name, answers: described } : undefined;
}

/** The parent's words, with any @mention of the bot (Teams) taken out. */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  // removeRecipientMention assumes there is text: a mention-only activity (e.g. a card) may have none.
  if (text && activity.entities?.some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  return text.replace(/\s+/g, ' ').trim();
}
