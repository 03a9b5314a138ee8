import type { Detection } from './personalDetailKinds';
import { isPlainWord } from './plainWords';
import { foldWord, isTitleCase, tokenize, type Token } from './textTokens';

/**
 * Street addresses: "12 Oak Road", "flat 3, 22a st john's street", "14 Heol y Coed",
 * "we live on Acacia Avenue", and house names ("Rose Cottage", "Tŷ Gwyn"). Towns and cities are
 * kept: an area is not identifying alone, and it can matter to the question.
 */

const STREET_TYPES = new Set(`
road rd street st lane ln close cl avenue ave av drive dr way crescent cres court ct gardens gdns garden place pl terrace terr tce
grove gr mews walk rise view park green parade pde vale boulevard blvd wharf heights fold brow gate chase meadow meadows croft
yard square sq row hill circus approach wynd brae loan vennel embankment esplanade promenade quay mount dene ridge paddock
copse glade orchard fields field hey close lea end side bank hollow
`.split(/\s+/).filter(Boolean));

/** Street words that are seldom anything else, so they count without a house number. */
const CLEAR_STREET_TYPES = new Set(`
road street lane avenue crescent terrace gardens drive close grove mews boulevard parade rd ave
`.split(/\s+/).filter(Boolean));

/** Welsh street words come first: "Heol y Coed", "Ffordd Las". */
const WELSH_STREET_TYPES = new Set(['heol', 'ffordd', 'stryd', 'lon', 'maes', 'rhodfa', 'llys', 'cae', 'bryn', 'stryt']);
const WELSH_LINKS = new Set(['y', 'yr', "'r", 'r']);

const HOUSE_NAME_ENDS = new Set(['cottage', 'cottages', 'farm', 'farmhouse', 'lodge', 'barn', 'mill', 'manor', 'rectory', 'vicarage', 'bungalow', 'grange', 'hall']);
/** Words between a number and the street word that show it is an amount, not an address. */
const AMOUNT_WORDS = new Set(`
hours hour hrs weeks week days day minutes mins months month years year times time miles mile metres yards percent pounds
sessions session lessons lesson children kids pupils people year-old yo
`.split(/\s+/).filter(Boolean));
/** After these, a street name is clear even in lower case: "we live on oak road". */
const ADDRESS_LEAD_INS = new Set(['on', 'at', 'in', 'off']);
const ADDRESS_VERBS = new Set(['live', 'lives', 'living', 'lived', 'moved', 'move', 'moving', 'address', 'staying', 'stay', 'stays']);

const HOUSE_NUMBER = /^\d{1,4}[a-z]?(?:-\d{1,4}[a-z]?)?$/i;
const FLAT_WORDS = new Set(['flat', 'apartment', 'apt', 'flt', 'maisonette']);

/** Everyday words that are also common in street names: "12 High Street", "3 Church Lane". */
const STREET_NAME_WORDS = new Set(`
high main new old church station park mill school green north south east west upper lower little great long back front
middle kings queens king queen london market bridge chapel victoria albert manor farm hall lodge wood
`.split(/\s+/).filter(Boolean));

function isNameWord(t: Token): boolean {
  if (t.placeholder || /^\d/.test(t.text)) return false;
  const f = foldWord(t.text);
  return (STREET_NAME_WORDS.has(f) || !isPlainWord(f)) && !AMOUNT_WORDS.has(f) && f.length >= 2;
}

function spaced(t: Token): boolean {
  return /^[ \t]+$/.test(t.gapBefore);
}

