/**
 * Reading a call-back request: how the parent would like to be contacted and only the details
 * they choose to give. Problems are explained kindly, with an example, never just "invalid".
 */

export type ContactChoice = 'phone' | 'email' | 'none';

export type DetailCheck = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

const NONE = /^(?:no|nope|nah|none|no thanks?|no thank you|not now|neither|skip|cancel|stop|i(?: would|'d)? rather not|leave it|3)\b/;

/** "phone", "call me", "1" -> phone; "email", "2" -> email; "no thanks", "3" -> none. */
export function readContactChoice(text: string): ContactChoice | undefined {
  const t = simplify(text);
  if (!t) return undefined;
  if (NONE.test(t)) return 'none';
  if (/^(?:1|by )?(?:phone|telephone|call|ring|mobile|text)\b|\b(?:phone|call|ring) me\b/.test(t) || t === '1') return 'phone';
  if (/^(?:2|by )?e-?mail\b|\bemail me\b/.test(t) || t === '2') return 'email';
  return undefined;
}

/** True when the parent does not want to give a detail after all. */
export function isDeclining(text: string): boolean {
  return NONE.test(simplify(text));
}

/**
 * A UK phone number: 10 or 11 digits starting with 0, or +44 and the rest. Spaces, dashes and
 * brackets are fine. Returned tidied (digits, with a leading + kept).
 */
export function checkPhone(text: string): DetailCheck {
  // The number on its own, or inside a sentence ("it's 07700 900 123, after 3pm is best").
  for (const candidate of [text.trim(), ...(text.match(/(?:\+44|\b0)[\d\s\-()]{8,18}\d/g) ?? [])]) {
    const compact = candidate.trim().replace(/[\s\-().]/g, '');
    const digits = compact.startsWith('+44') ? '0' + compact.slice(3).replace(/^0/, '') : compact;
    if (/^0\d{9,10}$/.test(digits)) return { ok: true, value: compact };
  }
  return {
    ok: false,
    message: 'That does not look like a UK phone number. Could you check it? It should be 10 or 11 numbers, like 07700 900123. Or type "no thanks" if you would rather not give one.',
  };
}

/** A plausible email address (an adviser will use it once; we do not check it exists). */
export function checkEmail(text: string): DetailCheck {
  // The address on its own, or inside a sentence ("it's sam@example.com thanks").
  const t = /\s/.test(text.trim()) ? (text.match(/[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[A-Za-z]{2,}/)?.[0] ?? text.trim()) : text.trim();
  if (t.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(t)) return { ok: true, value: t };
  return {
    ok: false,
    message: 'That does not look like an email address. Could you check it? It should look like name@example.com. Or type "no thanks" if you would rather not give one.',
  };
}

export const MAX_BEST_TIME_CHARS = 200;

/** When suits them, in their words. "Any time" and "skip" are fine answers. */
export function checkBestTime(text: string): DetailCheck {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t || /^(?:skip|any ?time|anytime|whenever|do not mind|don'?t mind|no preference)$/i.test(t)) return { ok: true, value: 'any time' };
  if (t.length > MAX_BEST_TIME_CHARS) return { ok: false, message: `Please keep this short, under ${MAX_BEST_TIME_CHARS} characters. For example "weekday mornings".` };
  return { ok: true, value: t };
}

function simplify(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9@'.\- ]/g, ' ').replace(/\s+/g, ' ').trim();
}
