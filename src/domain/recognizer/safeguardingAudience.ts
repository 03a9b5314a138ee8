import { asksAsYoungPerson, writesAboutTheirWork, writesAsChild } from './askerRole';
import type { RiskKind, SafeguardingAssessment } from './safeguardingDetector';
import { looksLikeSendTopic, normaliseSendText } from './sendTerms';
import { showsBodyInTrouble, signsIn } from './riskSigns';
import { asksAtTheStart } from '../text/questionSentence';

/**
 * Who wrote a message about a risk, and who is at risk, so the emergency help speaks to them: a
 * young person gets Childline first, someone at work their safeguarding lead, a parent thinking
 * of ending their life Samaritans and words for them, and an adult at risk adult social care.
 */
export interface WriterAndPersonAtRisk {
  /** A young person writing about themselves. */
  readonly youngPerson: boolean;
  /** Someone at work (a SENCo, a TA, a support worker) worried about someone in their care. */
  readonly professional: boolean;
  /** The writer is thinking of ending their own life. */
  readonly selfInCrisis: boolean;
  /** A partner or another adult close to the writer may act on thoughts of ending their life: what to do for them. */
  readonly closeAdultInCrisis: boolean;
  /** The person at risk, or the young person writing, is 19 or over, and no child under 18 is named. */
  readonly adult: boolean;
  /** A neighbour or friend worried about a child who is not theirs. */
  readonly aboutAnotherFamily: boolean;
  /** A parent who fears they may hurt their child: words for them, and what to do this minute. */
  readonly parentAtEdge: boolean;
  /** Violence happening now (a knife in the kitchen, the one who hurt them still downstairs), or thoughts of suicide with a time or plan: 999 first. */
  readonly dangerNow: boolean;
  /** The message also asked a SEND question ("...also what should I bring to the review?"): it is not forgotten. */
  readonly alsoAskedSendQuestion: boolean;
  /** Hurt, threatened or controlled by a partner or ex, or fleeing home: the domestic abuse helpline too. */
  readonly domesticAbuse: boolean;
  /**
   * (CC) A baby has been shaken and shows no sign of trouble yet ("he seems ok now?"): get the baby checked now, 999 if
   * floppy, drowsy or being sick; and help for the writer if it was them. A baby already floppy is the plain emergency.
   */
  readonly babyShaken: 'by-writer' | 'by-someone-else' | undefined;
  /** (CC) No food, no money for the gas, a home about to be lost, and no one said to be hurting anyone: help with that, not the abuse list. */
  readonly basicNeeds: boolean;
}

/** Words of someone at work, beyond the job titles askerRole.ts knows ("I'm a TA", "one of our pupils"). */
const PERSON_AGED = /\b(?:i m|im|i am|he is|hes|he s|she is|shes|she s|they are|(?:son|daughter|brother|sister|cousin|nephew|niece|grandson|granddaughter) is|aged?) (?:now |only |just )?(\d{1,2})\b(?! (?:week|month|day|minute|hour)s?\b)/g;
/** "My sister (32, cerebral palsy)": a relative's age in brackets or after a comma, read without them. */
/** "my sister (adult, severe LD...)", "my brother, an adult": an adult said without an age. */
const SAID_ADULT = /\b(?:sister|brother|son|daughter|cousin|relative) (?:is )?(?:an )?adult\b|\badult (?:son|daughter|sister|brother)\b|\b(?:care home|residential home|supported living|nursing home)\b|\b(?:dementia|alzheimer\w*)\b/;
const RELATIVE_AGED = /\b(?:son|daughter|brother|sister|sibling|cousin|nephew|niece|partner|husband|wife|mum|dad|mother|father|aunt|uncle|friend) (?:aged )?(\d{1,2})\b(?! (?:week|month|day|minute|hour|year|yr)s?\b)/g;
const AGE_OLD = /\b(\d{1,2}) ?(?:yo|y o|year old|years old|yr old|yrs old)\b/g;
const ADULT_GROUP = /\b(?:students|residents|young adults|adults) (?:aged )?(?:1[89]|2\d) ?(?:to|-)? ?\d+\b/;

