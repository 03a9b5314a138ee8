import { CardFactory, type Attachment } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotDependencies } from '../src/bot/botDependencies';
import { buildReply, fileAttachment, type Choice, type ReplyMeta } from '../src/bot/replies';
import { todayInLondon, type IsoDate } from '../src/domain/dates/calendarDate';
import type { LocalServices } from '../src/domain/localServices';

/**
 * A guided flow is a list of questions asked one at a time, each with its own parsing and a
 * friendly re-ask when the answer does not fit. Unlike a waterfall, the parent can go "back" to
 * change the last answer, and a step can be skipped when earlier answers make it irrelevant.
 * The questions, validation and documents live in plain domain modules; this class only talks.
 */

/** Set in turn state by the main dialog when the parent asks to go back or for help mid-flow. */
export const FLOW_COMMAND_KEY = 'sendNavigator.flowCommand';
export type FlowCommand = 'back' | 'help';

export interface FlowEnv {
  readonly today: IsoDate;
  readonly services: LocalServices;
}

export interface FlowPrompt {
  readonly text: string;
  /** One answer from a fixed list (buttons). */
  readonly choices?: readonly Choice[];
  /** Several answers from a fixed list (checkboxes on a card; numbers or words typed also work). */
  readonly multiSelect?: readonly Choice[];
  /** Why we ask, shown when the parent asks for help at this step. */
  readonly why?: string;
}

export interface FlowInput {
  readonly text: string;
  /** Values submitted from a card (multi-select). */
  readonly value?: unknown;
}

export type StepResult<A> = { ok: true; update: Partial<A>; note?: string } | { ok: false; message: string };

export interface FlowStep<A> {
  readonly id: string;
  /** Ask this step only when this is true for the answers so far. */
  readonly when?: (answers: A) => boolean;
  readonly prompt: (answers: A, env: FlowEnv) => FlowPrompt;
  readonly parse: (input: FlowInput, answers: A, env: FlowEnv) => StepResult<A>;
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
  current: string;
  history: string[];
}

export abstract class GuidedFlowDialog<A extends object> extends Dialog {
  protected abstract readonly flowName: 'ehc-request' | 'mediation';
  protected abstract readonly steps: ReadonlyArray<FlowStep<A>>;
  protected abstract introText(env: FlowEnv): string;
  protected abstract initialAnswers(): A;
  /** The documents and closing words once every question is answered. */
  protected abstract finish(answers: A, env: FlowEnv): FlowOutputMessage[];

  constructor(id: string, protected readonly deps: BotDependencies) {
    super(id);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const env = this.env();
    const state: FlowState<A> = { answers: this.initialAnswers(), current: '', history: [] };
    dc.activeDialog!.state = state;
    await dc.context.sendActivity(buildReply(this.introText(env), this.meta()));
    const first = this.nextStep(state.answers, -1);
    if (!first) return this.complete(dc, state, env);
    state.current = first.id;
    await this.ask(dc, first, state.answers, env);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const env = this.env();
    const state = dc.activeDialog!.state as FlowState<A>;
    const step = this.steps.find((s) => s.id === state.current);
    if (!step) return dc.endDialog(); // the flow changed under a stored conversation: start over cleanly
    const command = dc.context.turnState.get(FLOW_COMMAND_KEY) as FlowCommand | undefined;

    if (command === 'back') {
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
    if (command === 'help') {
      const prompt = step.prompt(state.answers, env);
      const why = prompt.why ? `${prompt.why}\n\n` : '';
      await dc.context.sendActivity(buildReply(
        `${why}You can answer the question below, type "back" to change your last answer, "cancel" to stop, or "talk to a person".`,
        this.meta(),
      ));
      await this.ask(dc, step, state.answers, env);
      return Dialog.EndOfTurn;
    }

    const input: FlowInput = { text: (dc.context.activity.text ?? '').trim(), value: dc.context.activity.value };
    const result = step.parse(input, state.answers, env);
    if (!result.ok) {
      await this.ask(dc, step, state.answers, env, result.message);
      return Dialog.EndOfTurn;
    }
    state.answers = { ...state.answers, ...result.update };
    state.history.push(step.id);
    if (result.note) await dc.context.sendActivity(buildReply(result.note, this.meta()));
    const next = this.nextStep(state.answers, this.steps.indexOf(step));
    if (!next) return this.complete(dc, state, env);
    state.current = next.id;
    await this.ask(dc, next, state.answers, env);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: unknown }): Promise<void> {
    const state = instance.state as FlowState<A>;
    const step = this.steps.find((s) => s.id === state.current);
    if (!step) return;
    const env = this.env();
    const prompt = step.prompt(state.answers, env);
    await context.sendActivity(this.promptActivity(prompt));
  }

