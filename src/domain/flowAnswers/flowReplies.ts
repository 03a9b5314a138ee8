/**
 * What both guided flows say when a reply is not an answer (see offScript.ts), when a date is
 * read back, and when the family may live outside England. Short, plain, and never blaming.
 */
import { formatLongDate, type IsoDate } from '../dates/calendarDate';
import { describeSendiassContact, type LocalServices } from '../localServices';
import type { AnswerKind } from './offScript';

/** What a flow makes with the parent's own words: the EHC request a letter, the mediation flow a summary. */
export type FlowDocument = 'letter' | 'summary';

/** After "ok", "5" or "hmm": what kind of answer would help. */
const UNCLEAR: Readonly<Record<AnswerKind, string>> = {
  choice: 'Sorry, I am not sure what you meant. Please choose one of the buttons, or type its number.',
  choices: 'Sorry, I am not sure what you meant. Please choose the ones that fit, or type their numbers, like 1, 3.',
  'yes-no': 'Sorry, I could not tell if that was a yes or a no. Please choose one of the buttons.',
  date: 'Sorry, I am not sure what you meant. Please type a date, like 13 April 2026.',
  age: 'Sorry, I am not sure what you meant. Please type an age, like 7, or a date of birth, like 12 March 2015.',
  name: 'Sorry, I am not sure what you meant. Please type the name, or use a button below.',
  words: 'Sorry, I am not sure what you meant. Please tell me in your own words. A sentence or two is enough.',
};

