/**
 * "St Marys Primary" typed where the flow asks what kind of place a child learns in: the kind
 * (a school) and its name at once, so the name is not asked for again. Only words beyond the
 * kind of place, its year groups and everyday filler count as a name: "a mainstream primary,
 * year 3" names none.
 */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'at', 'in', 'to', 'of', 'and', 'he', 'she', 'they', 'goes', 'go', 'going', 'is', 'are', 'attends', 'attend', 'currently',
  'now', 'still', 'just', 'started', 'starting', 'his', 'her', 'their', 'my', 'our', 'child', 'son', 'daughter', 'it', 's', 'local',
  'mainstream', 'special', 'state', 'private', 'independent', 'free', 'faith', 'church', 'catholic', 'village', 'small', 'big', 'new',
  'school', 'schools', 'primary', 'secondary', 'academy', 'infant', 'infants', 'junior', 'juniors', 'reception', 'nursery', 'pre', 'preschool',
  'college', 'sixth', 'form', 'year', 'yr', 'class', 'unit', 'resource', 'base', 'pru', 'fe', 'post', 'ks1', 'ks2', 'ks3', 'ks4', 'key', 'stage',
  'full', 'part', 'time', 'there', 'one', 'yes', 'ok', 'okay', 'um', 'erm', 'i', 'think', 'called', 'named', 'hes', 'shes', 'theyre', 'im', 'which', 'that', 'where', 'who',
  // A young person about themselves ("I am at college", "I'm studying at a sixth form").
  'am', 'm', 'me', 'was', 'were', 'study', 'studying', 'learn', 'learning', 'doing', 'course',
]);

/** The typed name of the school, nursery or college, when the answer holds one; undefined otherwise. */
export function settingNameIn(text: string): string | undefined {
  const words = text.trim().replace(/[’‘]/g, "'").replace(/[.!,]+$/, '').replace(/,? (?:i think|i believe|probably|maybe)$/i, '').split(/\s+/).filter(Boolean);
  const plain = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/[^a-z0-9]/g, '');
  // The name starts at the first word that is not filler ("he's in year 4 at Brookside" is Brookside).
  // ("Our Lady of Lourdes" keeps its "Our".)
  const start = words.findIndex((w, i) => plain(w) && (!NOT_A_NAME.has(plain(w)) || (plain(w) === 'our' && plain(words[i + 1] ?? '') === 'lady')) && !/^\d+$/.test(plain(w)));
  if (start < 0) return undefined;
  // "st marys" and "Greenway Primary School" keep the kind of place after the name.
  const name = words.slice(start).join(' ');
  return name.length <= 120 ? name : undefined;
}

/**
 * "Shes not been in school since easter, school took her off roll", "home educated", "no school
 * place": no school or setting now, even though the words name a school.
 */
const NOT_IN_A_SETTING = new RegExp([
  "\\bnot (?:been |gone |going |attending |attended |at |in |on roll (?:at|in) |registered (?:at|with) |enrolled (?:at|in) |to )*(?:a |any |the |her |his |their |my )?(?:school|nursery|college|setting|education)\\b",
  "\\b(?:hasn'?t|hasnt|has not|haven'?t|havent|have not|isn'?t|isnt|is not|doesn'?t|doesnt|does not|didn'?t|didnt|did not|can'?t|cant|cannot|won'?t|wont) (?:been |gone |go |going |attend(?:ed|ing)? |got |had |have |got into )*(?:to |in |into |at )?(?:a |any |the |her |his |their )?(?:school|nursery|college|setting|education|school place)\\b",
  '\\boff[- ]?roll(?:ed)?\\b|\\boff (?:the |her |his |their )?(?:school )?roll\\b|\\b(?:taken|removed|struck) off\\b|\\bremoved from (?:the )?(?:school )?roll\\b',
  '\\bout of (?:school|education|nursery|college)\\b|\\bno (?:school|setting|place|school place|nursery|college)\\b|\\bmissing (?:from )?education\\b',
  '\\bhome[- ]?educat\\w*|\\beducated (?:at|from) home\\b|\\bhome[- ]?school\\w*|\\belectively home\\b|\\behe\\b',
  '\\bstopped (?:going|attending)\\b|\\bnot attending\\b|\\bnowhere\\b',
  // "Nothing at the moment, she left college in the summer": no place now, though a college is named.
  '^(?:nothing|none|nowhere|no where)(?: at the moment| at present| right now| now| currently| yet| since)?\\b',
  "\\b(?:left|finished|dropped out of|was excluded from|got kicked out of|kicked out of) (?:her |his |their |the |my )?(?:school|college|nursery|sixth form|course)\\b",
  "\\b(?:at home|home) (?:all day|full time|at the moment|now)\\b",
].join('|'));
/** "He left St Marys and now goes to Oak Lane": a place now, after all. */
const IN_A_SETTING_NOW = /\b(?:now (?:goes|at|attends|in)\b(?! home)|goes to|started at|moved to|is at (?!home)|attends)\b/;

/** True when the answer says the child is in no school or setting now. */
export function saysNotInASetting(text: string): boolean {
  const t = text.toLowerCase().replace(/[’‘]/g, "'").trim();
  return NOT_IN_A_SETTING.test(t) && !IN_A_SETTING_NOW.test(t);
}

/**
 * The name in a sentence about the place ("he goes to the one on the hill, it's called Oak Lane"):
 * the words after "called" or "named"; undefined when no such words name it.
 */
export function nameCalledIn(text: string): string | undefined {
  const called = /\b(?:called|named|the name is|its name is|name's|names)\s+(.+?)\s*(?:[,.;!?]|$)/i.exec(text.trim().replace(/[’‘]/g, "'"));
  const name = called?.[1]?.replace(/\s+(?:i think|i believe|probably|maybe)$/i, '').trim();
  return name && name.split(/\s+/).length <= 8 ? name : undefined;
}
