import { inGroups, inOrder } from './combinedPatterns';
import { readRiskSigns } from './riskSigns';
import { normaliseSendText } from './sendTerms';

/**
 * Spots any sign that a child or the parent may be at risk of harm, so the bot can show where to
 * get help now before anything else. Rules over normalised text, not a trained model: every rule
 * can be read, tested and explained. When unsure it leans towards safety — a parent shown
 * emergency numbers they did not need loses a few seconds; a missed risk can cost far more.
 *
 * Decisions on near misses (each is in tests/recognizer/safeguardingPhrases.ts):
 * - Self-injury described as a need ("he hits his head when overwhelmed, school want a sensory
 *   plan") is a support question, not an emergency. It becomes a risk when the message says the
 *   harm is serious or happening now ("badly", "bleeding", "right now", "tonight", "I'm scared he
 *   will hurt himself").
 * - "Abusing the process / the system / their power" is about procedure, not harm to a person:
 *   not a risk. "Abusing him", "being abused", "abusive partner" are.
 * - Restraint on its own ("the school's restraint policy", "can they restrain him") is a question
 *   for the knowledge base or an adviser; restraint with injury or pain is a risk.
 * - A child hitting other people is behaviour support unless the message says someone is scared,
 *   unsafe or injured. An adult (teacher, staff, partner, relative) hitting a child or the parent
 *   is always a risk.
 * - Questions about policies and how to report ("how do I report a safeguarding concern", "what
 *   is the school's safeguarding policy") are information; "I have a safeguarding concern" is a risk.
 * - Figures of speech ("the deadline is killing me", "I could kill for a coffee", "dying to hear",
 *   "run out of time", "mad about horses", "missing school") are not risks.
 * - A child who "wants to kill his brother when they fight over the xbox" is a question about
 *   anger, unless anything says it goes further (a weapon, an injury, a plan, someone afraid).
 * - Danger now needs a sign that it is now: "on the garage roof right now, icy" is a risk; "was on
 *   the shed roof last summer, we've put a lock on the ladder" is not.
 * - (BC) Suicidal talk told as long past and well now, both said ("used to... when he was 8, he's 14
 *   now and doing great") is a history for a plan, unless anything says it is back; the possible-risk
 *   line (possibleRisk.ts) still shows, as one gentle line costs little and these come back.
 * - A knife and fork is cutlery, a blade runner a prosthetic, "bomb" shouted as a tic a tic, knives in a
 *   Minecraft game an interest; a school that will not give medicine on trips is an access question.
 * - Threatened with court or a fine is procedure; "he was threatening us" is a risk. Afraid a child will
 *   hit the parent is a risk (someone is afraid); a child with no sense of danger who ran into the road
 *   is not, on purpose is.
 * - Text-speak is read: "thinkin of endin it", "her bf is 22", "been sh again" ("sh" as young people
 *   write self-harm, never "sh*t").
 * - (CC) Goodbyes are read by two farewell signs together ("goodbye... i won't be here for it", "my last message... sorry
 *   for everything": riskSigns.ts), or one that is plainly a last wish ("tell my kids i love them"). "I won't be around
 *   for the review" with no reason is only a gentle one-line lead (possibleRisk.ts); with a reason (hospital, work,
 *   "can my husband go instead") nothing. "Ending things" is a risk, not ending things with a partner or at a school.
 * - (CC) An adult who buys a child vapes or gifts and drives him about is grooming; a grandad, a support worker or a
 *   tutor doing ordinary things is not, unless vapes, alcohol or secrets come into it. Going to Syria is a risk only
 *   with what drew the child there (videos, fighters, a cause), not to visit family. "Shoot down our request" is an idiom.
 */

export type RiskKind = 'suicide' | 'self-harm' | 'abuse' | 'violence' | 'immediate-danger' | 'neglect' | 'exploitation';

export interface SafeguardingAssessment {
  atRisk: boolean;
  kinds: RiskKind[];
  whoAtRisk: 'child' | 'parent' | 'unknown';
}

interface RiskRule {
  readonly kinds: readonly RiskKind[];
  readonly pattern: RegExp;
  /** Context in the same sentence that makes this rule not apply. */
  readonly unless?: RegExp;
  /** Anywhere in the message: brings the rule back even when `unless` matched (severity, urgency). */
  readonly unlessOverriddenBy?: RegExp;
  /**
   * Words the pattern cannot match without (one of them is always in what it matches), looked for
   * first: a long rule costs one short test on the many messages without them. Never a word the
   * rule could do without, so it switches nothing off.
   */
  readonly needs?: RegExp;
}

const words = (list: readonly string[]): string => `(?:${list.join('|')})`;

// People who should never hurt a child: staff, carers, relatives, partners, strangers.
const RELATIVE = words([
  'dad', 'father', 'mum', 'mother', 'mom', 'step ?dad', 'step ?father', 'step ?mum', 'step ?mother', 'uncle', 'aunt', 'auntie',
  'grandad', 'grandpa', 'grandfather', 'grandma', 'nan', 'nanny', 'grandmother', 'cousin', 'partner', 'ex', 'ex partner',
  'ex husband', 'ex wife', 'husband', 'wife', 'boyfriend', 'girlfriend', 'family', 'relative', 'carer', 'babysitter',
  'brother', 'sister', 'older brother', 'older sister', 'step brother', 'stepbrother',
  // "her mum's boyfriend", "my ex's new partner" (the apostrophe is gone by now)
  '(?:mum|mom|mother|dad|father|ex|nan|gran|grandma|grandad)s? (?:new )?(?:boyfriend|girlfriend|partner|husband|wife|fella)',
]);
const ADULT = words([
  'teachers?', 'teaching assistants?', 'staff', 'staff members?', 'members? of staff', 'head ?teacher', 'head', 'deputy head',
  'senco', 'dinner lad(?:y|ies)', '(?:lunchtime|midday) supervisors?', 'support workers?', 'carers?', 'care workers?',
  'coach', 'tutor', '(?:taxi |bus |minibus )?drivers?', 'one to ones?', '1 1', 'one to one (?:worker|support|assistant)s?', 'lsas?', 'learning support assistants?', 'escorts?', 'passenger assistants?', 'nurse', 'therapist',
  'social workers?', 'foster (?:carer|mum|dad|parent)s?', 'babysitter', 'childminder', 'neighbour', 'man', 'men', 'woman',
  'adults?', 'someone', 'somebody', 'stranger', 'teacher at school', 'nursery (?:worker|staff|nurse)',
  `(?:his|her|their|my|our|the kids|the children|the) ${RELATIVE}`,
]);
// "the staff at his special school hurt him", "escort on the taxi shouts and hits the kids"
const WHERE = '(?:(?:at|from|in|on) (?:the |his |her |my |our |a )?(?:\\w+ ){0,2}?(?:school|class|nursery|college|club|unit|bus|taxi|home|placement|respite|centre|provision) )?';
const CHILD_VICTIM = '(?<victim>him|her|them|me|us|my (?:son|daughter|child|kid|kids|children|boy|girl|baby|little one)|our (?:son|daughter|child|kids|children|baby)|the (?:kids|children|baby)|(?:(?:the |other |some |younger |little |disabled |autistic |sen |send |the other |the little )?(?:kids|children|pupils))|(?:a|the|another) (?:child|pupil|boy|girl))';
/** Whom an adult's "pushed", "threw", "hurt" can be said of without harm ("pushes him to try", "hurt her feelings"). */
const ANY_VICTIM = '(?:him|her|them|me|us|my \\w+|our \\w+|(?:the |other |some )?(?:kids|children|pupils)|(?:a|the|another) (?:child|pupil|boy|girl))';
const HARM_VERB = words([
  'hit', 'hits', 'hitting', 'slap', 'slapped', 'slaps', 'slapping', 'punch', 'punched', 'punches', 'punching', 'kick', 'kicked',
  'kicks', 'kicking', 'smack', 'smacked', 'smacks', 'smacking', 'beat', 'beats', 'beaten', 'beating', 'shoved', 'shoves',
  'shoving', 'pushed', 'pushes', 'grab', 'grabbed', 'grabs', 'grabbing', 'drag', 'dragged', 'drags', 'dragging', 'choke',
  'choked', 'chokes', 'choking', 'strangle', 'strangled', 'strangles', 'pinch', 'pinched', 'pinches', 'pinching', 'shook', 'shakes',
  'shaking', 'threw', 'throws', 'hurt', 'hurts', 'hurting', 'harmed', 'harming', 'abuse', 'abused', 'abuses', 'abusing',
  'assault', 'assaulted', 'assaulting', 'attack', 'attacked', 'attacks', 'bit', 'bites', 'burned', 'burnt', 'bruised',
  'injured', 'restrained and hurt', 'pinned', 'pinned down', 'held down', 'sat on', 'locked', 'tied', 'tied up',
  'molested', 'raped', 'rapes', 'groped',
]);
// Harm said to have happened "by" someone: "he was hit by a teacher" (not "hit by a ball").
const PASSIVE_HARM = words([
  'hit', 'slapped', 'punched', 'kicked', 'smacked', 'beaten', 'shoved', 'pushed', 'grabbed', 'dragged', 'choked', 'strangled',
  'pinched', 'shaken', 'hurt', 'harmed', 'abused', 'assaulted', 'attacked', 'bitten', 'burned', 'bruised', 'injured',
  'pinned down', 'held down', 'locked in', 'tied up', 'touched', 'molested', 'groped', 'raped', 'threatened',
]);
const SIB_VERB = words([
  'hit', 'hits', 'hitting', 'bang', 'bangs', 'banging', 'bash', 'bashes', 'bashing', 'bite', 'bites', 'biting', 'bit',
  'scratch', 'scratches', 'scratching', 'scratched', 'punch', 'punches', 'punching', 'slap', 'slaps', 'slapping',
  'hurt', 'hurts', 'hurting', 'harm', 'harms', 'harming', 'harmed', 'injure', 'injures', 'injuring', 'injured',
]);
// A behaviour described as a need, with support in mind.
const SIB_NEED_CONTEXT = /\b(when (he|she|they)?\s?(is |are |gets |get |feels |feel |becomes )?(over ?whelmed|frustrated|upset|anxious|angry|stressed|distressed|dysregulated|tired|in a meltdown|having a meltdown|overloaded|cannot communicate)|meltdowns?|sensory|stim(s|ming)?|support|strateg(y|ies)|plan|ehcp|school|occupational therapy|what can|how can|how do|help (with|him|her)|helmet|behaviour|diagnos\w*|autis\w*|adhd|self injurious behaviou?r|finds? it (hard|difficult)|struggles?|difficult|hard for (him|her|them))\b/;
// Words that make self-injury serious or urgent.
const SEVERE_OR_NOW = /\b(badly|really badly|really hard|right now|at the moment|tonight|just now|bleeding|bleeds|bled|blood|bloody|until (it|he|she|they) (bleeds?|bled|bruises?|bruised|marks?)|black and blue|concussion|knocked (him|her)self out|unconscious|hospital|a and e|ambulance|seriously|serious(ly)? injur\w*|broken|broke (his|her)|stitches|deep (cuts?|wounds?)|(will not|cannot|can not|could not) stop (him|her|it)|(will not|does not|would not) stop|scared (he|she|they) (will|might|is going to|could)|worried (he|she|they) (will|might|is going to|could)|afraid (he|she|they) (will|might|is going to|could)|(might|could|is going to|will) (really |seriously )?(hurt|harm|injure|kill) (him|her|them)self)\b/;
// An accident a parent fears (PE, play, a fall, the road with a child who does not see danger): a support question.
const ACCIDENT_CONTEXT = /\b(on|in|at|during|off|from|with) (the |a |his |her |their )?(trampoline|pe|p e|climbing frame|playground( equipment)?|play ?ground|apparatus|bike|scooter|stairs|swimming|football|sports?|games|gym|science lab|kitchen|cooker|knife skills|equipment|trip|school trip)\b|\baccident\w*|\bfall(s|ing)? (off|over|down)\b|\bfalling\b|\b(no|any|little) (sense of )?danger\b|\bhypermobil\w*|\bdyspraxi\w*|\bclums\w*|\brisk assessment\b/;
// Information questions about policy or process, not a report of harm.
const INFO_CONTEXT = /\b(polic(y|ies)|procedures?|training|guidance|statistics|leaflets?|definition|awareness|what does .* mean|what is meant by)\b/;

// For the fifteenth set's rules (AM).
/**
 * `first`, with `other` anywhere in the same text, before or after it: two signs that mean danger
 * together ("put her in a room on her own" and "locking the door"). `first` is written once (the
 * pattern stays small), and the match is at `first`, so the words around it say who is at risk.
 */
function withAnywhere(first: string, other: string): string {
  return `(?:${first})(?:(?=.*(?:${other}))|(?<=(?:${other}).*))`;
}
/**
 * `first`, and the writer as the one it happened to when "i" or "we" says it ("i've written letters
 * to my kids", "we had to leave home"). Looked back for only where `first` matched, so it costs nothing elsewhere.
 */
function byTheWriter(first: string): string {
  return `(?:${first})(?:(?<=\\b(?<victim>i|we) (?:\\w+ ){0,3}?(?:${first}))|)`;
}
/** Nowhere in the text, before or after the place it is checked. */
function nowhere(other: string): string {
  return `(?!.*(?:${other}))(?<!(?:${other}).*)`;
}
/**
 * Danger now: `first`, with a sign anywhere that it is now (`now`), and not told as something past
 * and put right, unless it plainly says it is happening now (`plainlyNow`).
 */
function nowNotPast(first: string, now: string, plainlyNow = PLAINLY_NOW): string {
  return `(?:${withAnywhere(first, `${plainlyNow}|${now}`)})(?:${nowhere(PAST_AND_MANAGED)}|(?=.*(?:${plainlyNow}))|(?<=(?:${plainlyNow}).*))`;
}
const LOVED_ONE = '(?:(?:my|her|his|their|your|our) (?:\\w+ )?)?(?:nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|mam|mom|mummy|dad|daddy|husband|wife|partner|brother|sister|son|daughter|baby|friend|best friend|boyfriend|girlfriend)';
// (A person there: "the motorway is on the other side of our fence" is where the house is.)
const WRONG_SIDE = '\\b(?:(?:standing|stood|stands|sitting|sat|sits|climb\\w*|get|gets|got|getting|went|goes|going|hanging|hangs|leaning|leans) (?:over )?(?:on |to |onto |round |around )?(?:the )?(?:wrong|other|far|outer)|(?:is|was|are|were|been) (?:on )?(?:the )?wrong) side of (?:the |a )?(?:fence|railings?|barriers?|safety (?:fence|barrier|rail)|parapet|rail)\\b|\\b(?:climb\\w*|got|gets|getting|jumped|hopped) (?:over|onto|on to|up on) (?:the |a )?(?:barrier|railings?|parapet|safety (?:fence|barrier|rail))\\b';
const HIGH_OR_TRACK = '(?:bridge|railway|rail line|train line|tracks|platform|level crossing|cliffs?|motorway|flyover|viaduct|multi ?storey|car park roof|quarry|dam|ledge|balcony)';
/** Said to be happening now, whatever else the message says. */
const PLAINLY_NOW = '\\b(?:right now|just now|at the moment|this minute|again now)\\b';
/** Told as something past and put right: "was on the shed roof last summer, we've put a lock on the ladder". */
const PAST_AND_MANAGED = '\\b(?:last (?:year|summer|winter|week|month)|years? ago|used to|once|when (?:he|she|they) (?:was|were) (?:little|younger|\\d+)|put a lock|locked the ladder|risk assessment|(?:safe|fine) now|was found|found (?:him|her|them) (?:safe|quickly|straight away))\\b';
const ON_FAST_ROAD = '\\b(?:ran|run|runs|running|wandered|wandering|walked|walking|bolted|bolting|climbed|climbing|escaped|playing|sitting|lying|standing|got out|gone out|(?:is|are|s|was) out)(?: out| off)? (?:on|onto|on to|into|along|across|down|in) (?:to )?(?:the |a )?(?:motorway )?(?:dual carriageway|motorway|bypass|ring road|slip road|hard shoulder|railway line|railway|train tracks|railway tracks|tracks|train line|level crossing)\\b';
const CANNOT_REACH_NOW = '\\b(?:(?:cannot|can not|could not) (?:get|reach|catch|stop|find) (?:him|her|them)|right now|just now|at the moment|this minute|police|traffic|lorries|chasing|running after)\\b';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const A_PARENT = '(?:mum|mam|mom|mummy|dad|daddy|mother|father|parents?|nan|gran|carer)s?';
const NOT_BACK = '(?:has not|have not|had not|aint|not|never) (?:been|come|came|got) (?:back|home|in)\\b';
/** Children on their own with nothing: no food, no money for the meter, looking after a brother. */
const CHILDREN_LEFT_WITHOUT = '\\b(?:no food|nothing to eat|(?:eaten|ate|run out of|ran out of) (?:all )?(?:the )?food|hungry|on (?:my|our) own|alone|by (?:my|our)sel(?:f|ves)|look after|looking after|no money|electric\\w*|lecky|leccy|gas|meter|heating|cold|no one|nobody)\\b';
const PUT_IN_A_ROOM = '\\b(?:put|puts|putting|placed|places|placing|take|takes|taking|took|taken|send|sends|sending|sent|kept|keeps|keep|keeping|leave|leaves|leaving|left|shut|shuts|shutting|lock|locks|locking|locked) (?:him|her|them|my \\w+) (?:\\w+ ){0,3}?(?:in|into|to) (?:a|an|the) (?:\\w+ ){0,2}?(?:room|cupboard|office|booth|cubicle|toilet)\\b';
const DOOR_LOCKED = '\\b(?:(?:lock|locks|locked|locking|bolt|bolts|bolted|bolting) (?:the door|it|the room)|doors? (?:is |was |being |s )?(?:locked|bolted)|(?:held|hold|holds|holding|keep|keeps|kept|keeping) (?:the )?door (?:shut|closed))\\b';
const EATING_ALMOST_NOTHING = '\\b(?:(?:eat|eats|eating|eaten|had|having|has|living on|lives on) (?:about |only |just |maybe |like |barely |literally )?(?:1|one|a|half a|a single|a few|two|2) (?:\\w+ )?(?:crackers?|biscuits?|apples?|slices?|pieces?|bites?|spoonfuls?|mouthfuls?|grapes?|rice cakes?|yoghurts?|yogurts?) (?:a|per|each) day|(?:eat|eats|eating|eaten) (?:almost|next to|virtually|basically) nothing|(?:stopped eating|not eating|barely eating|hardly eating|barely eats|hardly eats|refusing food|refuses food))\\b';
const STARVING_BODY = '\\b(?:fainted|fainting|faints|passed out|passing out|collapsed|blacked out|dizzy|hair (?:is )?(?:coming|falling) out|periods? (?:have |has )?stopped|heart (?:is )?(?:racing|fluttering|slow)|cold all the time|skin and bone|see (?:her|his|their) ribs)\\b';
const ESSENTIAL_MEDICINE = '\\b(?:epilep\\w*|seizures?|fits|diabet\\w*|type 1|anti ?epileptic|keppra|epilim|valproate|lamotrigine|levetiracetam|carbamazepine|insulin|hydrocortisone|steroids?|anti ?rejection|transplant)\\b';
const WITHOUT_FOR_DAYS = '\\b(?:(?:manage|cope|go|do|be fine|be ok|be okay|last|survive) without (?:(?:his|her|their|them|it|any) )?(?:\\w+ ){0,2}?(?:till|until|til|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|(?:\\w+ )?days|a week)|(?:(?:not had|has not had|have not had|without|missed|missing|run out of|ran out of) (?:his|her|their|any)|(?:not|never) (?:been )?given (?:him|her|them) (?:(?:his|her|their|any) )?(?:\\w+ ){0,2}?|(?:run|ran|running) out of (?:his |her |their |any )?) ?(?:\\w+ )?(?:meds|medication|medicine|tablets|insulin) (?:(?:for|since) (?:(?:\\w+ )?days|a week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)|(?:\\d+|two|three|four|a few|several) days ago))\\b';
const BLEEDING_DOWN_THERE = '\\b(?:(?:blood|bleeding|bloody|bled) (?:\\w+ ){0,2}?(?:in|on) (?:his|her|their) (?:pants|knickers|nappy|nappies|underwear|pull ups?)|(?:blood|bleeding) (?:down below|from (?:his|her|their) (?:bottom|bum|front bottom|privates|vagina)))\\b';
const HURTS_OR_AFTER_SOMEONE = '(?:owie|ow|ouch|hurts|sore|pain|painful|crying|cries|screams|pulling at|after (?:coming home from|coming back from|being at|staying (?:at|with)|contact|a weekend|the weekend|nursery|respite)|(?:since|after) (?:the )?(?:childminder|babysitter|nursery|respite|new carer|uncle|stepdad|visit)|childminder|babysitter|comes? (?:home|back) from)';

