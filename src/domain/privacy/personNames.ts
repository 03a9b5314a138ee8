import type { Detection } from './personalDetailKinds';
import { CONTEXT_ONLY_NAMES, FIRST_NAMES, NAME_TITLES, SURNAME_PARTICLES, SURNAMES, WORD_NAMES, WORD_SURNAMES } from './personalNames';
import { isPlainWord, SEND_WORDS } from './plainWords';
import { foldWord, isAllCaps, isLowerCase, isTitleCase, tokenize, type Token } from './textTokens';

/**
 * People's names. Three kinds of evidence, strongest first:
 *  - the sentence says it is a name: "my son Jack", "called Amelia", "Mrs Khan", "Jack's mum",
 *    "I'm Sarah", "Thanks, Dave", "the caseworker, Gemma";
 *  - the word is a known first name or surname (personalNames.ts), in any case;
 *  - once a word is known to be a name here, it is a name wherever else it appears.
 * A title stays ("Mrs [name]"): it tells the reader who was involved without saying who.
 */

type NameKnowledge = 'first' | 'word-first' | 'context-only' | 'surname' | 'word-surname' | undefined;

/** People a parent mentions by relation: "my son ___", "our eldest ___". */
const RELATIONS = new Set(`
son sons daughter daughters child children kid kids boy boys girl girls husband wife partner ex brother sister twin twins stepson
stepdaughter grandson granddaughter niece nephew cousin friend mum dad mother father nan grandma grandad baby toddler teenager
lad eldest youngest middle stepchild grandchild boyfriend girlfriend fiance fiancee carer sibling siblings
`.split(/\s+/).filter(Boolean));
const RELATION_OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'mine', 'a']);
/** After "my son ___", these show the word before them is his name: "my son zeke is 13". */
const AFTER_A_NAME = new Set(['is', 'has', 'was', 'goes', 'gets', 'can', 'cant', 'will', 'wont', 'does', 'doesnt', 'did', 'didnt', 'had', 'who', 'aged', 'and', 'hasnt', 'isnt', 'wasnt']);
/** Staff a parent names by role: "the SENCo, Mrs Patel", "our caseworker Gemma". */
const ROLES = new Set(`
senco sendco teacher head headteacher caseworker case officer ep psychologist therapist salt ot paediatrician consultant gp doctor
nurse worker keyworker ta lsa tutor manager coordinator co-ordinator advocate solicitor mediator lead assistant practitioner
adviser advisor counsellor principal deputy governor chair clerk officer
`.split(/\s+/).filter(Boolean));
/** After "___'s": "Jack's mum", "Amelia's teacher". */
const OWNED = new Set([...RELATIONS, ...ROLES, 'class', 'classmate', 'school', 'ehcp', 'plan', 'needs', 'diagnosis', 'birthday', 'behaviour', 'place']);
/** A word before one of these names a place, not a person. */
const PLACE_WORDS = new Set(`
school academy college council road street avenue lane drive close crescent hospital class centre center surgery practice trust
university nursery primary ward house court park way unit clinic library station
`.split(/\s+/).filter(Boolean));

/** Words after "Will", "May" or "Hope" opening a sentence that show it is the everyday word. */
const SENTENCE_OPENER_FOLLOWERS = new Set(['the', 'you', 'i', 'we', 'they', 'he', 'she', 'it', 'this', 'that', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'there', 'so', 'someone', 'anyone', 'all', 'be']);

