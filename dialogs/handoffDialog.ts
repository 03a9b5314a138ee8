import { TurnContext } from 'botbuilder';
import type { BotDependencies } from '../src/bot/botDependencies';
import type { ConversationTranscript } from '../src/bot/conversationTranscript';
import { asksAsYoungPerson } from '../src/domain/recognizer/askerRole';
import { sendHandoffInitiation, usesHandoffProtocol } from '../src/bot/handoffProtocol';
import type { HandoffChat, HandoffConversationState } from '../src/bot/handoffState';
import { buildReply, type Choice } from '../src/bot/replies';
import { describeOpeningTime, isOpenAt, nextOpening } from '../src/domain/handoff/adviserHours';
import { soundsLikeBestTime } from '../src/domain/handoff/bestTime';
import { checkBestTime, checkEmail, checkPhone, phoneForReading, readContactChoice } from '../src/domain/handoff/callbackDetails';
import { readCallbackMessage, type CallbackMethod, type CallbackMessage } from '../src/domain/handoff/callbackMessage';
import { asksWhatHappensNext, isLeaveCommand, isQueuePositionQuestion } from '../src/domain/handoff/handoffCommands';
import { readConsentReply, type ConsentReply } from '../src/domain/handoff/consentReply';
import { offScriptIn } from '../src/domain/flowAnswers/offScript';
import type { CallbackRequest, HandoffReason, HandoffRecord } from '../src/domain/handoff/handoffQueue';
import { buildHandoffSummary } from '../src/domain/handoff/handoffSummary';
import * as text from '../src/domain/handoff/handoffText';
import { MAIN_TASKS } from '../src/bot/botMessages';
import { callbackStillToDo } from '../src/domain/handoff/parentPresence';

const CONSENT_CHOICES: Choice[] = [{ label: text.YES }, { label: text.NO }];
export const CALLBACK_CHOICES: Choice[] = [{ label: text.PHONE }, { label: text.EMAIL }, { label: text.NO_THANKS }];
const WAITING_CHOICES: Choice[] = [{ label: text.WHERE_IN_QUEUE }, { label: text.END_CHAT }];
/** The way back to an adviser after "not now": on a card, so it stays on screen under the answer that follows. */
const PERSON_CHOICES: Choice[] = [{ label: MAIN_TASKS.person }];
/** The welcome's task buttons other than "Talk to a person". */
const OTHER_TASKS: ReadonlySet<string> = new Set([MAIN_TASKS.askQuestion, MAIN_TASKS.ehcRequest, MAIN_TASKS.mediation].map((t) => t.toLowerCase()));

/**
 * What the parent's message was to the handoff: not for it (the main dialog answers it as
 * usual), handled, or, with a guided flow paused under the offer, a "no" that goes back to the
 * flow or a "yes" that hands it over to an adviser.
 */
export type HandoffTurn = 'not-for-handoff' | 'handled' | 'back-to-flow' | 'flow-handed-over' | 'declined-then-question';

/** Pressing one of them while the handoff asks its question means "not now". */
function isOtherTask(message: string): boolean {
  return OTHER_TASKS.has(message.trim().toLowerCase());
}

/**
 * Getting a parent to a SENDIASS adviser: consent first (what the adviser will see, yes or no),
 * then the queue when advisers are available, or an honest "back on ..." and a call-back
 * request when they are not. While waiting or with an adviser, the parent's messages go to the
 * queue, not to the bot. The stage lives in conversation state (not the dialog stack) so the
 * relay can move the parent on when an adviser joins, writes or closes.
 *
 * Nothing is stored in the queue without consent. Safeguarding is handled by the main dialog
 * first; `onSafeguarding` then passes it on and flags the handoff.
 */
export class HandoffDialog {
  constructor(
    private readonly deps: BotDependencies,
    private readonly state: HandoffConversationState,
    private readonly transcript: ConversationTranscript,
  ) {}

  /** True while the conversation is in any stage of a handoff. */
  async isActive(context: TurnContext): Promise<boolean> {
    return Boolean(await this.state.getChat(context));
  }

