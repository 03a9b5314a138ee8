import { normaliseSendText } from './sendTerms';

/**
 * Words that may mean someone is in danger, in a message the bot could not place. The
 * safeguarding rules (safeguardingDetector.ts) are precise, and fresh tests keep finding risks told
 * in words they do not know. So when the bot is unsure what a message is about (it asks for more,
 * or says it is out of scope) and the message has any of these words, the reply starts with where
 * to get help now. A parent who did not need it loses one line; one who did is not sent away.
 */
/** "Missing", but not "missing school", "missing loads of lessons" or "missing out": a child missing, not school missed. */
const MISSING = 'missing(?! (?:(?:loads|lots|a lot|so much|too much|most|half|more|all|much|a few|a couple|several|\\d+|two|three|four|five) (?:of )?(?:the |his |her |their )?)?(?:school|lessons?|education|class|classes|out|days|weeks|months|terms?|the|a |his|her|some|work|deadlines?|information|pages?|bits?|parts?))';

const RISK_WORDS = new RegExp('\\b(?:'
  + 'ambulance|a and e|hospital|999|police|blood|bleed\\w*|unconscious|breath\\w*|seizure\\w*|fitting|collapsed|overdose\\w*|poison\\w*'
  + '|suicid\\w*|kill(?!(?:ed|ing|s) it (?:at|in|on)\\b)\\w*|die|dying|dead|death|knife|knives|weapon\\w*|gun|threat\\w*|scared|afraid|terrified|frightened|unsafe|danger\\w*'
  + `|abus\\w*|assault\\w*|rape\\w*|touch\\w*|secret|groom\\w*|drugs?|drunk|vomit\\w*|starv\\w*|${MISSING}|run away|runs away|running away|ran away|ran off|running off|alone`
  + '|hit|hits|hitting|punch\\w*|kick\\w*|slap\\w*|bruis\\w*|hurt\\w*|harm\\w*|cutting|burn\\w*|marr(?:y|ied|iage)|radical\\w*|extrem\\w*'
  + '|nudes?|naked|blackmail\\w*|sex\\w*|neglect\\w*|hungry|locked|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|weapon|beat\\w*|swallow\\w*|batter(?:y|ies)|faint\\w*|heroin|crack'
  + ')\\b');

/**
 * Narrow exceptions, taken out of the text before the words are looked for (AO), never words taken off the lists:
 * - "im literally dying" said of a teenager's drama ("so dramatic", "lol", "every time I ask him to...");
 * - knives in cooking that someone supervises ("obsessed with knives in a cooking way... a supervised cooking club"),
 *   when nothing else in the message speaks of harm.
 */
const DRAMA = /\b(?:so dramatic|(?:being|is|s) (?:so |really |very )?dramatic|drama queen|lol|lmao|haha\w*|exaggerat\w*|every time (?:i|we) ask (?:him|her|them))\b/;
const DRAMATIC_DYING = /\b(?:i m|im|i am|he s|she s|he is|she is) (?:literally |actually )?dying\b/g;
const COOKING = /\b(?:cooking|cookery|chef|chefs|catering|culinary|food tech\w*|baking|kitchen skills)\b/;
const SUPERVISED = /\b(?:supervised|supervises|supervision|with (?:a|an|the) (?:adult|teacher|tutor|chef|instructor)|taught safely|knife skills)\b/;
const KNIVES_AND_HARM = /\b(?:stab\w*|threat\w*|hurt\w*|harm\w*|attack\w*|kill\w*|carry\w*|carried|pocket|bag|hid|hidden|hiding|under (?:his|her|their) (?:bed|pillow|mattress)|scared|afraid|frightened|waving|waved|pointing|pointed|blood|police|cut (?:him|her|them)sel(?:f|ves)|at (?:me|us|him|her|them))\b/;
const SUPERVISED_KNIVES = /\b(?:knife|knives)\b/g;

/**
 * (BC, CB) Whole phrases that only sound like harm, taken out the same way: cutlery, choking on food with a
 * swallowing need, a pencil stabbed through a worksheet, missing from a database, abusing a system,
 * hurting from a sports injury, blood in a drawing of zombies or in the name of a condition, drowning
 * facts, words shouted as tics. Each keeps the word wherever else it is in the message.
 */
