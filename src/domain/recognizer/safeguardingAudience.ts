import { asksAsYoungPerson, writesAboutTheirWork, writesAsChild } from './askerRole';
import type { RiskKind, SafeguardingAssessment } from './safeguardingDetector';
import { looksLikeSendTopic, normaliseSendText } from './sendTerms';
import { opensAsQuestion } from '../text/questionSentence';
import { signsIn } from './riskSigns';

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
  /** The person at risk, or the young person writing, is 19 or over, and no child under 18 is named. */
  readonly adult: boolean;
  /** A neighbour or friend worried about a child who is not theirs. */
  readonly aboutAnotherFamily: boolean;
  /** A parent who fears they may hurt their child: words for them, and what to do this minute. */
  readonly parentAtEdge: boolean;
  /** Violence happening now (a knife in the kitchen, hiding in the bathroom): 999 first. */
  readonly dangerNow: boolean;
  /** The message also asked a SEND question ("...also what should I bring to the review?"): it is not forgotten. */
  readonly alsoAskedSendQuestion: boolean;
}

/** Words of someone at work, beyond the job titles askerRole.ts knows ("I'm a TA", "one of our pupils"). */
const PERSON_AGED = /\b(?:i m|im|i am|he is|hes|he s|she is|shes|she s|they are|(?:son|daughter|brother|sister|cousin|nephew|niece|grandson|granddaughter) is|aged?) (?:now |only |just )?(\d{1,2})\b(?! (?:week|month|day|minute|hour)s?\b)/g;
const AGE_OLD = /\b(\d{1,2}) ?(?:yo|y o|year old|years old|yr old|yrs old)\b/g;
const ADULT_GROUP = /\b(?:students|residents|young adults|adults) (?:aged )?(?:1[89]|2\d) ?(?:to|-)? ?\d+\b/;

/** The writer's own thoughts of ending their life, whoever else the message names ("they'd be better off without me"). */
const OWN_CRISIS = /\b(?:better off without me|kill myself|killing myself|end my (?:own )?life|i (?:want|wanted|just want) to die|i (?:want|wanted) to (?:be dead|disappear)|(?:i|i have|ive|i ve) (?:written|wrote) (?:letters|notes?|goodbye)|not be here any ?more|if i (?:was|were) (?:gone|dead)|me (?:just )?gone|unalive myself|i (?:sat|was sitting|sit) in the (?:car|van) (?:\w+ ){0,5}?engine)\b/;

/** A child seen in the street, next door, a friend's child: not the writer's own. */
const ANOTHER_FAMILY = /\b(?:next door|on (?:our|my|the) (?:street|road|estate|close)|(?:our|my|a) neighbours? (?:child|kid|son|daughter|little \w+|boy|girl)|neighbour s (?:child|kid|son|daughter|little \w+|boy|girl)|my friend s (?:son|daughter|child|kid|little \w+)|(?:a|the) (?:little )?(?:lad|boy|girl|kid|child) (?:on|in|at|from|who lives (?:on|in|near)) (?:our|my|the) (?:street|road|estate|close|block))\b/;

const DANGER_NOW = /\b(?:right now|at the moment|locked (?:myself|ourselves|us|me)(?: and \w+)? in|hiding (?:from|in)|(?:is|are) (?:here|outside) now|with a (?:knife|weapon|blade|gun|hammer))\b/;

function agesIn(normalised: string): number[] {
  return [...normalised.matchAll(PERSON_AGED), ...normalised.matchAll(AGE_OLD)].map((m) => Number(m[1]));
}

export function writerAndPersonAtRisk(text: string, kinds: readonly RiskKind[], who: SafeguardingAssessment['whoAtRisk']): WriterAndPersonAtRisk {
  const normalised = normaliseSendText(text);
  const ages = agesIn(normalised);
  const adult = (ages.some((age) => age >= 19) || ADULT_GROUP.test(normalised)) && !ages.some((age) => age < 18);
  return {
    // A child writing ("im 15, my stepdad hits my brother") is a young person here too: Childline first.
    youngPerson: asksAsYoungPerson(text) || writesAsChild(text),
    professional: writesAboutTheirWork(text),
    parentAtEdge: signsIn(normalised).includes('parentAtEdge'),
    dangerNow: kinds.includes('violence') && DANGER_NOW.test(normalised),
    selfInCrisis: kinds.includes('suicide') && (who === 'parent' || OWN_CRISIS.test(normalised)),
    adult,
    aboutAnotherFamily: ANOTHER_FAMILY.test(normalised),
    alsoAskedSendQuestion: looksLikeSendTopic(text) && (text.includes('?') || text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => opensAsQuestion(sentence.trim()))),
  };
}
