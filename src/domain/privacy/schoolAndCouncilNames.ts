import type { Detection } from './personalDetailKinds';
import { isPlainWord, SEND_WORDS } from './plainWords';
import { foldWord, isAllCaps, isLowerCase, isTitleCase, tokenize, type Token } from './textTokens';

/**
 * Named schools and councils: "St Mary's C of E Primary", "Oakfield Academy", "hillside school",
 * "Kent County Council", "London Borough of Camden", "leeds city council". Found from the word
 * that says what the place is ("School", "Council"), reading back over its name. Words that
 * describe rather than name ("mainstream school", "the county council", "a Catholic school")
 * leave it alone, and so does "the school" or "the council".
 *
 * A school's name is removed wherever else it appears ("Oakfield said..."). A council's area
 * alone ("we're in Kent") is kept, like a town.
 */

/** What parents say about a school or council, in lower case, is not its name: "a decent school", "useless council". */
const DESCRIBING_WORDS = new Set(`
decent lovely nice brilliant amazing supportive inclusive rubbish terrible awful excellent fantastic wonderful specialised
suitable appropriate appropiate proper normal regular ordinary typical standard smaller bigger larger quieter calmer busy
useless hopeless incompetent unhelpful helpful horrible dreadful shocking poor strict caring friendly welcoming huge tiny
tough difficult brand posh fancy expensive cheap excellent outstanding requires improvement inadequate failing named proposed
`.split(/\s+/).filter(Boolean));

/** Common words that can be part of a school's name but are too ordinary to remove wherever they appear. */
const ORDINARY_NAME_WORDS = new Set(`
park view green hill wood field fields lane road house church grove bank brook high saint king queen bishop lady royal city
county north south east west upper lower little great valley river lake castle bridge mill meadow meadows forest hope grace
faith holy trinity spirit cross heart sacred saints community learning centre center children family
`.split(/\s+/).filter(Boolean));

const SCHOOL_TYPES = new Set(['school', 'academy', 'college', 'primary', 'nursery', 'infants', 'juniors', 'federation', 'preschool', 'pre-school', 'high', 'grammar', 'prep']);
/** Only with a capital: "Oakwood High", but not "too high". */
const TITLE_ONLY_SCHOOL_TYPES = new Set(['high', 'grammar', 'prep', 'juniors', 'infants']);
/** Words that may follow the type word and belong to the name: "Primary School", "Academy Trust". */
const SCHOOL_TAILS = new Set(['school', 'academy', 'college', 'primary', 'nursery', 'trust', 'federation', 'infants', 'juniors', 'unit']);
/** Words between a school's name and its type: "St Mary's C of E Primary", "Hillcrest Infant and Nursery School". */
const SCHOOL_QUALIFIERS = new Set(`
cofe ce rc catholic church methodist community primary junior juniors infant infants nursery secondary high grammar special
free academy voluntary aided va vc controlled foundation preparatory prep girls boys international christian islamic jewish
muslim sikh hindu endowed parochial memorial and & language cp ji jmi jin jun inf sixth form upper lower middle
`.split(/\s+/).filter(Boolean));
/** Words that describe a kind of school, never name one. */
const SCHOOL_DESCRIPTIONS = new Set(`
mainstream specialist independent private state local village faith forest sunday summer holiday home boarding residential
day hospital alternative sixth form further education fe sen send asd autism autistic resourced provision base unit medical
virtual open art drama dance music driving secondary comprehensive grammar primary catholic church new old current previous
next nearest preferred named chosen different other another same good outstanding big small little large ebd arp semh sld mld
pmld pru independent non-maintained maintained free high junior infant nursery high-school primary-school secondary-school
selective single-sex mixed girls boys day-school reception
hates loves likes misses skips avoids dreads enjoys refuses attends leaves starts changes finishes attend attended
multi sponsor sponsored converter trust catchment feeder nearby closest rural inner-city nurture nurturing
compulsory statutory particular certain specific any every each whole which whichever such
`.split(/\s+/).filter(Boolean));

/** Ordinary words that, with a capital, are often part of a name: "Oak Road Primary", "Park View School". */
const STREET_LIKE_NAME_WORDS = new Set(`
road street lane park hill view green wood field fields church grove bank brook avenue drive way court gardens place farm mill
manor castle bridge valley meadow meadows moor vale cross well wells gate end house
`.split(/\s+/).filter(Boolean));

const WELSH_LINKS = new Set(['y', 'yr', "'r", 'r']);

const SAINTS = new Set(['st', 'saint', 'sts', 'king', 'queen', 'bishop', 'lady', 'prince', 'princess', 'dame', 'sir']);
const OWNER_IS_NAME = new Set(['king', 'queen', 'bishop']);