// For the sixteenth set's rules (AO).
/** Gone once, long ago, and found: "went missing for an hour at the park last summer, police found her". */
const FOUND_LONG_AGO = '^(?=.*\\b(?:found|brought) (?:him|her|them)\\b)(?=.*\\b(?:last (?:summer|year|spring|autumn|winter|month|christmas|easter|holidays?|term)|(?:\\d+|two|three|a few|a couple of|several) (?:years|months) ago|once)\\b)';
/** Letters or notes left for everyone: "written letters for everyone", "a letter to each of my family". */
const LETTERS_FOR_ALL = '\\b(?:written|wrote|writing|write|left|leaving|done) (?:\\w+ ){0,2}?(?:letters?|notes?) (?:for|to) (?:everyone|everybody|all of (?:you|them|my family|us)|all (?:my|his|her|their) (?:friends|family|mates)|each of (?:you|them|my family|us)|(?:my|his|her|their) (?:whole )?family|(?:my|his|her|their) (?:mum|mom|dad|parents|brothers?|sisters?|friends|kids|children|husband|wife|partner|boyfriend|girlfriend|nan|gran)(?: and (?:\\w+ )?\\w+)?)\\b';
/** And said where they are kept, or for when the writer is gone. */
const FOR_WHEN_GONE = '\\b(?:(?:if|when|after|once) (?:i|i am|he|he is|she|she is|they|they are) (?:\\w+ )?(?:not here|gone|dead|no longer (?:here|around)|not around)|(?:in|under|inside) (?:my|his|her|their|the) (?:drawer|pillow|mattress|bed|wardrobe|bedside \\w+|diary)|to be opened|(?:is|are) for (?:after|when)|sorry for everything|just in case|in case (?:anything|something) (?:happens|happened)|in case i (?:am not|m not|do not|will not) (?:here|around|make it|come back))\\b';
/** Ordinary letters: thank-you letters, Christmas cards, letters to the council. */
const ORDINARY_LETTERS = '\\b(?:thank you|thanks|christmas|birthday|invitations?|cover|support|reference|complaint|appeal|santa|valentine\\w*|school|teachers?|council|gp|tribunal|mp)\\b (?:\\w+ )?(?:letters?|notes?)|\\b(?:letters?|notes?) (?:to|for) (?:the )?(?:council|school|gp|tribunal|mp|teachers?|staff)\\b|\\b(?:letters?|notes?) (?:to|for) (?:my|his|her|their) (?:\\w+ )?(?:school|teachers?|gp|council|mp|tribunal|consultant|camhs|senco|head)\\b';
/** Better for the others if the writer were gone: "everyone would be less stressed if i just wasnt around anymore". */
const BETTER_WITHOUT_ME = /(?:\b(?:everyone|everybody|they|you|we|people|my (?:family|mum|mom|dad|parents|brothers?|sisters?|kids|children|friends|husband|wife|partner)|the (?:family|world|kids|children))(?: all)? (?:would|will|d|ll)(?: all)? be (?:so |much |a lot |loads |way )?(?:better|easier|happier|calmer|less stressed|less stressful|more relaxed|simpler|lighter|fine|better off)(?: off)?(?: for (?:everyone|everybody|them|all of them|my \w+))?|\b(?:it|things|life) (?:would|will|d|ll) be (?:so |much |a lot |loads |way )?(?:better|easier|happier|calmer|less stressful|simpler) for (?:everyone|everybody|them|all of them|my (?:family|mum|mom|dad|parents|brothers?|sisters?|kids|children)))(?: all)? (?:if|once|without) (?:i|me)\b (?:just |simply )?(?:(?:was|were) not (?:around|here|alive|in the picture)|(?:was|were) (?:gone|dead|out of the (?:way|picture))|did not exist|disappeared|vanished|(?:was|were|had) never (?:been )?born|around|here|about)/;
/** Someone met online (an app, a game). */
const MET_ONLINE = '\\b(?:met (?:him|her|them)? ?(?:on|through|via)|(?:on|from|through|via) (?:a |an )?|talking to (?:\\w+ ){1,3}?on) (?:tiktok|snapchat|snap|instagram|insta|discord|roblox|fortnite|minecraft|whatsapp|xbox|playstation|ps5|facebook|telegram|kik|omegle|youtube|twitch|a game|an app|a dating app|the internet|online|a gaming server|a server)\\b|\\b(?:online|internet|tiktok|snapchat|instagram|discord|roblox) (?:friend|boyfriend|girlfriend|mate)\\b';
/** A grown man or an adult age: "a man", "he's about 25". */
const GROWN_UP = '\\b(?:a|an|this|some|the) (?:grown |older |much older )?(?:man|men|guy|bloke|adult|grown up)\\b|\\b(?:he|she|who|they|boyfriend|girlfriend|friend|mate|man|guy|bloke) (?:is|s|are) (?:about |around |like |maybe |nearly |over |at least |apparently )?(?:1[89]|[2-6]\\d)\\b(?! (?:minutes?|mins|hours?|days?|weeks?|months?|percent|miles))|\\b(?:a|an) (?:1[89]|[2-6]\\d) ?(?:year old|yo|yr old)\\b';
/** Meeting them in person, or going to their place: "going to his flat on saturday". */
const IN_PERSON = '\\b(?:(?:going|go|goes|went|gone|been|been going|is going|s going|plans to go|planning to go) (?:round |over |back )?(?:to|round) (?:his|her|their|this man s|the man s|this guy s) (?:flat|house|place|home|hotel|caravan|car|van)|(?:meeting|meet|met up with|meets|been seeing|seeing|been meeting|going to meet) (?:up with )?(?:him|her|them|this \\w+|a man|the man|a guy|an older)|(?:staying|stayed|stays|sleeping|slept) (?:over )?(?:at|round) (?:his|her|their)|(?:picks|picked|picking) (?:her|him|them) up|(?:getting|gets|got|get) in(?:to)? (?:his|her|their) (?:car|van))\\b';
/** A child's own age as an adult: "my 19 year old son met a girl on tiktok". */
const CHILD_IS_ADULT = '\\b(?:son|daughter|child|he|she) (?:is|s|aged) (?:1[89]|2\\d)\\b|\\bmy (?:1[89]|2\\d) ?(?:year old|yo|yr old)\\b';

// Said in a squabble between brothers and sisters ("wants to kill his sister when they fight over the tablet").
const SIBLING_SQUABBLE = /\bto (?:kill|murder) (?:his|her|their) (?:little |big |younger |older |baby |twin )?(?:brothers?|sisters?|siblings?|twin)\b (?:\w+ ){0,3}?(?:when|whenever|if|every time) (?:they|he|she|we) (?:fight|fights|argue|argues|row|rows|fall out|falls out|bicker|bickers|squabble|squabbles|lose|loses|play|plays|wind each other up)\b/;
const WORDS_GO_FURTHER = /\b(?:knife|knives|weapon|blade|scissors|hammer|tried to|has tried|tries to|strangl\w*|chok\w*|smother\w*|pillow|(?:hurt|hurts|hurting) (?:him|her|them) (?:badly|really)|injur\w*|hospital|bleeding|bruis\w*|scared (?:for|of)|afraid (?:for|of)|not safe|means it|planning|plans? to|serious(?:ly)?)\b/;

// For the fresh tester set's rules (BC).
/** Not fed by whoever has them: "doesn't feed her properly", "he is not being fed". */
const NOT_FED = '\\b(?:(?:does not|do not|did not|never|will not|would not|refuses to|refused to|forgets to|forgot to|barely|hardly|stopped|is not|are not|was not|were not|not) (?:properly |even |really |ever )?(?:feed|feeds|feeding|fed) (?:him|her|them|my (?:son|daughter|child|kid|kids|children|boy|girl|baby)|the (?:kids|children|baby))\\b(?! ?(?:sel|through|by|via|with (?:a|the|his|her) (?:tube|peg|spoon)))|(?:is|was|are|were|been|being|gets|got) (?:not|never|hardly|barely) (?:being )?fed (?:properly|enough|at all|anything)\\b)';
/** And it shows, or it is a parent's new partner or the other house: thin, hungry, bruises, nits. */
const NOT_FED_SHOWS = '\\b(?:thin|thinner|skinny|skin and bone|lost weight|losing weight|hungry|starving|starved|bruis\\w*|nits|lice|dirty|filthy|smell\\w*|unwashed|neglect\\w*|came back|comes back|comes home|when (?:he|she|they) (?:is|are|s|stays?) (?:there|with)|girlfriend|boyfriend|partner|step ?(?:mum|dad|mother|father))\\b';
/** Feeding as a need: a tube, a swallow, a fussy eater, school dinners. */
const FEEDING_NEED = '\\b(?:tube|peg|gastrostomy|by mouth|orally|dysphagia|swallow\\w*|speech and language|salt|arfid|fussy|picky|feeding (?:team|clinic|therapy|plan)|school (?:lunch|lunches|dinners?|meals?)|lunchtime|lunch time|at lunch|breakfast club|canteen|dinner hall)\\b';
/** Out of the home with nowhere to go. */
const LEFT_HOME = '\\b(?:had to|have had to|have to|forced to|made to|needed to|we|i) (?:leave|flee|fled|left|get out of|run from|escape from|escaped from) (?:the |our |my )?(?:home|house|flat)\\b|\\b(?:sleeping|slept|living|staying) in (?:the|our|my|a) (?:car|van)\\b|\\bsofa surfing\\b|\\bnowhere (?:to go|to stay|to sleep)\\b|\\bhomeless\\b';
/** Because of someone's violence. */
const FLED_FROM_HARM = '\\b(?:threat\\w*|violen\\w*|(?:hit|hurt|beat|attacked|abused|hits|hurts|beats) (?:me|us|the kids|my \\w+)|abus\\w*|not safe|unsafe|refuge|domestic|(?:scared|afraid|frightened|terrified) of (?:him|her|them|my|our|his)|hiding from)\\b';
/** Someone taking money from a person's purse, wallet or account. */
const TAKES_MONEY_FROM_THEM = '\\b(?:takes|took|taking|has taken|been taking|steals|stole|stealing|has stolen|been stealing|helps (?:him|her)self to|helped (?:him|her)self to|helping (?:him|her)self to|pockets|has been using|uses|using) (?:\\w+ ){0,2}?(?:money|cash|notes|bank ?cards?|cards?|savings|pension|benefits)\\b (?:\\w+ ){0,2}?(?:from|out of|off) (?:his|her|their|my \\w+ s|my \\w+) ?(?:purse|wallet|handbag|bag|account|bank|savings|pension|drawer|tin)\\b';
/** Someone who cannot protect their own money. */
const VULNERABLE_ADULT = '\\b(?:dementia|alzheimer\\w*|learning disab\\w*|lacks? capacity|no capacity|does not understand money|cannot manage (?:his|her|their) money|vulnerable|elderly|frail)\\b';
/** "I'll be gone", not "I'll be gone for the weekend". */
const WILL_BE_GONE = '\\b(?:(?<victim>i) (?:will|ll|am going to|m going to|might)|im going to|soon i will) (?:soon |just |probably |already |all )?be (?:gone|dead|no more)\\b(?! (?:for|on|by|until|till|til|from|at|in|to|before|when|all|over|a|the|most|away|abroad|out|after|if|while|tomorrow|next|this|later|\\w+day))';
const GONE_IN_DESPAIR = '\\b(?:what is the point|no point|pointless|tired of (?:it all|everything|living|life)|(?:cannot|can not) (?:do this|go on|cope)|goodbye|sorry for everything|better off|(?:nobody|no one) (?:cares|will care|will miss|would miss)|hate my life|give up|giving up|done with (?:it all|everything|life))\\b';
/** "Doing stuff to him": something done to a child... */
const DOING_THINGS_TO = '\\b(?:doing|did|does|done|do|been doing|was doing|keeps doing) (?:sexual |rude |bad |weird |horrible |nasty )?(?:stuff|things|something) to (?<victim>him|her|them|my (?:son|daughter|child|boy|girl|kid|brother|sister))\\b(?! (?:to|that|which|for|at school|in class|about|so|because|like|such))';
/** ...in private, or by someone older. */
const DONE_IN_PRIVATE = '\\b(?:bedroom|bed|bath|bathroom|shower|toilet|private\\w*|secret|touch\\w*|undress\\w*|naked|pants|knickers|at night|in the night|cousin|uncle|step ?brother|step ?dad|older (?:boy|girl|lad|kid|child)|(?:1[3-9]|[2-9]\\d) ?(?:yo|y o|year old|years old))\\b';
/** In front of a bus or a train. */
const IN_FRONT_OF_TRAFFIC = '\\b(?:ran|run|runs|running|walked|walks|walking|stepped|steps|stepping|jumped|jumps|threw (?:him|her|my|them)sel(?:f|ves)|throws (?:him|her|my|them)sel(?:f|ves)|lay|lies|lying|laid|stood|stands|standing|cycled|rode) (?:out |down )?(?:in front of|into the path of|under) (?:a |the |an |oncoming |moving )?(?:bus|buses|car|cars|train|trains|lorry|lorries|truck|van|traffic|vehicle)\\b';
/** On purpose, or to die. */
const ON_PURPOSE = '\\b(?:on purpose|deliberately|purposely|meant to|meant it|wanted to (?:die|be hit|get hit|be killed|get killed)|to (?:die|kill (?:him|her|my|them)self|end it)|(?:will|would|going to|gonna|ll) do it again|tried to)\\b';
/** (An autistic child who does not see danger: not on purpose.) */
const NOT_ON_PURPOSE = '\\b(?:not (?:do it |doing it |mean it |meant )?(?:on purpose|deliberately)|no (?:sense|awareness) of danger|by accident|accidentally)\\b';
/** Medicine stopped: "stopped taking his insulin". */
const MEDICINE_STOPPED = '\\b(?:stopped|stop|stops|not|refus\\w* to|refus\\w*|will not|skipping|skips|skipped|missing|misses|hiding|hides|throwing away|throws away|spitting out) (?:taking |having |doing |using )?(?:his|her|their|my) (?:insulin|injections?|meds|medication|medicine|tablets|anti ?epileptics?|epilepsy (?:meds|medication)|steroids)\\b';
/** An asthma attack happening. */
const ASTHMA_ATTACK_NOW = '\\b(?:is|s|are|re|am|started|starting) (?:having|in the middle of|going into|gone into|in) (?:a |an )?(?:\\w+ )?asthma attack\\b|\\basthma attack (?:right )?now\\b';
const RELIEVER_NOT_WORKING = '\\b(?:inhaler|pump|reliever|nebuli[sz]er|blue one|ventolin|salbutamol)\\b (?:\\w+ ){0,2}?(?:is not|not|has not|did not|does not|is no) (?:working|helping|worked|helped|work|help|doing anything|making a difference)\\b';
const ASTHMA_URGENT = '\\b(?:what do i do|what should i do|what do we do|right now|(?:cannot|can not|struggling to) breathe|blue|grey|(?:cannot|can not) (?:talk|speak)|getting worse|ambulance|999)\\b';
const ASTHMA_HABITUAL = '\\b(?:every|whenever|each time|in pe|during pe|at school (?:every|when)|plan|ehcp)\\b';
/** A parent who drinks or takes drugs. */
const PARENT_DRINKS = `\\b${A_PARENT} (?:\\w+ ){0,2}?(?:drinks(?! (?:tea|coffee|water|milk|juice|squash|pop|fizzy|energy|lots of water|a lot of water))|drinking|is drunk|gets drunk|s drunk|always drunk|takes drugs|is on drugs|uses drugs|is an alcoholic|alcoholic)\\b`;
/** And the children not looked after. */
const PARENT_DRINKS_AND = '\\b(?:(?:does not|do not|did not|never|not) (?:always |even |ever )?(?:come|came|coming) (?:back|home)|stays? out (?:all night|for days)|shouts at (?:us|me|my \\w+|him|her)|hits (?:us|me)|alone|on (?:my|our) own|no food|nothing to eat|young carer|look after (?:my|him|her|them)|looking after (?:my|him|her|them)|hungry|scared|afraid)\\b';
/** Hatred of a group of people. */
const HATES_A_GROUP = '\\b(?:hates?|hating|hatred of|against) (?:all )?(?:muslims|jews|jewish people|immigrants|foreigners|refugees|asylum seekers|black people|gay people|trans people|women|asians|christians|white people|pakistanis|arabs|migrants)\\b';
/** With a group to join, or something planned. */
const HATE_GOES_FURTHER = '\\b(?:group|groups|join\\w*|server|channel|forum|chats?|videos?|do something (?:big|bad|serious)|attack\\w*|kill\\w*|bomb\\w*|weapons?|wipe (?:them )?out|deserve)\\b';

// For the fresh tester set CC's rules.
/** Not around much longer, or any more, said by the writer or with no one named ("not here for the review" only with a goodbye: riskSigns.ts). */
const NOT_BE_HERE = '(?:^|\\b(?:i|me|mummy|mum|dad|daddy) )(?:will not|am not going to|m not going to|wont|may not|might not|probably will not) (?:still )?be (?:here|around|alive) (?:to see (?:him|her|them|it|my \\w+)|much longer|any ?more|any longer|for (?:him|her|them|my kids|the kids|my children) any ?more)\\b';
/** ...because of a holiday, work, a hospital stay: an ordinary absence. */
const AWAY_FOR_A_REASON = '\\b(?:leaving|leave|retir\\w*|instead|as (?:his|her|their|the|a)|holiday|away|abroad|working|at work|work|shift|hospital|appointment|operation|surgery|course|wedding|funeral|travel\\w*|trip|moving|moved|busy|childcare|because|as i|since i|cos|coz|cause|due to|visiting|on leave|meeting|flight|interview|exams?|dentist|doctors|baby is due|due date|maternity|in labour|giving birth|new job|the hospital|ill|sick|covid|isolating)\\b';
/** Up high, where a fall would hurt: a roof, a ledge, a window, a bridge. */
const UP_HIGH = '\\b(?:climbed|climbing|climbs|gone|went|got|getting|gets|is|s|are|standing|stood|sitting|sat|stands|sits|hanging|leaning|leans) (?:out )?(?:onto|on to|on|up on|up onto|out on|out onto|out of|up to|at|over) (?:the |a |his |her |their |our )?(?:\\w+ )?(?:roof|rooftop|ledge|window ?sill|windowsill|window|bridge|balcony|parapet|railings)\\b';
/** Saying he will jump, or trying to. */
const JUMP_THREAT = '\\b(?:says?|said|saying|keeps saying|screaming|shouting|threaten\\w*|going|gonna|wants?|wanting|trying|tried|about|ready|told (?:me|us)) (?:(?:he|she|they|i) )?(?:(?:will|ll|is going to|s going to|wants to|want to|is gonna|would) )?(?:to )?jump\\b';
/** Someone shook a baby. */
const BABY_SHAKEN = '\\b(?:shook|shaken|shake|shakes|shaking) (?:the|my|our|his|her|their|a) (?:\\w+ )?(?:baby|newborn|infant|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:weeks?|months?) old)\\b|\\b(?:shook|shaken|shaking) (?:him|her|them) (?:\\w+ )?(?:hard|so hard|really hard|too hard|violently|to make (?:him|her|them) stop|because (?:he|she|they) would not stop)\\b(?=.*\\b(?:baby|newborn|infant|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:weeks?|months?) old)\\b)';
/** Things bought or given, lifts and drives: what an adult who grooms a child does. */
const ADULT_TREATS = '\\b(?:buys|bought|buying|gives|gave|giving|given|gets|got|getting|sends|sent|sending) (?:him|her|them|my \\w+) (?:\\w+ ){0,2}?(?:vapes?|cigarettes|fags|alcohol|booze|drink|weed|drugs|presents?|gifts?|phones?|sim cards?|money|cash|trainers|clothes|takeaways?|sweets|games|robux|vbucks|top ups?)\\b|\\b(?:takes|took|taking|taken|drives|drove|driving) (?:him|her|them|my \\w+) (?:out )?(?:for (?:drives|a drive|rides|a ride|spins|a spin|food|mcdonalds)|in (?:his|her|their) car|out (?:in (?:his|her|their) car|at night)|to (?:his|her|their) (?:flat|house|place))\\b|\\b(?:gives|gave|giving) (?:him|her|them) lifts\\b';
/** Family and people paid to help: a grown-up who buys a child things is ordinary there. */
const FAMILY_OR_WORKER = '\\b(?:husband|wife|partner|grandparents?|taxi|transport|driver|escort|teacher|tutor|coach|school|college|council|church|club|uncle|aunt|auntie|grandad|grandpa|grandma|granny|nan|godfather|godmother|godparent|dad|father|mum|mother|step ?dad|step ?mum|cousin|brother|sister|support worker|personal assistant|carer|key worker|mentor|befriender|youth worker|social worker|foster \\w+|respite|sibling)\\b';
/** Going to a war zone. */
const TO_A_WAR_ZONE = '\\b(?:go|going|goes|went|travel|travelling|fly|flying|get|getting|move|moving|run off|running off|run away|running away) (?:out |over )?to (?:syria|iraq|afghanistan|yemen|somalia|libya|the caliphate)\\b';
/** And what drew him there: videos, people online, fighting, a cause. */
const DRAWN_THERE = '\\b(?:youtube|tiktok|telegram|discord|videos?|online|the people on|like the people|like those|jihad\\w*|isis|islamic state|daesh|martyr\\w*|kafirs?|kuffar|infidels?|caliphate|the cause|fight\\w*|join (?:them|the|the fighters|the brothers)|brothers|punish\\w*|extremis\\w*|radical\\w*|allah will)\\b';

/** (BC) Long past and well now, both said: "used to ... when he was 8, he's 14 now and doing great". */
const LONG_PAST_AND_WELL = '^(?=.*\\b(?:used to|years ago|when (?:he|she|they|i) (?:was|were) (?:\\d+|little|younger|small)|in the past|back in \\d{4}|(?:in|from|since) (?:early |late |mid )?(?:19|20)\\d\\d|old (?:report|reports|plan|letter|assessment|records?|notes?))\\b)(?=.*\\b(?:doing (?:great|well|fine|brilliantly|really well|so well)|(?:fine|well|great|happy|settled|thriving) now|been (?:fine|well|great) (?:for|since)|well for (?:ages|years|a long time)|no longer|not since|has not (?:\\w+ ){0,2}?(?:for|in|since) (?:years|ages|a long time)|much better now)\\b)';

