/**
 * What the parent reads during a handoff, in one place: short sentences, honest about who is
 * who (the bot is a computer program; the adviser is a person), and never a promise we cannot
 * keep about when someone will call.
 */
import { describeSendiassContact, type LocalServices } from '../localServices';
import type { HandoffReason } from './handoffQueue';

export const YES = 'Yes';
export const NO = 'No';
export const PHONE = 'Phone';
export const EMAIL = 'Email';
export const NO_THANKS = 'No thanks';
export const WHERE_IN_QUEUE = 'Where am I in the queue?';
export const END_CHAT = 'End chat';

export const BACK_WITH_BOT = 'You are back with SEND Navigator, the computer program. You can ask me a question at any time.';

/** The first words, before asking for consent. */
export function handoffOpening(reason: HandoffReason, options: { readonly youngPerson?: boolean; readonly saidBefore?: boolean } = {}): string {
  switch (reason) {
    case 'asked':
      return 'Yes, you can talk to a person. A SENDIASS adviser is a real person who can help with your own situation. SENDIASS (the special educational needs and disabilities information, advice and support service) is free, confidential and separate from the council.';
    case 'beyond-guidance':
      return 'That is a question about your own case, and it needs a person who can look at the details. I can only give general information, not legal advice. A SENDIASS adviser (from the free, independent SEND advice service) can help.';
    case 'distress':
      // Said again in the same conversation: shorter, not word for word, and the crisis line still there.
      if (options.saidBefore) return 'I hear you. It is a lot to carry, and you should not have to fight this hard. A SENDIASS adviser can take this on with you. If it ever feels too much to stay safe, Samaritans are there on 116 123.';
      // Despair can hide in "I can't do this any more": the crisis line, gently, every time.
      // (A young person writing about themselves is not told they are doing their best "for your child".)
      return [
        options.youngPerson ? 'I am sorry things are so hard right now. You do not have to deal with this alone.' : 'I am sorry things are so hard right now. You are doing your best for your child, and you do not have to do this alone.',
        'A SENDIASS adviser, a real person from the free SEND advice service, can listen and help. If you ever feel you cannot keep yourself safe, call Samaritans free on 116 123, day or night.',
        options.youngPerson ? 'You can also call Childline free on 0800 1111. If anyone is in danger now, call 999.' : 'If anyone is in danger now, call 999.',
      ].join(' ');
    case 'not-answered':
      // After two questions it could not answer, or "this is useless".
      return 'I am sorry I have not been able to help. A SENDIASS adviser, a real person from the free SEND advice service, may be able to help more.';
    case 'safeguarding':
      return 'You can also talk to a SENDIASS adviser, a real person from the free SEND advice service.';
    case 'flow-end':
      return 'Of course. A SENDIASS adviser, a real person from the free SEND advice service, can look at what you have told me and help with the next steps.';
  }
}

export const CONSENT_QUESTION = [
  'I can pass this conversation to an adviser, so you do not have to explain it all again.',
  'They will see a short summary, your answers to any questions I asked you, and the messages in this conversation. Is that OK?',
].join(' ');

// (Often asked as "what does that mean?" or "help": so it says again what a yes does.)
export const CONSENT_UNCLEAR = 'Sorry, I did not catch that. If you say yes, I pass this conversation to a SENDIASS adviser: a real person from the free, independent advice service. They will see a short summary and the messages in this conversation. If you say no, nothing is passed on. Please choose "Yes" or "No".';

/** "What can I do?" while asked: what each answer leads to, then the question again. */
export const CONSENT_OPTIONS = [
  'You can choose either way.',
  'Yes: I pass this conversation to a SENDIASS adviser, a real person from the free, independent advice service, who can help with your own situation and what to do next. They will see a short summary and the messages in this conversation.',
  'No: nothing is passed on, and I tell you how to contact SENDIASS yourself.',
  'Either way, you can keep asking me questions. Is it OK to pass this conversation to an adviser?',
].join('\n\n');

/** "Who will see this?", "will the school find out?" while asked: a straight answer, then the question again. */
export const CONSENT_WHO_SEES = [
  'Only a SENDIASS adviser. SENDIASS is free, confidential and separate from the council.',
  'The adviser will see a short summary, your answers to any questions I asked you, and the messages in this conversation.',
  'If you say no, nothing is passed on. Is it OK to pass this conversation to an adviser?',
].join(' ');

/** "How long will I wait?" while asked: what a yes leads to now, never a promised time. */
export function consentWait(openNow: boolean, backAt?: string): string {
  const then = openNow
    ? 'If you say yes, I ask an adviser to join this chat. They join as soon as they can, but I cannot say exactly how long it will be. You can stop waiting at any time.'
    : `No adviser is free to chat right now, so you would not wait in a queue.${backAt ? ` Advisers will be back ${backAt}.` : ''} If you say yes, you can ask an adviser to phone or email you.`;
  return `${then}\n\nIs it OK to pass this conversation to an adviser?`;
}