export const FLOW_REPLIES = {
  unclear: UNCLEAR,
  /** Added to "ok"-style replies: a question is always welcome. */
  askAnything: 'If something is not clear, you can ask me, for example "what does that mean?".',
  /** "Wait, I got her age wrong": how to put an earlier answer right. */
  correction: 'No problem. To change an earlier answer, type "back": I will go back one question at a time and keep your other answers. Or carry on, and change it in the draft at the end: it is yours to edit.',
  /** An earlier answer put right ("sorry I meant 14 not 13"), then the question on the screen again. */
  corrected: (what: string, shown: string): string => `Thank you. I have changed ${what} to ${shown}.`,
  /** A correction that could fit an earlier answer other than the last: asked about before it is made. */
  confirmCorrection: (what: string, shown: string): string => `Did you mean to change ${what} to ${shown}?`,
  /** "No" to that question: nothing changed. */
  correctionDeclined: 'OK, I have not changed anything. To change an earlier answer, type "back": I will go back one question at a time and keep your other answers.',
  /** A correction that could not be matched to one earlier answer, or not made there. */
  correctionNotMade: 'Sorry, I could not tell which answer to change. To change an earlier answer, type "back": I will go back one question at a time and keep your other answers. Or carry on, and change it in the draft at the end.',
  /** An answer put right after the results: they are made again with it. */
  madeAgain: (document: FlowDocument): string => `Here is your ${document} again, with your dates and files made with the change. Please use these files, not the earlier ones.`,
  /** A correction after the results that fits no answer (should not happen: the main dialog checks first). */
  notChangedAfterResults: (document: FlowDocument): string =>
    `Sorry, I could not tell which answer to change, so your ${document} and files are as they were. You can edit the ${document} yourself, or choose the same task again to make new ones.`,
  /** A question asked with an answer ("3rd October, is that allowed?"): the answer is kept, the question not guessed at. */
  questionBesideAnswer: 'You also asked a question.',
  /** A question the flow cannot answer well there, asked with an answer. */
  questionNotGuessed: 'I cannot answer your question well here, and I do not want to guess: you can ask me again when we have finished, or ask SENDIASS, your free local SEND advice service.',
  /** An answer with questions in it: the answer is kept, each question left out and named, so the parent knows. */
  questionLeftOut: (questions: readonly string[], document: FlowDocument): string => {
    const quoted = questions.map((q) => `"${q.trim()}"`);
    const list = quoted.length === 1 ? `your question, ${quoted[0]}` : `your questions, ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    return `I have kept your answer for your ${document}, but left out ${list}.`;
  },
  /** A question inside a reply in the parent's own words: nothing of it goes in the letter or summary. */
  questionNotStored: (document: FlowDocument): string => `I have not put that message in your ${document}.`,
  /**
   * "Can I finish this later?": the answers stay in this conversation (conversation state, kept
   * `retention` after the last message, then deleted), so say so, how to come back, and what loses them.
   */
  paused: (retention: string): string =>
    `Yes, you can stop here and come back. I keep your answers so far in this conversation for ${retention} after your last message, and nothing has been sent anywhere. To carry on, come back to this same chat and answer the question below, or type "carry on". If you start a new conversation, clear this one or type "cancel", your answers are gone and we would start again. In a web browser, closing this tab ends the chat, so leave it open.`,
  /** "Ok I'm back", "where were we?": the answers are still there. */
  welcomeBack: 'Welcome back. Your answers so far are still here. This is where we were:',
  /** After two replies in a row that could not be read: a person can help (a step may offer its own way, such as "not sure"). */
  stuck: 'If this question is hard to answer here, that is all right: say "talk to a person" and a SENDIASS adviser can help, or type "back" to change an earlier answer.',
  /** "What happens next?" in the middle of a flow: where the questions lead. */
  whatHappensNext: (document: FlowDocument): string =>
    `After a few more questions, I will give you your ${document === 'letter' ? 'draft letter, a list of evidence' : 'summary to take with you'} and your key dates, with a calendar file to keep. Nothing is sent to anyone: you decide what to do with them.`,
  /** "help" in the middle of a flow. */
  helpCommands: 'You can answer the question below, type "back" to change your last answer, "cancel" to stop, or "talk to a person".',
  /** A question answered in the middle of a flow, before the flow's question again. */
  backToQuestion: 'Now, back to where we were.',
  /** A question the knowledge base cannot answer well, in the middle of a flow. */
  questionNotAnswered: 'I am not sure I can answer that well here, and I do not want to guess. You can ask me again when we have finished, or ask SENDIASS, your free local SEND advice service.',
  /** A question with no reason or explanation written for it (should not happen: each step has one). */
  noExplanation: 'This helps me get your letter and dates right.',
  /** A message over the length the bot reads, in the middle of a flow. */
  tooLong: (maxChars?: number): string =>
    `That is longer than I can read in one message${maxChars ? ` (over ${maxChars.toLocaleString('en-GB')} characters)` : ''}. Please shorten it. A few sentences are enough here. You can add more detail later, for example when you check your letter.`,
  /** A date read back in words, so a wrong year or day can be put right at once. */
  dateReadBack: (date: IsoDate): string => `I have read that as ${formatLongDate(date)}. If that is not right, say "back" to change it.`,
  /** After the nation note: why the flow has stopped and what the parent can do. */
  otherNationPause: 'So I have stopped here, before I make anything that uses the law in England. If your family does live in England, choose "We live in England" and we will carry on. If not, choose "Cancel".',
  otherNationAgain: 'Before we go on: does your family live in England? Choose "We live in England" to carry on, or "Cancel" to stop.',
  otherNationStopped: 'Thank you for telling me. I have stopped here, and nothing you told me has been sent anywhere. I hope the council or an advice service where you live can help you.',
  inEngland: 'Thank you. Let us carry on.',
  inEnglandButton: 'We live in England',
  cancelButton: 'Cancel',
  /** The other flow, asked for in the middle of this one. */
  switching: (to: string): string => `OK, let us leave this and ${to} instead. Nothing you told me has been sent anywhere.`,
  switchTo: { 'ehc-request': 'ask for an EHC needs assessment', mediation: 'get ready for mediation or an appeal' },
  alreadyDoing: 'That is what we are doing now. Here is where we were.',
  /** "No" to passing the conversation to an adviser, in the middle of a flow: nothing passed on, then the same question. */
  personDeclined: (services: LocalServices): string =>
    `That is fine. I have not passed anything on. You can still contact SENDIASS yourself, or say "talk to a person" at any time. ${describeSendiassContact(services.sendiass)}\n\nOK. Let us carry on:`,
} as const;