const RULES: readonly RiskRule[] = [
  // --- Suicide (child or parent) ---
  { kinds: ['suicide'], pattern: /\b(kill|killing|killed|kills|hang|hanging|hanged|hangs|drown|drowning|shoot|shooting|stab|stabbing|suffocate|suffocating|poison|poisoning|end|ending)\s?(myself|himself|herself|themselves|yourself)\b(?! laughing| with laughter)/ },
  { kinds: ['suicide'], pattern: /\bsuicid\w*/, unless: new RegExp(`\\b(polic(y|ies)|training|awareness (week|day|month)|prevention (week|day|month|training|assembly|lesson|talk)|assembly|pshe)\\b|${LONG_PAST_AND_WELL}`),
    // (BC) Told as long past and well now: "used to include suicidal talk when he was 8, he's 14 now and doing great".
    unlessOverriddenBy: /\b(again|still(?! (be|go|stay|belong|appear) (in|on|part|included|mentioned|listed))|started|recently|last (night|week)|this (week|morning)|tonight|today|yesterday|right now|at the moment|currently|worried|scared|afraid)\b/ },
  { kinds: ['suicide'], pattern: /\b(end|ending|ended|take|taking|took|takes) (my|his|her|their) (own )?life\b/ },
  { kinds: ['suicide'], pattern: /\b(end|ending) (it all|everything|it for good)\b|(?<!\b(they|council|the council|the la|school|the school|college|the college) )\b(want|wants|going|planning|thinking about|ready|tempted) to (just )?end it$|\bwant (it all|everything|all this) to (end|stop)\b|\bmake it all (stop|end)\b/ },
  { kinds: ['suicide'], pattern: /\b(not|never|no longer) (want|wish|wanting) to (be here|be alive|live|exist|wake up|be around|carry on living|go on living|be on this earth)\b/, unless: /\bbe here (at|in) (this |the |that |a )?(school|class|classroom|college|country|area|town|meeting|nursery|house|room|lesson)|\blive (in|with|at|near|there|here|away|on)\b|\bwake up (in the morning|for|early|on time|at)\b/ },
  // ("The paperwork makes me want to die": a figure of speech about a thing, not a wish.)
  { kinds: ['suicide'], pattern: /(?<!\b(paperwork|process|forms?|admin|council|la|it|this|that|deadline|deadlines|system|meeting|meetings|waiting) makes me )\b(want|wants|wanted|wanting|wish|wishes|wished) to die\b(?! (his|her|my|their|your) hair)|\b(want|wants|wanting|wish|wishes) (i|he|she|they) (was|were) dead\b/ },
  { kinds: ['suicide'], pattern: /\bwish (i|he|she|they) (was|were|had been|had never been) (dead|never born|born)\b|\bwish(es|ed)? (i|he|she|they) (could|would) (just )?(die|disappear|vanish|not wake up)\b(?! (into|to|in|off to|upstairs|for (a|an|the|this|that) (bit|while|hour|day|night|weekend|week|holiday|few)))/ },
  // "The kids would be better off if I took them with me": a parent's life and the children's.
  { kinds: ['suicide', 'immediate-danger'], pattern: /\bbetter off if (i|we) (took|take|taking) (them|the kids|the children|him|her|us all) with (me|us)\b|\b(take|taking) (the kids|the children|them) with me\b.*\b(better off|end it|looked up how|not be here)\b/ },
  // "I'd rather just not wake up tomorrow": a wish not to be alive, however lightly said.
  { kinds: ['suicide'], pattern: /\b(would|d|had) (much )?rather (just )?(not wake up|not be here|not be alive|be dead|die|not exist|not be around)\b/ },
  { kinds: ['suicide'], pattern: /\bbetter off (dead|without (me|him|her|us|them))\b|\b(everyone|everybody|they|you all) would be better off\b|\b(nobody|no one) would (miss|care about|notice|even notice) (me|him|her|if)\b|\bif (i|he|she) (was|were) (gone|not here|dead)\b/ },
  { kinds: ['suicide'], pattern: /\b(no|not any|no longer any|not a) (point|reason) (in |of |to )?(living|being alive|going on|carrying on|life|live|be alive|keep going|wake up)\b|\b(life|living) is not worth (living|it)\b/ },
  { kinds: ['suicide'], pattern: /\b(cannot|can not|could not) (go on|carry on|keep going)( any ?more| living| with life)?$/ },
  { kinds: ['suicide'], pattern: /\b(talks|talking|talked|says|said|saying|keeps saying|kept saying|writes|wrote|writing|drawing|draws|searched|searching|googling|looked up) (\w+ ){0,2}?(about )?(dying|wanting to die|killing (him|her|my|them)self|not wanting to (live|be here|be alive)|how to die|ways to die|ending (his|her|my) life)\b(?! (of (boredom|embarrassment|cringe|laughter|shame|hunger|thirst)|laughing|to (go|see|meet|know|hear|try|get|have)))/ },
  { kinds: ['suicide'], pattern: /\b(suicide|goodbye) (note|letter)s?\b|\b(plan|plans|planning|planned) (\w+ ){0,2}?(to die|how to die|to end (his|her|my) life)\b|\b(thoughts|thinking|think|thought|thinks) (of|about) (ending (it|it all|things(?! (with|between|off|at (this|that|the|his|her|their|our) \w+))|my life|his life|her life|everything)|dying|death|killing|not being here|not waking up)\b|\bdark thoughts\b|\b(giving|given|gave|gives) (away )?(all )?(his|her|my|their) (things|stuff|possessions|belongings|favourite things|toys|games)( away)?\b|\b(written|writing|wrote|made) (a|his|her|my) will\b/ },
  // Said without the word: wanting to vanish for good, seeing no point in anything, or a means kept close.
  { kinds: ['suicide'], pattern: /\b(want|wants|wanted|wanting|wish|wishes|wished|talks about|talking about|says (he|she|they) (wants?|would like)) (to )?(just )?(disappear|disappearing|vanish|vanishing)\b(?! (into|to|in|off to|upstairs|for (a|an|the) (bit|while|hour|day|weekend|few)))|\b(disappear|go away|leave) and never (come|coming) back\b|\b(go|going|went) to sleep and (never|not) wake up\b|\bnever wake up\b/ },
  { kinds: ['suicide'], pattern: /\b(do not|does not|did not|cannot|can not|no longer|not) see (the|any) point (in|of) (anything|everything|living|life|going on|carrying on|being here|being alive|me|myself|(him|her)self|trying any ?more|it all)\b|\b(there is|there s|theres) no point (in|to) (anything|everything|living|life|me|(my|his|her) life|being here|going on)\b|\bwhat is the point (in|of) (living|life|being alive|being here|going on|me|anything any ?more)\b/ },
  { kinds: ['suicide'], pattern: /\b(pills|tablets|paracetamol|painkillers|meds|medication|a rope|the rope|rope|razors?|blades?)\b(\w| ){0,40}\b(keep|keeps|kept|been|am|was|is|i am|i keep) (looking at|staring at|thinking about|counting|holding)\b|\b(saving up|stockpil\w*|hoarding|collecting) (\w+ ){0,2}?(pills|tablets|paracetamol|painkillers|meds|medication|antidepressants|sertraline|fluoxetine|citalopram|sleeping (pills|tablets)|co codamol|codeine|tramadol|diazepam)\b/ },
  { kinds: ['suicide', 'immediate-danger'], pattern: /\b(jump|jumping|jumped|throw (him|her|my)self) (off|in front of|from|out of) (a |the |his |her |my )?(bedroom |upstairs |top )?(window|bridge|train|building|roof|car|cars|motorway|cliff|balcony|window|lorry|bus)\b|\b(standing|sitting) on (a |the )?(ledge|bridge|roof|edge)\b/ },

  // Better for everyone if the writer were gone, in any words (AO): "everyone would be less stressed if i wasnt around anymore".
  { needs: /\bif\b|\bonce\b|\bwithout\b/, kinds: ['suicide'], pattern: BETTER_WITHOUT_ME },
  // Letters written for everyone, kept for when the writer is gone (AO): a plan, however it is said.
  { needs: /letter|note/, kinds: ['suicide'], pattern: new RegExp(`${withAnywhere(byTheWriter(LETTERS_FOR_ALL), FOR_WHEN_GONE)}${nowhere(ORDINARY_LETTERS)}`) },

  // --- Self-harm ---
  { kinds: ['self-harm'], pattern: /\bself harm\w*|\bself harms\b/, unless: new RegExp(`${INFO_CONTEXT.source}|\\b(used to|in the past|years ago|no longer|not any more|stopped|has stopped|fine for|well for|safe for|history of|back in \\d{4}|fine since|been fine|has not for|hasn t for|in year \\d+|when (he|she) was (younger|little|\\d+))\\b`), unlessOverriddenBy: /\b(again|started again|back to|right now|tonight|this week|last night|yesterday|recently)\b/ },
  { kinds: ['self-harm'], pattern: /\b(cut|cuts|cutting|burn|burns|burning|burned|burnt|starve|starves|starving|starved|strangle|strangling|choke|choking|poison|poisoning)\s?(myself|himself|herself|themselves)\b(?! (laughing|with laughter|shaving|by accident|accidentally|cooking|opening|on (a|the|some|his|her) (knife|tin|can|glass|paper|fence)|with (a|the) (knife|scissors|razor) (while|when|cooking|making)))/ },
  { kinds: ['self-harm'], pattern: /\b(cuts|cut marks|scars|burns|burn marks|slashes) on (his|her|my|their|(my|our) (son|daughter|child|kid)s?) (arms?|wrists?|legs?|thighs?|stomach|tummy|body)\b|\b(cutting|cut|slashing|slashed|slit|slitting) (his|her|my|their) (arms?|wrists?|legs?|thighs?)\b/ },
  { kinds: ['self-harm'], pattern: /\b(found|hiding|hides|hidden|keeps|has) (\w+ ){0,4}?(razors?|razor blades?|blades)\b/ },
  // (Not an accident feared in the same sentence: "worried he'll hurt himself on the trampoline".)
  { kinds: ['self-harm'], pattern: new RegExp(`\\b${SIB_VERB}\\s?(myself|himself|herself|themselves)\\b(?!.*(?:${ACCIDENT_CONTEXT.source}))`), unless: SIB_NEED_CONTEXT, unlessOverriddenBy: SEVERE_OR_NOW },
  { kinds: ['self-harm'], pattern: /\b(hits|hitting|bangs|banging|bashes|bashing|punches|punching|slaps|slapping|head ?butts|head ?butting|bites|biting|scratches|scratching|pulls|pulling|picks|picking) (out |at )?(his|her|their) (own )?(head|face|arms?|hands?|legs?|skin|hair(?! (?:back|up|into (?:a|her|his|their) (?:ponytail|bun|plait)))|eyes)\b|\bhead ?bang\w*|\bself injur\w*/, unless: SIB_NEED_CONTEXT, unlessOverriddenBy: SEVERE_OR_NOW },
  { kinds: ['self-harm'], pattern: /\b(scared|worried|afraid|frightened|terrified|fear) (that )?(he|she|they|my (son|daughter|child)) (might|will|could|is going to|may) (really |seriously |badly )?(hurt|harm|injure|kill|cut) (him|her|them)sel(f|ves)\b/, unless: ACCIDENT_CONTEXT, unlessOverriddenBy: /\b(on purpose|deliberately|self harm\w*|wants? to (die|hurt))\b/ },

  // --- Immediate danger ---
  { kinds: ['immediate-danger', 'self-harm'], pattern: /\b(taken|took|take|has had|had|swallowed|swallow|eaten|ate|drunk|drank) (\w+ ){0,3}?(an )?(overdose|too many (pills|tablets|meds)|(a lot of|lots of|loads of|all (of )?(his|her|my|the|their)|a whole (box|bottle|packet|pack) of|a (box|bottle|packet|pack) of|a handful of|a load of) (\w+ )?(pills|tablets|paracetamol|medicine|medication|meds|painkillers|sleeping pills))\b|\bswallowed (a |some )?(button )?(bleach|batteries|battery|poison|magnets?|washing (tablet|capsule|pod)s?)\b/ },
  { kinds: ['self-harm', 'suicide'], pattern: /\b(?<!\b(?:no|not an?|without an?|avoided an?|prevented an?|avoid an?|prevent an?) )overdos\w*\b(?! on (roblox|minecraft|fortnite|games?|gaming|screens?|screen time|tv|youtube|tiktok|sugar|chocolate|sweets|cake|netflix|(the|his|her) (ipad|tablet|phone|xbox|switch)|lego))/ },
  { kinds: ['immediate-danger'], pattern: /\b(is not|not|stopped|has stopped|is hardly|barely) breathing\b|\bunconscious\b|\bunresponsive\b|\bturning blue\b|\b(cannot|can not|could not) wake (him|her|them) up\b/ },
  { kinds: ['immediate-danger'], pattern: /\b(went|has gone|have gone|had gone|has now gone|is reported|was reported|been reported) missing\b/, unless: new RegExp(`${/\bmissing (from|off|on) (the |his |her )?(register|records?|system|list|database|roll)\b|\b(computer|admin|clerical|system) (error|mistake|glitch)\b|\bfound (him |her |them )?(safe|straight away|quickly|within)|\bwhen (he|she|they) (was|were) (\d+|little|younger|a toddler|small)\b|\byears ago\b/.source}|${FOUND_LONG_AGO}`),
    // (Found safe years ago is a worry about the future; missing again or now is not.)
    unlessOverriddenBy: /\b(again|right now|tonight|still missing|not been found|has not been found|cannot find|can not find)\b/ },
  // "She's gone again": all there is to say when a child keeps running off.
  { kinds: ['immediate-danger'], pattern: /^(oh no |help |please help )?(she|he|they|my (son|daughter|child)) (is|has|have) (gone|run off|ran off|disappeared|got out|bolted) again( help| please help| please)?$/ },
  { kinds: ['immediate-danger'], pattern: /\b(he|she|they|my (son|daughter|child|kid|boy|girl)|our (son|daughter|child)) (is|has been|have been|are|is now|was|had been) missing(?=$| (since|for|and|again|now|tonight|from home|from the (park|house|home)|overnight|all night|today|yesterday|this|last|i|we|the police|police|he|she|after|before|what|please|help|hours|in the|at the))/ },
  { kinds: ['immediate-danger'], pattern: /\b(has|have|had|he is|she is|they have) (run|ran) (away|off)\b|\b(run|ran|running|runs) away from home\b|\bran (away|off) (last night|tonight|today|this morning|yesterday|again and|and (we|i|nobody|no one))\b|\b(cannot|can not|could not) find (him|her|them|my (son|daughter|child|kid|boy|girl)|our (son|daughter|child))\b(?! (a|an|any|the right|suitable|provision|support|help|somewhere to|a place|school)\b)/,
    // Once, when little, found at once: history for a form, not a child gone now.
    unless: new RegExp(`${/\bwhen (he|she|they) (was|were) (\d+|little|younger|a toddler|small)\b|\byears ago\b|\bfound (him |her |them )?(safe|straight away|quickly|within)/.source}|${FOUND_LONG_AGO}`),
    unlessOverriddenBy: /\b(again|right now|tonight|still missing|not been found|has not been found|cannot find|can not find)\b/ },
  // A school that cannot keep a child safe: "he is not safe at school, they keep losing him".
  { kinds: ['neglect'], pattern: /\b(is not|not|never|no longer) safe (at|in) (his |her |their |the |that |this )?(school|nursery|college|class|unit|placement)\b|\b(school|nursery|college|staff|they|teachers?) (keep|keeps|kept|have|has|had) (losing|lost|lost track of) (him|her|them|my (son|daughter|child|boy|girl))\b/ },
  // Out of school on their own with no one knowing: "he ran away from school and nobody noticed for hours".
  { kinds: ['immediate-danger'], pattern: /\b(ran|run|runs|running|got|gets|walked|walks|wandered|wanders|escaped|escapes|left) (away |off |out )?(from |of )(the )?(school|nursery|college)\b.*\b((nobody|no one) (noticed|knew|realised|saw|told (me|us)|was watching)|(was|were) not (noticed|missed)|for (hours|an hour|\d+ hours|ages)|on (the|a|his own|her own) (main |busy )?road|near (the |a )?(main |busy )?road|(to|onto|into|in) (the |a )(main |busy )road|police|found (him|her|them) )/ },
  { kinds: ['immediate-danger'], pattern: /\b(having|had|is having) (a )?(seizure|fit) (right now|now|that (will not|does not|would not) stop|for (over )?(\d+|five|ten|fifteen) minutes)\b|\b(seizure|fit) (will not|won t|does not) stop\b/ },
  { kinds: ['immediate-danger'], pattern: /\b(bleeding|blood) (\w+ ){0,2}?(everywhere|heavily|badly|a lot|will not stop|would not stop|does not stop)\b|\b(lot|lots|loads) of blood\b/ },
  { kinds: ['immediate-danger'], pattern: /\b(should i|do i|i need to|i have to|i will|we need to|i want to|shall i|do we) (call|ring|phone|get) (the )?(police|ambulance|an ambulance|999)\b(?! (service|transport|to transport))|\b(call|ring|phone|dial|need|get) (an )?(ambulance|999)\b(?! (service|transport|to transport))|\b(this|it) is an emergency\b|\bemergency right now\b|\b(in|is in|are in) (immediate )?danger\b(?! of)|\blife threatening\b|\bat risk(?=$| (of (harm|abuse|being (hurt|harmed|abused|exploited|groomed|killed)|suicide|self harm|significant harm|serious harm)|from (him|her|them|my|his)|at home|tonight|right now|now))/ },
  { kinds: ['immediate-danger', 'violence'], pattern: /\b(has|had|got|carrying|carries|carried|holding|waving|pulled|pulling|brought|took|taken|threatening (me|us|him|her|them) with) (a |the |his |her )?(knife|knives|gun|weapon|machete|blade|axe|hammer)\b(?! and fork)/,
    unless: /\b(plastic|butter|toy|pretend|play|cardboard|rubber|dinner|cutlery) (butter )?knife\b|\bbutter knife\b|\bblade runner\b|\b(running|sports?|prosthetic) blades?\b|\bprosthe\w*/ },

  // --- Abuse (physical, sexual, emotional) by staff, carers, relatives or others ---
  { kinds: ['abuse'], pattern: new RegExp(`\\b${ADULT} ${WHERE}(?:(?:has|had|have|was|is|been|keeps|kept|always|often|sometimes|then|just|also|apparently|allegedly|again|really|actually|physically|deliberately|\\w+s and|\\w+ed and|\\w+ed (?:at |to )?(?:him|her|them) and(?: then)?) )*${HARM_VERB} ${CHILD_VICTIM}`), unless: new RegExp(`\\b(?:pushe[sd]|pushing) ${ANY_VICTIM} (?:to (?:do|be|try|work|read|write|achieve|finish|go|join|take)|too (?:hard|much|far)|harder|academically|forward|into \\w+ing)\\b|\\b(?:threw|throws|locked) ${ANY_VICTIM} (?:out|off)\\b|\\bhurt ${ANY_VICTIM} feelings\\b|\\babus\\w* (?:his|her|their) (?:position|power|authority|role)\\b|\\bbeat\\w* ${ANY_VICTIM} (?:\\w+ ){0,2}?at\\b|\\bgrab\\w* ${ANY_VICTIM} (?:\\w+ ){0,2}?(?:attention|interest|imagination)\\b`) },
  { kinds: ['abuse'], pattern: new RegExp(`\\b(was|were|been|being|got|get|gets|is|are|keeps getting|has been|had been) (\\w+ )?${PASSIVE_HARM} (\\w+ ){0,3}?by (a |an |the |his |her |their |one of the |some |my |our )?${ADULT}\\b`) },
  // "He could not breathe" about what someone did to a child: always a risk.
  { kinds: ['abuse', 'immediate-danger'], pattern: /\b(he|she|they|my (son|daughter|child)) (said|says|told (me|us|the \w+)|was saying|kept saying|screamed|shouted) (that )?(he|she|they) (could not|cannot|can not|could hardly|could barely) breathe\b|\b(on top of|sat on|kneel\w* on|knelt on) (him|her|them|my \w+)\b.*\b(could not|cannot|can not) breathe\b/ },
  { kinds: ['abuse'], pattern: /\b(hold|holds|holding|held|pin|pins|pinning|pinned|put|puts|putting|lie|lay|lays|laid) (him|her|them|my \w+) (down )?face down\b|\b(two|2|three|3|several|some) (of them|staff|teachers|adults) (\w+ ){0,2}?on top of (him|her|them|my \w+)\b/ },
  { kinds: ['abuse'], pattern: /\b(restrain\w*|restraint|held down|held (him|her|them|my \w+) (down|on the floor|to the floor)|pinned (him|her|them)? ?down|pinned|physical intervention|physically (held|moved|handled)|manhandl\w*|dragged|sat on (him|her))\b.*\b(hurt|injur\w*|bruis\w*|marks|pain|painful|scratches|(could|can|cannot|could not) (not )?breathe|blood|bleeding|broke|broken|sprain\w*|terrified|traumatised|face down)\b|\b(hurt|injur\w*|bruis\w*) (\w+ ){0,4}?(restrain\w*|restraint|held down|pinned)\b|\bprone restraint\b|\bface down restraint\b/, unless: /\bpolic(y|ies)\b/, unlessOverriddenBy: /\b(restrained|held|pinned|dragged) (him|her|them|my \w+)\b|\b(he|she|they) (was|were|got|has been|have been) restrained\b/ },
  { kinds: ['abuse'], pattern: /\b(left|leaving|leaves) (\w+ )?(bruises|bruising|marks|a mark|a bruise|finger marks|scratches)\b|\bunexplained (bruises|bruising|injuries|marks|burns)\b|\b(came|comes|come) (home|back|out) (\w+ ){0,6}?(with )?(bruises|bruising|marks|a black eye|burns|injuries|cuts|an? (burn|cut|bruise|injury|mark|bite) (on|to|across) (his|her|their) \w+ and (will not|would not|does not|did not|cannot|can not) (say|tell|explain))\b(?! from (football|pe|rugby|playing|falling|a fall))/ },
  { kinds: ['abuse'], pattern: /(?<!\b(eczema|birth|pen|paint|felt tip|chickenpox|chicken pox|acne|spot|ink|pressure|sock|strap|glasses) )\b(marks|bruises|bruising|cuts|burns|burn marks|scratches|red marks|finger marks|hand marks|bite marks|welts) (on|around|across) (his|her|their|(my|our) (son|daughter|child|kid|boy|girl)s?) (neck|face|back|arms?|legs?|body|bottom|chest|throat|wrists?|head|ears?|cheeks?|thighs?)\b(?! (from|after) (football|pe|rugby|playing|falling|a fall|climbing|sport|his bike|her bike|the bike|trampolin\w*|the park|eczema))/,
    // The parent saw how it happened: "he fell off the trampoline (I was with him) and has bruises on his arms".
    unless: /\b(i|we) (was|were) (right )?(with (him|her|them)|there|watching)\b|\b(i|we) saw (it|him|her) (happen|fall)\b/ },
  // "She was locked in a room at school": seclusion, said without naming who did it.
  { kinds: ['abuse'], pattern: /\b(was|were|been|being|got|gets|is|are|keeps being|keeps getting) (\w+ and )?(locked|shut) (\w+ )?(alone |on (his|her|their) own )?in (a |the |an )?(cupboard|room|toilet|shed|cage|box|dark|cellar|basement|bathroom|office|quiet room|isolation room|seclusion room|empty room|small room|padded room)\b/, unless: /\b(by (accident|mistake)|accidentally)\b/ },
  // Seclusion by name: kept alone in a room they cannot leave.
  { kinds: ['abuse'], pattern: /\bseclusion (room|rooms|space|cell)\b|\b(put|puts|putting|placed|places|kept|keeps|keep|left|leaves|sent|sends|took|takes|taken|shut|locked) (him|her|them|my \w+) (\w+ ){0,2}?in(to)? (a |the |an )?seclusion\b|\b(is|was|were|been|being|gets|got) secluded\b/,
    // ("Is it true schools aren't allowed seclusion rooms?": the rules in general, with no child in them.)
    unless: new RegExp(`${INFO_CONTEXT.source}|^(?:is it true|are schools|can schools|do schools|are (?:they|academies)|what does the (?:law|guidance)|what are the rules)\\b(?!.*\\b(?:him|her|them|my (?:son|daughter|child|boy|girl))\\b)`) },
  { kinds: ['abuse'], pattern: /\b(locked|locks|lock|locking|shut|shuts|shutting) (him|her|them|my \w+) (alone |on (his|her|their) own )?in (a |the |his |her |their )?(small |little |dark |sensory |empty |side |back |tiny |own )?(bedroom|cupboard|room|toilet|shed|cage|box|dark|cellar|basement|car|boot|bathroom|office|corridor|quiet room|isolation room|seclusion room|empty room)\b|\b(kept|keeps|keep|keeping|left|leaves|leave|leaving|put|puts|putting) (him|her|them|my \w+) (alone |on (his|her|their) own )?in (a |the )?(cupboard|shed|cage|box|dark|dark room|cellar|basement|boot)\b/ },
  { kinds: ['abuse'], pattern: /\bsexual(ly)? (abus\w*|assault\w*|touch\w*|harass\w*)|\b(rape|raped|raping|molest\w*|groped|groping|indecent(ly)? (assault|exposure|touch))\b|\bprivate parts\b|\btouch(ed|es|ing)? (him|her|them|me|my (son|daughter|child)) (inappropriately|down there|between|under|sexually|there|in (a |the )?(wrong|private|bad|funny) (way|place|area|parts?))|\binappropriate(ly)? touch\w*|\bmade (him|her|them) (touch|undress)\b|\bundress\w* (him|her|them)\b/ },
  { kinds: ['abuse'], pattern: new RegExp(`\\b${ADULT} (?:\\w+ )?touch(?:ed|es|ing) (?:him|her|them|my (?:son|daughter|child))\\b(?! (?:on the )?(?:shoulder|arm|hand|back|head) (?:to|gently|for))`) },
  { kinds: ['abuse'], pattern: /\b(is|was|are|being|been|has been|have been|keeps being|getting|got) (physically |emotionally |sexually |verbally |psychologically )?(abused|mistreated|ill treated|maltreated)\b|\b(abusing|abuses|abused|mistreating|mistreats) (him|her|them|me|us|my (son|daughter|child|kids|children)|our (son|daughter|child|kids|children)|the (kids|children|child)|children|kids|pupils|disabled children)\b/, unless: /\babus\w* (his|her|their) (position|power|authority|role)\b|\b(says|said|reckons|thinks|joked|joking) (that )?(i am|i m|im|we are) abusing\b|\b(previous|former|old|birth|past) (foster carers?|carers?|family|families|home|placement|parents?)\b|\bwhen (he|she|they) (was|were) (\d|little|younger|a baby|small)/,
    // Abuse in the past, dealt with, is a question about support now, unless it goes on.
    unlessOverriddenBy: /\b(abused|abusing|abuses) (him|her|them) (physically|sexually|emotionally|verbally)\b|\b(still|again|currently|last night|this week|this morning|today|yesterday)\b/ },
  { kinds: ['abuse'], pattern: /\b(emotional|emotionally|psychological|psychologically|verbal|verbally|physical|physically|sexual|sexually|child) abus\w*/, unless: INFO_CONTEXT },
  { kinds: ['abuse'], pattern: new RegExp(`\\b${ADULT} ${WHERE}(?:\\w+ ){0,3}?(?:scream\\w*|shout\\w*|yell\\w*|swear\\w*|spits?|spat) (?:right )?(?:in|into) (?:(?:his|her|their) |(?:my|our|a|the) (?:\\w+ )?(?:son|daughter|child|kid|boy|girl|pupil|student)s? )face\\b`) },
  { kinds: ['abuse'], pattern: /\b(pushed|pushes|shoved|shoves|threw|throws|slammed|slams|dragged|drags) (him|her|them|my (son|daughter|child)|a (pupil|child|student)) (hard )?(into|against|onto|across|along|down on|on) (a |the |his |her |their )?(chair|wall|door|floor|table|desk|ground|lockers?|corridor|radiator|bed|sofa|settee|couch|stairs|bath|cot|car)\b/ },
  { kinds: ['abuse'], pattern: /\b(boy|boys|lad|lads|man|men|older (boy|girl|pupil|student|man|kid)s?|someone|somebody|an? (pupil|student|child|kid|boy|girl) (in|from) (his|her|their) (class|year|school)|teacher|staff|adult|driver|escort|brother|sister|cousin|uncle|stepbrother|stepdad|grandad|lodger|neighbour) (\w+ ){0,8}?(has been|keeps|kept|was|is|been|have been|had been) touching (him|her|them|my (son|daughter|child))\b(?! (work|stuff|things|belongings|bag|food|lunch|pencil|toys?))/ },
  { kinds: ['exploitation'], pattern: /\b(told|tells|telling|said|says) (to )?(him|her|them|my \w+) (that )?(it is|it was|this is|that is|its) (a |our |their |his |her |just )?(little |special |big )?secret\b|\bour (little |special )?secret\b/, unless: /\b(surprise|present|presents|birthday|christmas|party|gift|card|making (mum|dad|a|the)|for (mum|dad|mummy|daddy|nan|grandma))\b/ },
  { kinds: ['abuse'], pattern: /\bbull(ied|ying|ies) (him|her|them|my \w+) (\w+ )?\b(teacher|staff|teaching assistant|adult|head ?teacher)\b|\b(bullied|picked on) by (a |the |his |her )?(teacher|staff|teaching assistant|adults?|head ?teacher)\b/ },
  { kinds: ['abuse'], pattern: /\b(i|we) (have|have got|want to raise|need to raise|am raising|are raising|raised|need to report|want to report|have to report) (a |some |an )?(serious |real |big |urgent )?safeguarding (concern|concerns|issue|worry|worries|matter)\b|\bworried about (his|her|their|my (son|daughter|child|kids|children)|our (son|daughter|child|kids|children)) safety\b/, unless: /\bpolic(y|ies)\b/ },

  // A parent who has hurt their child, or fears they will: help, never judgement.
  { kinds: ['abuse'], pattern: /\b(i|we) (have |just |then |accidentally )?(smacked|slapped|hit|punched|kicked|shook|shaken|shoved|grabbed|hurt|threw something at) (my|our) (son|daughter|child|kid|kids|children|baby|boy|girl)\b(?!(?: s)? (hand|arm)s? (away from|to stop|so (he|she|they) (would not|did not|could not)))|\b(scared|afraid|worried|frightened|terrified) (that )?(i|we) (will|might|could|am going to|are going to|may) (hurt|harm|hit|smack|shake|lose it with|lash out at) (him|her|them|my|our)\b/ },

  // --- Violence or danger at home ---
  { kinds: ['violence'], pattern: new RegExp(`\\b(?:my|our|his|her|the kids|the children) ${RELATIVE} (?:(?:has|had|have|keeps|always|often|sometimes|then|just|also|really|again|was|is|been) )*(?:hits|hit|hitting|beats|beat|beaten|beating|punch\\w*|kick\\w*|slap\\w*|chok\\w*|strangl\\w*|attack\\w*|assault\\w*|hurts|hurt|hurting|shov\\w*|push\\w*|threaten\\w*|abus\\w*|controls|rapes?|raped|raping|throws things at|smashes things) (?<victim>me|us|him|her|them|the kids|the children|my \\w+|our \\w+)`), unless: /\bpush(es|ed|ing)? (me|us|him|her|them|my \w+) (to|too|into|harder)\b|\bhurt (me|us|him|her|them|my \w+|our \w+) feelings\b/ },
  { kinds: ['violence'], pattern: new RegExp(`\\b(?:my|our|his|her|the kids|the children) ${RELATIVE} (?:is|gets|got|has been|was|can be|becomes|became) (?:very |really |so |quite |often |sometimes )?(?:violent|abusive|dangerous|controlling)\\b`) },
  // Hurt again and again: "he hits me every day" (a partner, or a child in meltdowns: the parent's safety either way).
  { kinds: ['violence'], pattern: /\b(he|she|they|my (son|daughter|child|partner|husband|wife|ex|boyfriend|girlfriend)) (\w+ ){0,2}?(hits|punches|kicks|beats|hurts|attacks|strangles|chokes|bites|headbutts|head butts) (?<victim>me|us)\b.*\b(every day|everyday|daily|every night|all the time|most days|constantly|every week|several times a (day|week))\b/ },
  // --- Found with a second fresh set: risks told by their signs, not their names ---
  // A medical emergency by its symptoms: a seizure that goes on, no coming round, can't breathe, an allergic reaction.
  { kinds: ['immediate-danger'], pattern: /\b(seizure|seizures|fit|fits|fitting|seizing)\b.*\b(is not|has not|will not|does not|did not|would not|not) (stopping|stopped|stop|come round|coming round|woken|waking|responding)\b|\b(seizure|fit|fitting|seizing)\b.*\b(\d+|five|six|seven|eight|nine|ten|fifteen|twenty) (minutes|mins)\b|\b(fits|seizures) (one after (the )?(another|other)|back to back|in a row)\b|\b(not|has not|is not|will not|cannot) (waking|woken|wake|come round|coming round|responding|responsive)( up)? (properly )?(after|between|from) (his|her|the|their|a) (fit|fits|seizure|seizures)\b|\b(collapsed|passed out|fainted)\b.*\b(will not|won t|not|cannot|can not|has not) (come round|wake|waking|woken|responding)\b/,
    // A short fit, dealt with by the plan, the child fine now: a question about the plan.
    unless: /\b(under|less than|only|just under|just over) (\d+|one|two|three|a couple of) (minutes|mins)\b|\b(is|was|s) (fine|ok|okay|back to normal) now\b|\bas per (his|her|their|the) (care |health care |seizure )?plan\b/,
    unlessOverriddenBy: /\b(right now|still (fitting|seizing|going)|not stopp\w*|will not stop|has not stopped|is not working|did not work|has not worked|ambulance|999|not breathing|blue)\b/  },
  { kinds: ['immediate-danger'], pattern: /\b(he|she|they|my \w+|child|son|daughter) (cannot|can not|could not|is struggling to|can hardly|can barely) breathe\b(?! (through|out of|with) (his|her|their|the) (nose|mouth))|\b(gone|going|turned|turning) (blue|grey|gray)\b|\bblue (round|around) (the|his|her) (lips|mouth)\b|\b(lips|face) (are|is|going|gone|turning) blue\b|\b(floppy|limp) and (blue|not responding|unresponsive|will not wake|cannot wake)\b|\b(throat|tongue|lips|face) (is |are )?(swelling|swollen|closing)( up)?\b|\b(having|is having|going into|gone into|is in|in) (an )?anaphyla\w*( shock| reaction)?\b(?! (plan|training|polic\w*|kit|risk|care plan))|\banaphylactic (shock|reaction)\b(?! (plan|training|polic\w*|kit|risk))|\b(epipen|epi pen|adrenaline pen|buccal|midazolam|rescue med\w*)\b.*\b(cannot find|can not find|lost|not working|has not worked|did not work|not in|forgot|left at|used it|needed)\b/,
    // (Asthma in PE, a blocked nose: a need for the plan, unless it is happening now.)
    unless: /\b(asthma|when (he|she|they) (runs?|exercises?|does pe|swims?)|in pe|during pe|snor\w*|hay ?fever|inhaler|his plan|her plan|the plan|ehcp)\b/,
    unlessOverriddenBy: /\b(right now|now|gone blue|going blue|turning blue|floppy|ambulance|not responding|999)\b/ },
  { kinds: ['immediate-danger'], pattern: /\b(swallowed|taken|took|eaten|ate|has had|had) (some|a few|several|a couple|loads|lots|a lot|all) (of )?(my|his|her|their|the|nan|mum|dad|grandma|gran|mums|dads)? ?(\w+ )?(tablets|pills|medicine|medication|meds|gummies|paracetamol|melatonin|sleeping pills|painkillers|antidepressants)\b/ },
  { kinds: ['immediate-danger', 'neglect'], pattern: /\b(will not|won t|has not|not|refus\w* to) (eat|eaten|drink|drunk|had a drink|had anything to drink|eat or drink|eaten or drunk)( anything)?\b.*\b(days|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last))\b.*\b(pale|sleepy|drowsy|floppy|weeing|peeing|wee|dizzy|faint|unwell|not himself|not herself)\b|\bnot (weeing|peeing|had a wee)\b/ },
  // A child gone without the word "missing": not come home, wandered off, out of the door, nobody knows where.
  { kinds: ['immediate-danger'], pattern: /\b(has not|not|never|have not) (come|came|been|got) (home|back)\b.*\b(phone|answering|since|hours?|all night|overnight|nights?|police|dark|late|\d+ ?pm|midnight|like (him|her|them)|seen)\b|\b(has |have |s |just |is )?wandered off\b.*\b(dark|night|answering|phone|looked everywhere|cannot find|can not find|police|road|hours?|again)\b|\b(got|slipped|ran|went|gone) out (of )?(the )?(front |back )?(door|gate)\b.*\b(looked everywhere|cannot find|can not find|still|not back|police|road|hours?|minutes ago|pyjamas)\b|\b(do not|does not|no one|nobody) knows? where (he|she|they|my \w+) (is|are|has gone|have gone|went)\b|\bhas not been (home|seen) (for|since)\b/, unless: /\b(register|records?|system|list|paperwork|file|computer|error|works away|working away|away (with|for) work|on the rigs|deployed|on tour)\b/ },
  // Suicidal thoughts said sideways: no point any more, looking up how many tablets, the family better off with "me gone".
  { kinds: ['suicide'], pattern: /\b(do not|does not|cannot|can not|no longer) (really )?see (the|any) point( in it| in anything| of anything)? any ?more\b|\b(looking up|looked up|googl\w*|searching|searched|asking|asked) (\w+ ){0,2}?how (many|much) (tablets|pills|paracetamol|meds|medication|painkillers) (\w+ ){0,2}?(it takes|is too much|would|to take|kill)\b|\bbetter off (with|without) (\w+ ){1,3}?and (me|him|her) (just )?(gone|dead|not here|out of the way|not around)\b|(?<!\b(?:nearly|almost|accidentally) )\b(driving|drive|drove|crash\w*|steer\w*) (the car )?(into|off) (a|the) (wall|tree|bridge|motorway|lorry|river|cliff)\b/ },
  // Self-harm hidden: blood on the sheets, plasters in the bin, arms kept out of sight.
  { kinds: ['self-harm'], pattern: /\b(blood|bloody|blood stains) on (his|her|their|the) (sheets|bed|pillow|sleeves|duvet|tissues|towels?)\b|\b(plasters|bandages|blades) (hidden )?in the bin\b|\b(hiding|hides|covering|covers|keeps covering) (his|her|their) (arms|wrists|legs|thighs)\b|\b(will not|does not|won t) let (me|us|anyone) see (his|her|their) (arms|wrists|legs|thighs)\b|\bsharpener (\w+ ){0,2}?(taken apart|broken|in pieces|dismantled)\b/ },
  // Sexual abuse in other words: made to do things, someone in their bed at night, clothes pulled down, a child's disclosure or play.
  { kinds: ['abuse'], pattern: /\b(makes|made|making|tells|told|forces|forced) (him|her|them|my (son|daughter|child)) (to )?do (things|stuff|something|it)\b.*\b(toilets?|game|secret|bed|bedroom|night|touch\w*|private|does not like|doesn t like|hates|scared|older|man|men|boy|uncle|bath)\b|\b(comes|came|coming|gets|got|getting|goes|went|creeps|crept) in(to)? (his|her|their) (room|bed|bedroom) (at night|when|in the night|after)\b|\b(gets|got|getting) into (his|her|their) bed\b|\b(made|make|makes|making) (him|her|them) (pull|take) (down |off )?(his|her|their) (pants|knickers|trousers|underwear|clothes)( down| off)?\b|\btickling game\b.*\b(does not like|doesn t like|hates|scared|secret|upset)\b|\b(acting|acts|act) out (sex|sexual|sexy)\b|\bsex(ual)? (things|stuff|play|games?|words)\b.*\b(dolls?|toys|\d|little|only)\b|\b(drawing|draws|drew|drawn) (\w+ ){0,2}?(someone|a man|a person|people|him|her) (hurting|touching)\b|\b(hurt|kill|harm|get) (her|him|them|you) if (she|he|they|you) (tells|tell|told|says|said)\b/ },
  { kinds: ['abuse'], pattern: /\b(disclosed|made a disclosure|has disclosed|a disclosure|disclosure (about|of|from))\b/, unless: /\bdisclos\w* (his|her|their|my|the|a) (diagnosis|disability|condition|autism|adhd|needs|sen|ehcp|information|data|records?)\b|\bdata\b|\bfreedom of information\b/ },
  { kinds: ['abuse'], pattern: /\b(keeps|kept|has been|was|is|been|always) (touching|stroking|rubbing|putting (his|her) hands? on) (his|her|their|my (son|daughter|child)s?) (leg|legs|knee|knees|thigh|thighs|bottom|bum|chest|breasts?|hair)\b|\b(hand|hands) on (his|her|their) (knee|leg|thigh|bottom|bum)\b/ },
  // Emotional abuse by a relative: told every day they are worthless.
  { kinds: ['abuse'], pattern: new RegExp(`\\b(?:my|our|his|her|the kids|the children) ${RELATIVE} (?:\\w+ ){0,2}?(?:tells|calls|told|called|keeps telling|keeps calling) (?:him|her|them|my \\w+) (?:that )?(?:he|she|they)? ?(?:is|are|was|s)? ?(?:stupid|worthless|useless|thick|a waste of space|an idiot|a burden|disgusting|a mistake)\\b`) },
  // Coercive control and threats: money and phone taken, locked in, "if I push for tribunal he'll take the kids", bruises that cannot be explained.
  { kinds: ['violence'], pattern: /\b(takes|took|has taken|keeps|controls|control|has) (all )?(my|our|the) (bank ?card|money|phone|keys|car keys|passport|benefits|finances)\b.*\b(he|she|partner|husband|wife|boyfriend|girlfriend|ex)\b|\b(he|she|partner|husband|wife|boyfriend|girlfriend|ex) (\w+ ){0,3}?(takes|took|controls|checks|reads|goes through) (all )?(my|the) (bank ?card|money|finances|phone|messages|texts|emails)\b|\b(will not|won t|does not|doesn t) let me (see|go out|leave|speak to|talk to|visit) (my|the house|friends|anyone|family)\b|\bask (his |her |their )?permission to (go out|leave the house|see (my|friends))\b|\block(s|ed)? (me|us|me and the kids|us and the kids) in\b|\bbruises (that )?(i|we) (cannot|can not|could not) explain\b|\bif (i|we) (\w+ ){0,6}?(he|she|they) (will|would|is going to|are going to) (take|snatch) (the kids|the children|my \w+|our \w+|them|him|her)\b|\bmake sure (i|we) never see (the kids|my \w+|our \w+|them) again\b/ },
  // Exploitation in street words: carrying packages for older lads, cash and trainers from men in cars, threats if they stop, age gaps in numbers, sextortion.
  { kinds: ['exploitation'], pattern: /\b(carry|carrying|carries|hold|holding|holds|deliver|delivering|drop off|dropping off|move|moving|mind|minding|stash|stashing) (\w+ ){0,2}?(packages|parcels|a bag|bags|a package|a parcel|stuff|things) (for|to) (some |a few |these |the )?(older |big |grown |local )?(lads|boys|men|guys|people|someone|man|gang)\b|\b(lads|men|guys|boys|people|man) in (a |different |flash |nice )?cars?\b.*\b(cash|money|trainers|phones?|gifts|lifts|clothes)\b|\bif (he|she|they|i) (stops|stop|tells|tell|says no|refuses)\b.*\b(hurt|kill|harm|stab|get|come for) (me|him|her|us|his \w+|her \w+|my \w+)\b|\b(threaten\w*|going to|will|says (he|she|they) will) (to )?(share|post|send|put|leak) (his|her|their|my \w+|the) (photos|pictures|pics|images|videos|nudes)\b|\b(demanding|wants|asking for|asked for) (money|cash|\d+|payment)\b.*\b(photos|pictures|pics|images|videos)\b|\b(photos|pictures|pics|images|videos)\b.*\b((demanding|wants|asking for) (money|cash|\d+|payment)|unless (he|she|they) pays?)\b/ },
  { kinds: ['exploitation'], pattern: /\b(she|he|daughter|son|child|they|girl|boy|kid) (is |s )?(1[0-7])\b.*\b(boyfriend|girlfriend|seeing|dating|going out with|sleeping with|relationship with) (\w+ ){0,3}?(2\d|[3-9]\d)( year old| years old| yo)?\b|\b(boyfriend|girlfriend) (\w+ ){0,2}?(is )?(2\d|[3-9]\d)\b.*\b(she|he) (is |s )?(1[0-7])\b/ },
  // A child meeting in person a grown man met online, or going to his place (AO): "a man she met on tiktok, he's about 25, she's going to his flat on saturday".
  { needs: /tiktok|snap|instagram|insta|discord|roblox|fortnite|minecraft|whatsapp|xbox|playstation|ps5|facebook|telegram|kik|omegle|youtube|twitch|game|app|internet|online|server/, kinds: ['exploitation'],
    pattern: new RegExp(`^(?=.*(?:${MET_ONLINE}))(?=.*(?:${GROWN_UP}))(?=.*(?:${IN_PERSON}))${nowhere(CHILD_IS_ADULT)}`) },
  // Neglect by its signs: no gas or food till payday, always starving, dirty clothes all week, bins, sent home hungry.
  { kinds: ['neglect'], pattern: /\b(always|often|constantly|permanently) (starving|starved|famished|hungry)\b|\b(not|have not|has not|no) (had )?(the )?(gas|electric|electricity|heating) (on )?(for|in) (days|weeks|\d+ (days|weeks)|a week|ages)\b|\b(nothing|no food|nothing to eat)( to eat)?( in the (house|flat|home))? (until|till) (payday|pay day|friday|monday|the weekend|next week|\w+day)\b|\b(electric|electricity|gas|meter|heating) (has )?(run out|gone off|been cut off|cut off)\b.*\b(baby|kids|children|cold|freezing|no food)\b|\bsleeping in (his|her|their) coats?\b|\b(same )?dirty clothes (all week|every day|for days)\b|\b(raiding|eating (out of|from)|taking food from) (the )?bins\b|\buntreated (tooth|teeth|abscess\w*|infection|injur\w*|wound)\b|\b(sends|sent|sending|send) (him|her|them) home hungry\b|\b(throw|throws|threw|throwing) (his|her|their) (food|lunch|dinner) away\b|\blost (loads of|a lot of|so much|lots of) weight\b|\bhouse (is not|isn t|is n t) safe\b/,
    // Hungry because medicine takes the appetite away: a question about snacks, not neglect.
    unless: /\b(meds|medication|medicine|appetite|growth spurt)\b/ },
  // A parent afraid of what they might do: help, never judgement.
  { kinds: ['abuse'], pattern: /\b(scared|afraid|worried|frightened|terrified) (that )?(i|we) (will|might|could|am going to|are going to|may|ll) (\w+ ){1,6}?(hurt|harm|hit|smack|shake|lash out at) (?<victim>him|her|them|my \w+)\b/ },
  { kinds: ['abuse'], pattern: /\bscared of what (i|we) (might|will|could|would) do( to (him|her|them|my \w+))?\b|\b(going to|gonna|will) lose it and (hurt|hit|shake|smack) (him|her|them)\b|\b(nearly|almost) (shook|shaken|hit|smacked|slapped|hurt|strangled) (him|her|them|my \w+)\b|\bbefore (i|we) (hurt|hit|shook) (him|her|them)\b/ },
  // Medication used to control a child: sedated, someone else's tablets, extra medicine to calm them.
  { kinds: ['abuse'], pattern: /\b(giving|given|gives|gave|give) (him|her|them|my \w+) (extra |more |someone else (?:s )?|unprescribed |other )?(medication|medicine|meds|tablets|sedatives?|pills)\b.*\b(calm (him|her|them) down|not prescribed|is not prescribed|easier to manage|sleeping all day|quiet|knock (him|her|them) out)\b|\bsedat(e|es|ed|ing) (him|her|them|my \w+|the (kids|children|residents))\b|\bsomeone else(?: s)? (tablets|medication|meds|medicine|pills)\b/ },
  // --- Found with a third fresh set: other emergencies, harms named in other words, no safe adult ---
  { kinds: ['immediate-danger'], pattern: /\b(diabetic|diabetes|insulin|blood sugars?|sugars?|hypo|hyper|dka|ketones?)\b.*\b(vomit\w*|being sick|throwing up|breathing (really )?fast|fast breathing|drowsy|really sleepy|going sleepy|confused|unconscious|floppy|fitting|not responding|will not wake|won t wake|refus\w* (to take )?(his|her|their)? ?insulin|not taking (his|her|their) insulin|high ketones)\b/, unless: /\b(plan|ehcp|section \w|school nurse training|care plan|policy)\b/, unlessOverriddenBy: /\b(now|right now|tonight|this morning|today|ambulance|999)\b/ },
  { kinds: ['immediate-danger'], pattern: /\bspiked\b|\b(gave|given|giving|slipped) (him|her|them|my \w+) (something|some \w+|pills?|a pill|drugs|alcohol|vodka)\b.*\b(floppy|cannot wake|can t wake|will not wake|won t wake|not waking|out of it|unconscious|being sick|vomiting|cannot stand|can t stand|not responding|passed out)\b|\b(taken|took|had) something\b.*\b(out of it|floppy|will not answer|won t answer|not responding|cannot wake|passed out|unconscious)\b|\b(cannot|can not|could not) (wake|rouse) (him|her|them)( up)? properly\b|\bnot waking up properly\b/ },
  { kinds: ['immediate-danger', 'self-harm'], pattern: /\b(anorexi\w*|bulimi\w*|eating disorder)\b.*\b(worse|fainted|fainting|passed out|passing out|collapsed|heart|skin and bone|hospital|only water|stopped eating|lost \w+ (stone|kilos?|kg|pounds))\b|\b(making|makes|made|make) (herself|himself|themselves|myself) sick\b|\b(vomit\w*|being sick|throwing up|sick) (after (every|each|all|his|her|their) meals?|on purpose)\b|\b(lost|losing) (\d+|a|two|three|half a) (stone|kilos?|kg)\b.*\b(month|weeks?|fainting|passing out|passed out)\b|\bskin and bone\b|\bsee (his|her|their) ribs\b|\b(\d|one|two|three|four|five|six|seven) stone (at|and) \d/ },
  { kinds: ['immediate-danger', 'neglect'], pattern: /\b(stopped|stop|has stopped|not|has not|have not|hasn t) (eating|drinking|eaten|drunk|had anything to drink|had a drink|eating and drinking|eaten or drunk)( anything)? (for|in|since) (\d+|two|three|four|five|six|a few|several|over a) (days|day)\b|\bstopped eating and drinking\b|\b(stopped|has stopped|not) (eating|drinking)\b.*\b(a week|weeks|(\d+|two|three|four|five|six|several|a few) days|lies there|lying there|will not get out of bed|won t get out of bed)\b/ },
  // Forced marriage, FGM and radicalisation, described without their names.
  { kinds: ['exploitation'], pattern: /\b(marry|married|marriage|wed|wedding|engaged)\b.*\b(does not want|doesn t want|do not want|crying|scared|against (her|his|their) will|forc\w*|cannot consent|can t consent|learning disab\w*|1[0-7] year old|aged 1[0-7]|only 1[0-7])\b|\b(married off|marry (her|him|them) off)\b|\b(to|and) marry (a |her |his |their )?cousin\b.*\b(1[0-7]|sister|daughter|son|niece|nephew|ld|learning)\b/ },
  { kinds: ['abuse'], pattern: /\bcircumcis\w*\b.*\b(her|daughter|girl|girls|sister|niece)\b|\b(her|daughter|girls?|sister|niece)\b.*\bcircumcis\w*|\b(be|get|getting|being|was|were) cut (like (we|i|she|they|us) (were|was)|back home|when (she|they) (go|visit|are older)|in the (village|ceremony))\b|\bcutting ceremony\b|\bceremony\b.*\bcut (her|them|the girls)\b/, unless: /\b(awareness|project|homework|lesson|pshe|training|policy|what does the law|law on)\b/ },
  { kinds: ['exploitation'], pattern: /\b(isis|isil|daesh|jihad\w*|kafirs?|kuffar|caliphate|martyr\w*|far right|neo ?nazi|white power|race war|incel\w*|extremist videos?)\b|\b(go|going|goes|went|wants to go) (and |to )?(fight|fighting) (abroad|in syria|over there|for them)\b|\b(certain|some|those|these) (people|groups|muslims|jews|immigrants|foreigners|women) deserve to die\b|\b(blow up|bomb|shoot up|burn down) (the |his |her |a )?(school|college|mosque|church|synagogue|temple)\b/, unless: /\b(awareness|project|homework|lesson|pshe|training|policy|prevent duty|prevent training|re lesson|history)\b/ },
  // No safe adult in charge: a carer drunk, too ill to stand, with dementia; young children alone at night.
  { kinds: ['neglect'], pattern: /\b(drunk|wasted|off (my|her|his) face|a bottle of (wine|vodka|gin) a day|drinks (all day|every day|a bottle))\b.*\b(son|daughter|kids|children|baby|looking after|look after|in charge|alone|asleep|upstairs|no one else|nobody else|nobody here)\b|\bnot (sure )?(i am |i m )?(safe|fit) to (drive|look after|care for)\b/ },
  { kinds: ['neglect'], pattern: /\b(i|we) (cannot|can not|could not) (stand|get up|move|look after (him|her|them)|do it today|care for (him|her|them))\b.*\b(son|daughter|child|kids|alone|on my own|only carer|no one else|nobody|needs? (changing|feeding))\b|\b(collapsed|being taken into hospital|going into hospital|in hospital|rushed to hospital)\b.*\b(no one|nobody|no body) (to |else to )?(look after|care for|mind|pick up)\b|\bonly carer\b.*\b(ill|sick|temperature|cannot stand|collapsed|hospital|cannot cope)\b|\b(i|we)( have| had)? (collapsed|fallen)( and)?\b.*\b(son|daughter|child|kids|baby|alone|on my own|cannot get up)\b/ },
  { kinds: ['neglect'], pattern: /\b(dementia|forgetful|confused|drunk|high)\b.*\b(left|forgot|forgets|leaves|leaving)\b.*\b(alone|in the bath|in the car|the gas on|the cooker on|unattended|on (his|her|their) own)\b|\b(babysitter|childminder|carer|grandad|grandma|nan|mum|dad|minder) (is |was |got )?(drunk|high|passed out|asleep)\b.*\b(son|daughter|baby|kids|children|cooker|bath|road)\b/ },
  { kinds: ['neglect'], pattern: /\b(\d+|[a-z]+) (and|&) (\d+|[a-z]+) year olds? (are |were |is |stay |stays |left )?(home )?(on their own|alone|by themselves)\b|\b(no|not any) (grown ups|grownups|adults?) (here|at home|in the house|tonight)\b|\b(home alone|on (our|their|my) own) (every night|at night|tonight|all night|overnight)\b|\b(brothers?|sisters?|siblings|kids|children) (\w+ ){0,4}?(alone|on (their|our) own) (at night|every night|overnight|all night)\b/ },
  // Threats from other children in slang, and the family's address shared.
  { kinds: ['violence'], pattern: /\b(going to|gonna|will|ll|are|re|saying they|say they) (batter|jump|smash|shank|merk|kick (his|her) head in|beat (him|her|my \w+) up|do (him|her) in|get (him|her)|stab (him|her))\b(?! (on|off|into|over) )|\b(batter|jump|smash|shank|merk|beat up) (the |my |our |him|her)(\w+ )?(tomorrow|after school|outside|at the gates|at school)\b|\b(posting|posted|shared|sharing|put up|spreading) (\w+ ){0,3}?(our|my|his|her) (address|home address)\b|\b(posting|posted|shared|sharing) (\w+ ){0,2}?where (he|she|we|they) lives?\b/ },
  // A child hurting animals or endangering a sibling.
  { kinds: ['violence'], pattern: /\b(squeez\w*|strangl\w*|drown\w*|suffocat\w*|hurt\w*|kill\w*|torment\w*|tortur\w*|kick\w*|throw\w*|stamp\w* on) (\w+ ){0,2}?(the |our |a |my |his |her )?(kitten|cat|dog|puppy|pets?|rabbit|hamster|guinea pig)\b|\bheld (his|her) (little |baby |younger )?(sister|brother|sibling)( s)? head under\b|\b(trying|tried|tries|keeps trying) to (strangle|smother|suffocate|drown|choke) (our|my|his|her|the) (baby|little|younger)\b/ },
  // A child gone: ran out of the house, ran off at the park, climbed out of a window.
  { kinds: ['immediate-danger'], pattern: /\b(ran|run|running|went|bolted|climbed|got) (out of|off|out) (the )?(house|home|back window|window|front door|at the park|in the park|at the shops)\b.*\b(ago|dark|no shoes|cannot see|can t see|cannot find|looking|searched|police|still|hours?|minutes|mins)\b|\bran off (at|in) the (park|shops|beach|woods|fair)\b/,
    // (AO) Once, long ago, and found: "ran off at the park last year but we found him in 2 mins".
    unless: new RegExp(FOUND_LONG_AGO), unlessOverriddenBy: /\b(again|right now|tonight|still missing|not been found|has not been found|cannot find|can not find)\b/ },
  { kinds: ['exploitation'], pattern: /\b(getting|gets|got|get|goes) (in|into) (a |his |their )?cars? with (a |an |some )?((2\d|3\d|4\d) year old|older|grown up|grown) (man|men|bloke|guy|lads?|boys?|fella)\b/ },
  // One adult in his twenties or thirties with a teenager: lifts, gifts, pick-ups.
  { kinds: ['exploitation'], pattern: /\b(man|guy|bloke|fella|adult|lad) (\w+ ){0,4}?(2\d|3\d|4\d|twenties|thirties|forties)\b(?! (minutes|mins|seconds|hours|days|weeks|months|percent|miles|pounds)).*\b(lifts?|gifts?|trainers|phones?|vapes|money|buys|picks? (her|him) up|picking (her|him) up|picked (her|him) up)\b/ },
  // A non-speaking child suddenly afraid after a carer or a stay away.
  { kinds: ['abuse'], pattern: /\b(since|after|back from) (the |his |her |a )?(respite|new carer|residential|trip|sleepover|new (carer|ta|support worker|taxi|escort)|staying (with|at))\b.*\b(screams?|screaming|terrified|flinch\w*|hides|hiding|scared|petrified|will not let|won t let)\b/, unless: /\b(loved|enjoyed|happy|excited)\b/ },
  // An adult at risk (18 to 25 with a plan) exploited: benefits taken, kept in, cut off from family.
  // (Not an appointee parent managing it: someone else taking it.)
  { kinds: ['exploitation'], pattern: /\b(girlfriend|boyfriend|friend|friends|mate|mates|partner|someone|people|they|carer) (\w+ ){0,3}?(takes|took|taking|has taken|keeps|spends|spent) (all )?(of )?(his|her|their) (pip|benefits|money|bank ?card|wages|esa|universal credit|dla)\b|\b(girlfriend|boyfriend|friend|partner|carer) (\w+ ){0,4}?(stops|won t let|will not let) (him|her|them) (see|seeing|leave|leaving|go out)\b|\bmakes? (him|her|them) sleep on the floor\b/ },
  // "She's going to end it lol": said lightly, still said.
  // ("They want to end it": the council or school ending a plan or placement, a choice in the flows.)
  { kinds: ['suicide'], pattern: /(?<!\b(they|council|the council|the la|school|the school|college|the college) )\b(going to|gonna|wants to|want to|about to|will|ll) (just )?end it( all)?\b(?! (with|between|for|early|there|now and))/ },
  // --- Found with a fourth fresh set ---
  // Hurt by other children: beaten up (and filmed), a knife grabbed and a sibling threatened.
  { kinds: ['violence'], pattern: /\b(beating|beat|beats|battered|batter|jumped|attacked|kicking|punching) (him|her|them|my \w+) up\b|\b(grabbed|grabs|picked up|picks up|held|holding|got) (a |the )?(knife|knives|blade|scissors|hammer)\b.*\b(threaten\w*|stab\w*|at (his|her) (sister|brother|mum|dad)|went for)\b|\b(filming|filmed|recording|recorded) (it|him|her|them)\b.*\b(beat\w*|hit\w*|hurt\w*|attack\w*|fight\w*)\b/ },
  // A child's own words: "daddy hurt me bottom".
  { kinds: ['abuse'], pattern: /\b(daddy|mummy|dad|mum|uncle|grandad|grandpa|nanny|stepdad)\b (\w+ ){0,1}?(hurt|hurts|hit|hits|touched|touches|smacked|kicked|bit) (me|my)\b|\b(daddy|mummy) (\w+ ){0,1}?(hurt|hurts|hit|hits|touched|touches|smacked|kicked|bit) (him|her|them)\b|\bhurt (me|my) (bottom|bum|private\w*|willy|fanny|front bottom|down below|wee wee)\b/ },
  { kinds: ['abuse'], pattern: /\btouch(ed|es|ing)? (him|her|them|my \w+) in (a|an) (sexual|bad|rude|private|funny|wrong) way\b/ },
  // Medicine withheld, a carer using drugs.
  { kinds: ['neglect'], unless: /\b(?:school|college|nursery|staff|teachers?|they|club|the la|council)\b.*\b(?:trips?|outings?|visits?|residential|swimming|training|trained|insurance|polic(?:y|ies)|health care plan|care plan)\b/, pattern: /\b(refuses|refused|will not|won t|does not|doesn t|stopped|stops|forgets) (to )?(give|giving|gave) (him|her|them|my \w+) (his|her|their)? ?(\w+ )?(meds|medication|medicine|tablets|inhaler|insulin)\b|\b(using|on|injecting|smoking|taking) (heroin|crack|cocaine|coke|meth|spice|drugs)\b.*\b(kids|children|son|daughter|baby|stay|staying|looks after|looking after|care|caring|contact)\b|\b(kids|children|son|daughter|baby)\b.*\b(using|on|injecting|smoking|taking) (heroin|crack|cocaine|meth|spice)\b/ },
  // Someone who says so: "worried about neglect", "signs of abuse".
  { kinds: ['neglect'], pattern: /\b(worried|concerned|concerns?|worry) (about|of|re) (neglect|abuse|(his|her|their) safety at home)\b|\bsigns of (neglect|abuse)\b/, unless: INFO_CONTEXT },
  // Wanting to hurt others.
  { kinds: ['violence'], pattern: /\b(wants?|wanting|going|planning|plans) to (hurt|harm|attack|kill) (people|someone|somebody|everyone|students|kids|pupils|them all|staff)\b/ },
  // Not eating, and fainting.
  { kinds: ['immediate-danger', 'self-harm'], pattern: /\b(stopped eating|not eating|will not eat|won t eat|barely eating|hardly eating|refusing food|refuses food)\b.*\b(fainted|fainting|passed out|passing out|collapsed|dizzy|hiding food|food hidden)\b/ },
  // Forced marriage, the vulnerability told first.
  { kinds: ['exploitation'], pattern: /\b(learning disab\w*|ld|1[0-7] year old|aged 1[0-7]|cannot consent|can t consent|does not understand|doesn t understand)\b.*\b(married|marry|marriage|wed)\b|\b(married|marry|marriage)\b.*\b(does not understand|doesn t understand|do not understand) (what )?(marriage|it)\b/ },
  // A relative taking an adult's benefits and keeping them in (not an appointee managing it).
  { kinds: ['exploitation'], pattern: /\b(dad|mum|father|mother|brother|sister|uncle|aunt|stepdad|stepmum|family) (\w+ ){0,6}?(take|takes|took|taking|keep|keeps|spend|spends) (all )?(of )?(his|her|their) (pip|benefits|money|bank ?card|wages|esa|universal credit|dla)\b.*\b(locked|lock|keep (him|her|them) in|won t let|will not let|stops)\b/ },
  // --- Found with a fifth fresh set ---
  { kinds: ['abuse'], pattern: /\b(i|we) (have |had |just |have just |had just )*(shaken|shook|hit|smacked|slapped|hurt|thrown|threw) (him|her|them|my \w+)\b(?! (hand|arm) away)(?! (a |an )?(\w+ )?(party|parties|celebration|surprise|ball|lifeline|tea party|bone)\b)|\bso close to (hurting|hitting|shaking|harming) (him|her|them)\b/,
    // "My son said I hit him" (an accusation the parent is explaining) is not the parent saying it.
    unless: /\b(said|says|claimed|claims|accused (me|us) of|thought|thinks|told (them|the school|school|the teacher|social services) (that )?) ?(that )?(i|we) (had |have )?(shaken|shook|hit|smacked|slapped|hurt|thrown|threw)\b/ },
  { kinds: ['violence'], pattern: /\b(pushed|shoved|threw|kicked|dragged) (?<victim>me|us|him|her) (down|off|across|against|into) (the )?(stairs|wall|floor|ground|door|table)\b|\b(me|my) (partner|husband|boyfriend|fella|ex) (\w+ ){0,2}?(smashes|smashed|wrecks|trashes|breaks) (the place|things|stuff|the house|everything)\b|\b(smashes|smashed|wrecks|trashes) (the place|the house|everything)( up)?\b.*\b(kids|children|hide|hiding|scared|drink|drunk)\b/ },
  { kinds: ['self-harm'], pattern: /\b(cuts|scars|marks|scratches|burns) (all )?(over|on|up and down|across) (his|her|their) (arms?|wrists?|legs?|thighs?|stomach|tummy|body)\b|\bblood on (my|his|her|their|our) (son|daughter|child)s? (sheets|bed|pillow|sleeves)\b/ },
  // Letters to the family, written in despair (not for Christmas, or to ask for help).
  { kinds: ['suicide'], pattern: /\b(wrote|written|writing|left) (\w+ ){0,2}?letters? (to|for) (my|his|her|their|the) (family|mum|dad|parents|friends|brother|sister|kids)\b(?! (about|asking|for (help|support|christmas|birthdays?|eid|diwali)|to (ask|explain)|at christmas))(?=.*\b(point|goodbye|sorry|no one|nobody|end|gone|tired|cannot|hopeless|worthless|burden|fell through|last night|give up|anymore|any more)\b)/ },
  { kinds: ['exploitation'], pattern: /\b(two|2|several|extra|second) phones\b.*\b(disappear\w*|trainers|cash|money|lads|favours|older|gone for|stays out|staying out)\b|\b(disappears|disappeared|goes missing|gone) for (days|nights|a few days|\d+ days)\b(?! (into|in|on|at|with (his|her) (xbox|ipad|games|books)))|\bdoing favours for\b|\b(dealing|selling) (drugs )?(from|out of) (his|her|their|my) (flat|house|home|room)\b|\b(moved|moving) into (his|her|their) (flat|house|home)\b.*\b(dealing|drugs|making (him|her) (hold|keep|carry)|taken over|won t leave|will not leave)\b|\bcuckoo\w*/ },
  { kinds: ['immediate-danger'], pattern: /\b(nobody|no one|noone|nobody can|no one can|cannot|can not) (can )?find (him|her|them|my (son|daughter|child|boy|girl|kid))\b(?! (a |an |the |any |his |her |their )?(place|school|setting|support|help|provision|uniform|kit|reports?|book|coat|shoes))|\b(it s|it has|its|it is) been (\d+|two|three|four|five|a few|several) hours\b.*\b(find|missing|gone|seen|answering)\b/ },
  { kinds: ['abuse'], pattern: /\b(padded|isolation|seclusion|locked|calm|quiet|sensory|small|empty|dark) room\b.*\b((held|holds|holding|kept|keeps|blocked|blocking) (the )?door (shut|closed)|(locked|locks|shut|shuts) (the )?door)\b|\b(held|holds|holding|kept|blocked|blocking) the door (shut|closed)\b|\bcould not get out\b|\bcouldnt get out\b/ },
  { kinds: ['abuse'], pattern: /\b(if|unless) (he|she|they|you) (tells|tell|told|says|say) (anyone|anybody|mum|dad|his mum|her mum|his dad|her dad|you|us)\b.*\b(never see|hurt|kill|take (him|her) away|go away|get (him|her) taken|be taken away|trouble)\b/ },
  { kinds: ['immediate-danger', 'violence'], pattern: /\b(beaten up|beat up|attacked|assaulted|punched|kicked|jumped)\b.*\b(lump on (his|her) head|head injury|hit (his|her) head|keeps being sick|being sick|vomiting|drowsy|knocked out|concussion|blood)\b/ },
  { kinds: ['neglect'], pattern: /\b(comes in|coming in|arrives|turns up|is) (starving|hungry|dirty|filthy|smelly|unwashed)( every day| all the time| most days)?\b|\bno food (at|in the) (home|house|flat)\b|\bsame clothes (for|all) (weeks|days|week)\b|\b(mum|dad|parent|mother|father) (sleeps|is asleep|stays in bed) all day\b/ },
  { kinds: ['abuse'], pattern: /\b(drawing|draws|drew|drawn|drawings|pictures) (\w+ ){0,2}?(sexual|rude|naked|sex)\b|\b(sexual|rude|naked) (pictures|drawings)\b.*\b([1-9]|ten|six|seven|eight|five|four|year old|yo)\b|\busing (sexual|rude) words (he|she) (should not|shouldn t|should n t) know\b|\bwords (he|she) (should not|shouldn t|shouldnt) know\b/ },
  { kinds: ['abuse'], pattern: /\bflinch\w*\b.*\b(dad|mum|father|mother|stepdad|partner|he|she|they|teacher|staff) (lifts|raises|moves) (his|her|their) (hand|arm|voice)\b|\b(burn|bruise|cut) marks? on (his|her|their) (wrist|arm|leg|face|neck|back)\b.*\b(will not|won t|wont|does not|doesn t) (talk|say|tell|explain)\b/ },
  { kinds: ['abuse'], pattern: /\btouches (her|his|their) (leg|knee|thigh|bottom|bum|chest)\b/ },
  // Online grooming: pictures sent to someone met online, a meeting planned.
  { kinds: ['exploitation'], pattern: /\b(sending|sent|send|sends) (\w+ ){0,2}?(pics|pictures|photos|images|videos|selfies)\b.*\b(older|man|men|guy|stranger|met (him|her|them) on|boyfriend|girlfriend|wants to meet|someone (she|he) (met|does not know|doesn t know))\b|\bmet (him|her|them) on (roblox|snapchat|instagram|tiktok|discord|fortnite|minecraft|the internet|online|an app|a game)\b.*\b(meet|boyfriend|girlfriend|older|pics|pictures|photos)\b|\b(wants|want|planning|plans|arranged|going) to meet (her|him|up)\b.*\b(online|roblox|snapchat|instagram|met (on|online)|older)\b/ },
  // --- Found with a sixth fresh set ---
  // Complex medical needs: a feeding tube out and bleeding, a shunt and a child hard to wake, a hypo, bleach drunk.
  { kinds: ['immediate-danger'], pattern: /\b(peg|stoma|feeding tube|tube|button|gastrostomy|trachy|trache\w*)\b.*\b(come out|came out|fallen out|fell out|pulled out)\b.*\b(blood|bleeding|pale|floppy|breathing)\b|\bshunt\b.*\b(throwing up|vomit\w*|being sick|headache|head is (killing|hurting)|hard to wake|drowsy|sleepy|fitting|confused)\b|\b(hard|difficult|impossible) to wake( up)?\b(?=.*\b(now|tonight|since|after|vomit\w*|sick|shunt|fit|fits|seizure|floppy|drowsy|pale|blue|breathing|fell|head)\b)|\b(gone|going|is|seems|really|very) (pale and )?floppy\b(?!.*\b(low tone|hypotonia|muscle tone|physio|occupational therap\w*|section|plan|ehcp)\b)|\b(blood sugars?|blood glucose|bm|bg|glucose) (is |of |was |reading |reading is |reading of )?([0-2](\.\d)?|3\.[0-5])\b(?! (weeks?|days?|months?|years?|hours?|times|levels?))|\bno glucagon\b|\b(confused|confusion) and slurr\w*/ },
  { kinds: ['immediate-danger'], pattern: /\b(drank|drunk|swallowed|ate|eaten|licked|drinking) (some |a bit of |the |a |loads of )?(bleach|cleaner|cleaning (stuff|product|liquid|spray)|washing (tablets?|pods?|capsules?|liquid)|dishwasher tablets?|disinfectant|detergent|white spirit|antifreeze|weed killer|screen wash|lamp oil|e liquid|vape liquid)\b/ },
  // Hurt with an object, held by the throat, kicked in the ribs.
  { kinds: ['abuse'], pattern: /\b(hit|hits|beat|beats|beaten|whipped|whips|smacked|smacks|hitting) (him|her|them|my \w+|me|us) with (a |the |his |her |their )?(belt|stick|slipper|shoe|hairbrush|wooden spoon|spoon|cable|wire|hose|bat|hammer|lead|rope)\b|\b(grabbed|grabs|held|holds|had|grabbing) (?<victim>him|her|them|me|us|my \w+) by the (throat|neck|hair)\b/ },
  { kinds: ['violence'], pattern: /\b(kicked|kicks|punched|punches|hit|hits|stamped on|stamps on|headbutted) (?<victim>me|us) (in|on) the (ribs|face|head|stomach|back|chest)\b|\bpushing me out of my (wheel ?chair|chair)\b/ },
  // Tablets in front of them, about to take them all.
  { kinds: ['suicide'], pattern: /\b(tablets|pills|meds|medication|paracetamol|painkillers)\b.*\b(going to|gonna|will|about to|want to|i ll|i m going to) (just )?take (them|the lot|it all|all of them|them all)\b|\b(take|taking|swallow|swallowing) (them )?all (tonight|now|today|at once)\b/ },
  // Finger-shaped bruises.
  { kinds: ['abuse'], pattern: /\bfinger ?(shaped|tip|mark|print)s? (bruis\w*|marks)\b|\b(bruises|bruising|marks) (on|around) (both )?(his |her |their )?(upper )?(arms|legs|wrists|thighs)\b.*\b(flinch\w*|will not say|won t say|non verbal|nonverbal|scared)\b/ },
  // A kitchen knife and a threat, said in a meltdown.
  { kinds: ['immediate-danger', 'violence'], pattern: /\b(has|had|got|holding|grabbed|picked up|with) (a |the |his |her )?(kitchen |big |sharp |bread )?(knife|knives|blade)\b.*\b(stab|kill|hurt|cut) (me|us|him|her|himself|herself|them)\b|\b(saying|shouting|screaming|keeps saying) (that )?(he|she|they) (will|would|is going to|ll) (stab|kill|hurt) (me|us|him|her|them)\b/ },
  // Secrets asked for in messages, older men picking a girl up, missing since a time.
  { kinds: ['exploitation'], pattern: /\b(tell|told|telling|tells|asks|asked|asking) (her|him|them|my \w+) to keep (their|our|his|her|the|these) secrets?\b|\bkeep our secrets?\b/ },
  { kinds: ['exploitation'], pattern: /\b(older|grown) (men|man|lads|guys|boys) (\w+ ){0,3}?(pick|picks|picked|picking) (her|him|them) up\b|\bgoing missing overnight\b|\bmissing overnight\b/ },
  { kinds: ['immediate-danger'], pattern: /\b(has been|have been|had been|went|gone|is|was) missing since\b/, unless: /\bmissing since (the|last) (start|beginning) of (term|year)\b|\b(letter|form|report|paperwork|file)\b/ },
  // Sextortion said other ways: nude pictures sent, "post them everywhere unless she sends more".
  { kinds: ['exploitation'], pattern: /\b(sent|sending|send|shared|sharing) (\w+ ){0,2}?(nude|naked|explicit|sexy|rude) (pics|pictures|photos|images|selfies|videos)\b|\b(post|share|send|leak|put) (them|it|those|these) (everywhere|online|to everyone|on the internet|to (his|her|their) (friends|school|family))\b.*\bunless\b|\bunless (she|he|they) sends? more\b/ },
  // Fled from abuse: in a refuge, or hiding from someone who is looking for the family.
  { kinds: ['violence'], pattern: /\b(in|into|to|at) (a|the) (women s )?refuge\b|\b(fled|flee|fleeing|escaped|escaping|hiding) (from )?(my|our|the kids|the children s|his|her) (abusive |violent )?(husband|partner|ex|ex partner|boyfriend|girlfriend|wife|dad|father|step ?dad)\b|\b(he|she|they|husband|partner|ex|boyfriend|dad|father) (is |has been |is been |keeps |been |was )*(trying|tried|try) to (find|track) (out )?(where|us|me|the kids|the children)\b/ },
  // "He's been getting physical" (with me), "said he'd take our son": abuse at home, and a child taken.
  { kinds: ['violence'], pattern: /\b(he|she|partner|husband|wife|ex|boyfriend|girlfriend|dad|father|step ?dad) (is |has |had |was |keeps |has been |is been |had been |have been |starts |started |starting )*(getting|gets|got|get) (a bit |a little |quite |really |very )?(physical|rough|violent)( with (?<victim>me|us|him|her|them|the kids|the children|my \w+))?\b|\b(things|it) (got|get|gets|getting|turned|turns) (a bit |a little |quite |really |very )?(physical|violent|rough)( again)? (\w+ ){0,4}?(with|between) (me and )?(my|the|her|his) (partner|husband|wife|ex|boyfriend|girlfriend|fella|dad|mum|step ?dad)\b/ },
  { kinds: ['violence'], pattern: /\b(threaten\w*|shout\w*|scream\w*|saying|said|says|told (me|us|the \w+)|kept saying|keeps saying) (that )?(he|she|they) (would|will|is going to|was going to|are going to) (take|snatch|grab|run off with|kidnap|abduct) (my|our|the|his|her) (son|daughter|child|kids|children|baby|boy|girl)\b(?! (to|for|on|out) )|\b(snatch|kidnap|abduct)\w* (my|our|the) (son|daughter|child|kids|children|baby)\b|\b(says|said|threaten\w*|keeps saying) (that )?(he|she|they) (will|would|is going to|was going to) (take|snatch|grab) (her|him|them) (from|at|after|outside) (school|pick ?up|the gates?|nursery|college|the bus)\b|\b(turned up|turns up|came|comes|showed up) (\w+ ){0,7}?(drunk|high|off (his|her) face)\b/ },
  { kinds: ['violence'], pattern: /\b(he|she|they|my (son|daughter|child|kid|boy|girl)) (says|said|keeps saying|kept saying|told (me|us|the \w+|his \w+|her \w+)|wrote|writes|is saying) (that )?(he|she|they) (wants?|is going|are going|was going|will|would like) to (kill|stab|shoot|murder) (his|her|their|my|the|a|someone|somebody|everyone|people|them|him|her)\b/,
    // "Wants to kill his brother when they fight over the xbox": a child's angry words in a squabble, a question about anger.
    unless: SIBLING_SQUABBLE,
    // (Not when anything says it goes further than words: a weapon, an injury, a plan, a fear.)
    unlessOverriddenBy: WORDS_GO_FURTHER },
  { kinds: ['violence'], pattern: /\b(threaten\w*|threats?) (\w+ ){0,3}?(to )?(kill|hurt|harm|stab|burn|shoot|beat|strangle|take (the kids|the children|him|her|my \w+) away and)\b|\b(said|says|told (me|us|him|her)) (he|she|they) (will|would|is going to|was going to|are going to) (kill|stab|hurt) (me|us|him|her|them|you|my \w+)\b/ },
  { kinds: ['violence'], pattern: /\b(not|do not feel|does not feel|never feel|never|no longer) (feel |feels )?safe (at home|in (my|our|the|his|her) (own )?(house|home|flat)|with (him|her|my \w+|his \w+|her \w+)|going home|to go home|around (him|her|my \w+))\b|\b(scared|afraid|frightened|terrified) (to go|of going) home\b|\b(scared|afraid|frightened|terrified) of (my|his|her|our) (partner|husband|wife|ex|boyfriend|girlfriend|dad|father|step ?dad|mum|mother|step ?mum|brother|uncle)\b|\bdomestic (abuse|violence)\b(?! (\d+|two|three|four|five|six|several|many) years ago)(?!.*\b(are|were|we re|we are|i am|im) (safe|settled) now\b)|\bcoercive control\w*|\babusive (partner|husband|wife|ex|boyfriend|girlfriend|relationship|dad|father|step ?dad|mum|mother|home|household|marriage)\b/, unless: INFO_CONTEXT },
  // A child who has hurt a parent or sibling badly (often in a meltdown): the family's safety first.
  { kinds: ['violence'], pattern: /\b(he|she|they|my (son|daughter|child|kid|boy|girl)|our (son|daughter|child)) (\w+ ){0,2}?(hurt|hurts|injured|injures|attacked|attacks|hit|hits|punched|punches|kicked|kicks|bit|bites|strangled|strangles|choked|chokes|stabbed) (?<victim>me|us|my (partner|husband|wife|other (son|daughter|child)|little \w+|younger \w+|baby)|(his|her|their) (little |younger |older |big |baby )?(brother|sister))\b.*\b(badly|really badly|seriously|so badly|hospital|a and e|bleeding|broke|broken|black eye|concussion|stitches|injur\w*|knocked out|unconscious|not safe|scared for (my|our|his|her) (life|safety))\b|\b(scared|afraid|frightened|terrified) for (my|our) (own )?(life|lives|safety)\b/ },
  { kinds: ['violence'], pattern: /\b(is|gets|got|has been|becomes|can be|was) (\w+ )?(violent|aggressive) (towards|to|with) (?<victim>me|us|his|her|the|my)\b.*\b(scared|afraid|frightened|terrified|not safe|unsafe|injur\w*|hospital|bruis\w*|knife|knives|weapon|police|broke my|broken)\b/ },

  // --- Neglect ---
  { kinds: ['neglect'], pattern: /\b(not|never|no one is|nobody is|is not|are not) (being |getting )?fed\b(?! (by mouth|orally|through|via|by (a |his |her |the )?(tube|peg|ng)))|\b(not|has not|have not|had not) (eaten|been fed|had (any )?(food|anything to eat)) (for|in) (days|a day|two days|three days|four days|five days|several days|a few days|\d+ days|a long time|ages|over a day)\b|\b(no|not enough|never any) food in the (house|home|flat)\b|\b(goes|going|go|went|always|often) hungry\b|\b(left|leaves|leaving) (him|her|them|the kids|the children|my \w+|our \w+) (\w+ ){0,2}?(alone|on (his|her|their) own|home alone|unsupervised|in the car|locked in)\b(?! to)|\b(he|she|they|my (son|daughter|child|kids|children)|our (son|daughter|child|kids|children)|the (kids|children)) (is|are|was|were|is being|are being|has been|have been|was being|were being|keeps being) (badly |being )?neglected\b|\bneglect(ing|s)? (him|her|them|the kids|the children|my (son|daughter|child|kids|children)|our (son|daughter|child|kids|children))\b|\b(dirty|filthy|unwashed|smelly) and (hungry|unfed|starving)\b|\bno (heating|electricity|water|food) (\w+ ){0,3}?(kids|children|baby|son|daughter)\b|\b(we|i) (have|have got|got) no (food|money for food|heating|electricity|gas)\b(?! (at school|in (his|her) (plan|ehcp)))|\b(heating|electricity|gas) (is|has been|was|got) (off|cut off)\b.*\b(no food|kids|children|baby|cold|hungry)\b/ },

  // --- Exploitation (county lines, grooming, online) ---
  { kinds: ['exploitation'], pattern: /\bcounty lines?\b|\b(being|been|is|was|getting|got|get) groomed\b|\bgroom(ing|ed|s)? (him|her|them|my (son|daughter|child)|children|kids|young people|online)\b|\bgrooming gang|\b(being|been|is|was|are) exploited\b|\b(sexual|criminal|child) exploitation\b|\b(cse|cce)\b|\btraffick\w*/, unless: /\b(dog|pet|hair|horse) groom|\bgroomed (for|to be|as) (the |a )?(football|academy|team|squad|captain|leader|role|job|management|head|prefect)\b|\b(awareness|project|course|homework|lesson|essay|assembly|training|pshe)\b/ },
  { kinds: ['exploitation'], pattern: /\b(carry|carrying|carries|sell|selling|sells|deliver|delivering|dealing|deal|holding|hide|hiding|moving|run|running) (\w+ ){0,2}?drugs\b|\b(older|adult|grown up|grown) (men|man|boys|lads|people|guys|friends|girls|women|woman) (\w+ ){0,4}?(gifts|money|cash|phones?|trainers|clothes|drugs|alcohol|weed|cigarettes|vapes|lifts|picking (him|her) up)\b|\b(boyfriend|girlfriend) (who is|that is|is) (much |a lot |way |\w+ years )?older\b|\b(going|goes|gone|went|disappearing|disappears|disappeared|hanging (out|around)|meeting|meets|spending (time|nights)|sleeping over|staying out|getting in cars|gets in cars) (off |out |around |about |up |away )?with (older|adult|grown up|much older) (men|man|boys|lads|guys|people|women|woman|girls)\b|\b(friend|boyfriend|girlfriend) (who is|that is|is) (an adult|in (his|her) (twenties|thirties|20s|30s))\b/ },
  { kinds: ['exploitation'], pattern: new RegExp(`\\b${ADULT} ${WHERE}(?:\\w+ ){0,3}?(?:messag\\w*|texting|texts|contacting|sending (?:him|her|them|my \\w+) (?:messages|texts|pictures|photos|gifts)|snapchatting|dm\\w*) (?:him|her|them|my \\w+)?.*\\b(?:snapchat|instagram|tiktok|whatsapp|facebook|discord|privately|in private|secret|secretly|at night|late at night|personal (?:phone|number)|social media|online)\\b`) },
  { kinds: ['exploitation'], pattern: /\b(man|men|neighbour|stranger|older (man|men|boy|boys|lad|lads|person|people|girl|girls|woman)|adults?|someone) (\w+ ){0,4}?(giving|gives|gave|buying|buys|bought|offering|offers|offered) (him|her|them|my \w+) (sweets|gifts|money|presents|cigarettes|vapes|alcohol|drinks|drugs|lifts|a phone|phones|trainers)\b|\b(asking|asked|asks|invit\w*|telling|told|wants) (him|her|them|my \w+) (to )?(come|go|get) (in|inside|round|over|back)? ?(to (his|her|their) (house|flat|car|place|room)|into (his|her|their) (house|flat|car|van))\b/ },
  // Asked to keep secrets from their parents: a sign of grooming whoever asks.
  { kinds: ['exploitation'], pattern: /\b(told|tells|telling|asked|asks|asking|made|makes) (him|her|them|my \w+) (to )?(keep (it|this|that|things|them|him|her) (a )?secret|keep (it|this) between (them|him|her|us)|not (to )?tell (anyone|anybody|me|us|(his|her|their) (mum|dad|mother|father|parents)|mum|dad|his parents|her parents))\b/, unless: /\b(i|we) (told|tell|asked|ask|made|make)\b|\b(surprise|present|presents|birthday|christmas|party)\b/ },
  { kinds: ['exploitation'], pattern: /\bradicali[sz]\w*|\bextremis(t|m)\w*|\bforced marriage\b|\bfgm\b|\bfemale genital\b|\bblackmail\w*|\bsextort\w*|\b(met|meeting|meet|meets|talking to|chatting to|messaging) (\w+ ){0,2}?(man|men|adult|stranger|older (man|boy|person)) (\w+ ){0,2}?online\b|\bonline (\w+ )?(predator|stranger|groomer)s?\b|\b(asking|asked|asks|made|making|pressur\w*|forced|forcing) (him|her|them|my \w+) (to send|for|to share) (\w+ ){0,2}?(nudes?|naked|photos of (him|her)self|sexual|explicit)\b|\b(send|sent|sending|shared|sharing) (\w+ ){0,2}?(nudes|naked (pictures|photos|pics|images|selfies)|sexual (pictures|photos|images|messages))\b|\bgang (members?|involvement)\b|\b(involved|mixed up) (with|in) (a )?(gangs?|drugs)\b|\bshowed (him|her|them|my \w+) (porn\w*|sexual|naked|nude)|\b(stranger|strangers|man|men|adults?|older (man|men|boy|boys|person|people)|someone (she|he) (does not|has never|never) (know|met)\w*) (is |are |has been |keeps )?(messag\w*|talking to|chatting to|chatting with|contacting|sending messages to|texting|snapchatting) (him|her|them|my \w+)\b/, unless: /\b(awareness|project|homework|lesson|pshe|training|polic(y|ies)|what does the law (say|says))\b/ },
  // --- Found with a fifteenth fresh set (AM): risks said sideways, danger now with no alarm word, specialist harms ---
  // A life seen as ending soon: "not gonna be around by the time it matters", "won't be here much longer".
  // (Not someone leaving a job or moving, or an illness named: those are plans, not a wish.)
  { needs: /\bbe (?:around|here|alive)\b/, kinds: ['suicide'], pattern: /\b(?:i|i am|i m|im|he|he is|she|she is|they|they are) (?:just |probably |honestly |really )?(?:not going to|never going to|will not|not|might not|may not|probably will not) be (?:around|here|alive) (?:by the time|(?:for )?much longer|by then anyway|to see (?:it|that|(?:him|her|them|my \w+) grow up|(?:my|his|her|next) (?:\w+ )?birthday|christmas))\b/,
    unless: /\b(?:leav\w*|retir\w*|moving|move (?:away|house|schools?|jobs?|area)|emigrat\w*|relocat\w*|new job|contract|maternity|terminal\w*|cancer|palliative|hospice|life limiting|life shortening|pick (?:him|her|them) up|collect (?:him|her|them)|appointment|shift|at work|holiday|abroad|grand(?:ma|pa|mother|father|parents?)|old age|getting (?:old|on)|(?:a|my|our) will|trust fund|guardian\w*|deputyship|power of attorney)\b|\b(?:i am|i m|im) [6-9]\d\b|\bby the time (?:\w+ ){0,3}?(?:gets?|comes?|arrives?|is back|are back|wakes?|finish\w*) (?:home|back|in|here|up|from)\b/,
    unlessOverriddenBy: /\b(?:no point|pointless|do not bother|what is the point|nobody cares|no one cares|tired of (?:it all|everything|living)|hate my life|end it|kill|pills|tablets)\b/ },
  // "I just want to sleep and not wake up" (not "...not wake up till noon").
  { needs: /\bwak(?:e|ing) up\b/, kinds: ['suicide'], pattern: /\b(?:sleep|go to sleep|going to sleep|fall asleep|falling asleep|drift off|close my eyes) and (?:just )?(?:not|never) (?:wake|waking) up\b(?! (?:until|till|til|before|at|for|in time|early|on time))|\b(?:hope|hoping|hoped|pray|praying|prayed|wish|wishing) (?:that )?i (?:do not|will not|would not|never) wake up\b(?! (?:until|till|til|before|at|for|in time|early|on time|in the night|during|when|if|again (?:at|in|before)))/ },
  // "It would be easier if I just drove into something": a crash as a way out, said as a thought or wish.
  // (The rare verb first, then the thought or wish looked for behind it: most messages have "think" or "want to", few "drove into".)
  { needs: /\b(?:drive|drove|driving|crash\w*|swerv\w*|steer\w*)\b/, kinds: ['suicide'], pattern: /\b(?:drive|drove|driving|crash|crashed|crashing|swerve|swerved|swerving|steer|steered|steering) (?:the car |my car |the van )?(?:into|in front of|off) (?:something|anything|oncoming|traffic|the road|a (?:wall|tree|lorry|truck|bus|train|bridge|barrier|pillar|lamp ?post|cliff)|the (?:wall|sea|river|canal|quarry|barrier|central reservation|oncoming traffic|traffic|bridge|cliff|edge))\b(?<=\b(?:easier|better|simpler|tempted|thinking|thought|think|thinks|want to|wanted to|wish|urge|close to)\b[\w ]{0,40}?\b(?:drive|drove|driving|crash|crashed|crashing|swerve|swerved|swerving|steer|steered|steering) [\w ]+)|\b(?:crash|crashing|crashed|drive|driving|drove) (?:the|my) (?:car|van) (?:\w+ )?(?:on purpose|deliberately)\b/ },
  // "She'll be with my nan soon" (nan died) with her tablets out: joining someone who has died.
  { needs: /\b(?:soon|heaven|up there|tonight|shortly)\b/, kinds: ['suicide'], pattern: new RegExp(withAnywhere(`\\b(?:be|join|joining) (?:with )?${LOVED_ONE} (?:again )?(?:soon|in heaven|up there|tonight|very soon|shortly)\\b`, '\\b(?:died|passed away|passed on|dead|death|heaven|funeral|grave|ashes|tablets|pills|paracetamol|meds|rope|bridge|goodbye)\\b')) },
  // On the wrong side of the railings of a bridge, a platform or a cliff edge: a fall or a train away.
  { needs: /\bside of\b|\b(?:barrier|railings?|parapet|safety)\b/, kinds: ['immediate-danger', 'suicide'], pattern: new RegExp(withAnywhere(WRONG_SIDE, `\\b${HIGH_OR_TRACK}\\b`)) },
  // Up on a roof or a ledge now and will not come down (not "was on the shed roof last summer").
  { needs: /roof|ledge|sill|scaffolding|top of the|balcony/, kinds: ['immediate-danger'], pattern: new RegExp(nowNotPast('\\b(?:is|are|s|was|were|got|gets|gone|climbed|climbing|stuck|standing|sitting|up|out)(?: up| out)? (?:on|onto|on to|out on|on top of) (?:the |a |our |his |her |their )?(?:\\w+ ){0,2}?(?:roof|window ?ledge|window ?sill|ledge|scaffolding|top of the (?:garage|shed|wall|building|bridge|scaffolding)|balcony rail\\w*)\\b',
    '\\b(?:up there now|(?:will not|refus\\w* to) come (?:back )?(?:down|in|inside)|(?:cannot|can not|could not) get (?:him|her|them) (?:down|off|in)|icy|ice|slippery|in the dark|screaming|window (?:is |wide )?open|(?:\\d+(?:st|nd|rd|th)|first|second|third|top) floor)\\b')) },
  // Out on a fast road or the railway, and nobody can get to them.
  { needs: /carriageway|motorway|bypass|ring road|slip road|hard shoulder|railway|tracks|train line|level crossing/, kinds: ['immediate-danger'], pattern: new RegExp(nowNotPast(ON_FAST_ROAD, CANNOT_REACH_NOW, `${PLAINLY_NOW}|\\b(?:cannot|can not|could not) (?:get|reach|catch|stop|find) (?:him|her|them)\\b`)) },
  // A belt, rope or cord round the neck (in play, a "challenge" or despair), and the choking "games".
  { needs: /neck|throat|game|challenge/, kinds: ['immediate-danger', 'self-harm'], pattern: /\b(?:rope|belt|cord|cable|wire|shoe ?laces?|laces|ligature)s? (?:\w+ ){0,2}?(?:round|around|tight round|tied round) (?:his|her|their|my|your) (?:own )?(?:neck|throat)\b|\b(?:choking|blackout|black out|pass out|passing out|fainting) (?:game|challenge)s?\b/,
    // (A chew necklace or a lanyard on a cord is everyday kit.)
    unless: /\b(?:chew\w*|necklace|lanyard|breakaway|pendant|id badge|hearing aid|headphones?|earphones?|ear phones?)\b/ },
  // Tablets saved up or stashed ("pills saved up just in case"): a plan kept ready.
  { needs: /stash|sav(?:ed|ing) up|been saving|hoard|stockpil|squirrel|in case/, kinds: ['suicide'], pattern: /\bstash(?:es)? of (?:\w+ )?(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|antidepressants)\b|\b(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|antidepressants)\b (?:\w+ ){0,3}?(?:saved up|saving up|been saving|stashed|stashing|hoarded|hoarding|stockpiled|stockpiling|squirrel\w* away|(?:saved|hidden|hid) (?:\w+ ){0,2}?(?:just )?in case)\b/ },
  { kinds: ['self-harm'], pattern: /\bcuts (?:up|along) (?:his|her|their|my) (?:arms?|wrists?|legs?|thighs?|stomach|tummy)\b/ },
  // FGM said as a ceremony "to make her a woman", "so she is clean", or cut "like the other girls".
  { needs: /ceremony|procedure|operation|tradition|initiation|cut|purified|closed|circumcised/, kinds: ['abuse'], pattern: /\b(?:ceremony|procedure|operation|tradition|initiation|cutting)\b (?:\w+ ){0,6}?(?:to|that will|will|so (?:she|they) (?:can|will|is|are)?|and) ?(?:\w+ ){0,2}?(?:make|makes|turn|turns|become|becomes|be) (?:her|them|the girls|girls)? ?(?:a |into a |into )?(?:woman|women|real woman|proper woman|clean|pure|ready for marriage|marriageable)\b|\b(?:be|get|getting|being|have|having|had) (?:her |them )?(?:cut|purified|closed|circumcised) (?:like (?:the other|all the|her|my|our|the) (?:\w+ )?(?:girls|sisters|cousins|women|mum|mother|aunts?)|like (?:me|us|i was|we were)|(?:when|while) (?:we|they|she) (?:go|visit|are) (?:back|home|there|over)|over there|in the village|in the (?:summer|holidays))\b|\b(?:be|get|getting|being|have|having) (?:her |them )?purified\b|\b(?:take|taking|took|send|sending|sent) (?:her|them|the girls) (?:\w+ ){0,5}?to (?:be|get|have (?:it|her)) (?:cut|purified|circumcised|closed)\b/,
    unless: /\b(?:bat mitzvah|bar mitzvah|quincea\w*|confirmation|sweet sixteen|prom|birthday|awareness|project|homework|lesson|pshe|training|policy)\b/ },
  // Seclusion: put in a room alone with the door locked or held shut, in either order.
  { needs: /door|lock|bolt/, kinds: ['abuse'], pattern: new RegExp(withAnywhere(PUT_IN_A_ROOM, DOOR_LOCKED)) },
  // An eating disorder by its signs: a cracker a day, and fainting or hair coming out.
  { needs: /faint|passed out|passing out|collapsed|blacked out|dizzy|hair|period|heart|cold all the time|skin and bone|ribs/, kinds: ['immediate-danger', 'self-harm'], pattern: new RegExp(withAnywhere(EATING_ALMOST_NOTHING, STARVING_BODY)) },
  // Neglect in care: left in wet pads all night, pressure sores bleeding or infected.
  { needs: /pad|napp|bed|sheets|clothes|sore|ulcer/, kinds: ['neglect'], pattern: /\b(?:left|leaves|leave|leaving|kept|keeps) (?:him|her|them|my \w+|me) (?:\w+ ){0,2}?in (?:a |his |her |their |my )?(?:wet|soiled|dirty|sodden|soaking|full) (?:pads?|nappy|nappies|bed|sheets|clothes|incontinence pads?)\b(?=.*\b(?:all (?:day|night)|for hours|(?:til|till|until) (?:the )?(?:morning|lunch|dinner|tea|bedtime|\d)|overnight|every (?:night|day)|sores?|rash|red raw|bleeding)\b)|\b(?:pressure|bed) (?:sores?|ulcers?)\b (?:\w+ ){0,6}?(?:bleeding|bleed|infected|weeping|oozing|open|raw|black|smell\w*|getting worse)\b/ },
  // Essential medicine missing for days (epilepsy, insulin, steroids), with a "he'll manage without".
  // (Looked for from the start, each on its own: "ran out of insulin 2 days ago" names the medicine and the days in one.)
  { needs: /epilep|seizure|fits|diabet|type 1|keppra|epilim|valproate|lamotrigine|levetiracetam|carbamazepine|insulin|hydrocortisone|steroid|rejection|transplant/, kinds: ['neglect'], pattern: new RegExp(`^(?=.*${ESSENTIAL_MEDICINE})(?=.*${WITHOUT_FOR_DAYS})(?!.*\\b(?:(?:is|was|he is|she is|they are) (?:fine|ok|okay) now|sorted|got (?:some|more|them|it) (?:from|at)|emergency supply)\\b)`) },
  // Bleeding "down there" in a young child, with pain or after being with someone: a doctor today, and a safeguarding question.
  { needs: /blood|bleeding|bled/, kinds: ['abuse'], pattern: new RegExp(`${withAnywhere(BLEEDING_DOWN_THERE, `\\b${HURTS_OR_AFTER_SOMEONE}\\b`)}${nowhere('\\b(?:period|periods|menstrua\\w*|time of the month|sanitary|tampons?|nose ?bleeds?|nose bled|(?:cut|grazed?|scraped?) (?:his|her|their) (?:knee|leg|finger|hand|foot))\\b')}`) },
  // Children on their own, a parent gone for days and no food or power: "mum aint been home since tuesday".
  { needs: /\b(?:been|come|came|got) (?:back|home|in)\b/, kinds: ['neglect'], pattern: new RegExp(`(?:\\b${A_PARENT} (?:\\w+ ){0,2}?${NOT_BACK}(?=.*\\b(?:since|for) (?:\\w+ )?(?:days?|${WEEKDAY}|yesterday|last night|the weekend|a week|ages)\\b)(?=.*${CHILDREN_LEFT_WITHOUT})|\\b${A_PARENT} (?:\\w+ )?(?:left|went out|went off|walked out) (?:on |last )?${WEEKDAY} (?:\\w+ ){0,3}?${NOT_BACK}(?=.*${CHILDREN_LEFT_WITHOUT}))`
    // (Not when another adult is there: "dad is looking after us".)
    + nowhere('\\b(?:mum|dad|nan|gran|grandma|grandad|auntie|aunt|uncle|carer|foster carer|neighbour|step ?dad|step ?mum)s? (?:is|are|s|has been|have been) (?:looking after|with|staying with|caring for) (?:us|me|them|my \\w+)\\b')) },
  // Found with fresh messages (set AV, AU):
  // A means of suicide got ready ("ive got the rope ready", "the noose is up"). (Not a skipping or climbing rope.)
  { needs: /rope|noose|ligature/, kinds: ['suicide', 'immediate-danger'], pattern: /\b(?:got|have|bought|buying|tied|tying|set up|put up|hung|sorted|made)\b (?:\w+ ){0,3}?(?:a |the |my )?(?:rope|noose|ligature)\b|\b(?:rope|noose|ligature)\b (?:\w+ ){0,3}?(?:ready|up|tied|sorted|set up|in (?:my|the) (?:room|garage|loft|shed|wardrobe))\b/,
    unless: /\b(?:skipping|jump|jumping|climbing|tow|towing|washing line|tug of war|swing|ropes course|high ropes|knots?|pe|gym|boat|sailing|camping|tent|dog lead)\b/ },
  // Something over a face to stop breathing ("I put a pillow over my face to make it stop", "over his face to stop him screaming").
  { needs: /pillow|cushion|bag|hand/, kinds: ['suicide', 'immediate-danger'], pattern: /\b(?:put|held|hold|holding|pressed|pressing|push|pushed|pushing)\b (?:a |the |my )?(?:pillow|cushion|plastic bag|bag|hand) (?:over|on|onto|against) (?<victim>my) (?:face|head|mouth|nose)\b/ },
  { needs: /pillow|cushion|bag|hand/, kinds: ['abuse', 'immediate-danger'], pattern: /\b(?:put|held|hold|holding|pressed|pressing|push|pushed|pushing)\b (?:a |the |my |his |her )?(?:pillow|cushion|plastic bag|bag|hand) (?:over|on|onto|against) (?<victim>his|her|their|the baby s|the child s) (?:face|head|mouth|nose)\b/ },
  // Images used to threaten a child ("if i tell anyone about the photos he'll send them to everyone at school").
  { needs: /photo|pic|picture|video|image|nude/, kinds: ['exploitation'], pattern: /\b(?:photos?|pics?|pictures?|videos?|images?|nudes?)\b.*\b(?:send|share|post|show|spread|put|leak)\w* (?:them|it|those|these)? ?(?:to|with|on|around|online|everywhere)(?: \w+){0,3}? (?:everyone|everybody|all|whole school|my (?:friends|school|family|mum|dad|parents)|people|online|social media|the internet|snapchat|instagram|tiktok)\b|\b(?:send|share|post|show|spread|leak)\w* (?:\w+ ){0,2}?(?:photos?|pics?|pictures?|videos?|images?|nudes?) (?:\w+ ){0,3}?(?:unless|if i (?:do not|don t|dont|tell|refuse|stop))\b/ },
  // Flinching when a particular adult is near: a sign to take seriously (not a noise: "flinches at loud noises").
  { needs: /flinch/, kinds: ['abuse'], pattern: /\bflinch\w* (?:\w+ ){0,4}?(?:when|whenever|if|every time|as soon as|around|near) (?:his|her|their|my|the) (?:step ?dad|stepfather|step ?mum|stepmother|dad|father|mum|mother|partner|boyfriend|girlfriend|uncle|grandad|granddad|grandpa|nan|gran|carer|teacher|ta|childminder|babysitter)\b/ },
  // Paid to carry parcels by an older man or lad: county lines grooming.
  { needs: /package|parcel|packet|bag|deliver|carry/, kinds: ['exploitation'], pattern: /\b(?:giv\w*|gave|pay\w*|paid|offer\w*|buy\w*|bought)\b (?:him|her|them|my (?:son|daughter|child|boy|girl|lad|kid)) (?:\w+ ){0,2}?(?:money|cash|gifts?|trainers|a phone|phones|weed|food)\b.*\b(?:carry|carrying|deliver|delivering|drop off|dropping off|take|taking|hold|holding|look after|looking after|move|moving)\b (?:\w+ ){0,2}?(?:packages?|parcels?|packets?|bags?|stuff)\b/ },
  // Not safe at home with a partner ("things at home aren't safe at the moment with my partner").
  { needs: /safe/, kinds: ['violence'], pattern: /\b(?:not|isn t|isnt|arent|aren t|are not|is not|never|don t feel|dont feel|do not feel)\b (?:\w+ ){0,2}?safe\b (?:\w+ ){0,6}?(?:with|around|near|because of) (?:my|our|his|her|the kids|the children s) (?:partner|husband|wife|boyfriend|girlfriend|ex|fella|dad|mum|step ?dad|stepfather)\b|\b(?:home|house|things at home|it at home)\b (?:\w+ ){0,3}?(?:not|isn t|isnt|arent|aren t|are not|is not) (?:\w+ ){0,2}?safe\b/ },
  // No food and no heating: children going without.
  { needs: /food|heat|electric|gas/, kinds: ['neglect'], pattern: /\b(?:not enough|no|run out of|ran out of|can t afford|cant afford|cannot afford)\b (?:\w+ ){0,2}?food\b.*\b(?:heating|electric|electricity|gas|power)\b (?:\w+ ){0,2}?(?:is |s |has been |been )?(?:off|out|cut off|gone|run out)\b|\b(?:heating|electric|electricity|gas|power)\b (?:\w+ ){0,2}?(?:is |s |has been |been )?(?:off|out|cut off|gone|run out)\b.*\b(?:not enough|no|run out of|ran out of)\b (?:\w+ ){0,2}?food\b/ },  // --- Found with a fresh tester set (BC): risks told in everyday words ---
  // "I want to be dead", said by a child or the parent.
  { needs: /\bdead\b/, kinds: ['suicide'], pattern: /\b(?:want|wants|wanted|wanting|wish|wishes|wished|would like|d like) (?:to )?(?:just )?be dead\b|\b(?:i|he|she|they) (?:should|might as well|may as well) (?:just )?be dead\b/ },
  // Not fed by the adult caring for them, with signs it shows (thin, hungry, bruises, nits), or by a parent's new partner.
  { needs: /\bfe(?:e)?d/, kinds: ['neglect'], pattern: new RegExp(`${withAnywhere(NOT_FED, NOT_FED_SHOWS)}${nowhere(FEEDING_NEED)}`) },
  // Threatened at home: "he was threatening us" (not threatened with a fine or a tribunal).
  { needs: /threaten/, kinds: ['violence'], pattern: /\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|step ?dad|mum|brother|son|uncle)\b (?:\w+ ){0,2}?(?:was|is|has been|had been|were|are|been|keeps|kept|started|starts|always|s|keep) (?:on )?threatening (?<victim>me|us|the kids|the children|my \w+|our \w+)\b(?! (?:that (?:he|she|they) (?:will|ll|would|is going to) |to )(?:run away|run off|leave|move out|go|call|report|tell|complain|sue|not go|refuse|stop|quit|kill (?:him|her|them)sel))(?! with (?:exclusion|court|legal|a fine|fines?|prosecution|tribunal|the ombudsman|a complaint|complaints?|an? (?:\w+ )?(?:order|letter|notice)))/ },
  // Had to leave home, sleeping in the car, with violence behind it: fled from abuse.
  { needs: /leave|flee|fled|left|get out|run from|escape|car|van|sofa|nowhere|homeless/, kinds: ['violence'], pattern: new RegExp(withAnywhere(byTheWriter(LEFT_HOME), FLED_FROM_HARM)) },
  // Afraid of what someone will do: "scared he will come back tonight and hurt us again".
  { needs: /scared|afraid|frightened|terrified|petrified|fear/, kinds: ['violence'], pattern: /\b(?:scared|afraid|frightened|terrified|petrified|fear|fearing)\b (?:that )?(?:he|she|they|my (?:partner|husband|wife|ex|boyfriend|girlfriend|dad|stepdad|step dad)|his dad|her dad|their dad) (?:will|might|is going to|are going to|ll|could|may|would|is gonna) (?:\w+ ){0,5}?(?:hurt|hit|attack|kill|beat|harm|strangle|stab|batter|punch|kick|rape|come for) (?<victim>me|us|the kids|the children|my \w+|our \w+|him|her|them)\b(?! (?:out|off|feelings|up the|in the teeth))/ },
  // Money taken from someone who cannot protect it: by a carer, or from someone with dementia or a learning disability.
  { needs: /money|cash|purse|wallet|card|savings|pension|benefits|steal|stole/, kinds: ['abuse'], pattern: new RegExp(`${TAKES_MONEY_FROM_THEM}(?:(?<=\\b(?:carers?|care workers?|support workers?|personal assistant|pa|cleaner|home help|staff|neighbour|lodger)\\b.*)|(?=.*${VULNERABLE_ADULT})|(?<=${VULNERABLE_ADULT}.*))`) },
  // Looking up how to tie a noose (not hangman).
  { needs: /noose/, kinds: ['suicide'], pattern: /\b(?:how to (?:tie|make|do)|tying|tied|tie|ties|making|made|makes|googl\w*|search\w*|looked up|looking up|look up|watch\w* (?:\w+ ){0,2}?(?:videos?|clips?) (?:of|on|about)|practis\w*|practic\w*|drawing|draws|drew) (?:\w+ ){0,3}?(?:a |the )?noose\b/, unless: /\bhangman\b/ },
  // "I'll be gone", with despair beside it: "whats the point anymore... ill be gone".
  { needs: /\bgone\b/, kinds: ['suicide'], pattern: new RegExp(withAnywhere(WILL_BE_GONE, GONE_IN_DESPAIR)) },
  // Giving up on life ("giving up on everything. even on life sometimes"); not "life skills".
  { needs: /\bup on\b/, kinds: ['suicide'], pattern: /\b(?:give|gives|giving|given|gave) up on (?:(?:everything|it all|things|myself)(?: (?:and|even|and even|or|and maybe|maybe))? (?:on )?)?(?:life|living|being alive|this life|my life)\b(?! (?:skills|story|stories|insurance|expectanc\w*|long|lessons?|coach\w*|chances))/ },
  // A method thought through: "i've been thinking about how i'd do it" (not "how I'd do it if I were the SENCo").
  { needs: /\bhow i\b/, kinds: ['suicide'], pattern: /\b(?:thinking|thought|thinks|think|planning|planned|plan|worked out|working out|work out|decided|deciding|researching|researched|imagining|imagine|imagined) (?:about |of |out )?(?:exactly )?how (?:i|i would|i will|i could|i might|i am going to|i m going to) (?:do it|end it|go about it|do it all)(?= *$| (?:tbh|honestly|now|tonight|lately|recently|a lot|too|every day|every night|all the time)\b)/ },
  // Something done to a child by someone older, in a bedroom or in secret: "his 15 yo cousin has been doing stuff to him in the bedroom".
  { needs: /\b(?:stuff|things|something)\b/, kinds: ['abuse'], pattern: new RegExp(withAnywhere(DOING_THINGS_TO, DONE_IN_PRIVATE)) },
  // Dragged by the arm, pulled by the hair (not out of the road).
  { needs: /by the/, kinds: ['abuse'], pattern: /\b(?:drag|drags|dragged|dragging|yank|yanks|yanked|yanking|haul|hauls|hauled|hauling|pull|pulls|pulled|pulling|grab|grabs|grabbed|grabbing|twist|twists|twisted|twisting) (?<victim>him|her|them|my \w+|a child|the child|the kids|children|kids|pupils?|a pupil|the pupil) (?:\w+ )?by (?:the|his|her|their) (?:arms?|hair|collar|wrists?|neck|ears?|hood|coat|jumper|clothes|legs?|feet|ankles?|scruff)\b/, unless: /\bout of the (?:road|way|traffic)\b|\bto safety\b|\baway from (?:the )?(?:road|danger|traffic|edge|fire|cooker)\b|\bto stop (?:him|her|them) (?:running|going|falling)\b/ },
  // Made to sit in a cupboard: a punishment that is seclusion.
  { needs: /cupboard|cage|cellar|basement|boot|store ?room|storage room|stock ?room|box/, kinds: ['abuse'], pattern: /\b(?:make|makes|making|made|force|forces|forced|forcing) (?<victim>him|her|them|my \w+|the kids|children|kids|pupils) (?:to )?(?:sit|stay|stand|wait|sleep|eat|go|be|work) (?:\w+ ){0,2}?in (?:a|the|an) (?:\w+ )?(?:cupboard|cage|box|cellar|basement|boot|store ?room|storage room|stock ?room)\b/ },
  // Ran in front of a bus on purpose: an attempt told in passing.
  { needs: /in front of|into the path|under (?:a|the)/, kinds: ['suicide'], pattern: new RegExp(`${withAnywhere(IN_FRONT_OF_TRAFFIC, ON_PURPOSE)}${nowhere(NOT_ON_PURPOSE)}`) },
  // A child who found tablets (or a battery) and ate some: 999 or NHS 111 now, however well they seem.
  { needs: /tablet|pill|medicine|medication|meds|paracetamol|painkiller|gumm|vitamin|melatonin|calpol|ibuprofen|batter/, kinds: ['immediate-danger'], pattern: /\b(?:found|got hold of|got into|got at|got|opened|reached|took|grabbed) (?:\w+ ){0,2}?(?:tablets|pills|medicine|medication|meds|paracetamol|painkillers|gummies|vitamins|melatonin|sleeping pills|antidepressants|calpol|ibuprofen|button batter(?:y|ies)|batter(?:y|ies))\b(?: \w+){0,4}? (?:and |then )?(?:ate|eaten|eat|swallowed|swallow|took|taken|had|chewed|drank|drunk|put (?:\w+ ){0,2}?in (?:his|her|their) mouth) (?:some|one|a few|them|it|all|loads|a couple|two|three|several|a handful|half|lots|a lot|\w+ of them)\b/ },
  // Not caring whether they live: "says he doesn't care if he dies".
  { needs: /\bcare\b/, kinds: ['suicide'], pattern: /\b(?:do not|does not|did not|not|never|no longer) (?:really |even )?care (?:if|whether) (?:i|he|she|they) (?:die|dies|died|live|lives|am dead|is dead|are dead|wake up|wakes up|do not wake up|does not wake up|live or die|lives or dies|get killed|gets killed)\b/ },
  // Essential medicine stopped on purpose: "stopped taking his insulin on purpose".
  { needs: /purpose|deliberately/, kinds: ['self-harm', 'immediate-danger'], pattern: new RegExp(`${MEDICINE_STOPPED}(?: \\w+){0,3}? (?:on purpose|deliberately)\\b|\\b(?:on purpose|deliberately) (?:\\w+ ){0,2}?${MEDICINE_STOPPED}`) },
  // An asthma attack now that the inhaler is not helping: 999.
  { needs: /asthma/, kinds: ['immediate-danger'], pattern: new RegExp(`${withAnywhere(ASTHMA_ATTACK_NOW, `${RELIEVER_NOT_WORKING}|(?:${ASTHMA_URGENT})${nowhere(ASTHMA_HABITUAL)}`)}`) },
  // A parent who drinks (or takes drugs), with children not looked after: shouted at, left, not come home.
  { needs: /drink|drunk|drugs|alcoholic/, kinds: ['neglect'], pattern: new RegExp(withAnywhere(PARENT_DRINKS, PARENT_DRINKS_AND)) },
  // Hatred of a group, with a group to join or something planned: radicalisation.
  { needs: /hate|hating|hatred|against/, kinds: ['exploitation'], pattern: new RegExp(withAnywhere(HATES_A_GROUP, HATE_GOES_FURTHER)),
    unless: /\b(?:awareness|project|homework|lesson|pshe|training|polic(?:y|ies)|history|prevent duty)\b/ },
  { needs: /something (?:big|bad|serious)/, kinds: ['violence'], pattern: new RegExp(withAnywhere('\\b(?:wants?|wanting|going|planning|plans?) to (?:do|pull off) something (?:big|bad|serious|huge)\\b', `${HATES_A_GROUP}|\\b(?:school|college|mosque|church|synagogue|people|them all|attack|bomb|gun|knife|weapons?)\\b`)) },
  // --- (CC) Fresh tester set CC ---
  // Not being here for something, with no reason given: "goodbye... i wont be here for it", "wont be around for the annual review".
  { needs: /\bbe (?:here|around|alive)\b/, kinds: ['suicide'], pattern: new RegExp(NOT_BE_HERE), unless: new RegExp(AWAY_FOR_A_REASON) },
  // A message for the children, said as a last wish: "tell my kids i love them".
  { needs: /\blove/, kinds: ['suicide'], pattern: /^(?:ok |okay |so |and |please |pls |just |can you |could you )*tell (?:my|the) (?:kids|children|boys|girls|son|daughter|family|husband|wife|partner|mum|dad|babies) (?:that )?i (?:love|loved) (?:them|him|her|you)\b/ },
  // Wanting to sleep for ever: a wish not to wake, however tired it sounds.
  { needs: /forever|for ever/, kinds: ['suicide'], pattern: /\b(?:want|wants|wanted|wanting|wish|wishes|wished|would like|d like|ready|going|just want) (?:to )?(?:just )?(?:go to )?sleep (?:forever|for ever)\b|\bsleep (?:forever|for ever)\b(?=.*\b(?:pills|tablets|meds|paracetamol|overdose)\b)/ },
  // "Ending things" (not a plan the council ends, not a relationship): "cant stop thinking about ending things tbh".
  { needs: /\bthings\b/, kinds: ['suicide'], pattern: /\b(?:want|wants|wanted|wanting|going|gonna|planning|plan|plans|thinking|think|thought|thoughts|considering|ready|tempted|decided|about|of) (?:to |of |about )?(?:just )?(?:end|ending) things\b(?! (?:with|between|off|on (?:a|good)|properly|there|here|amicably|at (?:this|that|the|his|her|their|our) \w+))/ },
  // Nobody will miss them: "wrote no one will miss me".
  { needs: /\bmiss\b|\bcare\b|notice/, kinds: ['suicide'], pattern: /\b(?:nobody|no one|noone|no body) (?:will|ll|is going to|would|d) (?:even |ever |really )?(?:miss (?:me|him|her|them)|care (?:about me|if i)|notice if i (?:was|were|am) gone)\b(?! (?:at|in|on|from) (?:school|class|the meeting|the review|the party|lessons?)| (?:if|when) (?:he|she|they) (?:leaves?|goes|moves?|changes?|is excluded))/ },
  // A child drawing or writing himself dead: "drew a picture of himself hanging from a tree".
  { needs: /sel(?:f|ves)/, kinds: ['suicide'], pattern: /\b(?:drew|drawn|draws|drawing|drawings|draw|picture|pictures|painted|wrote|writes|written|story|stories|poem) (?:\w+ ){0,4}?(?:him|her|them|my)sel(?:f|ves) (?:as )?(?:hanging(?! (?:out|around|about|upside|on|off|with|by (?:his|her|their) (?:hands|arms|legs|knees|feet)))|hanged|dead|dying|in a coffin|in a grave|with a rope|with a noose|being killed|killed|jumping off|on fire|bleeding|stabbed|shot)\b/ },
  // How many tablets it takes to die, the easiest way: a search for a method.
  { needs: /\bhow (?:many|much)\b|dose|amount|\bway/, kinds: ['suicide'], pattern: /\bhow (?:many|much) (?:\w+ ){0,3}?(?:to|would|will|does it take to|it takes to|before (?:you|i|he|she|they)) (?:die|kill (?:you|your|my|him|her|them)sel(?:f|ves)|be fatal|end it)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)\b|\b(?:painless|easiest|quickest|best|quick|easy) (?:way|ways) to (?:die|end it|end (?:my|his|her|your|their) life|kill (?:my|him|her|your|them)sel(?:f|ves))\b/ },
  // Saying he will jump, up where he could: "has climbed out onto the roof and says he will jump".
  { needs: /jump/, kinds: ['suicide', 'immediate-danger'], pattern: new RegExp(withAnywhere(UP_HIGH, JUMP_THREAT)) },
  // A baby shaken: it can hurt a baby's brain even when they seem fine.
  { needs: /shak|shook/, kinds: ['abuse', 'immediate-danger'], pattern: new RegExp(BABY_SHAKEN), unless: /\b(?:gently|rattle|toy|syndrome|awake|to wake|shake hands|shook hands)\b/ },
  // An adult "friend" who buys a child things or drives him about: "a 'friend' who's 30 and buys him vapes and takes him for drives".
  { needs: /\d|grown|older|adult|man|guy|bloke/, kinds: ['exploitation'], pattern: new RegExp(`${withAnywhere(GROWN_UP, ADULT_TREATS)}${nowhere(CHILD_IS_ADULT)}`),
    unless: new RegExp(FAMILY_OR_WORKER), unlessOverriddenBy: /\b(?:vapes?|vaping|cigarettes|fags|alcohol|booze|vodka|weed|drugs|secret|not to tell|snapchat)\b/ },
  // Wanting to go to a war zone, with what drew him there: "wants to go to syria like the people on youtube".
  { needs: /syria|iraq|afghanistan|yemen|somalia|libya|caliphate/, kinds: ['exploitation'], pattern: new RegExp(withAnywhere(TO_A_WAR_ZONE, DRAWN_THERE)),
    unless: /\b(?:awareness|project|homework|lesson|pshe|history|geography|holiday|visit (?:his|her|their|our|my) (?:family|nan|gran|grandparents|relatives|cousins))\b/ },
  // A carer, staff member or relative pulling a child's (or the writer's) hair: "my carer at the residential college... pulls my hair".
  { needs: /hair/, kinds: ['abuse'], pattern: new RegExp(`\\b${ADULT}\\b (?:\\w+ ){0,8}?(?:pulls|pulled|pulling|yanks|yanked|yanking|grabs|grabbed|grabbing|tugs|tugged|tugging|drags|dragged) (?<victim>my|his|her|their) hair\\b(?! (?:back|up|into|out of|while|when|to (?:brush|comb|wash|plait|tie)))`),
    unless: /\b(?:brush\w*|comb\w*|plait\w*|wash\w*|hair ?cut|hairdresser|barber|nits|tangles?|ponytail|bunches)\b/ },
  // A partner or ex threatening the writer: "my ex keeps turning up drunk and threatening me".
  { needs: /threat/, kinds: ['violence'], pattern: /\b(?:my|our|her|his|the kids|the childrens|my kids|my sons|my daughters) (?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|partner|husband|wife|boyfriend|girlfriend|fella|dad|father) (?:\w+ ){0,8}?(?:threaten\w*|threatened) (?<victim>me|us|the kids|the children|my \w+)\b(?! with (?:court|solicitors?|legal|a solicitor|the council|a letter|mediation))/ },
  // No home to go to: "being evicted on friday and have nowhere to go".
  { needs: /nowhere|no where|streets/, kinds: ['neglect'], pattern: new RegExp(withAnywhere('\\b(?:nowhere|no where) (?:to go|to stay|to sleep|to live)\\b|\\bon the streets\\b', '\\b(?:evicted|eviction|evicting|homeless|kicked (?:us|me|him|her) out|thrown (?:us|me|him|her) out|chucked (?:us|me|him|her) out|bailiffs|landlord|section 21|tonight|tomorrow|this week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b')) },
];