  /**
   * Starts a handoff: a few words for the reason (sent first for distress), then the consent
   * question. `pausedFlow`: a guided flow waits under the offer (see HandoffChat.pausedFlow).
   */
  async offer(context: TurnContext, reason: HandoffReason, options: { readonly pausedFlow?: boolean } = {}): Promise<void> {
    this.deps.logger.info('handoff.offered', { reason, pausedFlow: options.pausedFlow === true });
    await this.state.setChat(context, { stage: 'consent', reason, ...(options.pausedFlow ? { pausedFlow: true } : {}) });
    const hc = await this.state.getContext(context);
    const saidBefore = reason === 'distress' && hc.distressOffered === true;
    if (reason === 'distress') hc.distressOffered = true;
    await this.reply(context, text.handoffOpening(reason, { youngPerson: asksAsYoungPerson(context.activity.text ?? ''), saidBefore }));
    await this.reply(context, text.CONSENT_QUESTION, CONSENT_CHOICES);
  }

  /**
   * The parent's message during a handoff. 'not-for-handoff' when it was not for the handoff
   * after all (a question or a new topic instead of yes/no): the main dialog then answers it as usual.
   */
  async continue(context: TurnContext, message: string): Promise<HandoffTurn> {
    const chat = await this.state.getChat(context);
    if (!chat) return 'not-for-handoff';
    if (chat.stage === 'consent') return this.onConsent(context, chat, message);
    return (await this.continueAfterConsent(context, chat, message)) ? 'handled' : 'not-for-handoff';
  }

  private async continueAfterConsent(context: TurnContext, chat: HandoffChat, message: string): Promise<boolean> {
    if (isCallbackBooked(chat)) return this.afterCallbackBooked(context, message);
    if (chat.handoffId) {
      const record = await this.deps.handoff.queue.get(chat.handoffId);
      if (!record || record.status === 'closed') {
        // Closed or deleted while the parent was away: back to the bot, which answers this message.
        await this.state.clearChat(context);
        return false;
      }
      if (isLeaveCommand(message)) return this.leave(context, chat, record);
      if (isQueuePositionQuestion(message)) {
        await this.reply(context, record.status === 'with-adviser' ? text.WITH_ADVISER_ALREADY : text.positionNow(await this.position(record)));
        return true;
      }
    } else if (chat.stage.startsWith('callback-') && asksWhatHappensNext(message)) {
      // Outside hours nobody is queued: say what will happen, then ask the question again.
      const method = chat.callback?.method ?? (chat.stage === 'callback-phone' ? 'phone' : chat.stage === 'callback-email' ? 'email' : undefined);
      await this.reply(context, text.noQueueYet(method, this.backAt(this.deps.clock())));
      await this.prompt(context, chat);
      return true;
    }
    switch (chat.stage) {
      case 'consent': return false; // answered in continue()
      case 'callback-method': return this.onCallbackMethod(context, chat, message);
      case 'callback-phone': return this.onCallbackDetail(context, chat, message, 'phone');
      case 'callback-email': return this.onCallbackDetail(context, chat, message, 'email');
      case 'callback-time': return this.onBestTime(context, chat, message);
      case 'waiting': return this.onWhileWaiting(context, chat, message);
      case 'with-adviser': return this.onWithAdviser(chat, message);
    }
  }

  /**
   * Safeguarding words during a handoff (after the main dialog showed the emergency help): an
   * adviser who is, or will be, reading sees the message first; before consent, the handoff
   * becomes a safeguarding one and the question is asked again.
   */
  async onSafeguarding(context: TurnContext, message: string): Promise<void> {
    const chat = await this.state.getChat(context);
    if (!chat) return;
    const { queue } = this.deps.handoff;
    const record = chat.handoffId ? await queue.get(chat.handoffId) : isCallbackBooked(chat) ? await this.bookedCallback(context) : undefined;
    if (record && record.status !== 'closed') {
      await queue.appendMessage(record.id, { from: 'parent', text: message, at: this.now() });
      await queue.flagSafeguarding(record.id);
      this.deps.logger.warn('handoff.safeguarding_flagged', { handoff: record.id.slice(0, 8) });
      await context.sendActivity(buildReply(text.SAFEGUARDING_PASSED_ON, { kind: 'safeguarding' }));
      if (chat.stage.startsWith('callback-')) await this.prompt(context, chat);
      return;
    }
    await this.state.setChat(context, { ...chat, reason: 'safeguarding' });
    await this.prompt(context, chat);
  }

