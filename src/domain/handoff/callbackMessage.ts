/**
 * What a parent's message means while they leave call-back details, beyond a plain answer: a
 * number or address (perhaps a corrected one, perhaps with the best time), a change of mind
 * about phone or email, "that was the wrong number", or "no thanks". The dialog decides what
 * each means at its step.
 */
import { bestTimeAlongside } from './bestTime';
import { findEmail, findPhone, isDeclining, preferredMethod } from './callbackDetails';

export type CallbackMethod = 'phone' | 'email';

export type CallbackMessage =
  /** A phone number or email address (of either method), with a best time if one came with it. */
  | { readonly kind: 'detail'; readonly method: CallbackMethod; readonly value: string; readonly bestTime?: string }
  /** "can you call me instead": the other method, without its detail yet. */
  | { readonly kind: 'switch'; readonly to: CallbackMethod }
  /** "sorry, wrong number", with no new one. */
  | { readonly kind: 'wrong-detail' }
  | { readonly kind: 'decline' }
  | { readonly kind: 'other' };

const WRONG = /\b(?:wrong|mistake|typo|incorrect|misspelt|misspelled|not (?:right|correct|my (?:number|email|address))|(?:i )?meant)\b/i;

/** Reads a message at a call-back step where `current` is the method chosen so far. */
export function readCallbackMessage(text: string, current: CallbackMethod): CallbackMessage {
  const other: CallbackMethod = current === 'phone' ? 'email' : 'phone';
  // The chosen method's detail first: "07700 900123, or email if easier" is still a number.
  for (const method of [current, other]) {
    const found = method === 'phone' ? findPhone(text) : findEmail(text);
    if (found) {
      const bestTime = bestTimeAlongside(found);
      return { kind: 'detail', method, value: found.value, ...(bestTime ? { bestTime } : {}) };
    }
  }
  if (preferredMethod(text) === other) return { kind: 'switch', to: other };
  // Before "no...": "no, that's the wrong number" is a correction to come, not a no to the call-back.
  if (WRONG.test(text)) return { kind: 'wrong-detail' };
  if (isDeclining(text)) return { kind: 'decline' };
  return { kind: 'other' };
}