const COUNCIL_QUALIFIERS = new Set(['county', 'city', 'borough', 'district', 'metropolitan', 'unitary', 'town', 'parish', 'and', 'of']);
const COUNCIL_DESCRIPTIONS = new Set(`
local county city borough district metropolitan unitary town parish neighbouring new old previous current home other different
same another responsible host placing youth uk english welsh
`.split(/\s+/).filter(Boolean));
/** Joining words inside a name: "Bath and North East Somerset", "Isle of Wight", "Kingston upon Thames". */
const CONNECTORS = new Set(['and', '&', 'of', 'upon', 'on', 'the', 'in', 'under']);

function gapIsSpace(t: Token): boolean {
  return /^[ \t]+$/.test(t.gapBefore);
}

/** Could this word be part of a school's or council's own name? */
function isInstitutionNameWord(t: Token, descriptions: ReadonlySet<string>): boolean {
  if (t.placeholder || /^\d/.test(t.text)) return false;
  const f = foldWord(t.text);
  if (f === 'st' || f === 'saint' || f === 'sts') return true;
  if (/^[ivx]+$/.test(f) && isAllCaps(t.text)) return true;
  if (STREET_LIKE_NAME_WORDS.has(f) && isTitleCase(t.text)) return true;
  if (isPlainWord(f) || descriptions.has(f) || SEND_WORDS.has(f)) return false;
  if (DESCRIBING_WORDS.has(f) && isLowerCase(t.text)) return false;
  if (t.sentenceStart && /ly$/.test(f)) return false;
  // "hillside school" is a name; "not-for-profit school" and "well-run school" describe one.
  if (isLowerCase(t.text)) return f.length >= 3 && !/(?:ing|ed)$/.test(f) && !f.includes('-');
  return isTitleCase(t.text) || isAllCaps(t.text);
}

/** Reads back from `from` (exclusive) over name words and connectors; returns the first name word's index. */
function readNameBack(tokens: Token[], from: number, descriptions: ReadonlySet<string>, maxWords: number): number | undefined {
  let start: number | undefined;
  let words = 0;
  for (let j = from - 1; j >= 0 && words < maxWords; j -= 1) {
    if (!gapIsSpace(tokens[j + 1]) && !/^[ \t]*-[ \t]*$/.test(tokens[j + 1].gapBefore)) break;
    const t = tokens[j];
    const f = foldWord(t.text);
    if (isInstitutionNameWord(t, descriptions)) { start = j; words += 1; continue; }
    // A connector counts only with a name word on both sides.
    if (CONNECTORS.has(f) && start === j + 1 && j > 0 && gapIsSpace(t) && isInstitutionNameWord(tokens[j - 1], descriptions)) continue;
    break;
  }
  return start;
}

