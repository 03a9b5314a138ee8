import { inGroups } from './combinedPatterns';
import type { Intent } from './recognizer';

/**
 * Short commands and small talk ("forget it, stop", "oops I want to change that", "hi there",
 * "thanks, bye") are recognised only when the WHOLE message is made of them plus filler words.
 * That is what keeps a flow answer such as "he wants to stop going to school" or "back to school
 * in September" from being taken as "cancel" or "back": the command words are there, but so is
 * an answer.
 */

export type CommandIntent = Extract<Intent, 'cancel' | 'restart' | 'back' | 'help' | 'handoff.person' | 'greeting' | 'thanks' | 'goodbye'>;

const PERSON = '(?:a |an |the |some |one of your )?(?:real |actual |live |proper |human )?(?:person|people|human|human being|someone|somebody|adviser|advisers|agent|operator|sendiass(?: adviser)?|member of staff|staff member|expert|caseworker|case worker)';

/** Each phrase is matched on word boundaries in normalised text (see normaliseText.ts). */
const PHRASES: ReadonlyArray<readonly [CommandIntent, string]> = [
  // Cancel
  ['cancel', '(?:cancel|stop|quit|exit|abort|halt|end|finish)(?: (?:it|this|that|now|everything|all|here|the (?:form|questions?|flow|process|request|letter|chat|conversation)))*'],
  ['cancel', 'forget (?:it|about it|this|that|the whole thing)'],
  ['cancel', 'nevermind'],
  ['cancel', '(?:that is |that will do |ok )?enough(?: now| of this| already| for now)?'],
  ['cancel', 'leave it'],
  ['cancel', 'no more questions'],
  ['cancel', 'stop asking (?:me )?(?:questions|me)?'],
  ['cancel', 'i (?:do not|no longer) want to (?:do (?:this|it|that)|carry on|continue|go on|answer (?:any ?more|these)|finish (?:this|it))(?: (?:any ?more|now|after all|today))?'],
  ['cancel', 'i (?:have )?changed my mind'],
  ['cancel', 'not now'],
  // "Maybe later", "another time": not now, said kindly.
  ['cancel', '(?:later|another time|some other time|not today|not right now)'],
  ['cancel', 'i will do (?:it|this) (?:later|another time|another day)'],
  ['cancel', '(?:let me|get me) out(?: of (?:here|this))?'],
  ['cancel', 'i am done with (?:this|the form|the questions)'],
  // Restart
  ['restart', '(?:start|begin|do (?:it|this|everything)|go)(?: it| this| all| everything)? (?:again|over|afresh)(?: from (?:the )?(?:beginning|start|top|scratch))?'],
  ['restart', '(?:start|begin) (?:from )?(?:the )?(?:beginning|top|scratch)'],
  ['restart', 'from (?:the )?(?:beginning|top|scratch|start)'],
  ['restart', '(?:restart|reset|redo)(?: (?:it|this|everything|all|the (?:form|questions|whole thing)))?'],
  ['restart', '(?:clear|wipe) (?:it|everything|all)(?: and start (?:again|over))?'],
  ['restart', 'new start'],
  // Back
  ['back', '(?:go |take me |jump |step |skip )?back(?: (?:a step|one step|one question|a question|one|a bit|to the (?:last|previous) (?:question|step|one)|to (?:the )?(?:question|step) before))?'],
  ['back', '(?:the )?previous(?: question| step| one)?'],
  ['back', 'undo(?: that| it)?'],
  ['back', 'oops'],
  ['back', 'whoops'],
  ['back', '(?:change|edit|fix|correct|redo|amend|update) (?:that|it|this|my (?:last |previous )?answer|the (?:last|previous) (?:answer|one|question)|what i (?:said|put|wrote|typed|entered)|my answer)'],
  ['back', 'i (?:made|have made) (?:a )?(?:mistake|typo|error)'],
  ['back', '(?:that|that is|that was|this is|it is|it was) (?:wrong|not right|a mistake|incorrect|not what i meant|the wrong (?:answer|one|date|thing|option|choice))'],
  ['back', 'i (?:got|put|typed|entered|gave|picked|chose|clicked) (?:that|it|the wrong (?:thing|answer|date|one|option|button))(?: wrong)?'],
  ['back', 'wrong (?:answer|one|date|button)'],
  ['back', 'i meant something else'],
  ['back', 'i pressed the wrong (?:button|one)'],
  // Help
  ['help', 'help(?: me)?(?: please)?'],
  ['help', 'i need (?:some )?help'],
  ['help', 'what (?:can|do|else can|are you able to) (?:you )?(?:do|help (?:me )?with|help with|offer)'],
  ['help', 'what (?:is|are) (?:this|you|this bot|this chat|this service|this tool|this app|this thing) (?:for|about)'],
  ['help', 'how (?:does|do) (?:this|it|you) work'],
  ['help', 'how do i use (?:this|you|it)'],
  ['help', '(?:how|where) (?:do|shall|should|can) (?:i|we) (?:start|begin|get started)(?: (?:here|then|now|with (?:this|you)))?'],
  ['help', 'i am (?:so |really |a bit |very )?(?:confused|stuck|lost|not sure what to do)'],
  // "I'm so confused by all of this, where do I even start": new to it all, not out of scope.
  ['help', '(?:i am (?:so |really |a bit |very |totally |completely )?(?:confused|lost|new to this|new to all this)(?: (?:by|with|about))?(?: all)?(?: (?:of )?(?:this|it|the process|the system|send))?,? )?(?:(?:where|how) (?:do|shall|should|can) (?:i|we) (?:even )?(?:start|begin|get started)|i (?:do not|don t|dont) (?:even )?know where to (?:start|begin))(?: with (?:this|it|all this|send|any of this))?'],
  ['help', 'i (?:do not|cannot) (?:understand|get it|follow)(?: (?:this|that|the question|what you mean|what you are asking))?'],
  ['help', 'i (?:do not|am not sure i) know what to (?:do|say|put|type|write|answer)(?: here| now| next)?'],
  ['help', 'what (?:do|should|am) i (?:supposed to )?(?:do|say|put|type|write|answer)(?: (?:now|here|next|with this))?'],
  ['help', 'what do you mean(?: by (?:that|this|it))?'],
  ['help', '(?:what|huh|eh|pardon|come again|sorry what)'],
  ['help', 'what does (?:that|this) (?:mean|question mean)'],
  ['help', 'what (?:are|is) (?:my|the) options'],
  ['help', 'options'],
  ['help', '(?:the |main |show me the |go to the |back to the )?menu'],
  ['help', '(?:start|begin|get started|lets start|let us start|where do i start|where do i begin)'],
  ['help', 'what can i (?:ask|say|do)(?: (?:you|here))?'],
  ['help', '(?:who|what) are you'],
  ['help', 'are you (?:a )?(?:bot|robot|computer|ai|machine|chatbot)'],
  ['help', '(?:can you )?(?:explain|repeat) (?:that|this|the question)(?: again)?'],
  ['help', 'say (?:that|it) again'],
  ['help', 'i do not know what this is'],
  // A person (the button label and short requests)
  ['handoff.person', `(?:talk|speak|chat) (?:to|with) ${PERSON}`],
  // Not a bare "SENDIASS" or "someone": those are ordinary answers inside a flow ("who will come with you?").
  ['handoff.person', '(?:a |an )?(?:real |actual |live )?(?:human|person|human being|agent|operator)(?: please)?'],
  ['handoff.person', '(?:an )?adviser please'],
  ['handoff.person', '(?:contact|call|ring|phone|email|get|find) (?:the |my |our |a |local )*sendiass(?: adviser)?'],
  ['handoff.person', '(?:get|give|find) (?:me|us) (?:a |an )?(?:real |actual |proper )?(?:person|human|adviser|someone real|somebody real|someone who is real)'],
  ['handoff.person', 'call me(?: back)?'],
  ['handoff.person', 'ring me(?: back)?'],
  // Greeting
  ['greeting', '(?:hi|hello|hey|hiya|howdy|greetings|hallo|yo|hey there|hi there|hello there)(?: there| bot| everyone| all| again| send navigator)?'],
  ['greeting', 'good (?:morning|afternoon|evening|day)'],
  ['greeting', 'morning'],
  ['greeting', 'afternoon'],
  ['greeting', 'evening'],
  ['greeting', 'how are you(?: doing| today)?'],
  // "Hi, bit of background first": a parent about to explain, not a question out of scope.
  ['greeting', '(?:a )?(?:bit|little bit|little|some) of (?:background|context|back story|backstory)(?: first)?'],
  ['greeting', 'hope (?:you are|you re|all is|you have been|you ve been) (?:ok|okay|well|good|fine|doing (?:ok|okay|well|good))(?: today)?'],
  // Thanks
  ['thanks', '(?:thank you|thanks|cheers|thanks a lot|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|much appreciated|appreciate it|i appreciate (?:it|that|your help))(?: for (?:that|this|your help|the help|helping|the information|the info))?'],
  ['thanks', '(?:that is |that was |this is |very |really |so )*(?:helpful|useful|great|brilliant|perfect|lovely|fab|fantastic|amazing|excellent|clear|reassuring)'],
  ['thanks', '(?:that is|that was|this is|very|really|so) (?:good|ok|okay|fine)|good stuff'],
  ['thanks', '(?:ok|okay|alright|all right|right|cool|great|got it|understood|i see|makes sense|noted|fair enough|sure|fine|lovely)'],
  ['thanks', '(?:that|this|it) (?:answers|answered|has answered) (?:my|the) question'],
  ['thanks', '(?:that|this|it) (?:helps|helped|has helped|is what i needed|was what i needed|is just what i needed)(?: a lot| loads| so much)?'],
  // ("ta" is read as "teaching assistant" by then: after a word of thanks it is thanks.)
  ['thanks', '(?:(?:brilliant|great|lovely|cheers|thanks|ok|okay|perfect|fab|ace|nice one|super) )+teaching assistant(?: very much| muchly)?|nice one|thanks? (?:a )?(?:million|mil|loads)'],
  // "You've been more help than the school": thanks, whatever it names.
  ['thanks', '(?:you have|you ve|you are|you re) (?:been )?(?:a )?(?:(?:so|much|a lot|far|way|really|very|a real|a great|a big|the most) )*(?:more )?(?:help|helpful|useful|star|life ?saver)(?: than (?:the |my |our |his |her )?\\w+(?: \\w+)?)?'],
  ['thanks', 'no thanks'],
  ['thanks', 'no thank you'],
  // Goodbye
  ['goodbye', '(?:bye|goodbye|bye bye|see you later|see you|see ya|take care|good night|night night|farewell|talk (?:to you )?(?:later|soon)|speak soon)(?: now| for now| then)?'],
  ['goodbye', '(?:that is|that was|that will be) (?:all|everything|it)(?: for (?:now|today))?'],
  ['goodbye', 'i am (?:done|finished|off|going now)'],
  ['goodbye', 'all done'],
  ['goodbye', 'nothing else'],
];