/** Different names for a child become "son", "daughter" or "child", and describing words go, so rules stay short. */
const CHILD_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(grandson|stepson|step son|nephew|foster son)\b/g, 'son'],
  [/\b(granddaughter|stepdaughter|step daughter|niece|foster daughter)\b/g, 'daughter'],
  [/\b(grandchild|grandchildren|stepchild|foster child|little one)\b/g, 'child'],
  [/\b(my|our|his|her) (?:(?:little|teenage|teen|eldest|oldest|youngest|middle|older|younger|big|baby|autistic|disabled|non verbal|nonverbal|adhd|sen|send|\d+ ?(?:year old|years old|yr old|yo|y o)|\d+) )+(son|daughter|child|kid|boy|girl|sons|daughters|children|kids|boys|girls)\b/g, '$1 $2'],
  [/\b(my|our) (\d+ ?(?:year old|years old|yr old|yo))\b/g, '$1 child'],
  // "my son's dad" (apostrophe already gone): the owner word does not matter.
  [/\b(my|our|his|her) (?:sons?|daughters?|kids|childrens?|child) (dad|father|mum|mother|step ?dad|step ?mum)\b/g, '$1 $2'],
];

const foldChildWords = inOrder(CHILD_FOLDS);

/**
 * Text-speak the rules would not otherwise read (BC): a dropped g ("thinkin of endin it all"), "bf" for
 * boyfriend, "n" for and, and "sh" for self-harm as young people write it ("been sh again", "i sh",
 * "sh marks"), never in "sh*t" (which reads "sh t").
 */
