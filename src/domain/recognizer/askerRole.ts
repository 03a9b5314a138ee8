import { normaliseSendText } from './sendTerms';

/**
 * "I'm a social worker...", "as a SENCo...": someone asking for their work, not for their own
 * child. They get the same answers, but not the offer to write a parent's request letter or work
 * out a parent's appeal dates. A professional who is also the parent ("I'm a teacher, and my own
 * son...") is a parent here.
 */
const PROFESSIONAL = new RegExp(
  '\\b(?:i am|i m|im|as|speaking as|i work as) (?:a|an|the) (?:\\w+ )?'
  + '(?:social worker|gp|doctor|health visitor|teacher|class teacher|senco|teaching assistant|nurse|school nurse|therapist|speech therapy|occupational therapy|'
  + 'educational psychologist|head ?teacher|head of year|deputy head|sen officer|sen caseworker|caseworker|case worker|paediatrician|professional|'
  + 'early years practitioner|childminder|nursery manager|family support worker|key worker|advocate|sendiass adviser|governor)\\b'
  + '|\\bsenco here\\b|\\bon my caseload\\b|\\bone of my (?:pupils|students|patients|families|clients)\\b',
);
const ALSO_THE_PARENT = /\b(my own (son|daughter|child|kid)|as a parent|i am (also )?(a |the )?(parent|mum|dad|mother|father)|i m (also )?(a |the )?(parent|mum|dad))\b/;

export function asksAsProfessional(text: string): boolean {
  const t = normaliseSendText(text);
  return PROFESSIONAL.test(t) && !ALSO_THE_PARENT.test(t);
}

/**
 * "I'm 17, can I appeal myself?": a young person asking for themselves. The articles speak to
 * parents ("your child"), so the answer says first that it means them.
 */
const YOUNG_PERSON = new RegExp(
  '\\b(?:i m|im|i am) (?:now |only |just )?(?:aged? )?(?:1[6-9]|2[0-5])(?: years? old| yo)?\\b(?! (?:week|month|day)s?\\b)'
  + '|\\b(?:i m|im|i am) (?:\\w+ ){1,3}?(?:and|aged) (?:1[6-9]|2[0-5])\\b(?! (?:week|month|day)s?\\b)'
  // ("Can I ask for it myself?" is as often a parent, not the school, asking: not counted here.)
  + '|\\bi am (?:a |the )?young person\\b'
  // ("My mum" is the young person's parent, unless the parent is bringing their own mum along.)
  + '|\\bmy (?:own )?(?:college|course|apprenticeship|university|uni)\\b|\\bmy (?:parents|mum|mom|dad)\\b(?! (?:come|comes|came|go|goes|went|be there|sit in|sits in|help out|helps out|look after|looks after|mind|minds|babysit)\\b)(?!.*\\b(?:come|go|be there|sit in) with (?:me|us)\\b)',
);
const CHILD = /\b(?:son|daughter|child|children|kid|kids|boy|girl|stepson|stepdaughter|grandson|granddaughter|toddler|baby)\b/;

export function asksAsYoungPerson(text: string): boolean {
  const t = normaliseSendText(text);
  return YOUNG_PERSON.test(t) && !CHILD.test(t) && !PROFESSIONAL.test(t);
}

/** A role said first, as staff write: "class teacher, yr2.", "TA at secondary.", "I'm an escort on a SEN taxi". */
const ROLE_FIRST = /^(?:(?:a |the )?(?:class teacher|teacher|ta|teaching assistant|lsa|senco|head of year|escort|taxi escort|driver|taxi driver|support worker|care worker|key worker|respite carer|short breaks worker|youth worker|school nurse|social worker)(?: here| q| question| query)?(?:[,.:]| at | in | on )|i m an? (?:escort|driver|passenger assistant|pa) )/;
/** Words of someone at work, beyond the job titles above ("I'm a TA", "one of our pupils"). */
const AT_WORK = /\b(?:i m|im|i am|i work as|as) (?:a|an) (?:ta|lsa|support worker|care worker|residential worker|youth worker|mentor|volunteer|receptionist|school receptionist|office manager|lunchtime supervisor|dinner lady|midday supervisor|caretaker|childminder)\b|\b(?:i m|im|i am|i work) (?:on|in|at) (?:the )?(?:reception|front desk|school office|office) (?:at|of|in) (?:a|the|our) (?:\w+ )?(?:school|academy|nursery|college)\b|\b(?:one of (?:our|my) (?:pupils|students|residents|service users|young people|mindees|little ones|children I look after)|childminder here|(?:i m|im|i am) a childminder|an? (?:pupil|student|learner) of (?:mine|ours)|a (?:girl|boy|child|pupil|student) in my (?:class|form|group|tutor group)|(?:i am|i m|im) (?:a |an )?(?:teacher|tutor|lecturer|class teacher|form tutor) at|a (?:year|yr) \d+ (?:boy|girl|pupil|student) (?:just )?(?:told|said|showed|came))\b/;
/**
 * The role said about the child ("I'm her form tutor", "I teach her", "a 15yo in my SEN unit"),
 * not about the writer. (Not a parent who teaches at home.)
 */
const ROLE_FOR_THE_CHILD = /\b(?:i m|im|i am) (?:his|her|their) (?:form tutor|form teacher|tutor|teacher|class teacher|ta|teaching assistant|lsa|key ?worker|key person|support worker|1 1|one to one|learning mentor|mentor|head of year|senco|social worker)\b|\bi (?:teach|tutor) (?:him|her|them)\b(?! at home)(?!.*\bhome (?:educat|school))|\b(?:in|from) my (?:sen unit|send unit|resource base|tutor group|form group|form class|nurture group|caseload)\b/;

/**
 * Someone writing about a child or adult in their care at work (a SENCo, a TA, a support worker,
 * an escort): safeguarding help for them starts with their own safeguarding lead.
 */
export function writesAboutTheirWork(text: string): boolean {
  // (The role said first keeps its comma or full stop: "teacher, yr2." is a role, "teacher yr2" may not be.)
  const normalised = normaliseSendText(text);
  return asksAsProfessional(text) || AT_WORK.test(normalised) || ROLE_FOR_THE_CHILD.test(normalised) || ROLE_FIRST.test(text.trim().toLowerCase().replace(/[’']/g, ' '));
}

/** A child under 16 writing ("im 15, my stepdad hits my brother"): Childline is for them. */
const CHILD_WRITING = /\b(?:i m|im|i am) (?:only |just )?(?:[7-9]|1[0-5])(?: years old| yo| year old)?\b(?! (?:week|month|day|minute|hour)s?\b)/;
const OWN_CHILD = /\bmy (?:son|daughter|child|children|kids?|boy|girl|baby|toddler)\b/;

export function writesAsChild(text: string): boolean {
  const t = normaliseSendText(text);
  return CHILD_WRITING.test(t) && !OWN_CHILD.test(t);
}

/** "Do I need their permission?", "do my parents have to agree", "do i need my mums consent": a young person asking whether a parent must agree. */
export function asksIfParentMustAgree(question: string): boolean {
  return /\b(?:do|does|will) (?:i|we) (?:need|have to (?:get|have|ask for)|need to (?:get|have|ask for)) (?:my |their |his |her |the )?(?:parents?'?s?|mum'?s?|mom'?s?|dad'?s?|their|them) ?(?:permission|consent|agreement|ok|okay|approval|say so|signature)\b|\b(?:do|does|will) (?:my )?(?:parents?|mum|mom|dad|they) (?:have|need) to (?:agree|sign|say yes|give permission|consent)\b/i.test(question.replace(/[\u2018\u2019]/g, "'"));
}