/** Words that may sit around a command without changing it ("oh sorry, can we go back please"). */
const FILLERS = new Set([
  'ok', 'okay', 'um', 'umm', 'erm', 'er', 'hmm', 'hm', 'sorry', 'actually', 'wait', 'hang', 'on', 'no', 'nope', 'yes', 'yeah',
  'yep', 'please', 'just', 'oh', 'so', 'right', 'well', 'now', 'then', 'again', 'really', 'anyway', 'i', 'me', 'we', 'us',
  'you', 'can', 'could', 'would', 'will', 'let', 'it', 'this', 'that', 'the', 'a', 'an', 'to', 'want', 'wanna', 'like',
  'need', 'think', 'do', 'id', 'mate', 'love', 'x', 'xx', 'xxx', 'bot', 'there', 'and', 'but', 'be', 'able', 'is', 'am',
  'ah', 'ahh', 'dear', 'god', 'gosh', 'hey', 'pls', 'quick', 'quickly', 'instead', 'all', 'for', 'maybe', 'perhaps',
  'shall', 'should', 'may', 'possible', 'if', 'ever', 'very', 'much',
]);

const MATCHERS: ReadonlyArray<{ intent: CommandIntent; re: RegExp }> = PHRASES.map(([intent, source]) => ({
  intent,
  re: new RegExp(`(?:^|\\s)(${source})(?=\\s|$)`, 'g'),
}));