/**
 * A question or something new instead of yes or no: the offer is set aside, and the bot answers
 * it next. One line, so the answer is not buried.
 */
export const CONSENT_SET_ASIDE = 'I have not passed anything on. You can still talk to an adviser at any time: press "Talk to a person".';

/** "No, I just want to know if...": one line, then the answer to their question. */
export const CONSENT_DECLINED_BEFORE_ANSWER = 'That is fine. I have not passed anything on.';

/** "Maybe later", "not now", "I'll think about it": a polite no, and how to ask when they are ready. */
export const CONSENT_NOT_NOW = 'That is fine, there is no rush. I have not passed anything on. When you are ready, press "Talk to a person" or just say so. Is there anything else I can help with?';

/** The parent's own way to SENDIASS, whatever happened to the handoff. */
function contactSendiassYourself(services: LocalServices): string {
  return `You can also contact SENDIASS yourself. ${describeSendiassContact(services.sendiass)}`;
}

export function consentDeclined(services: LocalServices): string {
  return `That is fine. I have not passed anything on.\n\n${contactSendiassYourself(services)}\n\nIs there anything else I can help with?`;
}

export function queued(position: number | undefined): string {
  const place = position ? ` You are number ${position} in the queue.` : '';
  return [
    `Thank you. I have asked a SENDIASS adviser to join this chat.${place}`,
    'While you wait, you can type more about your situation and the adviser will see it. Type "where am I in the queue" to check your place, or "end chat" to leave the queue and come back to me.',
  ].join('\n\n');
}

export const QUEUED_CONTACT_CENTRE = [
  'Thank you. I have asked a SENDIASS adviser to join this chat. Please stay here: they will join as soon as they can.',
  'While you wait, you can type more about your situation. Type "end chat" if you want to stop waiting and come back to me.',
].join('\n\n');

export function positionNow(position: number | undefined): string {
  return position
    ? `You are number ${position} in the queue. An adviser will join as soon as they can. Type "end chat" if you want to stop waiting.`
    : 'You are waiting for an adviser. They will join as soon as they can. Type "end chat" if you want to stop waiting.';
}

export const WITH_ADVISER_ALREADY = 'You are talking with an adviser now. Type "end chat" if you want to stop.';

export function waitingAcknowledged(position: number | undefined): string {
  return `Thank you, the adviser will see that when they join.${position ? ` You are number ${position} in the queue.` : ''}`;
}

/** "End chat" with a call-back still to do: the chat ends, the call-back does not. */
export function leftChatCallbackKept(wasWithAdviser: boolean, method: 'phone' | 'email'): string {
  const chat = wasWithAdviser ? 'OK, I have ended your chat with the adviser.' : 'OK, you have left the chat queue.';
  return `${chat} Your request for an adviser to ${method === 'phone' ? 'phone' : 'email'} you is still in place.\n\n${BACK_WITH_BOT}`;
}

export function leftQueue(wasWithAdviser: boolean): string {
  return `${wasWithAdviser ? 'OK, I have ended your chat with the adviser.' : 'OK, you have left the queue. An adviser will not join now.'}\n\n${BACK_WITH_BOT}`;
}

export const SAFEGUARDING_PASSED_ON = 'I have also told the adviser, so they will see this first.';

const CALLBACK_QUESTION = 'Would you like an adviser to contact you instead? Choose "Phone" or "Email", or "No thanks".';

/** Said when nobody can chat now after the emergency help or a parent's distress: help that is there tonight. */
export const HELP_NOW_WHILE_CLOSED = 'If you need to talk to someone now, Samaritans are there any time on 116 123, free. If anyone is in danger, call 999.';

/** Outside opening hours, after consent (with the help there now, when the handoff came from a risk or distress). */
export function closedNow(backAt: string | undefined, helpNow = false): string {
  const when = backAt ? ` Advisers will be back ${backAt}.` : '';
  return `Thank you. I am sorry, no adviser is free to chat right now.${when}${helpNow ? ` ${HELP_NOW_WHILE_CLOSED}` : ''}\n\n${CALLBACK_QUESTION}`;
}

/** Nobody has taken the chat within the waiting time. */
export function waitedTooLong(backAt: string | undefined): string {
  const when = backAt ? ` Advisers will be back ${backAt}.` : '';
  return `I am sorry, no adviser has been free to take your chat yet.${when}\n\nYou can keep waiting here. ${CALLBACK_QUESTION}`;
}

export const CALLBACK_CHOICE_UNCLEAR = 'Please choose "Phone", "Email" or "No thanks".';
export const ASK_PHONE = 'What number should the adviser call? Only give it if you are happy to. Type "no thanks" if you would rather not.';
export const ASK_EMAIL = 'What email address should the adviser use? Only give it if you are happy to. Type "no thanks" if you would rather not.';

export function askBestTime(method: 'phone' | 'email'): string {
  return method === 'phone'
    ? 'When is a good time to call you? For example "weekday mornings" or "after 3pm". Or type "any time".'
    : 'Is there a good time for the adviser to get in touch? For example "this week". Or type "any time".';
}

