import { CardFactory, type Attachment } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotDependencies } from '../src/bot/botDependencies';
import { MAIN_TASKS, otherNationText } from '../src/bot/botMessages';
import { buildReply, fileAttachment, type Choice, type ReplyMeta } from '../src/bot/replies';
import { MONTH_NAMES, dayOfMonthAlone, monthWithoutDay, todayInLondon, type IsoDate } from '../src/domain/dates/calendarDate';
import { bareDateCorrection, readCorrection, type AnswerCorrection, type CorrectionAbout } from '../src/domain/flowAnswers/correction';
import type { FinishedFlow } from '../src/domain/flowAnswers/finishedFlow';
import { FLOW_REPLIES, type FlowDocument } from '../src/domain/flowAnswers/flowReplies';
import { answerThenQuestion, asksWhatAWordMeans, livesInEngland, returnsToFlow, offScriptIn, saysInEngland, type AnswerKind, type GuidedFlowName, type OffScript } from '../src/domain/flowAnswers/offScript';
import { termMeaningAsked, termMeaningText } from '../src/domain/flowAnswers/termMeaning';
import { GLOSSARY_SOURCE } from '../src/domain/kb/answerComposer';
import { readYesNo } from '../src/domain/flowAnswers/yesNo';
import { fillPlaceholders } from '../src/domain/kb/placeholders';
import type { LocalServices } from '../src/domain/localServices';
import { otherUkNationIn } from '../src/domain/recognizer/otherUkNation';

/**
 * A guided flow is a list of questions asked one at a time, each with its own parsing and a
 * friendly re-ask when the answer does not fit. Unlike a waterfall, the parent can go "back" to
 * change the last answer, and a step can be skipped when earlier answers make it irrelevant.
 * The questions, validation and documents live in plain domain modules; this class only talks.
 *
 * Before a reply is read as an answer, it is checked for what is not one (offScript.ts): a
 * question about the question, another question, "skip", a wish for the other flow, a reply
 * that says nothing, or a family living outside England. Those are answered, and the same
 * question asked again, so nothing but an answer reaches the letter. A correction of an earlier
 * answer ("sorry I meant 14 not 13") changes that answer; an answer with a question beside it
 * ("dated 3rd October, is that allowed?") is kept, and the question replied to, never stored.
 */

/**
 * Set in turn state by the main dialog when the parent asks to go back or for help mid-flow,
 * sends too much, or says no to a person offered mid-flow ('resume': the same question again);
 * 'pause': they mean to stop for now and come back ("I'll do this later"), so the answers are
 * kept and the flow says for how long, rather than being cancelled.
 */
export const FLOW_COMMAND_KEY = 'sendNavigator.flowCommand';
export type FlowCommand = 'back' | 'help' | 'too-long' | 'resume' | 'pause';

/** The dialog id of each flow (one place, so either flow can hand over to the other). */
export const FLOW_DIALOG_IDS: Readonly<Record<GuidedFlowName, string>> = { 'ehc-request': 'ehcRequest', mediation: 'mediation' };

export type { FinishedFlow };

/** Options to begin a flow with: `reopen`, a finished flow whose answer this message puts right. */
export interface FlowBeginOptions {
  readonly reopen?: FinishedFlow;
  /** What the parent asked just before the flow was started (its button, or "yes please"): details in it count as given. */
  readonly earlier?: string;
}

export interface FlowEnv {
  readonly today: IsoDate;
  readonly services: LocalServices;
}

export interface FlowPrompt {
  readonly text: string;
  /** The question alone, without the reason before it: asked again after an aside. */
  readonly question?: string;
  /** One answer from a fixed list (buttons). */
  readonly choices?: readonly Choice[];
  /** Several answers from a fixed list (checkboxes on a card; numbers or words typed also work). */
  readonly multiSelect?: readonly Choice[];
  /** Why we ask, shown when the parent asks why. */
  readonly why?: string;
  /** What the words in the question and on its buttons mean, for "what does that mean?". */
  readonly explain?: string;
}

export interface FlowInput {
  readonly text: string;
  /** Values submitted from a card (multi-select). */
  readonly value?: unknown;
  /** What this step kept from its last reply, when it asked about it (see StepResult `hold`). */
  readonly held?: unknown;
}

export type StepResult<A> =
  | { ok: true; update: Partial<A>; note?: string }
  /**
   * Not an answer: `message`, then the question again; or, with `stop`, the flow ends on `message`.
   * `hold`: something to check with the parent ("did it arrive on 16 November?"), given back to
   * the step with the next reply (FlowInput `held`), with `choices` as its buttons.
   */
  | { ok: false; message: string; stop?: { readonly choices?: readonly Choice[] }; hold?: unknown; choices?: readonly Choice[] };

/**
 * An answer that can be put right later ("sorry I meant 14 not 13", "it's spelt Aimee not Amy")
 * while the flow asks another question.
 */
export interface CorrectableAnswer<A> {
  /** What the answer is, said back: "the name", "the day you sent it". */
  readonly what: (answers: A, env: FlowEnv) => string;
  /** The text to read in place of the answer, when `fix` fits it (its old value, when given, is this answer); undefined otherwise. */
  readonly input: (fix: AnswerCorrection, answers: A, env: FlowEnv) => string | undefined;
  /** The answer as it now stands. */
  readonly shown: (answers: A) => string;
  /** Also say the step's own note after its answer (whose right it is to ask), not only the change. */
  readonly keepNote?: boolean;
  /** What the change means, said after it ("the last day to appeal is now in 6 days"): a date read back is not said twice. */
  readonly afterChange?: (answers: A, env: FlowEnv) => string | undefined;
  /** What kind of answer it is, for "the school is...", "he's 12": by default from the step's `expects` (a date, an age). */
  readonly about?: CorrectionAbout;
  /** True when the answer was given at another question ("St Marys Primary" for the kind of place): it can be put right all the same. */
  readonly given?: (answers: A) => boolean;
}

