import { ActivityTypes, TurnContext, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, type DialogContext, type DialogTurnResult, type DialogState } from 'botbuilder-dialogs';
import type { BotDependencies } from '../src/bot/botDependencies';
import * as msg from '../src/bot/botMessages';
import { buildReply, type Choice, type ReplyMeta } from '../src/bot/replies';
import { detectSafeguardingRisk } from '../src/domain/recognizer/safeguardingDetector';
import { isInterruption } from '../src/domain/recognizer/localRecognizer';
import type { Recognition } from '../src/domain/recognizer/recognizer';
import { todayInLondon } from '../src/domain/dates/calendarDate';
import type { KbAnswer } from '../src/domain/kb/answerComposer';
import { FLOW_COMMAND_KEY, type FlowCommand } from './guidedFlowDialog';
import { EhcRequestDialog, EHC_REQUEST_DIALOG_ID } from './ehcRequestDialog';
import { MediationDialog, MEDIATION_DIALOG_ID } from './mediationDialog';

export const MAIN_DIALOG_ID = 'main';
/** Longest message the bot reads; longer ones get a polite reply, not a crash. */
export const MAX_MESSAGE_CHARS = 2000;

const FLOW_BUTTONS: Record<string, string> = {
  [msg.MAIN_TASKS.ehcRequest.toLowerCase()]: EHC_REQUEST_DIALOG_ID,
  [msg.MAIN_TASKS.mediation.toLowerCase()]: MEDIATION_DIALOG_ID,
};