const DETAIL_NAME = { phone: 'number', email: 'email address' } as const;

/** After a number or address: read back, so a typo can be put right before anything is passed on. */
export function detailReadBack(method: 'phone' | 'email', shown: string): string {
  return `Thank you. I will pass on ${shown}. If that is not right, just type the right ${method === 'phone' ? 'number' : 'address'}.`;
}

export function detailChanged(method: 'phone' | 'email', shown: string): string {
  return `Thank you. I have changed the ${DETAIL_NAME[method]} to ${shown}.`;
}

/** "Sorry, wrong number" with no new one: the question again. */
export function askDetailAgain(method: 'phone' | 'email'): string {
  return `Sorry about that. ${method === 'phone' ? ASK_PHONE : ASK_EMAIL}`;
}

/**
 * `shown`: the number or address as the parent would write it. `offerChange`: it was not read
 * back before (the best time came with it), so say how to put it right.
 */
export function callbackSaved(method: 'phone' | 'email', backAt: string | undefined, openNow: boolean, shown?: string, offerChange = false): string {
  const how = method === 'phone' ? `phone you on ${shown ?? 'the number you gave'}` : `email you at ${shown ?? 'the address you gave'}`;
  const change = shown && offerChange ? `If that ${DETAIL_NAME[method]} is not right, just type the right one.\n\n` : '';
  const when = openNow ? '' : backAt ? ` Advisers are back ${backAt}.` : '';
  const join = openNow ? ' If an adviser is free while you are still here, they may join this chat.' : '';
  return `Thank you. I have passed this on. An adviser will ${how}. I cannot say exactly when.${when}${join}\n\n${change}${BACK_WITH_BOT}`;
}

/** "Where am I in the queue?" before a call-back is passed on, outside adviser hours. */
export function noQueueYet(method: 'phone' | 'email' | undefined, backAt: string | undefined): string {
  const how = method === 'phone' ? 'phone' : method === 'email' ? 'email' : 'contact';
  return `No adviser is free right now, so there is no queue to wait in. Once I have passed on your request, an adviser will ${how} you when the service opens${backAt ? `, ${backAt}` : ''}.`;
}

/** "Where am I in the queue?" or "how long will it be?" once a call-back is passed on. */
export function callbackWhen(method: 'phone' | 'email', backAt: string | undefined, openNow: boolean): string {
  const how = method === 'phone' ? 'phone' : 'email';
  const when = openNow
    ? `An adviser will ${how} you as soon as they can. If one is free while you are still here, they may join this chat.`
    : `An adviser will ${how} you when the service opens${backAt ? `, ${backAt}` : ''}.`;
  return `You asked for a call-back, so you have no place in a queue. ${when} I cannot say exactly when.`;
}

export function bestTimeChanged(bestTime: string): string {
  return `Thank you. I have changed the best time to "${bestTime}".`;
}

/** A late best time, when the request can no longer be changed (an adviser has it in hand). */
export const BEST_TIME_TOO_LATE = 'Thank you. The adviser will ask about a good time when they contact you.';

export const WRONG_DETAIL_AFTER_BOOKING: Readonly<Record<'phone' | 'email', string>> = {
  phone: 'Sorry about that. Please type the right number and I will change it.',
  email: 'Sorry about that. Please type the right email address and I will change it.',
};

export function callbackDeclined(services: LocalServices, helpNow = false): string {
  return `That is fine. I have not passed anything on.${helpNow ? ` ${HELP_NOW_WHILE_CLOSED}` : ''}\n\n${contactSendiassYourself(services)}\n\n${BACK_WITH_BOT}`;
}

export function callbackDeclinedStillWaiting(position: number | undefined): string {
  return `That is fine. You are still in the queue.${position ? ` You are number ${position}.` : ''} Type "end chat" if you want to stop waiting.`;
}

export function adviserJoined(firstName: string | undefined): string {
  const who = firstName ? `An adviser from SENDIASS, ${firstName}, has joined the chat.` : 'An adviser from SENDIASS has joined the chat.';
  return `${who} They are a real person. Anything you type now goes to them. Type "end chat" when you want to stop.`;
}

export function adviserSays(firstName: string | undefined, text: string): string {
  return `**${firstName ?? 'Adviser'} (SENDIASS adviser):** ${text}`;
}

export function adviserEnded(returnedToBot: boolean): string {
  const lead = returnedToBot
    ? 'The adviser has passed you back to me. Thank you for talking with SENDIASS. Take care.'
    : 'The adviser has ended the chat. Thank you for talking with SENDIASS. Take care.';
  return `${lead}\n\n${BACK_WITH_BOT}`;
}

export function contactCentreFailed(services: LocalServices): string {
  return `I am sorry, I could not connect you to an adviser this time.\n\n${contactSendiassYourself(services)}\n\n${BACK_WITH_BOT}`;
}