export interface FlowStep<A> {
  readonly id: string;
  /** Ask this step only when this is true for the answers so far. */
  readonly when?: (answers: A, env: FlowEnv) => boolean;
  readonly prompt: (answers: A, env: FlowEnv) => FlowPrompt;
  readonly parse: (input: FlowInput, answers: A, env: FlowEnv) => StepResult<A>;
  /** The kind of answer wanted: a reply that cannot be one ("ok", "5" for a name) is asked about, not stored. */
  readonly expects: AnswerKind;
  /** Why this question cannot be skipped, said when the parent asks to; left out where skipping is fine (parse reads it). */
  readonly cannotSkip?: string;
  /** "No" or "none" is an answer here ("none yet"), not a wish to skip. */
  readonly acceptsNone?: boolean;
  /** This answer can be changed from a later question (see CorrectableAnswer). */
  readonly correctable?: CorrectableAnswer<A>;
  /** A short answer to a question asked with an answer to this step ("no, do I need to?"), when the step knows it. */
  readonly answerQuestion?: (question: string, answers: A, env: FlowEnv) => string | undefined;
  /** A reply that is not one of the choices is kept in the parent's own words (in the summary): questions are taken out of it as from words. */
  readonly ownWords?: boolean;
  /**
   * The way forward said after two replies in a row could not be read here ("say "not sure" and the
   * letter leaves a space"); by default, a person (FLOW_REPLIES.stuck).
   */
  readonly whenStuck?: string;
  /** Said to a bare "yes" where the question asks for words ("Are any professionals involved?" "yes"): what to type. */
  readonly whenYes?: string;
}

export interface FlowFile {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

export interface FlowOutputMessage {
  readonly text: string;
  readonly files?: readonly FlowFile[];
  readonly choices?: readonly Choice[];
}

interface FlowState<A> {
  answers: A;
  /** The step on the screen; '' before the first one (the flow is waiting to hear the family is in England). */
  current: string;
  history: string[];
  /** Another UK nation was named: nothing goes on until the parent says they live in England, or cancels. */
  otherNation?: string;
  /** The parent said they live in England: places in other nations are not asked about again. */
  inEngland?: boolean;
  /** An answer in their own words that named another nation, kept until they say where they live. */
  heldAnswer?: string;
  /** What the step on the screen asked the parent to check, with the buttons it showed for it. */
  held?: { step: string; value: unknown; choices?: readonly Choice[] };
  /** A correction asked about ("Did you mean to change the age to 12?"), made on "yes": the answer to change and the text to read there. */
  pendingFix?: { step: string; target: string; input: string };
  /** Replies in a row the step on the screen could not read: from the second, a way forward is offered. */
  misreads?: { step: string; count: number };
  /** A month said with no day ("beginning of October") at the date on the screen: "the 2nd" next is read in it. */
  monthHeard?: { step: string; month: number };
  /** Steps answered by the message that started the flow ("her name is Maisie, she's 3"): passed over, not asked. */
  given?: string[];
  /** What was taken from that message, said after the introduction. */
  openingNote?: string;
}

/** A correction worked out: the answers with it made, and how it is said back. */
interface AnswerChange<A> {
  readonly answers: A;
  readonly what: string;
  readonly shown: string;
  readonly note?: string;
}

/** Kinds of answer read whole even with a question beside them ("3rd October, is that allowed?"). */
const ANSWER_BESIDE_QUESTION: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['date', 'yes-no', 'age']);

type Aside = OffScript | { readonly kind: 'help' };

export abstract class GuidedFlowDialog<A extends object> extends Dialog {
  protected abstract readonly flowName: GuidedFlowName;
  /** What the parent's own words go into, said when a question is left out of them. */
  protected abstract readonly documentName: FlowDocument;
  protected abstract readonly steps: ReadonlyArray<FlowStep<A>>;
  protected abstract introText(env: FlowEnv): string;
  /** The answers before the first question; `opening`: the message that started the flow ("im 18, they want to end my plan"). */
  protected abstract initialAnswers(opening: string): A;

  /**
   * Answers the opening message gives plainly ("Her name is Maisie, she's 3 and goes to Little
   * Acorns nursery"), the steps they answer, and how they are said back: those questions are not
   * asked (each can still be put right, or reached with "back"). None by default.
   */
  protected givenInOpening(_opening: string, _env: FlowEnv): { answers: Partial<A>; steps: string[]; note: string } | undefined {
    return undefined;
  }
  /**
   * The documents and closing words once every question is answered. `conversationId` names
   * this conversation's calendar events (hashed first: it never goes into a file as it is).
   */
  protected abstract finish(answers: A, env: FlowEnv, conversationId: string): FlowOutputMessage[];