/** The writer's own thoughts of ending their life, whoever else the message names ("they'd be better off without me"). */
const OWN_CRISIS = /\b(?:better off without me|(?:pillow|cushion|bag|hand) (?:over|on) my (?:face|head|mouth)|(?:i ve|ive|i have|i) got (?:the|a) (?:rope|noose) ready|kill myself|killing myself|end my (?:own )?life|i (?:want|wanted|just want) to die|i (?:want|wanted) to (?:be dead|disappear)|(?:i|i have|ive|i ve) (?:written|wrote) (?:letters|notes?|goodbye)|not be here any ?more|if i (?:was|were) (?:gone|dead)|me (?:just )?gone|unalive myself|i (?:sat|was sitting|sit) in the (?:car|van) (?:\w+ ){0,5}?engine|i (?:am |m )?(?:not going to|will not|never going to) be (?:around|here|alive) (?:by|much|to see)|i (?:just )?want to (?:go to )?sleep and (?:not|never) wake up|(?:hope|hoping|pray|praying|wish|wishing) i (?:do not|will not|never) wake up|(?:easier|better) if i (?:just )?(?:drove|crashed|swerved|steered)|(?:crash|crashing|drive|driving) (?:the|my) car (?:\w+ )?(?:on purpose|deliberately)|(?:thinking|think|thought|thoughts|thinkin) (?:about|of|bout) (?:just )?(?:driving|crashing|swerving|steering|walking|stepping|jumping) (?:\w+ ){0,3}?(?:into|off|in front of|under)|(?:this is )?my last (?:message|post|text)|sorry for everything|goodbye (?:everyone|everybody|all|world)|tell (?:my|the) (?:kids|children|boys|girls|son|daughter|family) (?:that )?i love|i (?:will not|am not going to|m not going to) be (?:here|around) (?:for|any ?more|much longer)|(?:want|wants) to (?:just )?sleep (?:forever|for ever)|(?:i|i have|ive|i ve) (?:the )?(?:tablets|pills) ready)\b/;

/** A child seen in the street, next door, a friend's child: not the writer's own. */
const ANOTHER_FAMILY = /\b(?:next door|on (?:our|my|the) (?:street|road|estate|close)|(?:our|my|a) neighbours? (?:child|kid|son|daughter|little \w+|boy|girl)|neighbour s (?:child|kid|son|daughter|little \w+|boy|girl)|my friends? (?:s )?(?:son|daughter|child|kid|little \w+)|(?:a|the) (?:little )?(?:lad|boy|girl|kid|child) (?:on|in|at|from|who lives (?:on|in|near)) (?:our|my|the) (?:street|road|estate|close|block))\b/;

