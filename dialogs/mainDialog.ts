import { ActivityTypes, TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, type DialogContext, type DialogTurnResult, type DialogState } from 'botbuilder-dialogs';
import type { BotDependencies } from '../src/bot/botDependencies';
import type { ConversationTranscript } from '../src/bot/conversationTranscript';
import type { HandoffContext, HandoffConversationState } from '../src/bot/handoffState';
import * as msg from '../src/bot/botMessages';
import { buildReply, type Choice, type ReplyMeta } from '../src/bot/replies';
import { detectSafeguardingRisk } from '../src/domain/recognizer/safeguardingDetector';
import { isInterruption } from '../src/domain/recognizer/localRecognizer';
import type { Recognition } from '../src/domain/recognizer/recognizer';
import { todayInLondon } from '../src/domain/dates/calendarDate';
import type { KbAnswer } from '../src/domain/kb/answerComposer';
import type { HandoffReason } from '../src/domain/handoff/handoffQueue';
import { describeFlowAnswers, type FlowAnswersSummary } from '../src/domain/handoff/handoffSummary';
import { MAX_ANSWERED_TITLES } from '../src/bot/handoffState';
import { FLOW_COMMAND_KEY, type FlowCommand } from './guidedFlowDialog';
import { EhcRequestDialog, EHC_REQUEST_DIALOG_ID } from './ehcRequestDialog';
import { MediationDialog, MEDIATION_DIALOG_ID } from './mediationDialog';
import { HandoffDialog } from './handoffDialog';

export const MAIN_DIALOG_ID = 'main';
/** Longest message the bot reads; longer ones get a polite reply, not a crash. */
export const MAX_MESSAGE_CHARS = 2000;
/** How sure the recognizer must be of distress before a flow pauses to offer a person. */
const DISTRESS_IN_FLOW_SCORE = 0.8;

const FLOW_BUTTONS: Record<string, string> = {
  [msg.MAIN_TASKS.ehcRequest.toLowerCase()]: EHC_REQUEST_DIALOG_ID,
  [msg.MAIN_TASKS.mediation.toLowerCase()]: MEDIATION_DIALOG_ID,
};

/** The flow names the summary uses, by dialog id. */
const FLOW_NAMES: Record<string, string> = {
  [EHC_REQUEST_DIALOG_ID]: 'ehc-request',
  [MEDIATION_DIALOG_ID]: 'mediation',
};

/**
 * Every message passes through here, in every state: safeguarding first, then a handoff under
 * way (consent, call-back details, waiting for or talking with an adviser), then interruptions
 * (a person, cancel, start again, help, back) inside a guided flow, then the flow itself or the
 * router (knowledge base, flows, a person, small talk). The dialog never ends: it is the
 * conversation's home.
 */
export class MainDialog extends ComponentDialog {
  private readonly handoff: HandoffDialog;

  constructor(private readonly deps: BotDependencies, private readonly handoffState: HandoffConversationState, transcript: ConversationTranscript) {
    super(MAIN_DIALOG_ID);
    this.addDialog(new EhcRequestDialog(deps));
    this.addDialog(new MediationDialog(deps));
    this.handoff = new HandoffDialog(deps, handoffState, transcript);
  }