const TEXT_SPEAK_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(thinkin|endin|goin|gettin|doin|sayin|talkin|tryin|feelin|cuttin|hurtin|killin|plannin|wantin|hidin|takin|lookin|wishin|harmin|hangin|burnin|starvin|stabbin|hittin|punchin|kickin|beatin|smackin|slappin|shakin|touchin|groomin|bleedin|breathin|chokin|drownin|jumpin|runnin|cryin|screamin|threatenin|sleepin|leavin|comin|givin|livin|losin|dyin|fightin|carryin|sellin|dealin|messagin|textin|sendin|askin|tellin|overdosin)\b/g, '$1g'],
  [/\bbf\b/g, 'boyfriend'],
  // (CC) "hed rather be dead", "cant stop thinkin bout ending things" ("a bout of flu" keeps its word)
  [/\b(he|she|i|they|we|you)d (rather|sooner)\b/g, '$1 d $2'],
  [/\bbout\b(?! of\b)/g, 'about'],
  [/\bgf\b/g, 'girlfriend'],
  [/\bill be (gone|dead|no more)\b/g, 'i will be $1'],
  [/ n (?=\w)/g, ' and '],
  [/\b(been|i|we|he|she|they|do|did|does|doing|done|to|about|of|started|stopped|relapsed|urges? to|want to|wanted to)( sh)\b(?! (?:t|ting|tty|it|ite|ing)\b)/g, '$1 self harm'],
  [/\bsh (again|marks?|scars?|cuts?|urges?|wounds?|relapse)\b/g, 'self harm $1'],
];
const foldTextSpeak = inOrder(TEXT_SPEAK_FOLDS);