const DANGER_NOW = /\b(?:right now|at the moment|on (?:his|her|their) way (?:here|round|over|back|to (?:us|the house|ours))|(?:threat\w*|threatened|threatening) to kill (?:us|me|them|the kids|the children)|locked (?:myself|ourselves|us|me)(?: and \w+)? in|hiding (?:from|in)|(?:is|are) (?:here|outside) now|with a (?:knife|weapon|blade|gun|hammer)|(?:is|are) still (?:here|downstairs|upstairs|in the (?:house|flat|kitchen|next room)|outside)|just (?:threw|hit|punched|attacked|pushed|kicked|strangled|choked)|(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she|they) (?:will|ll|might|is going to) do (?:tonight|later|when (?:he|she|they) (?:gets?|comes?) (?:back|home))|(?:knife|knives|blade|machete|weapon|gun) in (?:his|her|their|my|my \w+ s?) ?(?:school )?(?:bag|rucksack|backpack|pocket|room|coat))\b/;
/** Thoughts of ending a life with a time or a plan: "he's in his room now", "looking up how many paracetamol". 999 first. */
const SUICIDE_NOW = /\b(?:right now|tonight|this minute|(?:has |have |had )?(?:written|wrote|left) (?:a |her |his |their |my )?(?:goodbye|suicide) (?:note|letter|message)|(?:worked|working) out how|(?:has|have|got) a plan|knows? how (?:he|she|they|i) (?:would|will|is going to)|(?:standing|stood|sitting|sat|i m|im|i am) on (?:the|a) (?:bridge|ledge|roof|edge|railway|tracks?|cliff)|(?:looking|looked|look|searching|searched|googling|googled) (?:up )?how to (?:hang|kill|end|overdose|cut|die)|with a (?:knife|kitchen knife|blade|rope)|(?:locked|barricaded) (?:him|her|them)sel(?:f|ves) in|in (?:his|her|their|my) (?:room|bedroom|bathroom) (?:right )?now|(?:looking|looked|look) up how (?:many|much)|(?:googling|searching|searched|googled) how (?:many|much|to)|how many (?:paracetamol|tablets|pills) (?:it takes|would|to)|(?:all )?(?:her|his|their|my) (?:tablets|pills|meds|medication|paracetamol) (?:\w+ ){0,2}?out (?:on|in front|ready)|(?:tablets|pills) (?:laid|lined|set|counted) out|(?:giving|given|gave|gives) (?:away )?(?:all )?(?:her|his|their|my) (?:stuff|things|belongings|possessions|favourite things)(?: away)?|(?:looking at|bought|buying|got|found) (?:a )?(?:rope|ligature)|(?:have|got|ve got|with) (?:the|my|all (?:the|my)|some|enough|a (?:box|packet|bottle) of) (?:tablets|pills|paracetamol|meds|medication|painkillers) (?:ready|here|with me|next to me|in front of me|lined up|counted)|(?:looking|looked|searching|searched|googling|googled|researching|researched) (?:up )?(?:ways|methods)(?! to (?:get|help|support|make|find|improve|deal|cope|manage|stop|calm|ask|appeal|pay))|(?:climbed|climbing|is|s|standing|sitting|sat|stood|gone|got) (?:out )?(?:onto|on to|on|up on|out on|out onto) (?:the |a )?(?:roof|ledge|bridge|balcony|parapet))\b/;
/** A child not back and out of touch, tonight: 999 first, whatever else the message is about. */
const MISSING_NOW = /\b(?:(?:still )?(?:is not|isnt|not) (?:back|home)|(?:has not|hasnt|not) come (?:back|home)|gone missing|is missing|not in (?:his|her|their) bed)\b.*\b(?:phone (?:is )?(?:off|dead)|not answering|tonight|\d+ ?(?:am|pm)|at night|it s (?:dark|late)|its (?:dark|late))\b|\b(?:phone (?:is )?(?:off|dead)|\d+ ?(?:am|pm)|tonight)\b.*\b(?:(?:still )?(?:is not|isnt|not) (?:back|home)|(?:has not|hasnt|not) come (?:back|home)|not in (?:his|her|their) bed)\b/;
/** Shut in a room with a blade, tablets or a rope: whatever else is said, 999 first. */
const SHUT_IN_WITH_MEANS = /\b(?:locked|shut|barricaded) (?:him|her|them|my)sel(?:f|ves) in (?:\w+ ){0,4}?with (?:a |one of my |my |his |her |some |the )?(?:(?:packet|pack|box|bottle|strip|handful|load) of (?:my |his |her |the )?)?(?:razors?|blades?|knife|knives|pills|tablets|rope|belt|cord|lighter)\b/;
/** A partner at risk, by the words for them and for their child: "wife... she said the kids would be better off without her". */
const FEMALE_PARTNER = /\b(?:wife|girlfriend|missus|fiancee|partner)\b/;
const MALE_PARTNER = /\b(?:husband|hubby|boyfriend|fiance|partner)\b/;
const SAID_OF_A_WOMAN = /\b(?:she|her|herself)\b/;
const SAID_OF_A_MAN = /\b(?:he|him|himself)\b/;
const A_GIRL = /\b(?:daughters?|girls?|stepdaughter|niece|granddaughter|sister)\b/;
const A_BOY = /\b(?:sons?|boys?|lad|stepson|nephew|grandson|brother)\b/;

/** The writer at the end of what they can bear ("I can't do this anymore... I'm done"), and not looking after themselves. */
const OWN_EDGE = /\b(?:i (?:cannot|can not) (?:do this|cope|go on|carry on)(?: any ?more)?|i m done|im done|i am done|i give up)\b/;
const NOT_LOOKING_AFTER_SELF = /\b(?:i|i have|i ve) (?:not|have not|havent|haven t|hardly) (?:eaten|slept|been eating|been sleeping)\b/;
/** "I'm 19, my little sister is 9": an adult writing about a child at risk. */
const ADULT_WRITER_ABOUT_ANOTHER = /\b(?:i m|im|i am) (?:1[89]|2\d)\b.*\bmy (?:(?:little|younger|baby) (?:half |step )?(?:sister|brother|sibling|cousin)|niece|nephew|(?:half |step )?(?:sister|brother) (?:is|who is|aged) (?:[1-9]|1[0-7])\b)/;
/** (BC) "im a young carer for my brother": a young person writing. */
const YOUNG_CARER_WRITING = /\b(?:i am|i m|im) (?:a |the )?young carer\b/;
/** "if ur 16 and... asking for me": a young person asking about themselves. */
const ASKING_FOR_SELF = /\b(?:if )?(?:ur|your|you re|you are|youre) (?:1[0-7])\b.*\basking for (?:me|myself|a friend)\b/;