  // ---- Stages ----

  private async onConsent(context: TurnContext, chat: HandoffChat, message: string): Promise<HandoffTurn> {
    // A button for another task (still on screen from earlier) is their answer for now.
    const reply: ConsentReply = isOtherTask(message) ? 'something-else' : readConsentReply(message);
    switch (reply) {
      case 'yes': return this.onConsentGiven(context, chat);
      case 'no':
      case 'not-now':
        return this.onConsentDeclined(context, chat, reply);
      case 'no-and-question':
        return this.onConsentDeclinedWithQuestion(context, chat);
      case 'who-sees':
        await this.reply(context, text.CONSENT_WHO_SEES, CONSENT_CHOICES);
        return 'handled';
      case 'options':
        await this.reply(context, text.CONSENT_OPTIONS, CONSENT_CHOICES);
        return 'handled';
      case 'how-long': {
        const now = this.deps.clock();
        await this.reply(context, text.consentWait(isOpenAt(this.deps.handoff.hours, now), this.backAt(now)), CONSENT_CHOICES);
        return 'handled';
      }
      case 'question':
      case 'something-else':
        // Under a paused flow, whatever is not plainly a question would be taken as the answer to
        // the flow's question (no longer on screen): better to ask again.
        if (chat.pausedFlow && !isOtherTask(message) && offScriptIn(message, 'words')?.kind !== 'question') return this.askConsentAgain(context, chat);
        return this.setAsideForTheBot(context, chat, reply);
      case 'unclear':
        return this.askConsentAgain(context, chat);
    }
  }

  /** Neither yes nor no: what a yes does, and the question again; twice, they have moved on. */
  private async askConsentAgain(context: TurnContext, chat: HandoffChat): Promise<HandoffTurn> {
    // (The bot, or the paused flow, answers the second one.)
    if (chat.reasked) return this.setAsideForTheBot(context, chat, 'unclear-twice');
    await this.state.setChat(context, { ...chat, reasked: true });
    await this.reply(context, text.CONSENT_UNCLEAR, CONSENT_CHOICES);
    return 'handled';
  }

  /**
   * A question or a new topic instead of yes or no: taken as "not now". One line says nothing was
   * passed on (with the way back to an adviser), then the main dialog answers the message itself.
   */
  private async setAsideForTheBot(context: TurnContext, chat: HandoffChat, why: ConsentReply | 'unclear-twice'): Promise<HandoffTurn> {
    this.deps.logger.info('handoff.set_aside', { reason: chat.reason, stage: chat.stage, why });
    await this.state.clearChat(context);
    await this.replyWithPersonButton(context, text.CONSENT_SET_ASIDE);
    return 'not-for-handoff';
  }

  /** "No" (with SENDIASS's own contact details), or "not now" (how to ask later): nothing is stored. */
  private async onConsentDeclined(context: TurnContext, chat: HandoffChat, reply: 'no' | 'not-now'): Promise<HandoffTurn> {
    this.deps.logger.info('handoff.declined', { reason: chat.reason, pausedFlow: chat.pausedFlow === true, notNow: reply === 'not-now' });
    await this.state.clearChat(context);
    // The flow says it has passed nothing on as it asks its question again: one message, not two.
    if (chat.pausedFlow) return 'back-to-flow';
    if (reply === 'not-now') await this.replyWithPersonButton(context, text.CONSENT_NOT_NOW);
    else await this.reply(context, text.consentDeclined(this.deps.services));
    return 'handled';
  }

  /**
   * "No. I need to know what to do about the refusal": nothing is stored, one line says so, and the
   * main dialog answers the question after the no (questionAfterNo). Under a paused flow, a plain
   * no: the flow's question comes back, and the flow would read the whole message as its answer.
   */
  private async onConsentDeclinedWithQuestion(context: TurnContext, chat: HandoffChat): Promise<HandoffTurn> {
    if (chat.pausedFlow) return this.onConsentDeclined(context, chat, 'no');
    this.deps.logger.info('handoff.declined', { reason: chat.reason, pausedFlow: false, notNow: false, withQuestion: true });
    await this.state.clearChat(context);
    await this.reply(context, text.CONSENT_DECLINED_BEFORE_ANSWER);
    return 'declined-then-question';
  }