export function findSchoolNames(text: string): Detection[] {
  const tokens = tokenize(text);
  const fold = tokens.map((t) => foldWord(t.text));
  const found: Detection[] = [];
  const nameWords = new Set<string>();

  for (let i = 0; i < tokens.length; i += 1) {
    const f = fold[i];
    // Welsh names put the type first: "Ysgol y Garnedd", "Ysgol Gymraeg Bro Taf".
    if (f === 'ysgol' && !isLowerCase(tokens[i].text)) {
      let end = i;
      for (let j = i + 1; j < tokens.length && j <= i + 4 && /^[ \t]+$/.test(tokens[j].gapBefore); j += 1) {
        if (WELSH_LINKS.has(fold[j]) && tokens[j + 1] && isInstitutionNameWord(tokens[j + 1], SCHOOL_DESCRIPTIONS)) continue;
        if (!isInstitutionNameWord(tokens[j], SCHOOL_DESCRIPTIONS)) break;
        end = j;
        nameWords.add(fold[j]);
      }
      if (end > i) { found.push({ start: tokens[i].start, end: tokens[end].end, kind: 'school' }); i = end; }
      continue;
    }
    if (!SCHOOL_TYPES.has(f) || tokens[i].placeholder) continue;
    if (TITLE_ONLY_SCHOOL_TYPES.has(f) && !isTitleCase(tokens[i].text) && !isAllCaps(tokens[i].text)) continue;

    // Back over qualifiers ("C of E", "Church of England", "Infant and Nursery").
    let q = i;
    for (;;) {
      if (q >= 3 && fold[q - 3] === 'c' && fold[q - 2] === 'of' && fold[q - 1] === 'e') { q -= 3; continue; }
      if (q >= 3 && fold[q - 3] === 'church' && fold[q - 2] === 'of' && fold[q - 1] === 'england') { q -= 3; continue; }
      if (q >= 1 && SCHOOL_QUALIFIERS.has(fold[q - 1]) && gapIsSpace(tokens[q]) && !(fold[q - 1] === 'and' && !SCHOOL_QUALIFIERS.has(fold[q - 2] ?? ''))) { q -= 1; continue; }
      break;
    }
    // "and" or "&" left at the front belongs to the sentence, not the name.
    while (q < i && (fold[q] === 'and' || fold[q] === '&')) q += 1;
    const start = readNameBack(tokens, q, SCHOOL_DESCRIPTIONS, 5);
    if (start === undefined) continue;
    // "Jack's school" is whose school, not its name; "St Mary's" and "King's" are names.
    const owner = tokens[q - 1];
    if (owner.possessive && (isLowerCase(owner.text) || (start === q - 1 && !OWNER_IS_NAME.has(fold[q - 1])) || (start === q - 2 && !SAINTS.has(fold[q - 2])))) continue;

    // Forward over "School", "Academy Trust", "and Nursery".
    let end = i;
    while (end + 1 < tokens.length && gapIsSpace(tokens[end + 1]) && !tokens[end].possessive) {
      const next = fold[end + 1];
      if (SCHOOL_TAILS.has(next)) { end += 1; continue; }
      if ((next === 'and' || next === '&') && SCHOOL_TAILS.has(fold[end + 2] ?? '') && gapIsSpace(tokens[end + 2])) { end += 2; continue; }
      break;
    }
    found.push({ start: tokens[start].start, end: tokens[end].end, kind: 'school' });
    for (let j = start; j < q; j += 1) {
      if (fold[j].length >= 4 && !CONNECTORS.has(fold[j]) && !ORDINARY_NAME_WORDS.has(fold[j])) nameWords.add(fold[j]);
    }
    i = end;
  }

  // The same school named again without its type: "Oakfield said they can't meet his needs".
  if (nameWords.size) {
    for (const t of tokens) {
      if (!t.placeholder && nameWords.has(foldWord(t.text)) && !found.some((d) => t.start >= d.start && t.start < d.end)) {
        found.push({ start: t.start, end: t.end, kind: 'school' });
      }
    }
  }
  return found;
}

const FORWARD_COUNCIL = /\b(?:(?:(?:london|royal|metropolitan)\s+)?borough\s+of|city\s+(?:and\s+county\s+)?of|council\s+of\s+the|cyngor(?:\s+sir)?)\s+/giu;

export function findCouncilNames(text: string): Detection[] {
  const tokens = tokenize(text);
  const fold = tokens.map((t) => foldWord(t.text));
  const found: Detection[] = [];

  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i].placeholder) continue;
    const f = fold[i];
    // "... Council", "... local authority", "... LA".
    let typeStart: number | undefined;
    if (f === 'council' || f === 'councils') typeStart = i;
    else if (f === 'authority' && fold[i - 1] === 'local' && gapIsSpace(tokens[i])) typeStart = i - 1;
    else if (tokens[i].text === 'LA' || tokens[i].text === 'LEA') typeStart = i;
    if (typeStart === undefined) continue;

    let q = typeStart;
    while (q >= 1 && COUNCIL_QUALIFIERS.has(fold[q - 1]) && gapIsSpace(tokens[q]) && fold[q - 1] !== 'and' && fold[q - 1] !== 'of') q -= 1;
    const start = readNameBack(tokens, q, COUNCIL_DESCRIPTIONS, 6);
    if (start === undefined) continue;
    found.push({ start: tokens[start].start, end: tokens[i].end, kind: 'council' });
  }

  for (const m of text.matchAll(FORWARD_COUNCIL)) {
    const after = m.index + m[0].length;
    const first = tokens.findIndex((t) => t.start >= after);
    if (first < 0 || tokens[first].start !== after || !isInstitutionNameWord(tokens[first], COUNCIL_DESCRIPTIONS)) continue;
    let end = first;
    for (let j = first + 1; j < tokens.length && j <= first + 5; j += 1) {
      if (!gapIsSpace(tokens[j])) break;
      if (isInstitutionNameWord(tokens[j], COUNCIL_DESCRIPTIONS)) { end = j; continue; }
      if (CONNECTORS.has(fold[j]) && fold[j] !== 'the' && tokens[j + 1] && gapIsSpace(tokens[j + 1]) && isInstitutionNameWord(tokens[j + 1], COUNCIL_DESCRIPTIONS)) continue;
      break;
    }
    // Take a "Council" straight after the name too: "City of York Council".
    const next = tokens[end + 1];
    if (next && fold[end + 1] === 'council' && gapIsSpace(next)) end += 1;
    found.push({ start: m.index, end: tokens[end].end, kind: 'council' });
  }
  return found;
}