/** (CC) A pill or a knife drawn as a picture ("i just want to sleep forever 😴💊") is read as the word. */
const EMOJI_AS_WORDS = /\u{1F48A}|\u{1F52A}|\u{1FAA2}/gu;
function withEmojiWords(text: string): string {
  return text.replace(EMOJI_AS_WORDS, (e) => (e === '\u{1F48A}' ? ' pills ' : e === '\u{1F52A}' ? ' knife ' : ' rope '));
}

function normaliseForRisk(text: string): string {
  return foldChildWords(withoutHarmlessPhrases(foldTextSpeak(normaliseSendText(withEmojiWords(text)))));
}

/**
 * Sayings and names that only sound like harm ("kill two birds with one stone", a "Suicide Squad"
 * film, a letter that "went missing in the post"): taken out before any rule reads the message, so
 * no rule has to know them. Narrow on purpose: each is a whole phrase, never a word on its own.
 */
// ("No, I'm not going to hurt myself, just exhausted with the council": a denial, said plainly and with nothing after it
// that takes it back, is not a disclosure. "I won't hurt myself tonight" or "...but I think about it" still is.)
// (CC) "They'll shoot down our request", "shot the idea down": an idiom for a no.
const HARMLESS_PHRASES = /\b(?:shoot|shoots|shooting|shot) (?:down (?:(?:our|my|the|his|her|their|every|any|this|that|each) )?(?:\w+ )?(?:requests?|ideas?|plans?|applications?|proposals?|appeals?|suggestions?|everything|anything|it|that|this|bids?|claims?)|(?:it|that|this|them|everything|(?:our|my|the|his|her|their|every|any) (?:\w+ )?(?:requests?|ideas?|plans?|applications?|proposals?|appeals?|suggestions?|bids?|claims?)) down)\b|\bkill(?:s|ing|ed)? two birds with one stone\b|\bsuicide squads?\b|\b(?:ehcp|ehc plan|plan|letter|letters|paperwork|forms?|reports?|file|files|parcel|post|email|emails|documents?|application|copy) (?:\w+ ){0,2}?(?:went|has gone|have gone|had gone|is|was|were|are|goes|going|gone) missing\b|\bmissing in the post\b|\b(?:not going to|not gonna|never going to|would never|will never|would not|will not|wont|wouldnt|do not want to|dont want to) (?:ever )?(?:hurt|harm|kill|cut) myself\b(?! (?:tonight|today|yet|now|for now|again|this time))(?!.*\b(?:but|though|although|yet|even if|unless|just not)\b)/g;