  private async onConsentGiven(context: TurnContext, chat: HandoffChat): Promise<HandoffTurn> {
    this.deps.logger.info('handoff.consented', { reason: chat.reason });
    const now = this.deps.clock();
    const handedOver: HandoffTurn = chat.pausedFlow ? 'flow-handed-over' : 'handled';
    if (!isOpenAt(this.deps.handoff.hours, now)) {
      await this.state.setChat(context, { stage: 'callback-method', reason: chat.reason });
      await this.reply(context, text.closedNow(this.backAt(now), chat.reason === 'safeguarding' || chat.reason === 'distress'), CALLBACK_CHOICES);
      return handedOver;
    }
    const record = await this.openHandoff(context, chat.reason);
    await this.state.setChat(context, { stage: 'waiting', reason: record.reason, handoffId: record.id });
    if (usesHandoffProtocol(this.deps.handoff, context.activity.channelId)) {
      await sendHandoffInitiation(context, record);
      await this.reply(context, text.QUEUED_CONTACT_CENTRE, [{ label: text.END_CHAT }]);
    } else {
      await this.reply(context, text.queued(await this.position(record)), WAITING_CHOICES);
    }
    return handedOver;
  }

  /**
   * A button for something else (still on screen from earlier) before anything was stored: that
   * is their answer for now. Nothing was passed on; the main dialog starts what they chose.
   */
  private async setAside(context: TurnContext, chat: HandoffChat): Promise<boolean> {
    this.deps.logger.info('handoff.set_aside', { reason: chat.reason, stage: chat.stage });
    await this.state.clearChat(context);
    return false;
  }

  private async onCallbackMethod(context: TurnContext, chat: HandoffChat, message: string): Promise<boolean> {
    const choice = readContactChoice(message);
    // "Can u ring me 07700 900456": the number (or address) given with the choice is taken, not asked for again.
    const given = readCallbackMessage(message, choice === 'email' ? 'email' : 'phone');
    if (given.kind === 'detail') {
      const stage = given.method === 'phone' ? 'callback-phone' : 'callback-email';
      await this.state.setChat(context, { ...chat, stage });
      return this.onCallbackDetail(context, { ...chat, stage }, message, given.method);
    }
    if (choice === 'phone' || choice === 'email') {
      await this.state.setChat(context, { ...chat, stage: choice === 'phone' ? 'callback-phone' : 'callback-email' });
      await this.reply(context, choice === 'phone' ? text.ASK_PHONE : text.ASK_EMAIL);
      return true;
    }
    if (choice === 'none' || isLeaveCommand(message)) return this.noCallback(context, chat);
    if (!chat.handoffId && isOtherTask(message)) return this.setAside(context, chat);
    if (chat.handoffId) {
      // Still in the queue: whatever they wrote is for the adviser too.
      await this.deps.handoff.queue.appendMessage(chat.handoffId, { from: 'parent', text: message, at: this.now() });
      await this.reply(context, `${text.waitingAcknowledged(undefined)} ${text.CALLBACK_CHOICE_UNCLEAR}`, CALLBACK_CHOICES);
      return true;
    }
    await this.reply(context, text.CALLBACK_CHOICE_UNCLEAR, CALLBACK_CHOICES);
    return true;
  }

  private async onCallbackDetail(context: TurnContext, chat: HandoffChat, message: string, method: CallbackMethod): Promise<boolean> {
    const said = readCallbackMessage(message, method);
    if (said.kind === 'switch') return this.askForDetail(context, chat, said.to);
    if (said.kind === 'decline') return this.noCallback(context, chat);
    // Contact details go in the call-back request only, never in the transcript.
    await this.transcript.forgetLatestFromParent(context);
    if (said.kind === 'detail') return this.takeDetail(context, chat, said);
    const check = method === 'phone' ? checkPhone(message) : checkEmail(message);
    if (!check.ok) await this.reply(context, check.message);
    return true;
  }