  constructor(id: string, protected readonly deps: BotDependencies) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: FlowBeginOptions): Promise<DialogTurnResult> {
    const env = this.env();
    if (options?.reopen) return this.reopen(dc, options.reopen, env);
    const opening = dc.context.activity.text ?? '';
    const state: FlowState<A> = { answers: this.initialAnswers(opening), current: '', history: [] };
    const given = this.givenInOpening([options?.earlier, opening].filter(Boolean).join('\n'), env);
    if (given) {
      state.answers = { ...state.answers, ...given.answers };
      state.given = given.steps;
      state.openingNote = given.note;
    }
    dc.activeDialog!.state = state;
    // "We live in Wales and I want to ask for an assessment": stop before the first question.
    if (this.pauseForOtherNation(state, dc.context.activity.text ?? '')) {
      await this.sayOtherNation(dc, state.otherNation!);
      return Dialog.EndOfTurn;
    }
    return this.start(dc, state, env);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const env = this.env();
    const state = dc.activeDialog!.state as FlowState<A>;
    const text = (dc.context.activity.text ?? '').trim();
    const command = dc.context.turnState.get(FLOW_COMMAND_KEY) as FlowCommand | undefined;
    if (command === 'resume') return this.resume(dc, state, env);
    if (state.otherNation) return this.onOtherNationReply(dc, state, env, text, command);
    const step = this.steps.find((s) => s.id === state.current);
    if (!step) return dc.endDialog(); // the flow changed under a stored conversation: start over cleanly

    // "Did you mean to change the age to 12?": a yes makes the change, a no leaves it; anything else is read as usual.
    const pending = state.pendingFix?.step === step.id ? state.pendingFix : undefined;
    state.pendingFix = undefined;
    if (pending && !command && await this.answerPendingFix(dc, step, state, env, pending, text)) return Dialog.EndOfTurn;

    // "Ok im back" is heard as the "back" command: it is the parent coming back to the flow, not a step back.
    if (command === 'pause' || (command === 'back' && returnsToFlow(text))) {
      await this.answerAside(dc, step, state, env, { kind: command === 'pause' ? 'pause' : 'resume' });
      return Dialog.EndOfTurn;
    }
    if (command === 'back') {
      state.held = undefined;
      const previous = state.history.pop();
      if (!previous) {
        await dc.context.sendActivity(buildReply('This is the first question, so there is nothing to go back to.', this.meta()));
        await this.ask(dc, step, state.answers, env);
        return Dialog.EndOfTurn;
      }
      state.current = previous;
      await dc.context.sendActivity(buildReply('OK, let us go back.', this.meta()));
      await this.ask(dc, this.steps.find((s) => s.id === previous)!, state.answers, env);
      return Dialog.EndOfTurn;
    }
    if (command === 'too-long') {
      await this.ask(dc, step, state.answers, env, FLOW_REPLIES.tooLong(this.deps.maxMessageChars));
      return Dialog.EndOfTurn;
    }
    if (command === 'help') {
      // "what does that mean?" and "why?" reach here too (the recognizer hears help): answer what was asked.
      const aside = offScriptIn(text, step.expects, this.flowName);
      await this.answerAside(dc, step, state, env, aside?.kind === 'why' || aside?.kind === 'meaning' ? aside : { kind: 'help' });
      return Dialog.EndOfTurn;
    }

    const held = state.held?.step === step.id ? state.held : undefined;
    const input: FlowInput = { text, value: dc.context.activity.value, ...(held ? { held: held.value } : {}) };
    // A pressed button is an answer, whatever its words look like ("What the plan says: ...").
    if (text && !this.isButton(step.prompt(state.answers, env), text, held?.choices)) {
      if (this.pauseForOtherNation(state, text)) {
        // Their own words may mention Wales in passing: kept, to use if they live in England after all.
        if (step.expects === 'words') state.heldAnswer = text;
        await this.sayOtherNation(dc, state.otherNation!);
        return Dialog.EndOfTurn;
      }
      if (await this.putRight(dc, step, state, env, text)) return Dialog.EndOfTurn;
      const aside = offScriptIn(text, step.expects, this.flowName) ?? this.otherFlowButton(text) ?? this.articleButton(text);
      if (aside?.kind === 'switch') return this.switchFlow(dc, step, state, env, aside.to);
      if (aside?.kind === 'question' && ANSWER_BESIDE_QUESTION.has(step.expects)) {
        // "The letter is dated Saturday 3rd October, is that allowed?": the date is the answer, and the question is not lost.
        const result = step.parse(input, state.answers, env);
        if (result.ok) {
          const reply = this.besideAnswer(step, aside.asked ?? text, { ...state.answers, ...result.update }, env) ?? `${FLOW_REPLIES.questionBesideAnswer} ${FLOW_REPLIES.questionNotGuessed}`;
          // The answer read back first ("I have read that as..."), then the reply to the question.
          return this.applyAnswer(dc, step, state, env, result, reply, true);
        }
      }
      if (aside && await this.answerAside(dc, step, state, env, aside)) return Dialog.EndOfTurn;
      // "I'd rather not give her name" where skipping is fine: the step reads it as the skip it is.
      if (aside?.kind === 'skip' && !aside.none) return this.takeAnswer(dc, step, state, env, { ...input, text: 'skip' });
      // "He has a TA in the mornings. Is that enough?", "...without a plan - can they say that?": every answer kept in
      // the parent's words is kept without its questions, which are named and replied to, never put in a letter or summary.
      const split = step.expects === 'words' || step.ownWords ? answerThenQuestion(text) : undefined;
      if (split) {
        const result = step.parse({ ...input, text: split.answer }, state.answers, env);
        // "What's a SENCO btw?" beside an answer: a word's meaning is safe to look up whatever else was said.
        const asked = (answers: A) => this.besideAnswer(step, split.question, answers, env) ?? this.wordMeaningFromKb(split.questions, env);
        if (result.ok) {
          const reply = asked({ ...state.answers, ...result.update });
          const leftOut = FLOW_REPLIES.questionLeftOut(split.questions, this.documentName);
          const lead = reply === undefined ? `${leftOut} ${FLOW_REPLIES.questionNotGuessed}` : `${reply}\n\n${leftOut}`;
          return this.applyAnswer(dc, step, state, env, result, lead);
        }
        if (!result.stop) {
          // "He was assessed in july and they refused a plan, can i ask again this soon?": what is said beside the
          // question is no answer to this one, so nothing is kept; the question is replied to, then asked again.
          const reply = asked(state.answers) ?? this.replyTo(text, state.answers, env) ?? FLOW_REPLIES.questionNotAnswered;
          await this.ask(dc, step, state.answers, env, `${reply}\n\n${result.message}`);
          return Dialog.EndOfTurn;
        }
      }
    }
    return this.takeAnswer(dc, step, state, env, input);
  }

  /** A reply to a question asked with an answer: the step's own answer, or a word's meaning; undefined when neither knows (it is not guessed at). */
  private besideAnswer(step: FlowStep<A>, question: string, answers: A, env: FlowEnv): string | undefined {
    return step.answerQuestion?.(question, answers, env) ?? this.flowAnswer(question, answers, env) ?? this.meaningOf(question, env);
  }

  /**
   * A question the flow itself answers at any step, from the answers so far ("do I have to do
   * mediation?" in the mediation flow): the same words wherever it is asked. Undefined by default.
   */
  protected flowAnswer(_question: string, _answers: A, _env: FlowEnv): string | undefined {
    return undefined;
  }

  /**
   * "Sorry I meant 14 not 13", "no wait, the 12th", "the school is Oak Lane not St Marys" while
   * another question is on the screen: the earlier answer it fits is changed (and said back), then
   * the question on the screen is asked again. Read before the reply is taken as an answer, so
   * "no wait..." is never a "No". When it could fit an answer other than the last one and its words
   * do not say which, the parent is asked first ("Did you mean to change the age to 12?"). When it
   * fits none, how to change an answer is explained instead. False when the reply is no correction
   * (or fits nothing and may be an answer: see AnswerCorrection `plain`).
   */
  private async putRight(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, text: string): Promise<boolean> {
    // A date alone where no date is asked for, just after one was read back: the date meant.
    const last = this.steps.find((s) => s.id === state.history[state.history.length - 1]);
    const fix = readCorrection(text) ?? (step.expects !== 'date' && last !== undefined && this.aboutOf(last) === 'date' ? bareDateCorrection(text) : undefined);
    if (!fix) return false;
    // "Sorry, the 3rd" at a date question may be its answer; "no wait, the 3rd" just after a date was read back is a correction of it.
    if (fix.about === 'date' && fix.from === undefined && step.expects === 'date') {
      if (!fix.strong || last === undefined || this.aboutOf(last) !== 'date') return false;
    }
    const target = this.correctionTarget(fix, state, env);
    // Fitting no earlier answer, it may be an answer to this question ("sorry, reading not maths").
    if (target === undefined && (fix.from === undefined || !fix.plain)) return false;
    const prompt = step.prompt(state.answers, env);
    let lead: string = FLOW_REPLIES.correctionNotMade;
    if (target !== undefined && target !== 'unclear') {
      const change = this.tryChange(target.target, target.input, state, env);
      if (change && target.confirm) {
        state.pendingFix = { step: step.id, target: target.target.id, input: target.input };
        await dc.context.sendActivity(buildReply(FLOW_REPLIES.confirmCorrection(change.what, change.shown), this.meta(), { choices: [{ label: 'Yes' }, { label: 'No' }], buttons: 'suggested' }));
        return true;
      }
      if (change) lead = this.makeChange(step, target.target, change, state);
    }
    await dc.context.sendActivity(this.promptActivity(prompt, lead, true, state.held?.step === step.id ? state.held.choices : undefined));
    return true;
  }

  /** The change a correction would make to an earlier answer, as it would be said; undefined when it cannot be made there. */
  private tryChange(earlier: FlowStep<A>, input: string, state: FlowState<A>, env: FlowEnv): AnswerChange<A> | undefined {
    const result = earlier.parse({ text: input }, state.answers, env);
    if (!result.ok) return undefined;
    const answers = { ...state.answers, ...result.update };
    // A change that would add or remove a question is made with "back", where that question is asked.
    if (this.applicableIds(answers, env) !== this.applicableIds(state.answers, env)) return undefined;
    const c = earlier.correctable!;
    const note = c.keepNote ? result.note : c.afterChange?.(answers, env);
    return { answers, what: c.what(answers, env), shown: c.shown(answers), ...(note ? { note } : {}) };
  }

  /** Makes a change worked out by tryChange, and says it back. */
  private makeChange(step: FlowStep<A>, earlier: FlowStep<A>, change: AnswerChange<A>, state: FlowState<A>): string {
    state.answers = change.answers;
    this.deps.logger.info('flow.corrected', { flow: this.flowName, step: step.id, corrected: earlier.id });
    return [FLOW_REPLIES.corrected(change.what, change.shown), change.note].filter(Boolean).join('\n\n');
  }

  /** The reply to "Did you mean to change...?": true when it was a yes or a no (and has been replied to). */
  private async answerPendingFix(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, pending: { target: string; input: string }, text: string): Promise<boolean> {
    const reading = readYesNo(text);
    if (reading !== 'yes' && reading !== 'no') return false;
    const earlier = this.steps.find((s) => s.id === pending.target);
    const change = reading === 'yes' && earlier ? this.tryChange(earlier, pending.input, state, env) : undefined;
    const lead = reading === 'no' ? FLOW_REPLIES.correctionDeclined : change && earlier ? this.makeChange(step, earlier, change, state) : FLOW_REPLIES.correctionNotMade;
    await dc.context.sendActivity(this.promptActivity(step.prompt(state.answers, env), lead, true, state.held?.step === step.id ? state.held.choices : undefined));
    return true;
  }

  /** The kind of answer a step holds, for a correction that names one ("the school is...", "he's 12"). */
  private aboutOf(step: FlowStep<A>): CorrectionAbout | undefined {
    return step.correctable?.about ?? (step.expects === 'date' ? 'date' : step.expects === 'age' ? 'age' : undefined);
  }

  /**
   * The earlier answer a correction fits, most recent first:
   *  - one that names its kind ("the school is Oak Lane", "he's 12", "no wait, the 12th"): the latest answer of that kind;
   *  - one that names the old value ("12 not 11"): the last answer when it fits, else the one that does, asked about
   *    first unless its words say it is a correction ("I meant"), and the latest asked about when several fit;
   *  - neither ("I meant Aimee"): the last answer only.
   */
  private correctionTarget(fix: AnswerCorrection, state: FlowState<A>, env: FlowEnv): { target: FlowStep<A>; input: string; confirm?: boolean } | 'unclear' | undefined {
    const inHistory = [...new Set([...state.history].reverse())];
    // An answer given at another question ("St Marys Primary" for the kind of place) counts from that question.
    const answeredIds = this.steps
      .filter((s) => s.correctable !== undefined && (inHistory.includes(s.id) || s.correctable.given?.(state.answers) === true))
      .sort((x, y) => this.answeredAt(y, inHistory) - this.answeredAt(x, inHistory));
    const lastId = state.history[state.history.length - 1];
    const fitting = (steps: ReadonlyArray<FlowStep<A>>) => steps.flatMap((s) => {
      const input = s.correctable!.input(fix, state.answers, env);
      return input === undefined ? [] : [{ target: s, input }];
    });
    if (fix.about !== undefined) return fitting(answeredIds.filter((s) => this.aboutOf(s) === fix.about))[0];
    if (fix.from === undefined) {
      const fits = fitting(answeredIds.filter((s) => s.id === lastId));
      return fits.length === 1 ? fits[0] : fits.length === 0 ? undefined : 'unclear';
    }
    const fits = fitting(answeredIds);
    if (fits.length === 0) return undefined;
    const last = fits.find((f) => f.target.id === lastId);
    if (last) return last;
    return fits.length === 1 && fix.plain ? fits[0] : { ...fits[0], confirm: true };
  }

  /** How recently a step was answered: its place in the history, or that of the question that gave its answer. */
  private answeredAt(step: FlowStep<A>, inHistory: readonly string[]): number {
    const at = inHistory.indexOf(step.id);
    if (at >= 0) return inHistory.length - at;
    // Given with an earlier question: just before the steps after it.
    const index = this.steps.indexOf(step);
    const before = this.steps.slice(0, index).reverse().find((s) => inHistory.includes(s.id));
    return before === undefined ? 0 : inHistory.length - inHistory.indexOf(before.id) + 0.5;
  }

  /** Which questions apply to these answers, as one string to compare. */
  private applicableIds(answers: A, env: FlowEnv): string {
    return this.steps.filter((s) => !s.when || s.when(answers, env)).map((s) => s.id).join(',');
  }

  /** Back from a person declined: nothing was passed on, and the question on the screen is asked again, answers kept. */
  private async resume(dc: DialogContext, state: FlowState<A>, env: FlowEnv): Promise<DialogTurnResult> {
    this.deps.logger.info('flow.resumed', { flow: this.flowName, step: state.current });
    const lead = FLOW_REPLIES.personDeclined(env.services);
    const step = this.steps.find((s) => s.id === state.current);
    if (state.otherNation || !step) {
      await dc.context.sendActivity(buildReply(`${lead}\n\n${FLOW_REPLIES.otherNationAgain}`, this.meta(), { choices: this.nationChoices(), buttons: 'suggested' }));
      return Dialog.EndOfTurn;
    }
    await dc.context.sendActivity(this.promptActivity(step.prompt(state.answers, env), lead, true));
    return Dialog.EndOfTurn;
  }

  /** Reads the answer to `step`: stored and on to the next question, or the reason and the question again. */
  private async takeAnswer(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, input: FlowInput): Promise<DialogTurnResult> {
    // "Beginning of October", then "the 2nd": the 2nd of the month just said, never the nearest 2nd.
    const day = state.monthHeard?.step === step.id ? dayOfMonthAlone(input.text) : undefined;
    if (day !== undefined) input = { ...input, text: `${day} ${MONTH_NAMES[state.monthHeard!.month - 1]}` };
    const result = step.parse(input, state.answers, env);
    const month = step.expects === 'date' && !result.ok ? monthWithoutDay(input.text) : undefined;
    state.monthHeard = month === undefined ? (result.ok ? undefined : state.monthHeard) : { step: step.id, month };
    if (!result.ok) {
      state.held = result.hold === undefined ? undefined : { step: step.id, value: result.hold, ...(result.choices ? { choices: result.choices } : {}) };
      if (result.stop) {
        await dc.context.sendActivity(buildReply(result.message, this.meta(), { choices: result.stop.choices, buttons: 'card' }));
        this.deps.logger.info('flow.stopped', { flow: this.flowName, step: step.id });
        return dc.endDialog();
      }
      const wayForward = result.hold === undefined ? this.missed(state, step) : undefined;
      const lead = wayForward ? `${result.message}\n\n${wayForward}` : result.message;
      await this.ask(dc, step, state.answers, env, lead, result.choices);
      return Dialog.EndOfTurn;
    }
    return this.applyAnswer(dc, step, state, env, result);
  }

  /**
   * Counts a reply the step could not read; from the second in a row, the way forward to offer
   * (asked again and again with no way out helps no one): the step's own, or a person.
   */
  private missed(state: FlowState<A>, step: FlowStep<A>): string | undefined {
    const count = state.misreads?.step === step.id ? state.misreads.count + 1 : 1;
    state.misreads = { step: step.id, count };
    return count >= 2 ? step.whenStuck ?? FLOW_REPLIES.stuck : undefined;
  }

  /**
   * Stores an answer and asks the next question, with `reply` (to a question asked with it)
   * before the step's note, or after it when `replyAfterNote`.
   */
  private async applyAnswer(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, result: Extract<StepResult<A>, { ok: true }>, reply?: string, replyAfterNote = false): Promise<DialogTurnResult> {
    state.held = undefined;
    state.misreads = undefined;
    state.answers = { ...state.answers, ...result.update };
    state.history.push(step.id);
    const note = (replyAfterNote ? [result.note, reply] : [reply, result.note]).filter(Boolean).join('\n\n');
    return this.askNext(dc, state, env, this.steps.indexOf(step), note || undefined);
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: unknown }): Promise<void> {
    const state = instance.state as FlowState<A>;
    if (state.otherNation) {
      await context.sendActivity(buildReply(FLOW_REPLIES.otherNationAgain, this.meta(), { choices: this.nationChoices(), buttons: 'suggested' }));
      return;
    }
    const step = this.steps.find((s) => s.id === state.current);
    if (!step) return;
    const env = this.env();
    const prompt = step.prompt(state.answers, env);
    await context.sendActivity(this.promptActivity(prompt));
  }

  private async start(dc: DialogContext, state: FlowState<A>, env: FlowEnv): Promise<DialogTurnResult> {
    const note = state.openingNote;
    state.openingNote = undefined;
    await dc.context.sendActivity(buildReply([this.introText(env), note].filter(Boolean).join('\n\n'), this.meta()));
    return this.askNext(dc, state, env, -1);
  }

  /** The next question, with `note` (what the last answer means, or the date read back) in the same message before it. */
  private async askNext(dc: DialogContext, state: FlowState<A>, env: FlowEnv, afterIndex: number, note?: string): Promise<DialogTurnResult> {
    let next = this.nextStep(state.answers, env, afterIndex);
    // Answered in the opening message: passed over, and kept in the history so "back" and corrections reach it.
    while (next && state.given?.includes(next.id)) {
      state.given = state.given.filter((id) => id !== next!.id);
      state.history.push(next.id);
      next = this.nextStep(state.answers, env, this.steps.indexOf(next));
    }
    if (!next) {
      if (note) await dc.context.sendActivity(buildReply(note, this.meta()));
      return this.complete(dc, state, env);
    }
    state.current = next.id;
    await this.ask(dc, next, state.answers, env, note);
    return Dialog.EndOfTurn;
  }

  /**
   * Replies to a reply that is not an answer, then asks the same question again. False when the
   * step reads it itself (a "skip" where skipping is fine).
   */
  private async answerAside(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, aside: Aside): Promise<boolean> {
    const prompt = step.prompt(state.answers, env);
    this.deps.logger.info('flow.aside', { flow: this.flowName, step: step.id, kind: aside.kind });
    switch (aside.kind) {
      case 'why':
        await dc.context.sendActivity(this.promptActivity(prompt, prompt.why ?? FLOW_REPLIES.noExplanation, true));
        return true;
      case 'meaning':
        await dc.context.sendActivity(this.promptActivity(prompt, prompt.explain ?? prompt.why ?? FLOW_REPLIES.noExplanation, true));
        return true;
      case 'next':
        await dc.context.sendActivity(this.promptActivity(prompt, FLOW_REPLIES.whatHappensNext(this.documentName), true));
        return true;
      case 'help':
        // The reason is part of the question itself: said once, not twice.
        await dc.context.sendActivity(this.promptActivity(prompt, [prompt.explain, FLOW_REPLIES.helpCommands].filter(Boolean).join('\n\n')));
        return true;
      case 'question': {
        // With more said around the question, nothing of the message is kept as the answer: say so.
        const answer = this.briefAnswer(aside.asked ?? dc.context.activity.text ?? '', state.answers, env, aside.asked === undefined ? undefined : FLOW_REPLIES.questionNotStored(this.documentName));
        await dc.context.sendActivity(this.promptActivity(prompt, answer, true));
        return true;
      }
      case 'skip':
        if (!step.cannotSkip || (aside.none && step.acceptsNone)) return false;
        await dc.context.sendActivity(this.promptActivity(prompt, step.cannotSkip, true));
        return true;
      case 'unclear': {
        if (step.whenYes && /^(?:yes|yeah|yep|yup|yes there are|there are)[.!]?$/i.test((dc.context.activity.text ?? '').trim())) {
          await dc.context.sendActivity(this.promptActivity(prompt, step.whenYes, true));
          return true;
        }
        const wayForward = this.missed(state, step);
        await dc.context.sendActivity(this.promptActivity(prompt, [`${FLOW_REPLIES.unclear[step.expects]} ${FLOW_REPLIES.askAnything}`, wayForward].filter(Boolean).join('\n\n'), true));
        return true;
      }
      case 'correction':
        await dc.context.sendActivity(this.promptActivity(prompt, FLOW_REPLIES.correction, true));
        return true;
      case 'pause':
        await dc.context.sendActivity(this.promptActivity(prompt, FLOW_REPLIES.paused(this.deps.privacy.conversationRetention), true, state.held?.step === step.id ? state.held.choices : undefined));
        return true;
      case 'resume':
        await dc.context.sendActivity(this.promptActivity(prompt, FLOW_REPLIES.welcomeBack, true, state.held?.step === step.id ? state.held.choices : undefined));
        return true;
      case 'switch':
        return false; // handled by the caller (it ends this flow)
    }
  }

  /**
   * A question asked mid-flow, answered in a few lines: "what does EHC mean?" from the glossary,
   * anything else from the knowledge base (its first paragraph and sources).
   */
  private briefAnswer(question: string, answers: A, env: FlowEnv, afterAnswer?: string): string {
    const after = afterAnswer ? `${afterAnswer} ` : '';
    const reply = this.replyTo(question, answers, env);
    if (reply === undefined) return `${FLOW_REPLIES.questionNotAnswered}${afterAnswer ? `\n\n${afterAnswer}` : ''}`;
    return `${reply}\n\n${after}${FLOW_REPLIES.backToQuestion}`;
  }

  /** The flow's own answer, a word's meaning, or the knowledge base's first paragraph with its sources; undefined when none fits. */
  private replyTo(question: string, answers: A, env: FlowEnv): string | undefined {
    return this.flowAnswer(question, answers, env) ?? this.meaningOf(question, env) ?? this.kbFirstParagraph(question, env);
  }

  private kbFirstParagraph(question: string, env: FlowEnv): string | undefined {
    const lookup = this.deps.kb.lookUp(question, env.today);
    if (lookup.kind !== 'answer') return undefined;
    const first = lookup.answer.body.split(/\n\s*\n/).map((p) => p.trim()).find(Boolean) ?? lookup.answer.body;
    return `${first}\n\nSource: ${lookup.answer.sourcesLine}.`;
  }

  /** "What's a SENCO btw?" among the questions beside an answer: the knowledge base's first paragraph on it, when it is sure. */
  private wordMeaningFromKb(questions: readonly string[], env: FlowEnv): string | undefined {
    const question = questions.find((q) => asksWhatAWordMeans(q));
    return question === undefined ? undefined : this.kbFirstParagraph(`${question.split('?')[0]}?`, env);
  }

  /** "What's an EP?": the glossary's meaning and its source; undefined when the question asks no word's meaning. */
  private meaningOf(question: string, env: FlowEnv): string | undefined {
    const meaning = termMeaningAsked(question, this.deps.kb.glossary);
    if (!meaning) return undefined;
    const entry = meaning.kind === 'term' ? meaning.entry : meaning.entries[0];
    const article = entry.article ? this.deps.kb.answerArticle(entry.article, env.today) : undefined;
    const text = termMeaningText(meaning, (t) => fillPlaceholders(t, env.services));
    return `${text}\n\nSource: ${article?.sourcesLine ?? GLOSSARY_SOURCE}.`;
  }

  /**
   * An article's button from an earlier answer ("How long the EHC process takes"), pressed in the
   * middle of this flow: a question, answered briefly, never an answer to store (it was once taken
   * for a child's name).
   */
  private articleButton(text: string): OffScript | undefined {
    return this.deps.kb.retriever.findByTitle(text) ? { kind: 'question' } : undefined;
  }

  /** The other flow's button on the main menu, pressed in the middle of this one. */
  private otherFlowButton(text: string): OffScript | undefined {
    const t = text.toLowerCase();
    if (t === MAIN_TASKS.ehcRequest.toLowerCase()) return { kind: 'switch', to: 'ehc-request' };
    if (t === MAIN_TASKS.mediation.toLowerCase()) return { kind: 'switch', to: 'mediation' };
    return undefined;
  }

  private async switchFlow(dc: DialogContext, step: FlowStep<A>, state: FlowState<A>, env: FlowEnv, to: GuidedFlowName): Promise<DialogTurnResult> {
    if (to === this.flowName) {
      await this.ask(dc, step, state.answers, env, FLOW_REPLIES.alreadyDoing);
      return Dialog.EndOfTurn;
    }
    this.deps.logger.info('flow.switched', { from: this.flowName, to });
    await dc.context.sendActivity(buildReply(FLOW_REPLIES.switching(FLOW_REPLIES.switchTo[to]), this.meta()));
    return dc.replaceDialog(FLOW_DIALOG_IDS[to]);
  }

  private isButton(prompt: FlowPrompt, text: string, heldChoices: readonly Choice[] = []): boolean {
    const t = text.toLowerCase();
    return [...(prompt.choices ?? []), ...(prompt.multiSelect ?? []), ...heldChoices].some((c) => c.label.toLowerCase() === t);
  }

  // ---- A family in Wales, Scotland or Northern Ireland ----

  /** True (and noted in the state) when the message places the family in another UK nation, unless they have said England. */
  private pauseForOtherNation(state: FlowState<A>, text: string): boolean {
    if (state.inEngland || livesInEngland(text)) return false;
    const nation = otherUkNationIn(text);
    if (!nation) return false;
    state.otherNation = nation;
    this.deps.logger.info('flow.other_nation', { flow: this.flowName, nation });
    return true;
  }

  private async sayOtherNation(dc: DialogContext, nation: string): Promise<void> {
    await dc.context.sendActivity(buildReply(`${otherNationText(nation)}\n\n${FLOW_REPLIES.otherNationPause}`, this.meta(), { choices: this.nationChoices(), buttons: 'suggested' }));
  }

  private async onOtherNationReply(dc: DialogContext, state: FlowState<A>, env: FlowEnv, text: string, command: FlowCommand | undefined): Promise<DialogTurnResult> {
    const yesNo = command ? undefined : readYesNo(text);
    if (!command && (saysInEngland(text) || yesNo === 'yes')) {
      state.otherNation = undefined;
      state.inEngland = true;
      await dc.context.sendActivity(buildReply(FLOW_REPLIES.inEngland, this.meta()));
      const step = this.steps.find((s) => s.id === state.current);
      if (!step) return this.start(dc, state, env);
      const held = state.heldAnswer;
      state.heldAnswer = undefined;
      if (held) return this.takeAnswer(dc, step, state, env, { text: held });
      // A short answer that named the other nation ("Cardiff Council") was not kept: the same question again.
      await this.ask(dc, step, state.answers, env);
      return Dialog.EndOfTurn;
    }
    if (!command && (yesNo === 'no' || otherUkNationIn(text))) {
      state.heldAnswer = undefined;
      await dc.context.sendActivity(buildReply(FLOW_REPLIES.otherNationStopped, this.meta(), { choices: [{ label: MAIN_TASKS.person }], buttons: 'card' }));
      return dc.endDialog();
    }
    await dc.context.sendActivity(buildReply(FLOW_REPLIES.otherNationAgain, this.meta(), { choices: this.nationChoices(), buttons: 'suggested' }));
    return Dialog.EndOfTurn;
  }

  private nationChoices(): Choice[] {
    return [{ label: FLOW_REPLIES.inEnglandButton }, { label: FLOW_REPLIES.cancelButton }];
  }

  // ----

  private async complete(dc: DialogContext, state: FlowState<A>, env: FlowEnv): Promise<DialogTurnResult> {
    for (const message of this.finish(state.answers, env, dc.context.activity.conversation.id)) {
      const stored = await Promise.all((message.files ?? []).map((file) => this.deps.files.put(file)));
      const attachments: Attachment[] = (message.files ?? []).map((file, i) => fileAttachment(file.name, file.contentType, stored[i].url));
      const links = attachments.length
        ? `\n\nFiles to keep: ${attachments.map((a) => `[${a.name}](${a.contentUrl})`).join(', ')}`
        : '';
      await dc.context.sendActivity(buildReply(message.text + links, this.meta(), { attachments, choices: message.choices, buttons: 'card' }));
    }
    this.deps.logger.info('flow.completed', { flow: this.flowName });
    // The answers travel with the result so the main dialog can pass them to an adviser (with consent),
    // and, with the order they were given in, put one right after the results (see FinishedFlow).
    return dc.endDialog({ flow: this.flowName, completed: true, answers: state.answers, history: state.history });
  }

  // ---- After the results: a correction ----

  /**
   * True when `text` puts right an answer of this finished flow ("sorry it was the 5th not the
   * 3rd", "oh and it's spelt Maisy not Maisie") and the change can be made there: the main dialog
   * then begins the flow with `reopen` rather than reading the message as a new question.
   */
  correctsFinished(finished: FinishedFlow, text: string): boolean {
    return this.finishedChange(finished, text, this.env()) !== undefined;
  }

  /** The change a correction makes to a finished flow's answers; undefined when it fits none, or cannot be made there. */
  private finishedChange(finished: FinishedFlow, text: string, env: FlowEnv): { target: FlowStep<A>; change: AnswerChange<A> } | undefined {
    if (finished.id !== this.id) return undefined;
    const fix = readCorrection(text);
    if (!fix) return undefined;
    const state: FlowState<A> = { answers: finished.answers as A, current: '', history: [...finished.history] };
    const target = this.correctionTarget(fix, state, env);
    if (target === undefined || target === 'unclear') return undefined;
    // ("12 not 11" can only be read without asking which answer when its words say it is a correction.)
    if (target.confirm && !fix.plain && fix.about === undefined) return undefined;
    const change = this.tryChange(target.target, target.input, state, env);
    return change ? { target: target.target, change } : undefined;
  }

  /** A finished flow begun again to put an answer right: the change said back, then the results again, made with it. */
  private async reopen(dc: DialogContext, finished: FinishedFlow, env: FlowEnv): Promise<DialogTurnResult> {
    const state: FlowState<A> = { answers: finished.answers as A, current: '', history: [...finished.history] };
    dc.activeDialog!.state = state;
    const found = this.finishedChange(finished, dc.context.activity.text ?? '', env);
    if (!found) {
      await dc.context.sendActivity(buildReply(FLOW_REPLIES.notChangedAfterResults(this.documentName), this.meta()));
      return dc.endDialog({ flow: this.flowName, completed: true, answers: state.answers, history: state.history });
    }
    state.answers = found.change.answers;
    this.deps.logger.info('flow.corrected_after_results', { flow: this.flowName, corrected: found.target.id });
    // (Not the answer's own note: it was written for the middle of the flow, "I will ask a few more
    // questions", and its dates are in the results that follow.)
    const said = [FLOW_REPLIES.corrected(found.change.what, found.change.shown), FLOW_REPLIES.madeAgain(this.documentName)].join('\n\n');
    await dc.context.sendActivity(buildReply(said, this.meta()));
    return this.complete(dc, state, env);
  }

  private nextStep(answers: A, env: FlowEnv, afterIndex: number): FlowStep<A> | undefined {
    return this.steps.slice(afterIndex + 1).find((s) => !s.when || s.when(answers, env));
  }

  private async ask(dc: DialogContext, step: FlowStep<A>, answers: A, env: FlowEnv, lead?: string, choices?: readonly Choice[]): Promise<void> {
    const prompt = step.prompt(answers, env);
    await dc.context.sendActivity(this.promptActivity(prompt, lead, false, choices));
  }

  /**
   * The question, after `lead` if any; `short`: the question alone, without the reason that came
   * with it the first time; `choices`: buttons in place of the question's own (a check of an answer).
   */
  private promptActivity(prompt: FlowPrompt, lead?: string, short = false, choices?: readonly Choice[]) {
    const before = lead ? `${lead}\n\n` : '';
    const body = short && prompt.question ? `**${prompt.question}**` : prompt.text;
    if (prompt.multiSelect) {
      const numbered = prompt.multiSelect.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
      const text = `${before}${body}\n\n${numbered}\n\nYou can choose more than one: tick them and press "Done", or type the numbers, like 1, 3. Type "none" if none apply.`;
      return buildReply(text, this.meta(), { attachments: [multiSelectCard(prompt.multiSelect)] });
    }
    return buildReply(`${before}${body}`, this.meta(), { choices: choices ?? prompt.choices, buttons: 'suggested' });
  }

  private meta(): ReplyMeta {
    return { kind: 'flow', flow: this.flowName };
  }

  protected env(): FlowEnv {
    return { today: todayInLondon(this.deps.clock()), services: this.deps.services };
  }
}

