import { inOrder } from './combinedPatterns';

/**
 * Parents type on phones, in a hurry, often upset. Before any rule or scorer looks at a message
 * it is put into one plain form: lower case, one kind of apostrophe, contractions and text-speak
 * spelled out, common typos fixed, punctuation turned into spaces. Rules can then be written
 * once ("do not want to") instead of for every way of typing it ("dont wanna", "don't want to").
 */

/** Whole-word replacements, applied after punctuation is removed. Keys are single words. */
const WORD_FIXES: Readonly<Record<string, string>> = {
  // Contractions typed without an apostrophe.
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'cannot', couldnt: 'could not',
  wont: 'will not', wouldnt: 'would not', shouldnt: 'should not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  im: 'i am', ive: 'i have', youre: 'you are', theyre: 'they are', hes: 'he is',
  shes: 'she is', whats: 'what is', thats: 'that is', theres: 'there is', wheres: 'where is',
  whos: 'who is', hows: 'how is', weve: 'we have', theyve: 'they have', youve: 'you have',
  // Text-speak.
  wanna: 'want to', gonna: 'going to', gotta: 'got to', gimme: 'give me', lemme: 'let me',
  dunno: 'do not know', kinda: 'kind of', u: 'you', ur: 'your', r: 'are', pls: 'please',
  plz: 'please', plse: 'please', pleas: 'please', plese: 'please', thx: 'thanks', thnx: 'thanks',
  thanx: 'thanks', thnks: 'thanks', thankyou: 'thank you', ty: 'thank you', tyvm: 'thank you',
  ppl: 'people', bc: 'because', cos: 'because', coz: 'because', cuz: 'because', becuase: 'because',
  becasue: 'because', b4: 'before', tmrw: 'tomorrow', tmr: 'tomorrow', tomorow: 'tomorrow',
  '2moro': 'tomorrow', '2nite': 'tonight', tonite: 'tonight', nite: 'night', cya: 'see you',
  ttyl: 'talk to you later', idk: 'do not know', asap: 'as soon as possible', tbh: '', lol: '',
  // Crisis slang: spelled out so the safeguarding rules see the plain words.
  kms: 'kill myself', kys: 'kill yourself', unalive: 'kill', unalived: 'killed', unaliving: 'killing',
  suicidel: 'suicidal', sucidal: 'suicidal', suicidle: 'suicidal', suisidal: 'suicidal',
  sucide: 'suicide', suicde: 'suicide', suiside: 'suicide', sucicide: 'suicide',
  overdoes: 'overdose', overdoesed: 'overdosed', od: 'overdose',
  selfharm: 'self harm', selfharming: 'self harming', selfharms: 'self harms',
  himslef: 'himself', herslef: 'herself', myslef: 'myself', hisself: 'himself', themself: 'themselves',
  bruses: 'bruises', bruse: 'bruise', brusies: 'bruises', tuched: 'touched', toched: 'touched',
  hurtin: 'hurting', cuttin: 'cutting', killin: 'killing', kiled: 'killed', abusin: 'abusing',
  threatend: 'threatened', thretened: 'threatened', threated: 'threatened',
  // SEND words people often mistype.
  assesment: 'assessment', assesments: 'assessments', asessment: 'assessment', assessmnet: 'assessment',
  assessement: 'assessment', assesmnet: 'assessment', assessmant: 'assessment', asesment: 'assessment',
  assesed: 'assessed', assesing: 'assessing', asses: 'assess', asess: 'assess',
  mediaton: 'mediation', medation: 'mediation', mediatoin: 'mediation', meadiation: 'mediation',
  mediaiton: 'mediation', meditation: 'mediation', mediaion: 'mediation', mediatior: 'mediator',
  tribunel: 'tribunal', tribunial: 'tribunal', tribual: 'tribunal', tribunl: 'tribunal', tribunual: 'tribunal',
  councel: 'council', counsil: 'council', concil: 'council', cuncil: 'council', counil: 'council', councile: 'council',
  apeal: 'appeal', appel: 'appeal', apeall: 'appeal', appeall: 'appeal', apealing: 'appealing',
  ehpc: 'ehcp', echp: 'ehcp', ehcps: 'ehcp', ehpcs: 'ehcp',
  diagnois: 'diagnosis', diagnosys: 'diagnosis', diagnoisis: 'diagnosis',
  reveiw: 'review', reviw: 'review', requst: 'request', reqest: 'request', reuest: 'request',
  aply: 'apply', appy: 'apply', speach: 'speech', advisor: 'adviser', advisors: 'advisers',
  scool: 'school', skool: 'school', shcool: 'school', schol: 'school',
  dauther: 'daughter', daugher: 'daughter', duaghter: 'daughter', daugter: 'daughter', doughter: 'daughter',
  chlid: 'child', chid: 'child', teh: 'the', wiht: 'with', waht: 'what', wat: 'what', hw: 'how',
  speek: 'speak', spk: 'speak', someon: 'someone', somone: 'someone', sombody: 'somebody',
  persn: 'person', preson: 'person', humam: 'human', huamn: 'human', hooman: 'human',
  cancell: 'cancel', cancle: 'cancel', cansel: 'cancel', restrat: 'restart',
  hlep: 'help', halp: 'help', thnak: 'thank', thansk: 'thanks', thnaks: 'thanks', hiya: 'hi',
  helo: 'hello', hullo: 'hello', byee: 'bye', byeee: 'bye',
  exausted: 'exhausted', exhuasted: 'exhausted', exhasted: 'exhausted', overwhelemed: 'overwhelmed',
  overwelmed: 'overwhelmed', copeing: 'coping',
  seperate: 'separate', recieve: 'receive', recieved: 'received', wich: 'which',
};