  /** Asked for the best time: a time in their words, or a corrected detail, a change of method, a leave. */
  private async onBestTime(context: TurnContext, chat: HandoffChat, message: string): Promise<boolean> {
    const details = chat.callback;
    if (!details || isLeaveCommand(message)) return this.noCallback(context, chat);
    const said = readCallbackMessage(message, details.method);
    if (said.kind === 'switch') return this.askForDetail(context, chat, said.to);
    if (said.kind === 'detail') {
      await this.transcript.forgetLatestFromParent(context);
      return this.takeDetail(context, chat, said);
    }
    if (said.kind === 'wrong-detail') return this.askForDetail(context, chat, details.method, text.askDetailAgain(details.method));
    const check = checkBestTime(message);
    if (!check.ok) {
      await this.reply(context, check.message);
      return true;
    }
    return this.passOnCallback(context, chat, details, check.value);
  }

  /** Phone or email chosen (or changed): its question, forgetting any detail of the other. */
  private async askForDetail(context: TurnContext, chat: HandoffChat, method: CallbackMethod, question?: string): Promise<boolean> {
    const { callback: _dropped, ...rest } = chat;
    await this.state.setChat(context, { ...rest, stage: method === 'phone' ? 'callback-phone' : 'callback-email' });
    await this.reply(context, question ?? (method === 'phone' ? text.ASK_PHONE : text.ASK_EMAIL));
    return true;
  }

  /** A number or address (new, or correcting the last): read back, then the best time unless it came with it. */
  private async takeDetail(context: TurnContext, chat: HandoffChat, said: Extract<CallbackMessage, { kind: 'detail' }>): Promise<boolean> {
    const callback = said.method === 'phone' ? { method: said.method, phone: said.value } : { method: said.method, email: said.value };
    // Not read back on its own, so the saved message says how to put it right.
    if (said.bestTime) return this.passOnCallback(context, chat, callback, said.bestTime, true);
    const changing = chat.stage === 'callback-time' && chat.callback?.method === said.method;
    await this.state.setChat(context, { ...chat, stage: 'callback-time', callback });
    const shown = shownValue(said.method, said.value);
    const readBack = changing ? text.detailChanged(said.method, shown) : text.detailReadBack(said.method, shown);
    await this.replyWithDetail(context, `${readBack}\n\n${text.askBestTime(said.method)}`);
    return true;
  }

  /**
   * Stores the call-back request (the handoff too, outside hours). The chat stays open on the
   * booked request for a moment so that "where am I in the queue?" or a late best time is heard.
   */
  private async passOnCallback(
    context: TurnContext, chat: HandoffChat, details: NonNullable<HandoffChat['callback']>, bestTime: string, offerChange = false,
  ): Promise<boolean> {
    const { queue } = this.deps.handoff;
    const id = chat.handoffId ?? (await this.openHandoff(context, chat.reason)).id;
    await queue.requestCallback(id, { ...details, bestTime });
    this.deps.logger.info('handoff.callback_requested', { handoff: id.slice(0, 8), method: details.method });
    await this.state.setChat(context, bookedChat(chat.reason));
    const now = this.deps.clock();
    const openNow = isOpenAt(this.deps.handoff.hours, now);
    await this.replyWithDetail(context, text.callbackSaved(details.method, this.backAt(now), openNow, shownDetail(details), offerChange));
    return true;
  }

  /**
   * The parent's message after their call-back was passed on (the chat is still on it): "where am
   * I in the queue?", a corrected number or a later best time. Anything else goes to the bot.
   */
  private async afterCallbackBooked(context: TurnContext, message: string): Promise<boolean> {
    const record = await this.bookedCallback(context);
    const callback = record?.callback;
    if (!record || !callback) return this.backToBot(context);
    if (asksWhatHappensNext(message)) {
      const now = this.deps.clock();
      await this.reply(context, text.callbackWhen(callback.method, this.backAt(now), isOpenAt(this.deps.handoff.hours, now)));
      return true;
    }
    // Once an adviser has done the call-back, the request is theirs: no changes from here.
    const changeable = !callback.doneAt;
    const said = readCallbackMessage(message, callback.method);
    if (changeable && said.kind === 'detail' && said.method === callback.method) {
      await this.transcript.forgetLatestFromParent(context);
      const changed = { ...requestOf(callback), [said.method]: said.value, ...(said.bestTime ? { bestTime: said.bestTime } : {}) };
      await this.deps.handoff.queue.requestCallback(record.id, changed);
      this.deps.logger.info('handoff.callback_changed', { handoff: record.id.slice(0, 8), method: callback.method, what: 'detail' });
      await this.replyWithDetail(context, text.detailChanged(said.method, shownValue(said.method, said.value)));
      return true;
    }
    if (changeable && said.kind === 'wrong-detail') {
      await this.reply(context, text.WRONG_DETAIL_AFTER_BOOKING[callback.method]);
      return true;
    }
    if (soundsLikeBestTime(message)) {
      const check = checkBestTime(message);
      if (!changeable || !check.ok) {
        await this.reply(context, text.BEST_TIME_TOO_LATE);
        return true;
      }
      await this.deps.handoff.queue.requestCallback(record.id, { ...requestOf(callback), bestTime: check.value });
      this.deps.logger.info('handoff.callback_changed', { handoff: record.id.slice(0, 8), method: callback.method, what: 'best-time' });
      await this.reply(context, text.bestTimeChanged(check.value));
      return true;
    }
    return this.backToBot(context);
  }

