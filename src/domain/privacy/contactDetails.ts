import { isPlainWord } from './plainWords';
import { foldWord } from './textTokens';
import type { Detection } from './personalDetailKinds';

/**
 * Email addresses, web addresses and phone numbers: the details that reach a person directly.
 */

// "jo.smith@gmail.com", and the ways people hide them: "jo.smith (at) gmail dot com".
const SEP_DOT = String.raw`(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?|\sdot\s)`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'’-])(?:[\p{L}\p{N}_-]+\s(?:dot|\(dot\)|\[dot\])\s)*[\p{L}\p{N}._%+'’-]+` +
  String.raw`(?:@|\s?\(at\)\s?|\s?\[at\]\s?|\sat\s(?=[\p{L}\p{N}-]+${SEP_DOT}))` +
  String.raw`[\p{L}\p{N}-]+(?:${SEP_DOT}[\p{L}\p{N}-]+)+`,
  'giu',
);
const EMAIL_DOMAIN_ENDS = new RegExp(String.raw`${SEP_DOT}(?:com|org|net|uk|co|gov|nhs|sch|ac|me|io|info|biz|edu|ie|eu|scot|wales|cymru|email|live|online)$`, 'i');

/** "his profile is at www.school.sch.uk": an ordinary word before "at", or a web address after it. */
function spelledOutAtIsPlainSpeech(value: string): boolean {
  const [local, domain] = value.split(/\s(?:at|\(at\)|\[at\])\s|\s?\((?:at)\)\s?|\s?\[at\]\s?/i);
  return isPlainWord(foldWord(local.trim().split(/\s+/).pop() ?? '')) || /^www\b/i.test((domain ?? '').trim());
}

export function findEmailAddresses(text: string): Detection[] {
  const found: Detection[] = [];
  const re = new RegExp(EMAIL.source, EMAIL.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[0];
    // "at" spelled out must end like a real domain, or "meet at school. Then" would match. When
    // it does not, look again one character on: a real address may start inside that stretch.
    if (!/@/.test(value) && (!EMAIL_DOMAIN_ENDS.test(value) || spelledOutAtIsPlainSpeech(value))) { re.lastIndex = m.index + 1; continue; }
    found.push({ start: m.index, end: m.index + value.length, kind: 'email' });
  }
  return found;
}

// Any link with a scheme or "www.", and bare domains followed by a path ("facebook.com/jo.smith").
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|me|ly|info|co|gov|nhs|sch)\/[^\s<>"')\]]*/gi;

/**
 * A web address with a path can lead to a person (a profile, a shared document, a case page).
 * A bare site ("www.ipsea.org.uk") cannot, so it stays: it is often the point of the question.
 */
export function findWebAddresses(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const value = m[0].replace(/[.,;:!?]+$/, '');
    const withoutScheme = value.replace(/^https?:\/\//i, '');
    const slash = withoutScheme.indexOf('/');
    const hasPersonalPart = (slash >= 0 && withoutScheme.slice(slash + 1).length > 0) || /[?#]/.test(withoutScheme);
    if (!hasPersonalPart) continue;
    found.push({ start: m.index, end: m.index + value.length, kind: 'web-address' });
  }
  return found;
}

// UK numbers: +44 / 0044 / (0) forms, 07..., 01..., 02..., 03..., 08..., with spaces, dots,
// dashes or brackets between the digits. Other countries' numbers start with "+".
const UK_PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+\s?|00\s?)44\s?(?:\(0\)\s?)?\(?\d(?:[\s.\-()]{0,2}\d){8,9}|\(?0\d(?:[\s.\-()]{0,2}\d){8,9})(?!\d)/gu;
const INTERNATIONAL_PHONE = /(?<![\p{L}\p{N}])\+\s?[1-9]\d{0,2}(?:[\s.\-()]{0,2}\d){6,12}(?!\d)/gu;

/** Helplines everyone may quote (Childline, Samaritans, NSPCC, Contact): not anyone's own number. */
export const PUBLIC_HELPLINES: ReadonlySet<string> = new Set(['08001111', '116123', '08088005000', '08088083555']);

export function findPhoneNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const re of [UK_PHONE, INTERNATIONAL_PHONE]) {
    for (const m of text.matchAll(re)) {
      if (PUBLIC_HELPLINES.has(m[0].replace(/\D/g, ''))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
    }
  }
  return found;
}
