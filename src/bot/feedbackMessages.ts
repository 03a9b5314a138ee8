import { ActionTypes, CardFactory, type Attachment } from 'botbuilder';
import { z } from 'zod';
import type { LocalServices } from '../domain/localServices';
import { MAIN_TASKS } from './botMessages';
import type { Choice } from './replies';

/**
 * "Was this helpful?" under every knowledge-base answer: the words, and the two buttons.
 *
 * The buttons are messageBack buttons on a card, so they stay in the history and work the same in
 * web chat, Teams and the terminal chat: pressing one sends its text as the parent's message, and
 * the answer's number as the message's value, so a button under an older answer counts for that
 * answer, not the latest. The texts are distinctive, so they cannot be mistaken for a question;
 * a channel that drops the value still sends the text, which counts for the latest answer.
 */

export const FEEDBACK_QUESTION = 'Was this helpful?';
export const HELPFUL_TEXT = 'Yes, this helped';
export const NOT_HELPFUL_TEXT = 'No, this did not help';
export const SKIP_TEXT = 'Skip';

export type Feedback = 'helpful' | 'not-helpful';

/** The answer's full text with the question after it (the text always carries everything). */
export function withFeedbackQuestion(answerText: string): string {
  return `${answerText}\n\n${FEEDBACK_QUESTION}`;
}

/** The Yes / No buttons for answer number `answerId`, on a card of their own (the card repeats no text). */
export function feedbackCard(answerId: number): Attachment {
  const button = (title: string, text: string) => ({
    type: ActionTypes.MessageBack, title, text, displayText: text, value: { feedbackFor: answerId } satisfies FeedbackButtonValue,
  });
  return CardFactory.heroCard('', undefined, [button('Yes', HELPFUL_TEXT), button('No', NOT_HELPFUL_TEXT)]);
}

const feedbackButtonValue = z.object({ feedbackFor: z.number().int().positive() });
type FeedbackButtonValue = z.infer<typeof feedbackButtonValue>;

/** The answer number a pressed Yes / No button carries; `undefined` for typed words or anything else. */
export function feedbackButtonAnswerId(value: unknown): number | undefined {
  const parsed = feedbackButtonValue.safeParse(value);
  return parsed.success ? parsed.data.feedbackFor : undefined;
}

const HELPFUL_WORDS = /^(yes|yeah|yep|yes thanks|yes thank you|it did|it helped|that helped|helpful|very helpful|yes it did|yes it helped)$/;
const NOT_HELPFUL_WORDS = /^(no|nope|not really|no it did not|no it didn't|no it didnt|it did not help|it didn't help|not helpful|that did not help|that didn't help|unhelpful)$/;

/**
 * Feedback in the parent's message: a button's text at any time; a plain "yes" or "no" only
 * straight after an answer, when "Was this helpful?" is the question on the screen.
 */
export function readFeedback(text: string, answerJustGiven: boolean): Feedback | undefined {
  const said = normalise(text);
  if (said === HELPFUL_BUTTON) return 'helpful';
  if (said === NOT_HELPFUL_BUTTON) return 'not-helpful';
  if (!answerJustGiven) return undefined;
  if (HELPFUL_WORDS.test(said)) return 'helpful';
  if (NOT_HELPFUL_WORDS.test(said)) return 'not-helpful';
  return undefined;
}

const SKIP_WORDS = /^(skip|skip it|skip this|no|no thanks|no thank you|nothing|not now|never mind|nevermind|no it is fine|it is fine|its fine|it's fine)$/;

/** "Skip" (the button), or a plain "no thanks" to "What were you looking for?". */
export function isSkip(text: string): boolean {
  return SKIP_WORDS.test(normalise(text));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[.!,]+/g, ' ').replace(/\s+/g, ' ').trim();
}

// The buttons' texts as readFeedback compares them (normalised once, not on every message).
const HELPFUL_BUTTON = normalise(HELPFUL_TEXT);
const NOT_HELPFUL_BUTTON = normalise(NOT_HELPFUL_TEXT);

// ---- what the bot says ----

export const HELPFUL_REPLY = 'Thank you for telling me. I am glad it helped. You can ask me another question at any time.';

export const NOT_HELPFUL_REPLY = [
  'Thank you for telling me. I am sorry it did not help.',
  'What were you looking for? Tell me in a few words, and the team who write my answers will see it. Please leave out names and other personal details.',
  'Or press "Skip".',
].join('\n\n');

export const NOT_HELPFUL_CHOICES: Choice[] = [{ label: SKIP_TEXT }, { label: MAIN_TASKS.person }];

/** Pressed "No" again on the same answer: it was counted once. */
export const ALREADY_TOLD_REPLY = 'Thank you. You have already told me about that answer. What else can I help with?';

/** "No" with no answer to attach it to (an old button after a long break, or under an answer from long ago). */
export const NOT_HELPFUL_NO_ANSWER_REPLY = 'Thank you for telling me, and I am sorry. Could you try asking in a different way? Or you can talk to a person.';

/** Feedback pressed in the middle of a guided flow: noted, then back to the question. */
export const FEEDBACK_IN_FLOW_REPLY = 'Thank you for telling me. Now, back to where we were.';

export const SKIPPED_REPLY = 'That is fine. What else can I help with?';

export const LOOKING_FOR_THANKS_BEFORE_ANSWER = 'Thank you. Here is what I found about that.';

export function lookingForNotedText(services: LocalServices): string {
  return [
    'Thank you. I have noted it, without names or other personal details, so the team can see what is missing.',
    `For help with this now, you could ask ${services.sendiass.name}, who give free advice. Or you can talk to a person.`,
  ].join('\n\n');
}