  /** This conversation's call-back request, while it is still waiting for the adviser. */
  private async bookedCallback(context: TurnContext): Promise<HandoffRecord | undefined> {
    const record = await this.deps.handoff.queue.findOpenByConversation(context.activity.conversation.id);
    return record?.status === 'callback-requested' ? record : undefined;
  }

  /** Not about the handoff: the bot answers it (an open request stays as it is). */
  private async backToBot(context: TurnContext): Promise<boolean> {
    await this.state.clearChat(context);
    return false;
  }

  private async onWhileWaiting(context: TurnContext, chat: HandoffChat, message: string): Promise<boolean> {
    const record = await this.deps.handoff.queue.get(chat.handoffId ?? '');
    if (!record) return false;
    await this.deps.handoff.queue.appendMessage(record.id, { from: 'parent', text: message, at: this.now() });
    const contactCentre = usesHandoffProtocol(this.deps.handoff, context.activity.channelId);
    await this.reply(context, text.waitingAcknowledged(contactCentre ? undefined : await this.position(record)));
    return true;
  }

  private async onWithAdviser(chat: HandoffChat, message: string): Promise<boolean> {
    if (!chat.handoffId) return false;
    // The adviser reads it (the hub, or the contact centre on its own channel); the bot stays quiet.
    await this.deps.handoff.queue.appendMessage(chat.handoffId, { from: 'parent', text: message, at: this.now() });
    return true;
  }

  // ---- Helpers ----

  private async leave(context: TurnContext, chat: HandoffChat, record: HandoffRecord): Promise<boolean> {
    await this.state.clearChat(context);
    // "End chat" ends the chat, not a call-back still to do: the adviser was promised to ring or email.
    if (callbackStillToDo(record)) {
      await this.deps.handoff.queue.markParentAway({ conversationId: record.conversationId });
      this.deps.logger.info('handoff.parent_left', { handoff: record.id.slice(0, 8), stage: chat.stage, kept: 'callback' });
      await this.reply(context, text.leftChatCallbackKept(record.status === 'with-adviser', record.callback!.method));
      return true;
    }
    await this.deps.handoff.queue.close(record.id, 'parent-left');
    this.deps.logger.info('handoff.parent_left', { handoff: record.id.slice(0, 8), stage: chat.stage });
    await this.reply(context, text.leftQueue(record.status === 'with-adviser'));
    return true;
  }

  /** "No thanks" to a call-back: still waiting if they were in the queue, else back to the bot with nothing stored. */
  private async noCallback(context: TurnContext, chat: HandoffChat): Promise<boolean> {
    const record = chat.handoffId ? await this.deps.handoff.queue.get(chat.handoffId) : undefined;
    if (record && record.status === 'waiting') {
      await this.state.setChat(context, { stage: 'waiting', reason: chat.reason, handoffId: record.id, callbackOffered: true });
      await this.reply(context, text.callbackDeclinedStillWaiting(await this.position(record)), WAITING_CHOICES);
      return true;
    }
    await this.state.clearChat(context);
    await this.reply(context, text.callbackDeclined(this.deps.services, chat.reason === 'safeguarding' || chat.reason === 'distress'));
    return true;
  }