/** The matchers in groups, each with a combined pattern that rules the whole group out in one test (most messages). */
const MATCHER_GROUPS = inGroups(MATCHERS, 20, (m) => m.re);

const SMALL_TALK = new Set<CommandIntent>(['greeting', 'thanks', 'goodbye']);
const SMALL_TALK_ORDER: readonly CommandIntent[] = ['goodbye', 'thanks', 'greeting'];

export interface CommandMatch {
  readonly intent: CommandIntent;
  /** True when nothing but command words and fillers is left: the message IS the command. */
  readonly whole: boolean;
  /** How many words are left that are neither command words nor fillers. */
  readonly leftover: number;
}

/**
 * The command a short message is made of, or undefined. When several commands are in one message
 * ("no wait, go back", "stop, let's start over") the last one wins: people end on what they want.
 * `whole` is false when other words are left ("he wants to stop going to school"): then it is
 * only a hint.
 */
export function matchCommand(normalised: string): CommandMatch | undefined {
  if (!normalised) return undefined;
  const found: Array<{ intent: CommandIntent; start: number; end: number }> = [];
  for (const { any, items } of MATCHER_GROUPS) {
    if (!any.test(normalised)) continue;
    for (const { intent, re } of items) {
      // exec() on the shared global regex, as matchAll() would, without cloning the regex every call.
      re.lastIndex = 0;
      for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
        const end = m.index + m[0].length;
        found.push({ intent, start: end - m[1].length, end });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  if (!found.length) return undefined;
  // A phrase inside a longer one is part of it: the "ok" in "hope you are ok" is not thanks.
  const inside = (f: (typeof found)[number]) => found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start);
  if (found.length > 1) found.splice(0, found.length, ...found.filter((f) => !inside(f)));
  // Words not inside any command phrase, other than fillers.
  const covered = new Uint8Array(normalised.length);
  for (const f of found) covered.fill(1, f.start, f.end);
  const rest = [...normalised].map((c, i) => (covered[i] ? ' ' : c)).join('');
  const leftover = rest.split(' ').filter((w) => w && !FILLERS.has(w));
  // A request to stop, go back or get help outranks small talk said with it ("ok, go back").
  const commands = found.filter((f) => !SMALL_TALK.has(f.intent));
  const pool = commands.length ? commands : found;
  // Asking for a person outranks the rest: "can a person help me", "forget it, put me through to someone".
  // Small talk alone: a goodbye outranks thanks, thanks outranks hello ("that's everything, thanks").
  const person = pool.find((f) => f.intent === 'handoff.person');
  const byPriority = commands.length ? undefined : SMALL_TALK_ORDER.map((i) => pool.find((f) => f.intent === i)).find(Boolean);
  const chosen = person ?? byPriority ?? pool.reduce((a, b) => (b.end > a.end ? b : a));
  return { intent: chosen.intent, whole: leftover.length === 0, leftover: leftover.length };
}