  private async complete(dc: DialogContext, state: FlowState<A>, env: FlowEnv): Promise<DialogTurnResult> {
    for (const message of this.finish(state.answers, env)) {
      const stored = await Promise.all((message.files ?? []).map((file) => this.deps.files.put(file)));
      const attachments: Attachment[] = (message.files ?? []).map((file, i) => fileAttachment(file.name, file.contentType, stored[i].url));
      const links = attachments.length
        ? `\n\nFiles to keep: ${attachments.map((a) => `[${a.name}](${a.contentUrl})`).join(', ')}`
        : '';
      await dc.context.sendActivity(buildReply(message.text + links, this.meta(), { attachments, choices: message.choices, buttons: 'card' }));
    }
    this.deps.logger.info('flow.completed', { flow: this.flowName });
    // The answers travel with the result so the main dialog can pass them to an adviser (with consent).
    return dc.endDialog({ flow: this.flowName, completed: true, answers: state.answers });
  }

  private nextStep(answers: A, afterIndex: number): FlowStep<A> | undefined {
    return this.steps.slice(afterIndex + 1).find((s) => !s.when || s.when(answers));
  }

  private async ask(dc: DialogContext, step: FlowStep<A>, answers: A, env: FlowEnv, problem?: string): Promise<void> {
    const prompt = step.prompt(answers, env);
    await dc.context.sendActivity(this.promptActivity(prompt, problem));
  }

  private promptActivity(prompt: FlowPrompt, problem?: string) {
    const lead = problem ? `${problem}\n\n` : '';
    if (prompt.multiSelect) {
      const numbered = prompt.multiSelect.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
      const text = `${lead}${prompt.text}\n\n${numbered}\n\nYou can choose more than one: tick them and press "Done", or type the numbers, like 1, 3. Type "none" if none apply.`;
      return buildReply(text, this.meta(), { attachments: [multiSelectCard(prompt.multiSelect)] });
    }
    return buildReply(`${lead}${prompt.text}`, this.meta(), { choices: prompt.choices, buttons: 'suggested' });
  }

  private meta(): ReplyMeta {
    return { kind: 'flow', flow: this.flowName };
  }

  protected env(): FlowEnv {
    return { today: todayInLondon(this.deps.clock()), services: this.deps.services };
  }
}

/** Checkboxes and a Done button (Adaptive Card 1.4: web chat and Teams both render it). */
function multiSelectCard(choices: readonly Choice[]): Attachment {
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
      choices: choices.map((c) => ({ title: c.label, value: c.value ?? c.label })),
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
export function matchManyChoices(input: FlowInput, choices: readonly Choice[]): Choice[] | undefined {
  const submitted = (input.value as { choices?: unknown } | undefined)?.choices;
  if (typeof submitted === 'string') {
    if (!submitted) return [];
    const values = submitted.split(',');
    return choices.filter((c) => values.includes(c.value ?? c.label));
  }
  const t = norm(input.text);
  if (!t) return undefined;
  if (/^(none|no|nothing|none of them|not yet|none yet)$/.test(t)) return [];
  const whole = matchChoice(t, choices);
  if (whole) return [whole];
  const picked: Choice[] = [];
  for (const part of t.split(/\s*(?:,|;|&|\s(?=\d))\s*/).filter(Boolean)) {
    // "reading and speech": try the piece whole first, as labels contain "and" too.
    const pieces = matchChoice(part, choices) ? [part] : part.split(/\s+and\s+/);
    for (const piece of pieces) {
      const c = matchChoice(piece, choices);
      if (!c) return undefined;
      if (!picked.includes(c)) picked.push(c);
    }
  }
  return picked;
}

export function yesNo(text: string): boolean | undefined {
  const t = norm(text);
  if (/^(y|yes|yeah|yep|yup|ok|okay|sure|i have|we have|correct|right|please|yes please)\b/.test(t)) return true;
  if (/^(n|no|nope|nah|not yet|i have not|we have not|haven't|havent|no thanks|no thank you)\b/.test(t)) return false;
  return undefined;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9', ]/g, ' ').replace(/\s+/g, ' ').trim();
}