const ONLY_SOUNDS_LIKE_HARM = new RegExp([
  '\\b(?:knife and fork|knives and forks|knife fork and spoon|cutlery)\\b',
  // "she chokes on her food" (a need; "he is choking on food" may be now, and keeps the word)
  '\\bchokes on (?:his |her |their )?(?:food|drinks?|liquids?|water|meals?|dinner|lunch|bits)\\b',
  '\\b(?:choke|chokes|choking) (?:\\w+ ){0,4}?because of (?:his |her |their )?(?:swallowing|dysphagia|low (?:muscle )?tone|muscle tone|hypotonia)\\b',
  '\\bstab\\w* (?:his|her|their|the|a) (?:pencil|pen|fork|straw|compass|rubber) (?:through|into) (?:the |his |her |their |a )?(?:worksheet|paper|page|book|exercise book|desk|table|rubber|eraser|jotter|work|homework)s?\\b',
  '\\b(?:gone |went |is |been )?missing (?:from|off|on) (?:the |his |her |their )?(?:\\w+ ){0,2}?(?:register|records?|system|list|database|roll|spreadsheet|paperwork|files?|portal)\\b',
  '\\babus\\w* (?:the|his|her|their|its) (?:\\w+ ){0,2}?(?:system|process|procedure|power|position|authority|role|rules|policy|loophole)s?\\b|\\babuse of (?:power|process|the system|position|authority)\\b',
  '\\bhurt\\w* (?:from|after) (?:a |an |his |her |their |the )?(?:broken|sprained|twisted|pulled|fractured|bad) \\w+\\b(?=.*\\b(?:football|rugby|pe|sports?|match|fall|fell|trampoline|bike|accident|skiing|hockey|netball|operation|surgery)\\b)',
  '\\b(?:draw\\w*|drew|paint\\w*|films?|games?|stories|story|books?|comics?|cartoons?) (?:\\w+ ){0,3}?(?:zombies?|monsters?|vampires?|dinosaurs?|aliens?|superheroes|battles?|knights?|pirates?) (?:\\w+ ){0,3}?(?:blood|gore|bloody)\\b',
  '\\bblood (?:disorders?|conditions?|tests?|transfusions?|counts?|pressure|sugars?|glucose|type|donors?|results?|cells?|clotting|diseases?|cancer|samples?)\\b',
  '\\bdrown\\w* (?:facts?|trivia|statistics|stats)\\b|\\b(?:facts?|trivia|documentar\\w*|books?) (?:about|on) drown\\w*',
  '\\bswallowing (?:difficult\\w*|problems?|issues?|disorder|assessment|therapy|reflex)\\b|\\b(?:difficulty|difficulties|trouble|problems?) (?:with )?swallowing\\b',
  // a need told as one: "hits out at staff when overwhelmed"
  '\\b(?:hits|hitting|lashes|lashing|kicks|kicking) out (?:at (?:\\w+ ){1,2}?)?when (?:(?:he|she|they) )?(?:is |are |gets |get |feels |feel )?(?:overwhelmed|frustrated|upset|anxious|dysregulated|in a meltdown|having a meltdown)\\b',
  '\\b(?:shouts?|says?|shouting|saying|yells?|yelling) (?:\\w+ ){0,4}?as (?:a |his |her |their )?(?:vocal )?tics?\\b',
  // a school or council "threatening me with a fine" or court over attendance (CB): procedure, not harm
  '\\b(?:threat\\w*) (?:to )?(?:(?:me|us|them|him|her) )?(?:with )?(?:a |an )?(?:fines?|court|prosecution|prosecute|legal action|penalty notices?|exclusions?|exclude|off[- ]?rolling|permanent exclusion|a letter|solicitors?)\\b',
  // (CC) figures of speech: "I'd kill for a decent SENCO", "nearly died laughing", "dead tired", "drown out the noise"
  '\\b(?:kill|die) for (?:a|an|some|one|decent|good|proper|better|the chance|my (?:kids|children|son|daughter|family))\\b',
  '\\b(?:nearly |almost |literally |practically )?(?:died|dying|dead|die) (?:laughing|of laughter|of embarrassment|of shame|of boredom|of cringe|with embarrassment)\\b',
  '\\b(?:absolutely |literally |nearly |almost )?(?:killed|kills|killing) me\\b(?=.*\\b(?:laugh\\w*|lol|haha\\w*|hilarious|funny)\\b)',
  '\\bdead (?:tired|beat|chuffed|pleased|proud|happy|keen|lucky|excited|easy|simple|good|nice|helpful|friendly)\\b',
  '\\bdrown(?:s|ing|ed)? out (?:the |all the |his |her |any |background |other )?(?:noise|sounds?|voices?|music|everything|chatter|background)\\b',
  // (CC) a need described for a plan: self-injury when frustrated, a child who runs off in the shops, seizures with a care plan
  '\\b(?:hits|hitting|bangs|banging|bites|biting|scratches|scratching|slaps|slapping|punches|punching|pinches|pinching) (?:him|her|them)sel(?:f|ves)(?: on (?:the|his|her|their) (?:head|face|legs?|arms?|chest))?(?= (?:\\w+ ){0,3}?when (?:(?:he|she|they) )?(?:is |are |gets |get |feels |feel )?(?:overwhelmed|frustrated|upset|anxious|dysregulated|in a meltdown|having a meltdown|angry|cross|stressed|tired|overloaded))',
  '\\b(?:keeps|always|often|tends to|every time|whenever|constantly|sometimes) (?:\\w+ ){0,2}?(?:running|run|runs|ran) (?:away|off) from (?:me|us|staff|her|him|them|the teacher|the ta)(?= (?:in|at|round|around) (?:the )?(?:supermarket|shops?|park|playground|town|shopping centre|mall|school gates?|car park))(?!.*\\b(?:missing|lost|police|road|traffic|found|could not find|cannot find|hours|searching|looked everywhere)\\b)',
  // (CC) the police giving a talk at school
  '\\b(?:police|pcso|officers?|fire ?fighters?|fire service) (?:came|come|coming|visited|visit|gave|give|giving|did|do|doing|were|was) (?:in(?:to)? |to )?(?:school |class |the school )?(?:to )?(?:do |give |for )?(?:a |an )?(?:talk|assembly|visit|presentation|workshop|lesson|session)\\b',
].join('|'), 'g');
/** (CC) Seizures told as a need for a plan (a care plan, rescue medicine at school), with nothing that says now. */
const SEIZURES_FOR_A_PLAN = /\b(?:care plan|health ?care plan|ehcp|ehc plan|section [a-k]|rescue med\w*|medical needs|epilepsy plan)\b/;
const SEIZURE_NOW = /\b(?:right now|now|will not stop|not stopping|still fitting|minutes|blue|not breathing|ambulance|999|hospital|unconscious|will not wake|tonight)\b/;
const SEIZURE_WORDS = /\b(?:seizures?|fitting)\b/g;
/** (CC) Past self-harm with a year and well for a while ("self-harmed in 2021... fine for 3 years"), for a plan. */
const SELF_HARM_LONG_PAST = /\b(?:in|from|since|back in) (?:19|20)\d\d\b|\b(?:\d+|two|three|four|five|several|a few) years ago\b/;
const WELL_FOR_A_WHILE = /\b(?:fine|well|ok|okay|settled|safe|happy|good) (?:for|since) (?:\d+|two|three|four|five|several|a few|over a|over two|many) (?:years?|months)\b|\b(?:fine|well|ok|okay|settled|safe|happy) for (?:years|ages|a long time)\b/;
/** ...and asked about for a plan or a request (without that, BC's one gentle line stays). */
const FOR_A_PLAN = /\b(?:ehcp|ehc plan|ehc request|ehc needs assessment|the request|the plan|his plan|her plan|their plan|annual review|section [a-k]|mentioned|included|put (?:it|that|this) in)\b/;
const HARM_AGAIN = /\b(?:again|started|recently|last (?:night|week)|this (?:week|morning)|tonight|today|yesterday|right now|currently|worried|scared|afraid|still)\b/;
/** (CC) A game they play and laugh at ("plays Among Us and keeps saying I'm going to kill you... both laughing"). */
const PLAYING_A_GAME = /\b(?:plays?|playing|played) (?:\w+ ){0,2}?(?:among us|minecraft|fortnite|roblox|call of duty|cod|gta|pokemon|mario|zelda|xbox|playstation|ps\d|switch|games?|video games?|online games?|tag|hide and seek)\b/;
const LAUGHING = /\b(?:laugh\w*|joking|jokes|as a joke|giggl\w*|for fun|having fun)\b/;
const HARM_BEYOND_WORDS = /\b(?:hurt\w*|bruis\w*|blood|bleed\w*|scared|afraid|frightened|terrified|weapon\w*|knife|knives|hit|hits|hitting|punch\w*|kick\w*|strangl\w*|chok\w*|means it|not laughing)\b/;
const KILL_WORDS = /\bkill\w*/g;
/** A weapon in a game, a film or a drawing, with nothing else about harm. */
const IN_A_GAME = /\b(?:in|on) (?:his|her|their|the|a) (?:\w+ ){0,2}?(?:game|games|film|films|movie|movies|cartoon|book|comic|drawings?|story|stories)\b/;