/**
 * Checkboxes and a Done button (Adaptive Card 1.4: web chat and Teams both render it). The card
 * sends back the ticked choices' values joined by commas, so each value must be a short code with
 * no comma in it ("B", "social-emotional-mental-health"): a label such as "Social, emotional and
 * mental health" would be split in two and lost.
 */
export function multiSelectCard(choices: readonly Choice[]): Attachment {
  for (const c of choices) {
    if (!c.value || c.value.includes(',')) throw new Error(`A checkbox needs a value with no comma in it: "${c.label}"`);
  }
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [{
      type: 'Input.ChoiceSet',
      id: 'choices',
      isMultiSelect: true,
      wrap: true, // long labels wrap in Teams too, instead of being cut short
      style: 'expanded',
      label: 'Choose all that apply',
      choices: choices.map((c) => ({ title: c.label, value: c.value })),
    }],
    actions: [{ type: 'Action.Submit', title: 'Done' }],
  });
}

// ---- Helpers the flows use to read answers ----

/** Matches a reply to one of the choices: its label, its value, its number, or a clear part of it. */
export function matchChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = norm(text);
  if (!t) return undefined;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1];
  const exact = choices.find((c) => norm(c.label) === t || norm(c.value ?? '') === t);
  if (exact) return exact;
  const contains = choices.filter((c) => norm(c.label).includes(t) || t.includes(norm(c.label)));
  return contains.length === 1 ? contains[0] : undefined;
}