export function findStreetAddresses(text: string): Detection[] {
  const tokens = tokenize(text);
  const spans: Array<[number, number]> = [];
  const fold = tokens.map((t) => foldWord(t.text));

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];

    // "Flat 3", "apartment 12b".
    if (FLAT_WORDS.has(fold[i]) && i + 1 < tokens.length && HOUSE_NUMBER.test(tokens[i + 1].text) && spaced(tokens[i + 1])) {
      spans.push([t.start, tokens[i + 1].end]);
      continue;
    }

    // "12 Oak Road", "12, the crescent", "3 St John's Street".
    if (HOUSE_NUMBER.test(t.text) && !t.possessive) {
      const end = numberLedStreet(tokens, fold, i);
      if (end !== undefined) { spans.push([t.start, tokens[end].end]); continue; }
      const welsh = welshStreet(tokens, fold, i + 1);
      if (welsh !== undefined && /^[ \t,]+$/.test(tokens[i + 1].gapBefore)) { spans.push([t.start, tokens[welsh].end]); continue; }
    }

    // "Heol y Coed" without a number, written with capitals.
    if (WELSH_STREET_TYPES.has(fold[i]) && isTitleCase(t.text) && i + 1 < tokens.length && isTitleCase(tokens[i + 1].text) || (WELSH_STREET_TYPES.has(fold[i]) && isTitleCase(t.text) && WELSH_LINKS.has(fold[i + 1] ?? ''))) {
      const end = welshStreet(tokens, fold, i);
      if (end !== undefined) { spans.push([t.start, tokens[end].end]); continue; }
    }

    // "on Acacia Avenue", "we live on oak road".
    if (CLEAR_STREET_TYPES.has(fold[i]) && i > 0) {
      const start = namedStreetStart(tokens, fold, i);
      if (start !== undefined) spans.push([tokens[start].start, t.end]);
    }

    // "Rose Cottage", "The Old Rectory", "Tŷ Gwyn".
    if (HOUSE_NAME_ENDS.has(fold[i]) && isTitleCase(t.text) && i > 0 && isTitleCase(tokens[i - 1].text) && isNameWord(tokens[i - 1]) && spaced(t)) {
      let start = i - 1;
      if (start > 0 && isTitleCase(tokens[start - 1].text) && spaced(tokens[start]) && (isNameWord(tokens[start - 1]) || fold[start - 1] === 'the')) start -= 1;
      spans.push([tokens[start].start, t.end]);
    }
    if ((fold[i] === 'ty' || fold[i] === 'bryn') && t.text !== t.text.toLowerCase() && i + 1 < tokens.length && isTitleCase(tokens[i + 1].text) && isNameWord(tokens[i + 1]) && spaced(tokens[i + 1])) {
      spans.push([t.start, tokens[i + 1].end]);
    }
  }
  return mergeNearby(text, spans).map(([start, end]) => ({ start, end, kind: 'address' as const }));
}

/** The index of the street word after a house number, if one follows within four words. */
function numberLedStreet(tokens: Token[], fold: string[], i: number): number | undefined {
  const first = tokens[i + 1];
  if (!first || !/^[ \t]*,?[ \t]*$/.test(first.gapBefore) || first.gapBefore.length === 0) return undefined;
  // "14 The Crescent"; in lower case only when the address clearly ends there ("5 the crescent, york").
  if (fold[i + 1] === 'the' && tokens[i + 2] && STREET_TYPES.has(fold[i + 2]) && spaced(tokens[i + 2])) {
    const after = tokens[i + 3];
    if (first.text === 'The' || !after || /^\s*[,\n]/.test(after.gapBefore)) return i + 2;
  }
  for (let j = i + 1; j <= i + 4 && j < tokens.length; j += 1) {
    const t = tokens[j];
    if (j > i + 1 && !spaced(t)) return undefined;
    if (j > i + 1 && STREET_TYPES.has(fold[j])) return j;
    // "St" after a name is Street; before one ("St John's Street") it is Saint.
    if (!(isNameWord(t) || (fold[j] === 'st' && j === i + 1))) return undefined;
  }
  return undefined;
}

/** "Heol y Coed", "Ffordd Las": the Welsh street word, a link word, then one or two names. */
function welshStreet(tokens: Token[], fold: string[], i: number): number | undefined {
  if (!tokens[i] || !WELSH_STREET_TYPES.has(fold[i])) return undefined;
  let end: number | undefined;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) {
    if (!/^[ \t]*['’]?$/.test(tokens[j].gapBefore)) break;
    if (WELSH_LINKS.has(fold[j])) continue;
    if (!isNameWord(tokens[j])) break;
    end = j;
  }
  return end;
}

/** Where a street name without a number starts: capitalised words, or any after "live on". */
function namedStreetStart(tokens: Token[], fold: string[], i: number): number | undefined {
  const streetWordTitle = isTitleCase(tokens[i].text);
  let start: number | undefined;
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    const t = tokens[j];
    if (!spaced(tokens[j + 1]) || !isNameWord(t)) break;
    if (!(isTitleCase(t.text) && streetWordTitle)) {
      // Lower case: only straight after "live on", "moved to", "address is".
      const before = fold.slice(Math.max(0, j - 3), j);
      const ledIn = before.some((w) => ADDRESS_VERBS.has(w)) && (ADDRESS_LEAD_INS.has(before[before.length - 1] ?? '') || before[before.length - 1] === 'is' || before[before.length - 1] === 'to');
      if (!ledIn) break;
    }
    start = j;
  }
  if (start === undefined) return undefined;
  // "Great Ormond Street Hospital" is a place everyone knows, not a home.
  const next = fold[i + 1];
  if (next && ['hospital', 'school', 'academy', 'surgery', 'clinic', 'centre', 'center', 'station', 'primary', 'college', 'practice', 'library'].includes(next)) return undefined;
  return start;
}

/** "Flat 3, 12 Oak Road" is one address. */
function mergeNearby(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && (s[0] <= last[1] || /^[\s,]*$/.test(text.slice(last[1], s[0])))) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}