function withoutFiguresOfSpeech(normalised: string): string {
  let t = normalised;
  if (DRAMA.test(t)) t = t.replace(DRAMATIC_DYING, ' ');
  if ((COOKING.test(t) && SUPERVISED.test(t) || IN_A_GAME.test(t)) && !KNIVES_AND_HARM.test(t)) t = t.replace(SUPERVISED_KNIVES, ' ');
  if (SEIZURES_FOR_A_PLAN.test(t) && !SEIZURE_NOW.test(t)) t = t.replace(SEIZURE_WORDS, ' ');
  if (SELF_HARM_LONG_PAST.test(t) && WELL_FOR_A_WHILE.test(t) && FOR_A_PLAN.test(t) && !HARM_AGAIN.test(t)) t = t.replace(/\bself harm\w*/g, ' ');
  if (PLAYING_A_GAME.test(t) && LAUGHING.test(t) && !HARM_BEYOND_WORDS.test(t)) t = t.replace(KILL_WORDS, ' ');
  return t.replace(ONLY_SOUNDS_LIKE_HARM, ' ');
}

export function mentionsPossibleRisk(text: string): boolean {
  return RISK_WORDS.test(withoutFiguresOfSpeech(normaliseSendText(text)));
}

/**
 * Words that are rarely anything but danger in a SEND question: these start even an answer or an
 * offer of an adviser with the same line (the rules may have missed a risk the knowledge base
 * then "answers"). Narrower than RISK_WORDS, which would put 999 above every "he is scared of school".
 */
const STRONG_RISK_WORDS = new RegExp('\\b(?:'
  + 'blood|bleed\\w*|unconscious|overdose\\w*|suicid\\w*|knife|knives|weapons?|rape\\w*|drunk|heroin|crack|cocaine|starv\\w*'
  + `|${MISSING}`
  + '|ran away|run away|runs away|strangl\\w*|chok\\w*|drown\\w*|stab\\w*|police|ambulance|999|poison\\w*|shaken|beaten|assault\\w*'
  + '|groom\\w*|nudes?|blackmail\\w*|self harm\\w*|sexual\\w*|sexually'
  // (CC) "wont be around for the annual review so can someone else go": a gentle check, when no reason is given
  + '|(?:will not|wont) be (?:around|here|alive) (?:for|by|to see|much longer|any ?more)\\b(?!.*\\b(?:holiday|away|abroad|work|working|shift|hospital|appointment|leaving|instead|because|as (?:his|her|their|the|a)|cos|busy|moving|course|wedding|funeral)\\b)'
  + ')\\b');

export function mentionsStrongRisk(text: string): boolean {
  return STRONG_RISK_WORDS.test(withoutFiguresOfSpeech(normaliseSendText(text)));
}
