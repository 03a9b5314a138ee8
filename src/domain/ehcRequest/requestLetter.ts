/**
 * The draft letter a parent (or a young person, for themselves) sends to the council to ask
 * for an EHC needs assessment. It sets out both parts of the legal test in section 36(8) of
 * the Children and Families Act 2014 with the family's own facts. Nothing is made up: where
 * we were not told something, the letter has a [placeholder] for them to fill in.
 */
import { IsoDate, addMonths, compareDates, daysBetween, formatLongDate, laterOf } from '../dates/calendarDate';
import { describeSendiassContact, LocalServices } from '../localServices';
import { TIMESCALES, describeTimescale } from '../timescales';
import { RightsHolderResult, ageOn, rightsHolder } from './ageAndRights';
import { describeAreas } from './areasOfNeed';
import { CarerRelationship, EhcRequestAnswers, Requester, Setting, isSkipAnswer, isUnknownAnswer } from './ehcRequestAnswers';
import { EVIDENCE_KEYS, EvidenceKey } from './evidenceChecklist';

export interface RequestLetter {
  readonly title: string;
  /** Plain text, paragraphs separated by blank lines. */
  readonly text: string;
  /** Short notes for the person using the flow (not part of the letter). */
  readonly notes: string[];
}

type Voice = Exclude<Requester, 'professional'>;

/** The words that change between a parent's letter and a young person's own letter. */
interface Person {
  readonly voice: Voice;
  /**
   * A young person's letter that their parent prepared (the right to ask has passed to the
   * young person): the parent's descriptions are shown as the parent's, not as "my own words".
   */
  readonly preparedByParent: boolean;
  /** Their first name as it goes in the letter, when given. */
  readonly name?: string;
  /** "Sam", "my child" or "I". */
  readonly subject: string;
  /** "Sam", "my child" or "me". */
  readonly object: string;
  /** "Sam’s", "my child’s" or "my". */
  readonly possessive: string;
  /** "has" or "have". */
  readonly has: string;
  /** How the writer names the child without a name: "my child", "my grandchild", "the child I care for". */
  readonly child: string;
  /** Who signs, before "of [name]": "Parent", "Grandparent", "Foster carer". */
  readonly signAs: string;
  /** "finds" or "find". */
  readonly finds: string;
}

/**
 * A first name as it goes in a letter: one typed all in lower case ("sam", "mary-jane") gets
 * its capitals; any other spelling ("McKenzie", "DeShawn") is kept exactly as typed.
 */