/**
 * A young person's own school life, with no child of theirs named (AO): "does having dyspraxia mean i get extra time
 * in gcses", "how to get my ehcp review moved". A parent writes "his exams", "her EHCP".
 */
/** (CC) "i'm a year 10 student", "im a sixth form student": a pupil writing about themselves. */
const SELF_AS_PUPIL = /\b(?:i am|i m|im) (?:a |an |in )?(?:(?:year|yr) (?:[5-9]|1[0-3])|sixth form|secondary school|high school|primary school|gcse|a level) (?:student|pupil|girl|boy|kid)\b/;
const OWN_SCHOOL_LIFE = /\bmy (?:own )?(?:ehcp|ehc plan|ehcp review|gcses?|a levels?|exams|mocks|sats|form tutor|head of year|sixth form|options)\b|\bi (?:get|got|have|can get|could get|will get|would get|am getting|might get|should get) (?:extra time|access arrangements|a scribe|a reader|rest breaks)\b|\b(?:i am|i m|im) in (?:year|yr) (?:[5-9]|1[0-3])\b/;
/** A pupil telling what a teacher or coach does to them ("my teacher said not to tell anyone what he does to me after class"). */
const PUPIL_HARMED = /\bmy (?:teacher|form tutor|tutor|ta|teaching assistant|coach|pe teacher|head ?teacher|music teacher|support worker|taxi driver|escort)\b.*\b(?:does to me|did to me|to me after|hurts me|hurt me|touches me|touched me|hits me|hit me|makes me|made me|not to tell)\b/;
const A_CHILD_OF_THEIRS = /\b(?:son|daughter|child|children|kid|kids|boy|girl|stepson|stepdaughter|grandson|granddaughter|toddler|baby|pupil|pupils|student|students)\b/;
/** Tablets saved up, or letters written for everyone: a plan, and a means kept ready (AO). 999 first. */
const PLAN_KEPT_READY = /\b(?:saving|saved|stashing|stashed|hoarding|hoarded|stockpiling|stockpiled|collecting|squirrelling) (?:up )?(?:\w+ ){0,3}?(?:tablets|pills|paracetamol|painkillers|meds|medication|antidepressants)\b|\b(?:written|wrote|left) (?:\w+ ){0,2}?(?:letters|notes) (?:for|to) (?:everyone|everybody|each of|all of|my (?:whole )?family)\b/;

/**
 * (CC) What a child or someone else said, told in the message ("my 8yo said 'i want to go to sleep and never wake up' at
 * bedtime"): their words, not the writer's own, up to the end of the sentence.
 */
const REPORTED_SPEECH = /\b(?:he|she|they|son|daughter|child|kid|boy|girl|\d+ ?yo|\d+ ?year old|brother|sister|friend|partner|husband|wife)\s+(?:\w+\s+){0,2}?(?:said|says|saying|told (?:me|us|his \w+|her \w+|the \w+|them)|tells (?:me|us)|wrote|writes|keeps saying|kept saying|shouted|screamed|screams|asked|texted|messaged)\b[^.!?\n]*/gi;
/** Someone other than the writer named: without them, thoughts of ending a life with no one named are the writer's. */
const SOMEONE_ELSE = /\b(?:he|she|him|her|his|hers|they|them|their|son|daughter|child|kid|boy|girl|partner|husband|wife|friend|brother|sister|mum|dad|pupil|student)\b/;

function agesIn(normalised: string): number[] {
  return [...normalised.matchAll(PERSON_AGED), ...normalised.matchAll(AGE_OLD), ...normalised.matchAll(RELATIVE_AGED)].map((m) => Number(m[1]));
}

