import { performance } from 'node:perf_hooks';
import type { DirectLineClient, DirectLineConversation, StreamedActivity } from './directLineClient';

/**
 * Simulated parents: each one visits, has a short conversation, leaves, and comes back as a new
 * visitor, with no pause between messages (so the run measures how much one instance can carry).
 * The mix of visits, by visit: questions for the knowledge base 40%, small talk 20%, the mediation
 * flow start to finish 15%, the EHC request flow start to finish 10%, asking for a person 15%.
 * The wording is our own; every message is one a parent could type or a button they could press.
 */

export type VisitKind = 'kb' | 'smalltalk' | 'mediation' | 'ehc' | 'handoff';

export interface VisitStep {
  /** What the parent sends; a function may look at the bot's last replies, and skip the step by returning undefined. */
  readonly text: string | ((previous: readonly StreamedActivity[]) => string | undefined);
  /** The kind of reply (channelData.sendNavigator.kind) that shows the bot understood; checked only when replies carry kinds. */
  readonly expect?: string;
}

export interface Visit {
  readonly kind: VisitKind;
  readonly steps: readonly VisitStep[];
}

export interface TurnRecorder {
  /** One message answered: when it was posted and how long until its last reply (performance.now() ms). */
  turn(startedAt: number, latencyMs: number, visit: VisitKind, replies: number): void;
  error(at: number, reason: string): void;
  /** A visit's conversation started: from asking for it to the bot's welcome (the page opening, for a parent). */
  started(at: number, ms: number): void;
  /** The bot replied, but not with what this script expected (the mix drifts from the plan). */
  offScript(at: number, visit: VisitKind, step: number, kinds: readonly string[]): void;
}

export interface ParentOptions {
  readonly client: DirectLineClient;
  readonly random: () => number;
  /** True once the parent should stop starting new messages. */
  readonly stopped: () => boolean;
  readonly recorder: TurnRecorder;
  /** Longest wait for any one answer before it counts as an error. */
  readonly timeoutMs: number;
  readonly today?: Date;
  /** Told of each visit as it starts (to report the mix actually run). */
  readonly onVisit?: (kind: VisitKind) => void;
}

/** Questions for the knowledge base, in our own words (the retrieval benchmark asks them too). */
export const KB_QUESTIONS = [
  'how many weeks does the council get to say yes or no to an assessment',
  'what is a SENCo and what do they do',
  'does my child need a diagnosis before school gives extra help',
  'what goes in section F of the plan',
  'how often does an EHC plan get reviewed',
  'what is the local offer',
  'what does SENDIASS do and is it free',
  'the council turned us down for an assessment, what now',
  'what is a personal budget',
  'what happens at a mediation meeting',
  'what can the tribunal decide',
  'can I ask for a particular school to be named in the plan',
  'what help can a nursery give under sen support',
  'the council is late with the draft plan, what can I do',
  'my son is only allowed in school for mornings, is that ok',
  'what happens to the plan if we move to a different council',
  'why is it worth keeping notes about how my child is getting on',
  'what is the graduated approach',
  'what does co-production mean',
  'who can help me for free apart from the council',
  'what does the annual review meeting decide',
] as const;

const GREETINGS = ['hello', 'hi there', 'good morning'] as const;
const ASK_WHAT = ['what can you help with', 'what can you do'] as const;
const THANKS = ['thank you', 'thanks, that helps', 'thanks'] as const;
const GOODBYES = ['bye', 'goodbye'] as const;

/** Picks the next visit, weighted as described above. */
export function planVisit(random: () => number, today: Date = new Date()): Visit {
  const roll = random();
  if (roll < 0.40) return kbVisit(random);
  if (roll < 0.60) return smallTalkVisit(random);
  if (roll < 0.75) return mediationVisit(random, today);
  if (roll < 0.85) return ehcVisit(random);
  return handoffVisit();
}

function kbVisit(random: () => number): Visit {
  const count = 2 + Math.floor(random() * 3);
  const steps: VisitStep[] = [];
  for (let i = 0; i < count; i++) steps.push({ text: pickOne(random, KB_QUESTIONS), expect: 'answer' });
  if (random() < 0.5) steps.push({ text: pickOne(random, THANKS), expect: 'smalltalk' });
  return { kind: 'kb', steps };
}

function smallTalkVisit(random: () => number): Visit {
  return {
    kind: 'smalltalk',
    steps: [
      { text: pickOne(random, GREETINGS), expect: 'smalltalk' },
      { text: pickOne(random, ASK_WHAT), expect: 'smalltalk' },
      { text: pickOne(random, THANKS), expect: 'smalltalk' },
      { text: pickOne(random, GOODBYES), expect: 'smalltalk' },
    ],
  };
}

