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
]);

/** The typed name of the school, nursery or college, when the answer holds one; undefined otherwise. */
export function settingNameIn(text: string): string | undefined {
  const words = text.trim().replace(/[’‘]/g, "'").replace(/[.!,]+$/, '').replace(/,? (?:i think|i believe|probably|maybe)$/i, '').split(/\s+/).filter(Boolean);
  const plain = (w: string) => w.toLowerCase().replace(/'s$/, '').replace(/[^a-z0-9]/g, '');
  // The name starts at the first word that is not filler ("he's in year 4 at Brookside" is Brookside).
  const start = words.findIndex((w) => plain(w) && !NOT_A_NAME.has(plain(w)) && !/^\d+$/.test(plain(w)));
  if (start < 0) return undefined;
  // "st marys" and "Greenway Primary School" keep the kind of place after the name.
  const name = words.slice(start).join(' ');
  return name.length <= 120 ? name : undefined;
}