function withoutHarmlessPhrases(normalised: string): string {
  return normalised.replace(HARMLESS_PHRASES, ' ');
}

const CHILD_WORDS = /\b(he|she|him|her|himself|herself|his|sons?|daughters?|childs?|children|kids?|boy|girl|baby|they|them|themselves|teen|teenager|pupil|young carer|toddler)\b/;
const PARENT_WORDS = /\b(i|me|myself|my life|us|we)\b/;

/** Sentences, so "unless" context only excuses the sentence it is in. `whole` is the text normalised. */
function sentencesOf(text: string, whole: string): string[] {
  const parts = text.split(/[.!?;\n]+|,\s+(?:but|and then|also|then)\s+/);
  // One sentence with nothing but stops and spaces after it ("what is an ehcp?") normalises as the
  // whole text does: those characters only ever become spaces, trimmed away.
  if (/^[.!?;\s]*$/.test(text.slice(parts[0].length))) return whole ? [whole] : [];
  return parts.map((s) => normaliseForRisk(s)).filter(Boolean);
}

/** Up to `reach` characters either side of start..end, without a word cut in two ("the point" cut to "he point" would read as "he"). */
function wholeWordsAround(text: string, start: number, end: number, reach: number): string {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  while (from > 0 && from < start && /\w/.test(text[from - 1])) from++;
  while (to < text.length && to > end && /\w/.test(text[to])) to--;
  return text.slice(from, to);
}