/** "Help me get ready for mediation", then every answer it asks for; the long way round more often than not. */
function mediationVisit(random: () => number, today: Date): Visit {
  const flow = (text: string): VisitStep => ({ text, expect: 'flow' });
  const decision = pickOne(random, [
    ['The council said no to an EHC needs assessment'],
    ['The council assessed my child but said no to an EHC plan'],
    ['What the plan says: the needs (section B), the help (section F) or the school (section I)', 'B, F'],
  ] as const);
  const opening = [flow('help me get ready for mediation'), ...decision.map(flow), flow(daysAgo(today, 40))];
  const closing = [
    flow('I would like the council to look again, because she is falling behind with reading and finds break times very hard'),
    flow('1, 3'),
    flow(pickOne(random, ['SENDIASS', 'a friend or family member', 'no one'])),
  ];
  const adviser = random() < 0.6
    ? [flow('yes'), flow(daysAgo(today, 30)), flow('Yes, I want mediation'), flow(daysAgo(today, 25)), flow('yes'), flow(daysAgo(today, 10))]
    : [flow('no')];
  return { kind: 'mediation', steps: [...opening, ...adviser, ...closing] };
}

function ehcVisit(random: () => number): Visit {
  const flow = (text: string): VisitStep => ({ text, expect: 'flow' });
  return {
    kind: 'ehc',
    steps: [
      flow('I want to ask the council to assess my daughter for an EHCP'),
      flow('I am a parent or carer'),
      flow(pickOne(random, ['Amira', 'Skip'])),
      flow('3/9/2016'),
      flow('School'),
      flow('Oakfield Primary'),
      flow('Riverside Council'),
      flow('1, 2'),
      flow('She struggles to follow what is said in class and cannot settle after lunch'),
      flow('Small group reading three times a week since Year 2, but she is still well behind'),
      flow('an educational psychologist'),
      flow('1, 5'),
      flow('By email (you keep a dated copy)'),
      flow('Today'),
    ],
  };
}

/** Asks for a person; if the bot asks for consent to pass details on, says no (so nothing is stored for an adviser). */
function handoffVisit(): Visit {
  return {
    kind: 'handoff',
    steps: [
      { text: 'can I talk to someone', expect: 'handoff' },
      { text: (previous) => buttonTitles(previous).find((t) => /^no\b/i.test(t)) },
    ],
  };
}

/** One simulated parent: visit after visit until told to stop. */
export async function runParent(options: ParentOptions): Promise<void> {
  const { client, random, stopped, recorder, timeoutMs } = options;
  while (!stopped()) {
    const visit = planVisit(random, options.today);
    options.onVisit?.(visit.kind);
    let conversation: DirectLineConversation | undefined;
    try {
      const askedAt = performance.now();
      conversation = await client.start(timeoutMs);
      await conversation.welcome(timeoutMs);
      recorder.started(askedAt, performance.now() - askedAt);
      await runVisit(conversation, visit, options);
    } catch (err) {
      recorder.error(performance.now(), describeError(err));
      // Do not hammer a server that is failing.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      conversation?.close();
    }
  }
}

async function runVisit(conversation: DirectLineConversation, visit: Visit, options: ParentOptions): Promise<void> {
  const { stopped, recorder, timeoutMs } = options;
  let previous: readonly StreamedActivity[] = [];
  for (const [index, step] of visit.steps.entries()) {
    if (stopped()) return;
    const text = typeof step.text === 'function' ? step.text(previous) : step.text;
    if (text === undefined) continue;
    const startedAt = performance.now();
    const id = await conversation.post(text, timeoutMs);
    const postedAt = performance.now();
    const replies = await conversation.repliesTo(id, timeoutMs);
    const lastAt = replies.reduce((latest, r) => Math.max(latest, r.at), postedAt);
    previous = replies.map((r) => r.activity);
    if (previous.some(isErrorReply)) {
      recorder.error(startedAt, 'the bot replied that something went wrong');
      return;
    }
    recorder.turn(startedAt, lastAt - startedAt, visit.kind, replies.length);
    const kinds = previous.map((a) => a.channelData?.sendNavigator?.kind).filter((k): k is string => typeof k === 'string');
    if (step.expect && kinds.length && !kinds.includes(step.expect)) recorder.offScript(startedAt, visit.kind, index, kinds);
  }
}

function isErrorReply(activity: StreamedActivity): boolean {
  return /something went wrong/i.test(activity.text ?? '');
}

function buttonTitles(activities: readonly StreamedActivity[]): string[] {
  const titles: string[] = [];
  for (const a of activities) {
    for (const action of a.suggestedActions?.actions ?? []) if (action.title) titles.push(action.title);
    for (const attachment of a.attachments ?? []) {
      const buttons = (attachment.content as { buttons?: Array<{ title?: string }> } | undefined)?.buttons ?? [];
      for (const b of buttons) if (b.title) titles.push(b.title);
    }
  }
  return titles;
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function pickOne<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date N days before today (Europe/London), written as a parent would: "14 October 2026". */
export function daysAgo(today: Date, days: number): string {
  const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(today);
  const [y, m, d] = london.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d - days));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A small seeded generator (mulberry32), so each parent's visits are the same from run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