/** Multi-word spellings folded into one form (checked after WORD_FIXES). */
const PHRASE_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bself harm/g, 'self harm'],
  [/\bsome one\b/g, 'someone'],
  [/\bid (like|love|rather|prefer|want)\b/g, 'i would $1'],
  [/\bgoodnight\b/g, 'good night'],
  [/\bsome body\b/g, 'somebody'],
  [/\bany one\b/g, 'anyone'],
  [/\bthank u\b/g, 'thank you'],
  [/\bgood bye\b/g, 'goodbye'],
  [/\bnever mind\b/g, 'nevermind'],
  [/\bkill my self\b/g, 'kill myself'],
  [/\b(my|him|her|them|your) self\b/g, '$1self'],
  [/\bhim self\b/g, 'himself'],
];

const phraseFixes = inOrder(PHRASE_FIXES);

/** Crying faces, then other sad faces (not the laughing-crying one). */
const CRYING_FACES_ALL = /[\u{1F62D}\u{1F622}\u{1F625}\u{1F63F}]/gu;
const SAD_FACES_ALL = /[\u{1F61E}\u{1F614}\u{1F641}\u{2639}\u{1F629}\u{1F62B}\u{1F97A}\u{1F494}\u{1F623}\u{1F616}]/gu;
const SAD_FACES = /[\u{1F62D}\u{1F622}\u{1F625}\u{1F63F}\u{1F61E}\u{1F614}\u{1F641}\u{2639}\u{1F629}\u{1F62B}\u{1F97A}\u{1F494}\u{1F623}\u{1F616}]/u;

/** The apostrophe forms parents' keyboards produce, all turned into a plain one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

function expandContractions(text: string): string {
  return text
    .replace(/\bcan't\b/g, 'cannot')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/\blet's\b/g, 'let us')
    .replace(/\b(he|she|it|that|what|who|there|here|where|how)'s\b/g, '$1 is')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/\b(i|you|we|they|he|she)'d\b/g, '$1 would')
    // Possessives: "son's plan" -> "son plan"; the owner word is what matters.
    .replace(/(\w)'s\b/g, '$1')
    .replace(/(\w)s'(?=\s|$)/g, '$1s');
}

/**
 * The plain form of a message: lower case, words separated by single spaces, no punctuation.
 * "lets" becomes "let us" where it starts a suggestion ("lets start again"), not in "he lets me".
 */
export function normaliseText(text: string): string {
  let t = text.toLowerCase().replace(APOSTROPHES, "'");
  // Some parents say it with a face: crying and sad faces become words, so they are heard as upset.
  if (SAD_FACES.test(t)) t = t.replace(CRYING_FACES_ALL, ' crying ').replace(SAD_FACES_ALL, ' sad ');
  // Every contraction has an apostrophe; most messages have none.
  if (t.includes("'")) t = expandContractions(t);
  // Keep letters, digits, apostrophe-free words; hyphens and slashes separate words.
  t = t.replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim();
  t = t.split(' ').map((w) => (Object.hasOwn(WORD_FIXES, w) ? WORD_FIXES[w] : w)).filter(Boolean).join(' ');
  t = phraseFixes(t);
  if (t.includes('lets')) t = t.replace(/^lets\b/, 'let us').replace(/\blets (start|go|begin|try|do|talk|stop|get|see|have|move|change|restart|look|just|carry|leave|forget|cancel|quit)\b/g, 'let us $1');
  return t.replace(/\s+/g, ' ').trim();
}

/** Number of words in a normalised text. */
export function wordCount(normalised: string): number {
  return normalised ? normalised.split(' ').length : 0;
}