const STRONG_LEAD_INS = /\b(?:called|named|name\s+is|name's|names\s+are|known\s+as|goes\s+by|nicknamed|christened)\s*[:,]?\s*$/i;
const WEAK_LEAD_INS = /(?:\bi\s*['’]?\s*m|\bi\s+am|\bthis\s+is|\bit\s*['’]?\s*s|\bsigned\s+by|\bdear|\bhi|\bhiya|\bhello|\bhey|\bmorning|\bafternoon)\s*,?\s*$/i;
const SIGN_OFF = /(?:^|[\n.!?,])\s*(?:\b(?:many\s+|massive\s+)?(?:thanks|thank\s+you|thankyou|thx|ta|cheers)(?:\s+(?:so\s+much|very\s+much|in\s+advance|again|a\s+lot|for\s+(?:any|your|all\s+your|all\s+the)\s+help|for\s+reading|for\s+listening))?|\b(?:kind|best|warm|warmest)\s+(?:regards|wishes)|\bregards|\bbest|\bsincerely|\byours(?:\s+(?:sincerely|faithfully|truly))?|\blove|[-–—]+)\s*[,.!]*\s*$/i;

export interface PersonNameOptions {
  /** Names known from elsewhere in the conversation: removed wherever they appear. */
  readonly extraNames?: readonly string[];
}

export function findPersonNames(text: string, options: PersonNameOptions = {}): Detection[] {
  const tokens = tokenize(text);
  const fold = tokens.map((t) => foldWord(t.text));
  const isName = tokens.map(() => false);
  const fromRelation = tokens.map(() => false);
  const knowledge = fold.map(knownAs);
  const extra = new Set((options.extraNames ?? []).map((n) => foldWord(n.trim())).filter((n) => n.length >= 2));

  const usable = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.placeholder || /\p{N}/u.test(t.text) || SEND_WORDS.has(fold[i]) || NAME_TITLES.has(fold[i])) return false;
    // "Faith School", "Oak Road": the word names a place.
    const next = tokens[i + 1];
    if (next && PLACE_WORDS.has(fold[i + 1]) && /^[ \t]+$/.test(next.gapBefore) && !t.possessive) return false;
    return true;
  };
  const leadIn = (i: number): string => text.slice(Math.max(0, tokens[i].start - 60), tokens[i].start);

  for (let i = 0; i < tokens.length; i += 1) {
    if (!usable(i)) continue;
    const t = tokens[i];
    const k = knowledge[i];
    const caps = isAllCaps(t.text);

    if (extra.has(fold[i])) { isName[i] = true; continue; }

    // Known names, as lists allow.
    if ((k === 'first' || k === 'surname') && !(caps && t.text.length < 3)) { isName[i] = true; continue; }
    if (k === 'word-first' && isTitleCase(t.text) && !t.sentenceStart) { isName[i] = true; continue; }
    if (k === 'word-first' && isTitleCase(t.text) && knowledge[i + 1] === 'surname' && spaceOnly(tokens[i + 1])) { isName[i] = true; continue; }

    // Context.
    const strong = strongContext(tokens, fold, i, text);
    if (strong && looksLikeNameStrong(t, fold[i], k, strong, tokens[i + 1])) { isName[i] = true; fromRelation[i] = strong === 'relation'; continue; }
    // "my son zeke is 13": in lower case, the word after it has to show it too.
    if (strong === 'relation' && lowerCaseNameShape(t, fold[i], k) && /\b(?:my|our)\b[^.!?\n]{0,40}$/i.test(leadIn(i))
      && (AFTER_A_NAME.has(fold[i + 1] ?? '') || /^\s*\(/.test(tokens[i + 1]?.gapBefore ?? ''))) {
      isName[i] = true; fromRelation[i] = true; continue;
    }
    if (weakContext(tokens, fold, i, leadIn(i)) && looksLikeNameWeak(t, fold[i], k)) { isName[i] = true; continue; }
    if (titleBefore(tokens, fold, i, k)) { isName[i] = true; continue; }
    if (signOffBefore(tokens, i, leadIn(i)) && looksLikeNameWeak(t, fold[i], k) && endsSignature(tokens, fold, i, text)) { isName[i] = true; continue; }
    // A name alone on the last line: "...\nBronagh".
    if (/\n/.test(t.gapBefore) && isTitleCase(t.text) && looksLikeNameWeak(t, fold[i], k) && endsSignature(tokens, fold, i, text) && !/[\p{L}\p{N}]/u.test(text.slice(t.end).split('\n').slice(1).join(''))) { isName[i] = true; continue; }
  }

  // Names that run on: surnames after a first name ("Jack Smith", "Priya patel", "Sian ap Rhys"),
  // an initial after a title ("Mrs J. Smith"), another name after "and" ("Jack and Xander").
  for (let pass = 0; pass < 3; pass += 1) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!isName[i] || !usable(i + 1) || isName[i + 1]) continue;
      const next = tokens[i + 1];
      const f = fold[i + 1];
      const k = knowledge[i + 1];
      if (spaceOnly(next) && !next.sentenceStart && !tokens[i].possessive) {
        const titled = isTitleCase(next.text) && !isPlainWord(f);
        if (k === 'surname' || k === 'first' || titled || (k === 'word-surname' && isTitleCase(next.text))) { isName[i + 1] = true; continue; }
        if (SURNAME_PARTICLES.has(f) && tokens[i + 2] && isTitleCase(tokens[i + 2].text) && spaceOnly(tokens[i + 2])) {
          isName[i + 1] = true; isName[i + 2] = true; continue;
        }
      }
      // "Jack and Xander", "Amelia & Ruby".
      if ((f === 'and' || f === '&') && spaceOnly(next) && tokens[i + 2] && spaceOnly(tokens[i + 2]) && usable(i + 2) && !isName[i + 2]) {
        const after = tokens[i + 2];
        const k2 = knowledge[i + 2];
        if (k2 === 'first' || k2 === 'surname' || (isTitleCase(after.text) && !isPlainWord(fold[i + 2]))) isName[i + 2] = true;
        // "my twins arjun and kavya": the second of a pair named after a relation.
        else if (fromRelation[i] && lowerCaseNameShape(after, fold[i + 2], k2)) { isName[i + 2] = true; fromRelation[i + 2] = true; }
      }
    }
    // A first name before a known surname: "Xanthe Patel".
    for (let i = 1; i < tokens.length; i += 1) {
      if (isName[i] && !isName[i - 1] && (knowledge[i] === 'surname') && spaceOnly(tokens[i]) && !tokens[i].sentenceStart && usable(i - 1)
        && isTitleCase(tokens[i - 1].text) && !isPlainWord(fold[i - 1]) && !tokens[i - 1].possessive) {
        isName[i - 1] = true;
      }
    }
  }

  // A name found once is a name everywhere in the message. Words that are also everyday words
  // ("Hope", "Will") only where written with a capital.
  const seen = new Map<string, boolean>();
  tokens.forEach((_t, i) => {
    if (!isName[i]) return;
    const ordinary = isPlainWord(fold[i]) || knowledge[i] === 'word-first' || knowledge[i] === 'context-only' || knowledge[i] === 'word-surname';
    seen.set(fold[i], (seen.get(fold[i]) ?? false) || ordinary);
  });
  tokens.forEach((t, i) => {
    if (isName[i] || !seen.has(fold[i]) || !usable(i)) return;
    if (seen.get(fold[i]) && !isTitleCase(t.text)) return;
    // "Will the council...?", "Hope you can help": the word, not the name, opens a sentence.
    if (seen.get(fold[i]) && t.sentenceStart && SENTENCE_OPENER_FOLLOWERS.has(fold[i + 1] ?? '')) return;
    isName[i] = true;
  });

  // Neighbouring name words are one name.
  const found: Detection[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isName[i]) continue;
    let end = i;
    while (isName[end + 1] && !tokens[end].possessive && /^(?:[ \t]+|[ \t]*\.[ \t]*|-)$/.test(tokens[end + 1].gapBefore)) end += 1;
    found.push({ start: tokens[i].start, end: tokens[end].end, kind: 'name' });
    i = end;
  }
  return found;
}