/**
 * Every message passes through here, in every state: safeguarding first, then interruptions
 * (a person, cancel, start again, help, back) inside a guided flow, then the flow itself or the
 * router (knowledge base, flows, a person, small talk). The dialog never ends: it is the
 * conversation's home.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: BotDependencies) {
    super(MAIN_DIALOG_ID);
    this.addDialog(new EhcRequestDialog(deps));
    this.addDialog(new MediationDialog(deps));
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

    if (!text && !context.activity.value) {
      await this.say(context, msg.EMPTY_MESSAGE_TEXT, { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }
    if (text.length > MAX_MESSAGE_CHARS) {
      log.info('message.too_long', { chars: text.length });
      await this.say(context, msg.tooLongText(MAX_MESSAGE_CHARS), { kind: 'clarify' });
      return Dialog.EndOfTurn;
    }

    // 1. Safeguarding comes first, whatever else is going on.
    const risk = detectSafeguardingRisk(text);
    if (risk.atRisk) {
      log.warn('safeguarding.detected', { kinds: risk.kinds, whoAtRisk: risk.whoAtRisk, inFlow });
      await this.say(context, msg.safeguardingText(), { kind: 'safeguarding' }, { choices: msg.SAFEGUARDING_CHOICES, buttons: 'card' });
      if (inFlow) {
        await this.say(context, 'When you are ready, you can carry on where you left off, or type "cancel" to stop.', { kind: 'info' });
        await dc.repromptDialog();
      }
      return Dialog.EndOfTurn;
    }

    const recognition = await this.deps.recognizer.recognize(text);
    log.debug('recognized', { intent: recognition.intent, score: Number(recognition.score.toFixed(2)), inFlow });

    // 2. Inside a guided flow: interruptions, else the flow takes the answer.
    if (inFlow) {
      if (isInterruption(recognition)) return this.interrupt(dc, recognition);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.complete) await this.offerNext(context);
      return Dialog.EndOfTurn;
    }

    // 3. Buttons that start a task.
    const flowId = FLOW_BUTTONS[text.toLowerCase()];
    if (flowId) return this.startFlow(dc, flowId);

    // 4. Otherwise, what the parent asked for.
    return this.route(dc, text, recognition);
  }

  private async route(dc: DialogContext, text: string, recognition: Recognition): Promise<DialogTurnResult> {
    const context = dc.context;
    const services = this.deps.services;
    switch (recognition.intent) {
      case 'flow.ehcRequest':
        return this.startFlow(dc, EHC_REQUEST_DIALOG_ID);
      case 'flow.mediation':
        return this.startFlow(dc, MEDIATION_DIALOG_ID);
      case 'handoff.person':
        await this.say(context, msg.handoffText('asked', services), { kind: 'handoff' });
        return Dialog.EndOfTurn;
      case 'beyondGuidance':
        await this.say(context, msg.handoffText('beyond-guidance', services), { kind: 'handoff' });
        return Dialog.EndOfTurn;
      case 'distress':
        await this.say(context, msg.handoffText('distress', services), { kind: 'handoff' });
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
        return this.outOfScopeOrAnswer(dc, text);
      case 'kb.ask':
      default:
        return this.answerFromKb(dc, text);
    }
  }

  private async answerFromKb(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    const context = dc.context;
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    if (lookup.kind === 'answer') {
      await this.sendAnswer(context, lookup.answer);
      this.deps.logger.info('kb.answered', { articleIds: lookup.answer.articleIds });
      return Dialog.EndOfTurn;
    }
    this.deps.logger.info('kb.unsure', { closest: lookup.closest.map((a) => a.id) });
    const choices: Choice[] = [...lookup.closest.map((a) => ({ label: a.title })), { label: msg.MAIN_TASKS.person }];
    await this.say(context, msg.unsureText(lookup.closest.map((a) => a.title), this.deps.services), { kind: 'clarify' }, { choices, buttons: 'card' });
    return Dialog.EndOfTurn;
  }

  private async outOfScopeOrAnswer(dc: DialogContext, text: string): Promise<DialogTurnResult> {
    // The recognizer thinks this is not about SEND; answer anyway only when the KB is sure.
    const lookup = this.deps.kb.lookUp(text, todayInLondon(this.deps.clock()));
    if (lookup.kind === 'answer' && (lookup.search?.hits[0]?.coverage ?? 0) >= 0.8) {
      await this.sendAnswer(dc.context, lookup.answer);
      return Dialog.EndOfTurn;
    }
    await this.say(dc.context, msg.outOfScopeText(), { kind: 'out-of-scope' }, { choices: msg.MAIN_TASK_CHOICES });
    return Dialog.EndOfTurn;
  }

  private async sendAnswer(context: TurnContext, answer: KbAnswer): Promise<void> {
    const choices: Choice[] = answer.followUps.map((f) => ({ label: f.title }));
    await this.say(context, answer.text, { kind: 'answer', articleIds: answer.articleIds, sources: answer.sources }, { choices, buttons: 'card' });
  }

  private async startFlow(dc: DialogContext, flowId: string): Promise<DialogTurnResult> {
    this.deps.logger.info('flow.started', { flow: flowId });
    const result = await dc.beginDialog(flowId);
    if (result.status === DialogTurnStatus.complete) await this.offerNext(dc.context);
    return Dialog.EndOfTurn;
  }

  private async interrupt(dc: DialogContext, recognition: Recognition): Promise<DialogTurnResult> {
    const context = dc.context;
    const services = this.deps.services;
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
        if (flowId) return this.startFlow(dc, flowId);
        return Dialog.EndOfTurn;
      case 'handoff.person':
      default:
        await dc.cancelAllDialogs();
        await this.say(context, msg.handoffText('asked', services), { kind: 'handoff' });
        return Dialog.EndOfTurn;
    }
  }

  /** After a guided flow: what next. */
  private async offerNext(context: TurnContext): Promise<void> {
    await this.say(context, 'Is there anything else I can help with? You can ask a question, or choose an option.', { kind: 'info' }, { choices: msg.MAIN_TASK_CHOICES });
  }

  private async say(context: TurnContext, text: string, meta: ReplyMeta, options?: Parameters<typeof buildReply>[2]): Promise<void> {
    await context.sendActivity(buildReply(text, meta, options));
  }
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