  /** Runs one turn: continues the conversation where it was, or starts it. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const set = new DialogSet(accessor);
    set.add(this);
    const dc = await set.createContext(context);
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

    if (!text && !context.activity.value) {
      await this.say(context, msg.EMPTY_MESSAGE_TEXT, { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }
    if (text.length > (this.deps.maxMessageChars ?? MAX_MESSAGE_CHARS)) {
      log.info('message.too_long', { chars: text.length });
      await this.say(context, msg.tooLongText(this.deps.maxMessageChars ?? MAX_MESSAGE_CHARS), { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }

    // 1. Safeguarding comes first, whatever else is going on.
    const risk = detectSafeguardingRisk(text);
    if (risk.atRisk) {
      log.warn('safeguarding.detected', { kinds: risk.kinds, whoAtRisk: risk.whoAtRisk, inFlow });
      hc.safeguardingShown = true;
      if (await this.handoff.isActive(context)) {
        // Waiting for or with an adviser: the help, and the adviser is told (no "talk to a person" button: they are).
        await this.say(context, msg.safeguardingText(), { kind: 'safeguarding' });
        await this.handoff.onSafeguarding(context, text);
        return Dialog.EndOfTurn;
      }
      await this.say(context, msg.safeguardingText(), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
      if (inFlow) {
        await this.say(context, 'When you are ready, you can carry on where you left off, or type "cancel" to stop.', { kind: 'info' });
        await dc.repromptDialog();
      }
      return Dialog.EndOfTurn;
    }

    // 2. A handoff under way: consent, call-back details, or messages for the adviser.
    if (await this.handoff.isActive(context)) {
      if (await this.handoff.continue(context, text)) return Dialog.EndOfTurn;
    }

    const recognition = await this.deps.recognizer.recognize(text);
    log.debug('recognized', { intent: recognition.intent, score: Number(recognition.score.toFixed(2)), inFlow });

    // 3. Inside a guided flow: interruptions, else the flow takes the answer.
    if (inFlow) {
      if (isInterruption(recognition)) return this.interrupt(dc, recognition, hc);
      if (recognition.intent === 'distress' && recognition.score >= DISTRESS_IN_FLOW_SCORE) {
        // Their words still answer the question; first, a kind word and the way to a person.
        await this.say(context, msg.DISTRESS_IN_FLOW_TEXT, { kind: 'info' }, { choices: [{ label: msg.MAIN_TASKS.person }], buttons: 'card' });
      }
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.complete) this.flowEnded(hc, result.result);
      return Dialog.EndOfTurn;
    }

    // 4. Buttons that start a task.
    const flowId = FLOW_BUTTONS[text.toLowerCase()];
    if (flowId) return this.startFlow(dc, flowId, hc);

    // 5. Otherwise, what the parent asked for.
    return this.route(dc, text, recognition, hc, flowJustEnded);
  }

  private async route(dc: DialogContext, text: string, recognition: Recognition, hc: HandoffContext, flowJustEnded: boolean): Promise<DialogTurnResult> {
    const context = dc.context;
    const services = this.deps.services;
    switch (recognition.intent) {
      case 'flow.ehcRequest':
        return this.startFlow(dc, EHC_REQUEST_DIALOG_ID, hc);
      case 'flow.mediation':
        return this.startFlow(dc, MEDIATION_DIALOG_ID, hc);
      case 'handoff.person':
        await this.handoff.offer(context, personReason(hc, flowJustEnded));
        return Dialog.EndOfTurn;
      case 'beyondGuidance':
        await this.handoff.offer(context, 'beyond-guidance');
        return Dialog.EndOfTurn;
      case 'distress':
        await this.handoff.offer(context, 'distress');
        return Dialog.EndOfTurn;
      case 'safeguarding':
        // The detector did not fire but the recognizer heard risk: the emergency help, to be safe.
        hc.safeguardingShown = true;
        await this.say(context, msg.safeguardingText(), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
        return Dialog.EndOfTurn;
      case 'greeting':
        await this.say(context, msg.GREETING_REPLY, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'thanks':
        await this.say(context, msg.THANKS_REPLY, { kind: 'smalltalk' });
        return Dialog.EndOfTurn;
      case 'goodbye':
        await this.say(context, msg.GOODBYE_REPLY, { kind: 'smalltalk' });
        return Dialog.EndOfTurn;
      case 'help':
        await this.say(context, msg.helpText(), { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'cancel':
      case 'back':
        await this.say(context, msg.NOTHING_TO_CANCEL_TEXT, { kind: 'smalltalk' }, { choices: msg.MAIN_TASK_CHOICES });
        return Dialog.EndOfTurn;
      case 'restart':
        await this.say(context, msg.RESTART_TEXT + '\n\n' + msg.welcomeText(services), { kind: 'welcome' }, { choices: msg.MAIN_TASK_CHOICES, buttons: 'card' });
        return Dialog.EndOfTurn;
      case 'outOfScope':
        return this.outOfScopeOrAnswer(dc, text, hc);
      case 'kb.ask':
      default:
        return this.answerFromKb(dc, text, hc);
    }
  }

  private async answerFromKb(dc: DialogContext, text: string, hc: HandoffContext): Promise<DialogTurnResult> {
    const context = dc.context;
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    if (lookup.kind === 'answer') {
      await this.sendAnswer(context, lookup.answer, hc);
      this.deps.logger.info('kb.answered', { articleIds: lookup.answer.articleIds });
      return Dialog.EndOfTurn;
    }
    this.deps.logger.info('kb.unsure', { closest: lookup.closest.map((a) => a.id) });
    hc.unansweredInARow += 1;
    if (hc.unansweredInARow >= 2) {
      // Two misses in a row: stop sending them round in circles and offer a person.
      hc.unansweredInARow = 0;
      await this.handoff.offer(context, 'not-answered');
      return Dialog.EndOfTurn;
    }
    const choices: Choice[] = [...lookup.closest.map((a) => ({ label: a.title })), { label: msg.MAIN_TASKS.person }];
    await this.say(context, msg.unsureText(lookup.closest.map((a) => a.title), this.deps.services), { kind: 'clarify' }, { choices, buttons: 'card' });
    return Dialog.EndOfTurn;
  }

  private async outOfScopeOrAnswer(dc: DialogContext, text: string, hc: HandoffContext): Promise<DialogTurnResult> {
    // The recognizer thinks this is not about SEND; answer anyway only when the KB is sure.
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    if (lookup.kind === 'answer' && (lookup.search?.hits[0]?.coverage ?? 0) >= 0.8) {
      await this.sendAnswer(dc.context, lookup.answer, hc);
      return Dialog.EndOfTurn;
    }
    await this.say(dc.context, msg.outOfScopeText(), { kind: 'out-of-scope' }, { choices: msg.MAIN_TASK_CHOICES });
    return Dialog.EndOfTurn;
  }

  private async sendAnswer(context: TurnContext, answer: KbAnswer, hc: HandoffContext): Promise<void> {
    // For the adviser's summary, should the parent ask for a person later.
    hc.botAnswered = [...hc.botAnswered.filter((t) => t !== answer.title), answer.title].slice(-MAX_ANSWERED_TITLES);
    hc.unansweredInARow = 0;
    const choices: Choice[] = answer.followUps.map((f) => ({ label: f.title }));
    await this.say(context, answer.text, { kind: 'answer', articleIds: answer.articleIds, sources: answer.sources }, { choices, buttons: 'card' });
  }

  private async startFlow(dc: DialogContext, flowId: string, hc: HandoffContext): Promise<DialogTurnResult> {
    this.deps.logger.info('flow.started', { flow: flowId });
    const result = await dc.beginDialog(flowId);
    if (result.status === DialogTurnStatus.complete) this.flowEnded(hc, result.result);
    return Dialog.EndOfTurn;
  }

  /** A flow finished: keep its answers (in plain words) for an adviser, then offer what next. */
  private flowEnded(hc: HandoffContext, result: unknown): void {
    const ended = result as { flow?: string; answers?: object } | undefined;
    if (ended?.flow && ended.answers) {
      hc.lastFlow = { name: ended.flow, answers: describeFlowAnswers(ended.answers) };
      hc.flowJustEnded = true;
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
        await this.say(context, msg.safeguardingText(), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
        await dc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'handoff.person':
      default: {
        // The answers given so far go to the adviser too (with consent), so they need not be asked again.
        const partial = flowAnswersSoFar(dc);
        if (partial) hc.lastFlow = partial;
        await dc.cancelAllDialogs();
        await this.handoff.offer(context, personReason(hc, false));
        return Dialog.EndOfTurn;
      }
    }
  }

  private async say(context: TurnContext, text: string, meta: ReplyMeta, options?: Parameters<typeof buildReply>[2]): Promise<void> {
    await context.sendActivity(buildReply(text, meta, options));
  }
}

/** Why the parent wants a person: after emergency help it is safeguarding, straight after a flow it is the flow's end. */
function personReason(hc: HandoffContext, flowJustEnded: boolean): HandoffReason {
  if (hc.safeguardingShown) return 'safeguarding';
  return flowJustEnded ? 'flow-end' : 'asked';
}

/** The answers of the guided flow under way (a flow keeps them in its dialog state). */
function flowAnswersSoFar(dc: DialogContext): FlowAnswersSummary | undefined {
  const active = dc.activeDialog;
  const name = active ? FLOW_NAMES[active.id] : undefined;
  const answers = (active?.state as { answers?: unknown } | undefined)?.answers;
  if (!name || !answers || typeof answers !== 'object') return undefined;
  const described = describeFlowAnswers(answers);
  return Object.keys(described).length ? { name, answers: described } : undefined;
}

/** The parent's words, with any @mention of the bot (Teams) taken out. */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = activity.text ?? '';
  if (activity.entities?.some((e) => e.type === 'mention')) {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  }
  return text.replace(/\s+/g, ' ').trim();
}