  /** Asks the current stage's question again (after safeguarding help, say). */
  private async prompt(context: TurnContext, chat: HandoffChat): Promise<void> {
    switch (chat.stage) {
      case 'consent': return this.reply(context, text.CONSENT_QUESTION, CONSENT_CHOICES);
      case 'callback-method': return this.reply(context, text.CALLBACK_CHOICE_UNCLEAR, CALLBACK_CHOICES);
      case 'callback-phone': return this.reply(context, text.ASK_PHONE);
      case 'callback-email': return this.reply(context, text.ASK_EMAIL);
      case 'callback-time': return this.reply(context, text.askBestTime(chat.callback?.method ?? 'phone'));
      default:
    }
  }

  /** Stores the handoff, with the summary and this conversation's messages: only after consent. */
  private async openHandoff(context: TurnContext, reason: HandoffReason): Promise<HandoffRecord> {
    const { queue } = this.deps.handoff;
    const conversationId = context.activity.conversation.id;
    const existing = await queue.findOpenByConversation(conversationId);
    if (existing && existing.status !== 'with-adviser') {
      // Asked again (say, after a call-back request): one handoff per conversation, not two.
      await queue.appendMessage(existing.id, { from: 'system', text: 'The parent asked again to talk to a person.', at: this.now() });
      return existing;
    }
    const hc = await this.state.getContext(context);
    const record = await queue.create({
      conversationId,
      channelId: context.activity.channelId,
      reason,
      summary: buildHandoffSummary({ reason, botAnswered: hc.botAnswered, flow: hc.lastFlow }),
      transcript: await this.transcript.read(context),
      conversationReference: JSON.stringify(TurnContext.getConversationReference(context.activity)),
    });
    this.deps.logger.info('handoff.created', { handoff: record.id.slice(0, 8), reason, priority: record.priority, mode: this.deps.handoff.mode });
    return record;
  }

  private async position(record: HandoffRecord): Promise<number | undefined> {
    return this.deps.handoff.queue.position(record.id);
  }

  private backAt(now: Date): string | undefined {
    const next = nextOpening(this.deps.handoff.hours, now);
    return next ? describeOpeningTime(next, now) : undefined;
  }

  private async reply(context: TurnContext, message: string, choices?: Choice[]): Promise<void> {
    await context.sendActivity(buildReply(message, { kind: 'handoff' }, choices ? { choices, buttons: 'suggested' } : {}));
  }

  private async replyWithPersonButton(context: TurnContext, message: string): Promise<void> {
    await context.sendActivity(buildReply(message, { kind: 'handoff' }, { choices: PERSON_CHOICES, buttons: 'card' }));
  }

  /**
   * A reply that reads back a number or address: sent, then dropped from the recent messages, which
   * an adviser may read, like the parent's own message with it.
   */
  private async replyWithDetail(context: TurnContext, message: string): Promise<void> {
    await this.reply(context, message);
    await this.transcript.forgetLatestFromBot(context, message);
  }

  private now(): string {
    return this.deps.clock().toISOString();
  }
}

/**
 * Just after a call-back request is passed on, the chat stays on it (for "where am I in the
 * queue?" or a later best time) until the parent says something else. It is a 'waiting' stage
 * without the handoff's id, so that the relay does not tell the parent, maybe a day later, that
 * "the adviser has ended the chat" when the call-back is done and closed.
 */
function bookedChat(reason: HandoffReason): HandoffChat {
  return { stage: 'waiting', reason, callbackOffered: true };
}

function isCallbackBooked(chat: HandoffChat): boolean {
  return chat.stage === 'waiting' && !chat.handoffId;
}

/** The request as stored, without when it was asked for or done (requestCallback sets those). */
function requestOf(callback: CallbackRequest): Omit<CallbackRequest, 'requestedAt' | 'doneAt' | 'doneBy'> {
  return { method: callback.method, phone: callback.phone, email: callback.email, bestTime: callback.bestTime };
}

/** The number or address as the parent would write it, to read back. */
function shownValue(method: CallbackMethod, value: string): string {
  return method === 'phone' ? phoneForReading(value) : value;
}

function shownDetail(details: { readonly method: CallbackMethod; readonly phone?: string; readonly email?: string }): string | undefined {
  const value = details.method === 'phone' ? details.phone : details.email;
  return value ? shownValue(details.method, value) : undefined;
}