/** Several choices: from a card submit (`{ choices: "a,b" }`) or typed numbers/words. "none" gives []. */
/** A month's name, a day with its ending ("14th") or a year: a date, not numbers from a list. */
const LOOKS_LIKE_A_DATE = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bmay \d|\d may\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/;

export function matchManyChoices(input: FlowInput, choices: readonly Choice[]): Choice[] | undefined {
  const submitted = (input.value as { choices?: unknown } | undefined)?.choices;
  if (typeof submitted === 'string') {
    if (!submitted) return [];
    const values = submitted.split(',');
    return choices.filter((c) => values.includes(c.value ?? c.label));
  }
  // ("1 and 4 then", "2, 3 please": the words after the list are not part of it.)
  const t = norm(input.text).replace(/(?: (?:then|please|thanks|i think|i guess|maybe))+$/, '');
  if (!t) return undefined;
  // ("14th october 2026", typed a question early: a date, never options 1 and 4.)
  if (LOOKS_LIKE_A_DATE.test(t)) return undefined;
  if (/^(none|no|nothing|none of them|not yet|none yet)$/.test(t)) return [];
  const whole = matchChoice(t, choices);
  if (whole) return [whole];
  const picked: Choice[] = [];
  for (const part of t.split(/\s*(?:,|;|&|\s(?=\d))\s*/).filter(Boolean)) {
    // "reading and speech": try the piece whole first, as labels contain "and" too.
    // ("3, 6 and 8" splits before the 8, leaving "6 and": the "and" at the end goes too.)
    const pieces = matchChoice(part, choices) ? [part] : part.split(/\s+and(?:\s+|$)/).filter(Boolean);
    for (const piece of pieces) {
      const c = matchChoice(piece, choices);
      if (!c) return undefined;
      if (!picked.includes(c)) picked.push(c);
    }
  }
  return picked;
}

