/**
 * A message that places the family in Wales, Scotland or Northern Ireland. Education is devolved:
 * each nation has its own system for children with additional needs, so an answer about England's
 * law (its time limits, its plans, its tribunal) could mislead. The bot says so instead.
 */
export type OtherUkNation = 'Wales' | 'Scotland' | 'Northern Ireland';

// Cities and council areas a parent names instead of the nation ("we live in Cardiff"), and each
// nation's own names for a plan. Only names that are not also places in England: no Newport,
// Perth or Bangor.
const WALES_PLACES = ['cardiff', 'swansea', 'wrexham', 'aberystwyth', 'carmarthen(?:shire)?', 'llanelli', 'merthyr(?: tydfil)?', 'rhondda',
  'caerphilly', 'bridgend', 'pembrokeshire', 'gwynedd', 'powys', 'conwy', 'anglesey', 'ynys mon', 'ceredigion', 'denbighshire', 'flintshire',
  'monmouthshire', 'torfaen', 'blaenau gwent', 'neath port talbot', 'vale of glamorgan', 'pontypridd', 'llandudno', 'cwmbran', 'aberdare',
  'individual development plans?', 'additional learning needs co[ -]?ordinator', 'alnco'];
const SCOTLAND_PLACES = ['glasgow', 'edinburgh', 'aberdeen(?:shire)?', 'dundee', 'inverness', 'stirling', 'falkirk', 'paisley', 'kilmarnock',
  '(?:north |south |east )?ayrshire', '(?:north |south )?lanarkshire', '(?:east )?renfrewshire', '(?:east |west )?dunbartonshire',
  '(?:east |west |mid )?lothian', 'perth and kinross', 'dumfries(?: and galloway)?', 'scottish borders', 'highland council', 'orkney', 'shetland',
  'co[ -]?ordinated support plans?', 'additional support for learning'];
const NORTHERN_IRELAND_PLACES = ['belfast', 'derry', 'londonderry', 'lisburn', 'newry', 'armagh', 'omagh', 'enniskillen', 'ballymena', 'coleraine'];

const placesPattern = (names: readonly string[]) => new RegExp(`\\b(?:${names.join('|')})\\b`);

const NATIONS: ReadonlyArray<readonly [OtherUkNation, RegExp]> = [
  ['Northern Ireland', /\bnorthern ireland\b|\bn\.? ?ireland\b/],
  ['Wales', /(?<!south )\b(?:wales|welsh|cymru)\b/],
  ['Scotland', /\b(?:scotland|scottish)\b/],
  ['Wales', placesPattern(WALES_PLACES)],
  ['Scotland', placesPattern(SCOTLAND_PLACES)],
  ['Northern Ireland', placesPattern(NORTHERN_IRELAND_PLACES)],
];

/** The other UK nation a message names, if it names one (the first, if several). */
export function otherUkNationIn(text: string): OtherUkNation | undefined {
  const t = text.toLowerCase();
  let first: { nation: OtherUkNation; at: number } | undefined;
  for (const [nation, pattern] of NATIONS) {
    const at = t.search(pattern);
    if (at >= 0 && (!first || at < first.at)) first = { nation, at };
  }
  return first?.nation;
}