export function firstNameAsWritten(name: string | undefined): string | undefined {
  const n = name?.trim().replace(/\s+/g, ' ');
  if (n === undefined || n === '') return undefined;
  if (n !== n.toLowerCase()) return n;
  return n.replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function personFor(answers: EhcRequestAnswers, rights: RightsHolderResult): Person {
  const name = firstNameAsWritten(answers.childFirstName);
  // CFA s36(1) and SEND Code of Practice 8.13: after compulsory school age the request is the young person's own.
  const preparedByParent = answers.requester === 'parent' && rights.holder === 'young-person';
  if (answers.requester === 'young-person' || preparedByParent) {
    return {
      voice: 'young-person', preparedByParent, ...(preparedByParent && name !== undefined ? { name } : {}),
      subject: 'I', object: 'me', possessive: 'my', has: 'have', finds: 'find', child: 'me', signAs: '',
    };
  }
  const carer = answers.relationship === undefined ? undefined : CARER_WORDS[answers.relationship];
  const child = carer?.child ?? 'my child';
  const who = name ?? child;
  return {
    voice: 'parent', preparedByParent: false, ...(name === undefined ? {} : { name }),
    subject: who, object: who, possessive: `${who}’s`, has: 'has', finds: 'finds', child, signAs: carer?.signAs ?? 'Parent',
  };
}

/** A grandparent or carer writes as themselves: never "Parent of" or "my child" for a child they are not the parent of. */
const CARER_WORDS: Readonly<Record<CarerRelationship, { readonly child: string; readonly signAs: string }>> = {
  grandparent: { child: 'my grandchild', signAs: 'Grandparent' },
  'foster-carer': { child: 'the child I foster', signAs: 'Foster carer' },
  'special-guardian': { child: 'the child in my care', signAs: 'Special guardian' },
  'kinship-carer': { child: 'the child in my care', signAs: 'Kinship carer' },
  'step-parent': { child: 'my stepchild', signAs: 'Step-parent' },
  'aunt-or-uncle': { child: 'the child in my care', signAs: 'Carer' },
  guardian: { child: 'the child in my care', signAs: 'Guardian' },
  carer: { child: 'the child in my care', signAs: 'Carer' },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Initials parents type in lower case ("camhs", "salt"), written as the services write them. */
const INITIALS = /\b(camhs|salt|slt|senco|ehcp|ehc|adhd|asd|asc|pda|ocd|dcd|spld|mld|pmld|ot|ep|gp|nhs|sendiass|lsa|iq)\b/g;

/** Their words as a paragraph that starts and ends like a sentence. */
function paragraph(words: string): string {
  const w = capitalise(words.trim().replace(INITIALS, (m) => m.toUpperCase()));
  return /[.!?)"”]$/.test(w) ? w : `${w}.`;
}

/** A parent's words inside a young person's letter, quoted as the parent's. */
function parentsWords(words: string): string {
  return `“${paragraph(words)}”`;
}

// ---------------------------------------------------------------------------------------------
// The council

const COUNCIL_FILLER = /\b(?:the|of|and|council|county|borough|city|district|metropolitan|london|royal|unitary|authority)\b/g;

function councilKey(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z ]+/g, ' ').replace(COUNCIL_FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** True when the council the family typed is the one this service is set up for. */
export function isConfiguredCouncil(typed: string, services: LocalServices): boolean {
  if (!services.council.configured) return false;
  const a = councilKey(typed);
  const b = councilKey(services.council.name);
  return a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

interface CouncilForLetter {
  readonly name: string;
  readonly addressLines: string[];
  readonly knownAddress: boolean;
  readonly email?: string;
}

/** The council's name as the letter will show it ("To: the SEN team, ..."), for reading back as soon as it is typed. */
export function councilNameForLetter(council: string, services: LocalServices): string {
  return councilForLetter({ council } as Pick<EhcRequestAnswers, 'council'>, services).name;
}

function councilForLetter(answers: Pick<EhcRequestAnswers, 'council'>, services: LocalServices): CouncilForLetter {
  const typed = answers.council.trim();
  const unknown = typed === '' || isUnknownAnswer(typed);
  const ours = services.council.configured && (unknown || isConfiguredCouncil(typed, services));
  const name = ours ? services.council.name : unknown ? '[Your council’s name]' : typed;
  const address = ours ? services.council.senTeamAddress?.split('\n').map((l) => l.trim()).filter(Boolean) : undefined;
  const email = ours ? services.council.senTeamEmail : undefined;
  const lines = address !== undefined && address.length > 0 ? address : ['[Council SEN team address]'];
  if (email !== undefined) lines.push(`Email: ${email}`);
  return { name, addressLines: lines, knownAddress: address !== undefined && address.length > 0, ...(email === undefined ? {} : { email }) };
}

// ---------------------------------------------------------------------------------------------
// Sections of the letter

/** The parent's own details stay for them to fill in; the date is the day they said they will send it. */
function senderBlock(sendDate: IsoDate): string[] {
  return ['[Your full name]', '[Your address]', '[Your phone number]', '[Your email address]', '', dateWithoutWeekday(sendDate)];
}

/** The age is as on the letter's date, so a copy of a letter sent months ago reads as it did then. */
function aboutSection(answers: EhcRequestAnswers, person: Person): string[] {
  const lines = [person.voice === 'parent' ? `About ${person.child}` : 'About me'];
  if (person.voice === 'parent') {
    lines.push(`Name: ${person.name === undefined ? '[Your child’s full name]' : `${person.name} [surname]`}`);
  } else {
    lines.push(`Name: ${person.name === undefined ? '[Your full name]' : `${person.name} [surname]`}`);
  }
  if (answers.dateOfBirth !== undefined) {
    const onDay = laterOf(answers.sendDate, answers.dateOfBirth);
    lines.push(`Date of birth: ${dateWithoutWeekday(answers.dateOfBirth)} (${ageFromBirth(answers.dateOfBirth, onDay)})`);
  } else {
    lines.push('Date of birth: [date of birth]');
    if (answers.age !== undefined) lines.push(`Age: ${typedAge(answers)}`);
  }
  lines.push(`School or setting: ${settingLine(answers)}`);
  return lines;
}

/** An age typed without a date of birth: a baby's or toddler's as typed ("18 months old"), as "1" or "0" says too little. */
function typedAge(answers: EhcRequestAnswers): string {
  if (answers.ageInWeeks !== undefined) return `${answers.ageInWeeks} ${answers.ageInWeeks === 1 ? 'week' : 'weeks'} old`;
  if (answers.ageInMonths !== undefined) return `${answers.ageInMonths} ${answers.ageInMonths === 1 ? 'month' : 'months'} old`;
  return answers.age === 0 ? 'under 1' : String(answers.age);
}

/** "age 8"; for a baby or toddler, "6 weeks old" or "18 months old", as "age 0" reads as a mistake. */
function ageFromBirth(dateOfBirth: IsoDate, onDay: IsoDate): string {
  const years = ageOn(dateOfBirth, onDay);
  if (years >= 2) return `age ${years}`;
  let months = 0;
  while (compareDates(addMonths(dateOfBirth, months + 1), onDay) <= 0) months += 1;
  if (months >= 3) return `${months} months old`;
  const days = daysBetween(dateOfBirth, onDay);
  const weeks = Math.floor(days / 7);
  if (weeks >= 1) return `${weeks} ${weeks === 1 ? 'week' : 'weeks'} old`;
  return `${days} ${days === 1 ? 'day' : 'days'} old`;
}

const SETTING_PLACEHOLDER: Readonly<Record<EhcRequestAnswers['setting'], string>> = {
  'early-years': '[Name of nursery, pre-school or childminder]',
  school: '[Name of school]',
  college: '[Name of college]',
  none: 'not at a school or setting at the moment',
};

/** "12 March 2015": a weekday reads oddly in a date of birth. */
function dateWithoutWeekday(d: IsoDate): string {
  return formatLongDate(d).replace(/^\S+ /, '');
}

function settingLine(answers: EhcRequestAnswers): string {
  const name = answers.settingName?.trim();
  if (answers.setting === 'none' || name === undefined || name === '' || isSkipAnswer(name)) {
    return SETTING_PLACEHOLDER[answers.setting];
  }
  return name;
}

function legalTestIntro(person: Person): string[] {
  const childHas = person.voice === 'parent' ? `${person.child} has` : 'I have';
  const forChild = person.voice === 'parent' ? person.child : 'me';
  return [
    'The legal test',
    '',
    'Under section 36(8) of the Children and Families Act 2014, you must carry out an EHC needs assessment if:',
    `(a) ${childHas} or may have special educational needs, and`,
    `(b) it may be necessary for special educational provision to be made for ${forChild} through an EHC plan.`,
    '',
    'I believe both parts are met, for the reasons below.',
  ];
}

function firstLimb(answers: EhcRequestAnswers, person: Person): string[] {
  const areas = answers.areasOfNeed.length > 0
    ? `${describeAreas(answers.areasOfNeed)}.`
    : '[the areas of need, if you know them: communication and interaction; cognition and learning; social, emotional and mental health; sensory and/or physical].';
  const given = answers.difficulties.trim() !== '';
  const lines = [
    `1. ${capitalise(person.subject)} ${person.has} or may have special educational needs`,
    '',
    `${capitalise(person.subject)} ${person.voice === 'parent' ? 'needs' : 'need'} help in these areas: ${areas}`,
    '',
  ];
  if (!given) {
    lines.push(`[What ${person.subject} ${person.finds} hard, ${WHERE_HARD[answers.setting]}, with examples.]`);
  } else if (person.preparedByParent) {
    lines.push('My parent describes what I find hard like this:', parentsWords(answers.difficulties), '', '[Add what you find hard, in your own words.]');
  } else {
    lines.push(
      person.voice === 'parent' ? `In my own words, this is what ${person.subject} ${person.finds} hard:` : 'In my own words, this is what I find hard:',
      paragraph(answers.difficulties),
    );
  }
  return lines;
}

/** Where things are hard, for the placeholder: a child not in a setting is not at school. */
const WHERE_HARD: Readonly<Record<Setting, string>> = {
  'early-years': 'at nursery or pre-school and at home',
  school: 'at school and at home',
  college: 'at college and at home',
  none: 'at home and when out and about',
};

const BARE_NONE = /^(?:none|nothing|no|not yet|none yet|nothing yet|no support|no help|n\/a)\.?$/i;
/** "None", "nobody", "no one else": no professionals to list. */
const NO_PROFESSIONALS = /^(?:none|no|nope|nobody|no ?-?one|not yet|none yet|not any|none at all|none at the moment|not at the moment|n\/a|no professionals?|no one else|nobody else|none involved)\.?$/i;

function secondLimb(answers: EhcRequestAnswers, person: Person): string[] {
  const lines = [
    `2. ${capitalise(person.subject)} may need special educational provision through an EHC plan`,
    '',
  ];
  const support = answers.supportTried.trim();
  const helpFor = person.voice === 'parent' ? person.object : 'me';
  if (support === '') {
    // Left for the parent to fill in: who can tell them, so the gap is easy to close.
    const ask = answers.setting === 'none' ? '' : ` The ${PLACE[answers.setting]} can tell you${person.voice === 'parent' && answers.setting === 'school' ? ': ask the SENCo' : ''}.`;
    lines.push(`[The help ${helpFor === 'me' ? 'I have' : `${helpFor} has`} had so far, and what difference it made.${ask}]`);
  } else if (BARE_NONE.test(support)) {
    lines.push(
      `No extra help has been put in place for ${helpFor} yet. The law does not require a set time on SEN support (extra help from a school, college or setting) before an assessment.`,
    );
  } else if (person.preparedByParent) {
    lines.push('My parent describes the help I have had so far, and what difference it made, like this:', parentsWords(support));
  } else {
    lines.push(`This is the help ${helpFor === 'me' ? 'I have' : `${helpFor} has`} had so far, and what difference it made:`, paragraph(support));
  }
  // The flow keeps no answer for "none" or "skip", so no answer means nothing to list.
  const professionals = answers.outsideProfessionals?.trim();
  if (professionals !== undefined && professionals !== '' && !isSkipAnswer(professionals) && !NO_PROFESSIONALS.test(professionals)) {
    lines.push('', `Other professionals involved with ${helpFor}:`, paragraph(professionals));
  }
  lines.push(
    '',
    `For these reasons, I believe it may be necessary for special educational provision to be made for ${helpFor} through an EHC plan.`,
  );
  return lines;
}

/** The kind of place, as it follows "Sam’s" or "my". */
const PLACE: Readonly<Record<Exclude<Setting, 'none'>, string>> = {
  'early-years': 'nursery, pre-school or childminder',
  school: 'school',
  college: 'college',
};

function whatTheLawDoesNotRequire(answers: EhcRequestAnswers, person: Person): string[] {
  // A child in no setting has no school to agree: saying so would suggest one is needed.
  const agreement = answers.setting === 'none'
    ? 'A diagnosis is not needed, and I do not need anyone else’s agreement to make this request.'
    : `A diagnosis is not needed, and neither is the agreement of ${person.possessive} ${PLACE[answers.setting]}.`;
  return [
    'What the law does not require',
    '',
    `${agreement} Section 36(8) is the legal test. If you have your own criteria for assessments, they are only guidelines, and you must depart from them where there is a compelling reason (SEND Code of Practice, paragraph 9.16).`,
  ];
}

function enclosureLine(key: EvidenceKey, person: Person): string {
  const parent = person.voice === 'parent';
  switch (key) {
    case 'school-records': return 'school or setting records, such as SEN support plans, IEPs (individual education plans), provision maps and progress data [say which]';
    case 'professional-reports': return 'reports from professionals [names and dates of the reports]';
    case 'diagnosis-letters': return 'letters about a diagnosis [names and dates]';
    case 'medical-letters': return 'letters from doctors or other health services [names and dates]';
    case 'home-log':
      if (person.preparedByParent) return 'my parent’s notes about what they see at home';
      return parent ? 'my own notes about what I see at home' : 'my own notes about what I find hard';
    case 'child-views': return parent ? `${person.possessive} own views` : 'a note of my own views';
    case 'attendance-exclusions': return 'attendance and exclusion records';
    case 'work-examples': return parent ? `examples of ${person.possessive} work` : 'examples of my work';
  }
}

function enclosuresSection(answers: EhcRequestAnswers, person: Person): string[] {
  const keys = EVIDENCE_KEYS.filter((k) => answers.evidence.includes(k));
  if (keys.length === 0) {
    return ['Enclosures', '', '[List any documents you are sending with this letter. If you have none yet, delete this part: you can send evidence later.]'];
  }
  return ['Enclosures', '', 'I enclose copies of:', ...keys.map((k) => `- ${enclosureLine(k, person)}`)];
}

function requestsSection(person: Person): string[] {
  const about = person.voice === 'parent' ? person.object : 'me';
  return [
    'What I am asking you to do',
    '',
    '1. Please confirm in writing the date you received this request.',
    `2. Please tell me in writing whether you will carry out an EHC needs assessment, within ${describeTimescale('decideWhetherToAssess')} of receiving this request (${TIMESCALES.decideWhetherToAssess.source}).`,
    `3. Please send me copies of all the advice and information you gather about ${about} for this request.`,
    '4. Please contact me if you need anything else. I would like to be involved in every decision.',
  ];
}

function signOff(person: Person): string[] {
  const lines = ['Yours faithfully,', '', '[Your signature]', '[Your full name]'];
  if (person.voice === 'parent') {
    const unnamed = person.signAs === 'Parent' ? '[your child’s full name]' : '[the child’s full name]';
    lines.push(`${person.signAs} of ${person.name === undefined ? unnamed : `${person.name} [surname]`}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Notes for the person using the flow

/** Whose right it is on the day the request is made (the letter's date), not today. */
function rightsFor(answers: EhcRequestAnswers, day: IsoDate): RightsHolderResult {
  return rightsHolder({
    ...(answers.dateOfBirth === undefined ? {} : { dateOfBirth: answers.dateOfBirth }),
    ...(answers.age === undefined ? {} : { age: answers.age }),
  }, day);
}

function rightsNote(answers: EhcRequestAnswers, person: Person, rights: RightsHolderResult): string | undefined {
  if (person.preparedByParent) {
    const who = person.name ?? 'your child';
    return `${rights.explanation} So I have written this letter for ${who} to send as their own request (Children and Families Act 2014, section 36(1)), with your descriptions quoted as yours. `
      + `Go through it together: ${who} can add their own words, change anything, then sign and send it. If ${who} cannot make this decision, you can make the request for them: SENDIASS can help with the wording.`;
  }
  if (answers.requester === 'parent' && rights.holder === 'unclear' && answers.age === 16) return rights.explanation;
  if (answers.requester === 'young-person' && rights.holder === 'parent') {
    return `${rights.explanation} Until then, a parent or your school or college makes the request. You could share this draft with them.`;
  }
  return undefined;
}

function councilNote(council: CouncilForLetter, services: LocalServices): string {
  if (council.email !== undefined) return `You can email your letter to ${council.email}. Keep a copy of the email you send.`;
  if (council.knownAddress) return 'The SEN team’s address is in the letter. Keep a copy of what you send.';
  const where = services.council.configured ? `${services.council.name}’s website or Local Offer (${services.council.localOfferUrl})` : `your council’s website (you can find your council at ${services.council.localOfferUrl})`;
  return `Add the SEN team’s address or email. You can find it on ${where}.`;
}

/**
 * The draft letter. For a parent or a young person only: a professional gets
 * `professionalGuidance()` instead (a school's request is not a parent's letter).
 */
export function buildRequestLetter(answers: EhcRequestAnswers, services: LocalServices, today: IsoDate): RequestLetter {
  if (answers.requester === 'professional') {
    throw new Error('buildRequestLetter writes a parent’s or young person’s letter; show professionalGuidance() to a professional instead');
  }
  const rights = rightsFor(answers, answers.sendDate);
  const person = personFor(answers, rights);
  const council = councilForLetter(answers, services);
  const opening = person.voice === 'parent'
    ? `I am writing to ask you to carry out an education, health and care (EHC) needs assessment for ${person.child}${person.subject === person.child ? '' : `, ${person.subject}`}, under section 36(1) of the Children and Families Act 2014.`
    : 'I am writing to ask you to carry out an education, health and care (EHC) needs assessment for me, under section 36(1) of the Children and Families Act 2014. I am making this request myself.';

  const sections: string[][] = [
    senderBlock(answers.sendDate),
    [`To: the SEN team, ${council.name}`, ...council.addressLines],
    ['Request for an education, health and care (EHC) needs assessment under section 36(1) of the Children and Families Act 2014'],
    ['Dear SEN team,'],
    [opening],
    aboutSection(answers, person),
    legalTestIntro(person),
    firstLimb(answers, person),
    secondLimb(answers, person),
    whatTheLawDoesNotRequire(answers, person),
    enclosuresSection(answers, person),
    requestsSection(person),
    signOff(person),
  ];

  const alreadySent = compareDates(answers.sendDate, today) < 0;
  const notes = alreadySent
    ? [
      // Sent some time ago: this copy is a record, and the key dates say where things stand.
      `You told me you sent your request on ${formatLongDate(answers.sendDate)}, so this copy is dated that day, for your records. You do not need to send it again. Your key dates below say where things stand now. If you have not sent it yet after all, change the date to the day you send it, and ask me again for your dates.`,
    ]
    : [
      'Fill in the parts in [square brackets] before you send it, and change anything you like: it is your letter.',
      councilNote(council, services),
    ];
  const rightsText = rightsNote(answers, person, rights);
  if (rightsText !== undefined) notes.push(rightsText);
  if (answers.evidence.length === 0 && !alreadySent) notes.push('You can send the letter now and send evidence later. Do not wait for new reports.');
  notes.push(alreadySent
    ? `SENDIASS can help you with what to do next, for free. ${describeSendiassContact(services.sendiass)}`
    : `SENDIASS can check your letter for free. ${describeSendiassContact(services.sendiass)}`);

  return {
    title: 'Draft letter: request for an EHC needs assessment',
    text: sections.map((s) => s.join('\n')).join('\n\n') + '\n',
    notes,
  };
}

/** For someone acting for a school or college, or another professional: how a request is made. */
export function professionalGuidance(): string {
  return [
    'How a school or college asks for an EHC needs assessment',
    '',
    '- Who can ask: the child’s parent, a young person aged 16 to 25, or a person acting for a school or post-16 institution, such as the SENCo (Children and Families Act 2014, section 36(1)).',
    '- If you work for another service, such as health or social care, you can support the family to ask, and give them a report to send with their request.',
    '- Talk to the family first. The council must take into account the views, wishes and feelings of the child and parents, and help them take part in decisions (section 19).',
    '- Write to the council’s SEN team and say clearly that you are requesting an EHC needs assessment under section 36(1). Many councils have their own form, but the law does not require one.',
    '- Address both parts of the legal test in section 36(8): the child has or may have special educational needs, and it may be necessary for special educational provision to be made through an EHC plan.',
    '- Send evidence of the support you have given through the graduated approach (assess, plan, do, review), its effect, and any advice from professionals. The council looks at whether, despite relevant and purposeful action, the child has not made the expected progress (SEND Code of Practice 9.14). This is guidance, not an extra legal test.',
    '- A diagnosis is not needed. Any council criteria are only guidelines (SEND Code of Practice 9.16).',
    `- Tell the family the date the council received the request. The council must decide whether to assess within ${describeTimescale('decideWhetherToAssess')} of that date (${TIMESCALES.decideWhetherToAssess.source}).`,
    '- Families can get free, impartial help from SENDIASS, their local SEND information, advice and support service.',
  ].join('\n');
}