/**
 * Choices and the parent's own words in one reply: "1, 3, 8 - including the senco's email", "6, 4
 * and the OT report from the private OT", "my husband and maybe SENDIASS". Each part is a choice
 * (its number, or its label in full) or words of their own, kept as typed. Undefined unless at
 * least one part is a choice and one is not (a list alone is matchManyChoices's; words alone stay whole).
 */
export function matchChoicesAndWords(text: string, choices: readonly Choice[]): { picked: Choice[]; words: string[] } | undefined {
  // Parts and the separators between them ("6", ", ", "4", " and ", "the OT report from the private OT").
  const pieces = text.trim().split(/(\s*(?:[,;&+]|\s[-\u2013\u2014]+\s|\band\b|\bplus\b|\bor\b)\s*)/i);
  const picked: Choice[] = [];
  const words: string[] = [];
  let afterWords = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i].trim();
    if (!part) continue;
    // ("maybe SENDIASS", "probably 4", "including the senco's email": the hedge or link is not part of it.)
    const bare = part.replace(/^(?:maybe|probably|possibly|perhaps|also|including|incl|and|then|just)\s+/i, '').trim();
    const t = norm(bare);
    const n = Number(t);
    const choice = Number.isInteger(n) && n >= 1 && n <= choices.length ? choices[n - 1] : choices.find((c) => norm(c.label) === t || norm(c.value ?? '') === t);
    if (choice) {
      if (!picked.includes(choice)) picked.push(choice);
      afterWords = false;
    } else if (/\p{L}/u.test(bare)) {
      // Their words stay as they wrote them: "emails with the school and council" is one item, not two.
      if (afterWords) words[words.length - 1] += `${pieces[i - 1]}${part}`;
      else words.push(bare);
      afterWords = true;
    } else if (t !== '') {
      return undefined; // a number that is no choice: not read here
    }
  }
  return picked.length > 0 && words.length > 0 ? { picked, words } : undefined;
}

/** A clear yes or no (see readYesNo); undefined for anything else, "not sure" included. */
export function yesNo(text: string): boolean | undefined {
  const reading = readYesNo(text);
  return reading === 'yes' ? true : reading === 'no' ? false : undefined;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9', ]/g, ' ').replace(/\s+/g, ' ').trim();
}