/**
 * Who is at risk: the victim named in the rule when it has one ("hits me" is the parent), else the
 * words around the match ("my son said he...", "...in his bag").
 */
function whoFromMatch(place: string, m: RegExpExecArray): 'child' | 'parent' | 'unknown' {
  const victim = m.groups?.victim;
  if (victim) return /^(i|we|me|us|my)$/.test(victim) ? 'parent' : 'child';
  const context = wholeWordsAround(place, m.index, m.index + m[0].length, 40);
  if (CHILD_WORDS.test(context)) return 'child';
  if (PARENT_WORDS.test(context)) return 'parent';
  return 'unknown';
}

/** The rules in groups, each with a combined pattern that rules the whole group out in one test (most messages). */
const RULE_GROUPS = inGroups(RULES.filter((rule) => !rule.needs), 8, (rule) => rule.pattern);
/** Rules looked at only when a word they need is there. */
const RULES_WITH_NEEDS = RULES.filter((rule) => rule.needs);

function assess(text: string): SafeguardingAssessment {
  const whole = normaliseForRisk(text);
  // A place that reads the same as one already looked at gives the same answer: each is looked at once.
  const sentences = [...new Set(sentencesOf(text, whole))];
  const wholeAndSentences = [whole, ...sentences.filter((s) => s !== whole)];
  const kinds = new Set<RiskKind>();
  const who = new Set<'child' | 'parent' | 'unknown'>();

  const apply = (rule: RiskRule): void => {
    // Rules with an exception are judged sentence by sentence; others over the whole message too.
    const places = rule.unless ? sentences : wholeAndSentences;
    for (const place of places) {
      const m = rule.pattern.exec(place);
      if (!m) continue;
      if (rule.unless && rule.unless.test(place) && !(rule.unlessOverriddenBy?.test(whole) ?? false)) continue;
      for (const k of rule.kinds) kinds.add(k);
      who.add(whoFromMatch(place, m));
      break;
    }
  };
  for (const { any, items: rules } of RULE_GROUPS) {
    if (!wholeAndSentences.some((place) => any.test(place))) continue;
    rules.forEach(apply);
  }
  // Every place in one text, a line each: no needed word or phrase runs across a line break, so one
  // test reads them all (the same answer as testing each place, for a fraction of the cost).
  const allPlaces = wholeAndSentences.join('\n');
  for (const rule of RULES_WITH_NEEDS) {
    if (rule.needs?.test(allPlaces)) apply(rule);
  }

  if (kinds.size === 0) {
    // No rule knows the wording: the signs of harm may still be there (riskSigns.ts). They read
    // the words that describe a child too ("non verbal", "autistic"), which the rules fold away.
    const signs = readRiskSigns(withoutHarmlessPhrases(foldTextSpeak(normaliseSendText(withEmojiWords(text)))));
    if (!signs.atRisk) return { atRisk: false, kinds: [], whoAtRisk: 'unknown' };
    return { atRisk: true, kinds: [...signs.kinds], whoAtRisk: CHILD_WORDS.test(whole) ? 'child' : PARENT_WORDS.test(whole) ? 'parent' : 'unknown' };
  }
  // Abuse, violence or self-harm long past and dealt with ("abused when she was 4, he is in prison", "has not
  // self-harmed in 2 years"): a history for a plan, not a risk now, unless anything says it is now.
  if ([...kinds].every((k) => k === 'abuse' || k === 'self-harm' || k === 'violence') && PAST_AND_DEALT_WITH.test(whole) && !RISK_NOW.test(whole)) {
    return { atRisk: false, kinds: [], whoAtRisk: 'unknown' };
  }
  // (Nobody named near the words: who the whole message speaks of, as for the signs below.)
  // (A young carer's "us" and "me" are children: "im a young carer... mum drinks and shouts at us".)
  const whoAtRisk = who.has('child') || (who.has('parent') && /\byoung carers?\b/.test(whole)) ? 'child' : who.has('parent') ? 'parent' : CHILD_WORDS.test(whole) ? 'child' : PARENT_WORDS.test(whole) ? 'parent' : 'unknown';
  return { atRisk: true, kinds: [...kinds], whoAtRisk };
}

const PAST_AND_DEALT_WITH = /\b(?:years ago|last year|(?:we |i )?complained and|investigated|retrained|(?:is |s )?(?:now )?thriving|now (?:at|in) a (?:new|different) school|when (?:she|he|they|i) (?:was|were) (?:\d+|little|younger|small|a toddler|a baby)|(?:is|went) (?:in|to) prison|went to court|(?:case|it) (?:was )?closed|dealt with|history|has not (?:\w+ ){0,2}?(?:in|for) (?:\d+|two|three|four|over a|over two|a) (?:years?|months)|no longer|not since)\b/;
const RISK_NOW = /\b(?:again|still|started|recently|last (?:night|week)|this (?:week|morning|weekend)|tonight|today|yesterday|out of prison|released|back in (?:touch|contact)|living (?:next door|nearby|with us)|contact with (?:him|her|them)|sees (?:him|her|them)|scared|afraid|frightened|worried (?:she|he|they) (?:is|will|might|are)|right now|at the moment|currently|keeps|now (?:he|she|they|i)|(?:is|are|am|has been|have been|been) (?:\w+ )?(?:cutting|hurting|harming|burning|hitting|abusing|touching|self harming|being|violent|abusive)|(?:hits|beats|hurts|kicks|punches|threatens|controls|chokes) (?:me|us|him|her|them))\b/;

// The dialog checks each message before recognising it, and the recognizer checks it again.
let last: { readonly text: string; readonly result: SafeguardingAssessment } | undefined;

/** Says whether a message shows any sign that a child or the parent is at risk of harm. */
export function detectSafeguardingRisk(text: string): SafeguardingAssessment {
  if (last?.text !== text) last = { text, result: assess(text) };
  // A copy: the caller may change what it is given.
  return { ...last.result, kinds: [...last.result.kinds] };
}