function knownAs(folded: string): NameKnowledge {
  const parts = folded.includes('-') ? [folded, ...folded.split('-')] : [folded];
  const has = (set: ReadonlySet<string>) => parts.some((p) => set.has(p) || set.has(p.replace(/'/g, '')));
  if (has(FIRST_NAMES)) return 'first';
  if (has(SURNAMES)) return 'surname';
  if (has(WORD_NAMES)) return 'word-first';
  if (has(CONTEXT_ONLY_NAMES)) return 'context-only';
  if (has(WORD_SURNAMES)) return 'word-surname';
  return undefined;
}

function spaceOnly(t: Token | undefined): boolean {
  return t !== undefined && /^[ \t]+$/.test(t.gapBefore);
}

function spaceOrComma(t: Token): boolean {
  return /^[ \t]*,?[ \t]*$/.test(t.gapBefore) && t.gapBefore.length > 0;
}

type StrongContext = 'relation' | 'named' | undefined;

/** "my son Jack", "our youngest, Amelia" (relation); "called Zephyr", "his name is Dai", "Xander's mum" (named). */
function strongContext(tokens: Token[], fold: string[], i: number, text: string): StrongContext {
  const t = tokens[i];
  if (i > 0 && spaceOrComma(t)) {
    // "my son", "my 7 year old son", "my autistic daughter".
    if (RELATIONS.has(fold[i - 1]) && !tokens[i - 1].possessive) {
      for (let j = i - 2; j >= Math.max(0, i - 6); j -= 1) {
        if (RELATION_OWNERS.has(fold[j])) return 'relation';
        if (/[.!?\n]/.test(tokens[j + 1].gapBefore)) break;
      }
    }
  }
  if (i + 1 < tokens.length && t.possessive && OWNED.has(fold[i + 1])) return 'named';
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  return STRONG_LEAD_INS.test(before) ? 'named' : undefined;
}

/** "I'm Sarah", "Dear Mrs...", "the caseworker, Gemma". */
function weakContext(tokens: Token[], fold: string[], i: number, before: string): boolean {
  if (WEAK_LEAD_INS.test(before)) return true;
  if (i > 0 && ROLES.has(fold[i - 1]) && spaceOrComma(tokens[i])) return true;
  // "the caseworker is Amanda", "her teacher was Mr..."
  return i > 1 && ROLES.has(fold[i - 2]) && (fold[i - 1] === 'is' || fold[i - 1] === 'was') && spaceOnly(tokens[i]) && spaceOnly(tokens[i - 1]);
}

/** "Mrs Khan", "Dr. Okafor", "mr jones", "Miss Hughes". */
function titleBefore(tokens: Token[], fold: string[], i: number, k: NameKnowledge): boolean {
  if (i === 0) return false;
  let j = i - 1;
  // "Mrs J. Smith": the initial and the surname both count.
  if (/^\p{Lu}$/u.test(tokens[j].text) && j > 0 && NAME_TITLES.has(fold[j - 1])) j -= 1;
  if (!NAME_TITLES.has(fold[j])) return false;
  const t = tokens[i];
  if (!/^\.?[ \t]+$|^\.$/.test(tokens[j + 1].gapBefore)) return false;
  if (isPlainWord(fold[i]) && k === undefined) return false;
  const known = k !== undefined;
  // Lower-case words after a title are names only when known: "i miss school", "dr appointment".
  if (isLowerCase(t.text)) return known && fold[j] !== 'miss' ? true : known && (k === 'first' || k === 'surname');
  return isTitleCase(t.text) || (isAllCaps(t.text) && t.text.length > 1) || /^\p{Lu}$/u.test(t.text);
}

function signOffBefore(tokens: Token[], i: number, before: string): boolean {
  return SIGN_OFF.test(before) && /[\s,.!-]$/.test(before) && tokens[i] !== undefined;
}

/** A signature ends the message or its line (perhaps after a surname or a kiss). */
function endsSignature(tokens: Token[], fold: string[], i: number, text: string): boolean {
  let j = i;
  while (j + 1 < tokens.length && spaceOnly(tokens[j + 1]) && (isTitleCase(tokens[j + 1].text) || fold[j + 1] === 'x' || fold[j + 1] === 'xx')) j += 1;
  const rest = text.slice(tokens[j].end + (tokens[j].possessive ? 2 : 0));
  return /^[\s.,!x]*(?:\n|$)/.test(rest);
}

/**
 * After "my son": a known name, or any capitalised word that is not an everyday one. In lower
 * case ("my son struggles") only a known name, except straight after "called" or "name is".
 * Names that are also words ("will", "may") need a capital.
 */
function looksLikeNameStrong(t: Token, folded: string, k: NameKnowledge, context: Exclude<StrongContext, undefined>, next: Token | undefined): boolean {
  if (k === 'first' || k === 'surname') return true;
  if (k !== undefined) return !isLowerCase(t.text);
  if (isPlainWord(folded) || isAllCaps(t.text)) return false;
  if (isTitleCase(t.text)) return !/(?:ing|ed)$/.test(folded) || context === 'named';
  return context === 'named' && lowerCaseNameShape(t, folded, k) && nothingMoreFollows(next);
}

/** "is called zeke." or "called zeke and...", but not "called judicial review". */
function nothingMoreFollows(next: Token | undefined): boolean {
  return !next || /[.,;:!?()\n]/.test(next.gapBefore) || AFTER_A_NAME.has(foldWord(next.text));
}

/** A lower-case word that could be an unknown name: not an everyday word, not shaped like a verb or adverb. */
function lowerCaseNameShape(t: Token, folded: string, k: NameKnowledge): boolean {
  return k === undefined && isLowerCase(t.text) && !isPlainWord(folded) && folded.length >= 3 && !/(?:s|ed|ing|ly|n't|nt)$/.test(folded);
}

function looksLikeNameWeak(t: Token, folded: string, k: NameKnowledge): boolean {
  if (k !== undefined) return !isLowerCase(t.text) || k === 'first' || k === 'surname';
  return isTitleCase(t.text) && !isPlainWord(folded) && !/(?:ing|ed)$/.test(folded);
}