export function writerAndPersonAtRisk(text: string, kinds: readonly RiskKind[], who: SafeguardingAssessment['whoAtRisk']): WriterAndPersonAtRisk {
  const normalised = normaliseSendText(text);
  const ages = agesIn(normalised);
  const adult = (ages.some((age) => age >= 19) || ADULT_GROUP.test(normalised) || SAID_ADULT.test(normalised)) && !ages.some((age) => age < 18);
  const professional = writesAboutTheirWork(text);
  const youngPerson = (asksAsYoungPerson(text) || writesAsChild(text) || ASKING_FOR_SELF.test(normalised) || YOUNG_CARER_WRITING.test(normalised) || (PUPIL_HARMED.test(normalised) && !A_CHILD_OF_THEIRS.test(normalised))
    || (OWN_SCHOOL_LIFE.test(normalised) && !A_CHILD_OF_THEIRS.test(normalised) && !professional && !ages.some((age) => age >= 19))
    || (SELF_AS_PUPIL.test(normalised) && !professional && !ages.some((age) => age >= 19)))
    && !ADULT_WRITER_ABOUT_ANOTHER.test(normalised);
  const ownWords = normaliseSendText(text.replace(REPORTED_SPEECH, ' '));
  const selfInCrisis = (kinds.includes('suicide') && (who === 'parent' || OWN_CRISIS.test(ownWords) || (who === 'unknown' && !SOMEONE_ELSE.test(normalised))))
    || (OWN_EDGE.test(normalised) && NOT_LOOKING_AFTER_SELF.test(normalised));
  // (No child's age in the message: "my 15yo says she wants to die, my wife..." is about the child.)
  const partnerAtRisk = !ages.some((age) => age < 18)
    && ((FEMALE_PARTNER.test(normalised) && SAID_OF_A_WOMAN.test(normalised) && !A_GIRL.test(normalised))
      || (MALE_PARTNER.test(normalised) && SAID_OF_A_MAN.test(normalised) && !A_BOY.test(normalised)));
  return {
    // A child writing ("im 15, my stepdad hits my brother") is a young person here too: Childline first.
    // (Not a writer of 18 or over worried about a younger brother or sister: their age is not the child's.)
    youngPerson,
    professional,
    parentAtEdge: signsIn(normalised).includes('parentAtEdge'),
    dangerNow: MISSING_NOW.test(normalised) || ((kinds.includes('violence') || kinds.includes('abuse')) && DANGER_NOW.test(normalised)) || ((kinds.includes('suicide') || kinds.includes('self-harm')) && (SUICIDE_NOW.test(normalised) || PLAN_KEPT_READY.test(normalised))) || SHUT_IN_WITH_MEANS.test(normalised),
    selfInCrisis,
    // A wife, a husband, a grown-up son: what to do for them, not "your child's safety".
    closeAdultInCrisis: kinds.includes('suicide') && !selfInCrisis && !youngPerson && !professional && (partnerAtRisk || adult),
    adult,
    aboutAnotherFamily: ANOTHER_FAMILY.test(normalised),
    alsoAskedSendQuestion: asksOwnQuestion(text),
    // (CC) "my ex keeps turning up drunk and threatening me": any risk told of a partner or ex who threatens or hurts.
    domesticAbuse: ((kinds.includes('violence') || kinds.includes('abuse')) && DOMESTIC.test(normalised)) || (DOMESTIC.test(normalised) && PARTNER_HARMS.test(normalised)),
    babyShaken: (kinds.includes('abuse') || kinds.includes('immediate-danger')) && BABY_SHAKEN.test(normalised) && !showsBodyInTrouble(normalised)
      ? (SHAKEN_BY_WRITER.test(normalised) ? 'by-writer' : 'by-someone-else') : undefined,
    basicNeeds: kinds.length > 0 && kinds.every((k) => k === 'neglect') && HARDSHIP.test(normalised) && !SOMEONE_FAILS_THEM.test(normalised),
  };
}

/** (CC) A partner or ex who threatens, hurts or frightens. */
const PARTNER_HARMS = /\b(?:threat\w*|hit\w*|hurt\w*|slap\w*|punch\w*|kick\w*|push\w*|scared|terrified|afraid|frightened|stalk\w*|turning up|turns up|controls?|controlling)\b/;
/** (CC) A baby shaken (the rule in safeguardingDetector.ts, read here for the words of the help). */
const BABY_SHAKEN = /\b(?:shook|shaken|shake|shakes|shaking) (?:the|my|our|his|her|their|a) (?:\w+ )?(?:baby|newborn|infant|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:weeks?|months?) old)\b|\b(?:shook|shaken|shaking) (?:him|her|them)\b(?=.*\b(?:baby|newborn|infant|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:weeks?|months?) old)\b)/;
const SHAKEN_BY_WRITER = /\b(?:i|we) (?:\w+ ){0,2}?(?:shook|shaken|shake)\b/;
/** (CC) No food, no money, no heating, a home being lost. */
const HARDSHIP = /\b(?:no food|nothing to eat|no money|food bank|gas|electric\w*|lecky|leccy|meter|heating|evicted|eviction|homeless|nowhere to (?:go|stay|sleep|live)|no where to go|bailiffs|rent|(?:not|nothing) (?:eaten|to eat)|hungry|skint|broke)\b/;
/** (CC) ...unless someone is said to fail the children: drinking, leaving them, not feeding them. */
const SOMEONE_FAILS_THEM = /\b(?:drunk|drinks|drinking|drugs|alcohol\w*|left (?:alone|on (?:his|her|their) own|them|him|her)|leaves (?:them|him|her|us)|does not feed|do not feed|never feeds?|neglect\w*|locked|hits|shouts|no one (?:looks|looking) after|on (?:my|our) own)\b/;

