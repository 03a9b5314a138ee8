/**
 * Reading a call-back request: how the parent would like to be contacted and only the details
 * they choose to give. Problems are explained kindly, with an example, never just "invalid".
 */

export type ContactChoice = 'phone' | 'email' | 'none';

export type DetailCheck = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

const NONE = /^(?:no|nope|nah|none|no thanks?|no thank you|not now|neither|skip|cancel|stop|i(?: would|'d)? rather not|leave it|3)\b/;

/** "phone", "call me", "no actually phone is better", "1" -> phone; "email", "2" -> email; "no thanks", "3" -> none. */
export function readContactChoice(text: string): ContactChoice | undefined {
  const t = simplify(text);
  if (!t) return undefined;
  // Before "no ...": "no, actually phone is better" is a choice, not a no.
  const preferred = preferredMethod(text);
  if (preferred) return preferred;
  if (NONE.test(t)) return 'none';
  if (/^(?:1|by )?(?:phone|telephone|call|ring|mobile|text)\b|\b(?:phone|call|ring) me\b/.test(t) || t === '1') return 'phone';
  if (/^(?:2|by )?e-?mail\b|\bemail me\b/.test(t) || t === '2') return 'email';
  return undefined;
}

const MENTIONS: Readonly<Record<'phone' | 'email', RegExp>> = {
  // ("call-back" is what they are asking for either way, so it names neither.)
  phone: /\b(?:(?:tele)?phone(?: ?calls?)?|phoned|mobile|ring|rang|rung|call|called|calling|text me)\b(?!-?back)/g,
  email: /\be-?mail(?:ed|ing)?\b/g,
};
// "no phone", "I don't want a call", "rather not be rung": the word is there, the wish is not.
const NEGATED_BEFORE = /\b(?:no|not|never|without|n't|nt)\s+(?:(?:a|an|any|by|the|my|to|be|get|have|want|like|give|on)\s+){0,2}$/;

/**
 * The one way of being contacted a message asks for ("no actually phone is better", "can you
 * email me instead"), or undefined when it names neither, both, or only turns one down.
 */
export function preferredMethod(text: string): 'phone' | 'email' | undefined {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/n't\b/g, " n't").replace(/\s+/g, ' ');
  const wanted = (['phone', 'email'] as const).filter((method) =>
    [...t.matchAll(MENTIONS[method])].some((m) => !NEGATED_BEFORE.test(t.slice(0, m.index))));
  return wanted.length === 1 ? wanted[0] : undefined;
}

/** True when the parent does not want to give a detail after all. */
export function isDeclining(text: string): boolean {
  return NONE.test(simplify(text));
}

/** A contact detail found in a message, and the rest of the message around it. */
export interface FoundDetail {
  readonly value: string;
  /** What came before and after the detail (where a best time given with it would be). */
  readonly before: string;
  readonly after: string;
}

/** The first UK phone number in a message: see checkPhone. */
export function findPhone(text: string): FoundDetail | undefined {
  // The number on its own, or inside a sentence ("it's 07700 900 123, after 3pm is best").
  const candidates = [{ found: text.trim(), index: text.indexOf(text.trim()) },
    ...[...text.matchAll(/(?:\+44|\b0)[\d\s\-()]{8,18}\d/g)].map((m) => ({ found: m[0], index: m.index ?? 0 }))];
  for (const { found, index } of candidates) {
    const compact = found.trim().replace(/[\s\-().]/g, '');
    if (/^0\d{9,10}$/.test(asDialled(compact))) return around(text, compact, index, found.length);
  }
  return undefined;
}

/** The first plausible email address in a message: see checkEmail. */
export function findEmail(text: string): FoundDetail | undefined {
  // The address on its own, or inside a sentence ("it's sam@example.com thanks").
  const t = text.trim();
  const match = /\s/.test(t) ? /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[A-Za-z]{2,}/.exec(text) : undefined;
  const found = match ? match[0] : t;
  const value = found.replace(/\.$/, '');
  if (value.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(value)) return undefined;
  return around(text, value, match ? match.index : text.indexOf(t), found.length);
}

/** "+447700900123" as dialled in the UK: "07700900123". */
function asDialled(compact: string): string {
  return compact.startsWith('+44') ? '0' + compact.slice(3).replace(/^0/, '') : compact;
}

function around(text: string, value: string, index: number, length: number): FoundDetail {
  return { value, before: text.slice(0, index), after: text.slice(index + length) };
}

/**
 * A UK phone number: 10 or 11 digits starting with 0, or +44 and the rest. Spaces, dashes and
 * brackets are fine. Returned tidied (digits, with a leading + kept).
 */
export function checkPhone(text: string): DetailCheck {
  const found = findPhone(text);
  if (found) return { ok: true, value: found.value };
  return {
    ok: false,
    message: 'That does not look like a UK phone number. Could you check it? It should be 10 or 11 numbers, like 07700 900123. Or type "no thanks" if you would rather not give one.',
  };
}

/** A plausible email address (an adviser will use it once; we do not check it exists). */
export function checkEmail(text: string): DetailCheck {
  const found = findEmail(text);
  if (found) return { ok: true, value: found.value };
  return {
    ok: false,
    message: 'That does not look like an email address. Could you check it? It should look like name@example.com. Or type "no thanks" if you would rather not give one.',
  };
}

/**
 * A stored number as a parent would write it, to read back: "07700900123" -> "07700 900123",
 * "02079460000" -> "020 7946 0000", "01614960000" -> "0161 496 0000".
 */
export function phoneForReading(stored: string): string {
  const d = asDialled(stored);
  if (d.length === 11 && /^02/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  if (d.length === 11 && /^(?:01\d1|011\d|0[389])/.test(d)) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.length === 11) return `${d.slice(0, 5)} ${d.slice(5)}`;
  return d.length === 10 ? `${d.slice(0, 5)} ${d.slice(5)}` : d;
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