/** A partner or ex, or a home left in fear: what makes violence or abuse domestic abuse ("my partner hits me", "we had to leave home, he was threatening us"). */
const DOMESTIC = /\b(?:my|our|her|his|their) (?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fella|fiance|fiancee|ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend|ex bf|ex gf|other half|baby dad|baby daddy|kids dad|kids father|childrens dad|childrens father)\b|\b(?:had to|have had to|have to|we|i) (?:leave|left|flee|fled) (?:home|the house|our home|my home)\b|\b(?:fleeing|refuge|women s aid|domestic abuse|domestic violence|coercive|controlling me|controls me|controls us)\b|\b(?:he|she) (?:was|is|keeps|kept) threatening (?:us|me)\b|\b(?:come|comes|coming) back (?:\w+ ){0,3}?(?:and )?hurt (?:us|me)\b/;

/** "I need to know", "we'd like to know": a question asked as a wish. */
const WANTS_TO_KNOW = /\b(?:i|we) (?:really |just )?(?:need|want|would like|d like|have) to (?:know|find out|ask)(?: about)?\b/i;

/** Words before a question that do not change it: "anyway can they...", "also, what...". */
const LEAD_IN = /^(?:anyway|also|and|so|but|btw|quick one|one more thing|oh and|ps)\b[,:\s-]*/i;
/** "What should I do?", "who do I tell?": a question about the risk itself, not a second question. */
const ABOUT_THE_RISK = /^(?:so |and |but |please )?(?:what (?:do|should|can|shall|must) (?:i|we) do(?: now| next| about (?:it|this|him|her))?|what now|what next|help(?: me| us)?(?: please)?|can (?:you|anyone|someone) help(?: me| us)?|is (?:this|that|it) (?:just )?(?:normal|ok|okay|right|allowed|a phase)|am i (?:over ?reacting|over ?thinking|being silly|being paranoid)|who (?:do|should|can) (?:i|we) (?:tell|call|ring|contact|speak to|talk to)|where do (?:i|we) (?:go|turn)|what are my options|what do i say to (?:him|her|them))\??$/i;

/**
 * A question of its own beside the risk ("...anyway can they cut his hours without asking me"):
 * each sentence, and the clause after its last comma, that asks something other than what to do
 * about the risk.
 */
function asksOwnQuestion(text: string): boolean {
  return ownQuestionBesideRisk(text) !== undefined;
}

/**
 * The SEND question asked beside a risk ("...anyway thats not why im here, how do i ask for an
 * assessment": "how do i ask for an assessment"), kept so that "so how do I ask?" after the
 * emergency help can be answered; undefined when there is none.
 */
export function ownQuestionBesideRisk(text: string): string | undefined {
  if (!looksLikeSendTopic(text)) return undefined;
  for (const raw of text.split(/(?<=[.!?])\s+|\n+/)) {
    const sentence = raw.trim().replace(LEAD_IN, '');
    const lastClause = sentence.split(/,\s*/).at(-1)?.replace(LEAD_IN, '').trim() ?? '';
    // (Without a question mark, "When I mentioned it..." tells, not asks: the opening must read as a question.)
    // ("I need to know how to get the EHCP moved to a new area": asked in other words.)
    const wantsToKnow = WANTS_TO_KNOW.exec(lastClause);
    const asks = sentence.endsWith('?') || asksAtTheStart(sentence) || asksAtTheStart(lastClause) || Boolean(wantsToKnow);
    if (!asks || ABOUT_THE_RISK.test(lastClause) || ABOUT_THE_RISK.test(sentence)) continue;
    if (wantsToKnow && !asksAtTheStart(sentence)) return lastClause.slice(wantsToKnow.index + wantsToKnow[0].length).trim();
    return asksAtTheStart(sentence) || !asksAtTheStart(lastClause) ? sentence : lastClause;
  }
  return undefined;
}
