/**
 * Words as parents type them on phones, in a hurry: contractions without apostrophes, text-speak,
 * crisis slang and common misspellings, each with the plain word(s). The recognizer reads every
 * message through this table, and the knowledge base corrects misspellings with it before
 * searching, so "tribnal dedline" finds the appeal deadlines. Keys are single words.
 */
export const WORD_FIXES: Readonly<Record<string, string>> = {
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
  mediasion: 'mediation', mediashion: 'mediation', meadiasion: 'mediation', medeation: 'mediation', mediatian: 'mediation',
  tribnal: 'tribunal', tribuanl: 'tribunal', trbunal: 'tribunal', tribunak: 'tribunal',
  dedline: 'deadline', deadine: 'deadline', deadlin: 'deadline', dealine: 'deadline', dedlines: 'deadlines', deadlnie: 'deadline',
  certifcate: 'certificate', certificat: 'certificate', certifiate: 'certificate', cerificate: 'certificate', certficate: 'certificate',
  anual: 'annual', annaul: 'annual', anuall: 'annual', reveiew: 'review', reivew: 'review',
  tribunel: 'tribunal', tribunial: 'tribunal', tribual: 'tribunal', tribunl: 'tribunal', tribunual: 'tribunal',
  councel: 'council', counsil: 'council', concil: 'council', cuncil: 'council', counil: 'council', councile: 'council',
  apeal: 'appeal', appel: 'appeal', apeall: 'appeal', appeall: 'appeal', apealing: 'appealing',
  carnt: 'cannot', ehpc: 'ehcp', echp: 'ehcp', ehcps: 'ehcp', ehpcs: 'ehcp',
  diagnois: 'diagnosis', diagnosys: 'diagnosis', diagnoisis: 'diagnosis',
  reveiw: 'review', reviw: 'review', requst: 'request', reqest: 'request', reuest: 'request',
  aply: 'apply', appy: 'apply', speach: 'speech', advisor: 'adviser', advisors: 'advisers',
  scool: 'school', skool: 'school', shcool: 'school', schol: 'school',
  dauther: 'daughter', daugher: 'daughter', duaghter: 'daughter', daugter: 'daughter', doughter: 'daughter',
  chlid: 'child', chid: 'child', teh: 'the', wiht: 'with', waht: 'what', wat: 'what', wot: 'what', hw: 'how',
  wks: 'weeks', wk: 'week', wkly: 'weekly', mnths: 'months', mths: 'months',
  speek: 'speak', reel: 'real', persen: 'person', pesron: 'person', peson: 'person', pleese: 'please', pleez: 'please', spk: 'speak', someon: 'someone', somone: 'someone', sombody: 'somebody',
  persn: 'person', preson: 'person', humam: 'human', huamn: 'human', hooman: 'human',
  cancell: 'cancel', cancle: 'cancel', cansel: 'cancel', restrat: 'restart',
  hlep: 'help', halp: 'help', thnak: 'thank', thansk: 'thanks', thnaks: 'thanks', hiya: 'hi',
  helo: 'hello', hullo: 'hello', byee: 'bye', byeee: 'bye',
  exausted: 'exhausted', exhuasted: 'exhausted', exhasted: 'exhausted', overwhelemed: 'overwhelmed',
  overwelmed: 'overwhelmed', copeing: 'coping',
  seperate: 'separate', recieve: 'receive', recieved: 'received', wich: 'which',
  // Words shortened or spelt as they sound ("how lng do the counsil hav", "not bad enuff", "wats the deadline").
  wats: 'what is', wots: 'what is', lng: 'long', hav: 'have', hve: 'have', enuff: 'enough', enuf: 'enough', enogh: 'enough',
  feb: 'february', febuary: 'february', feburary: 'february',
  apealed: 'appealed', appealling: 'appealing', apeals: 'appeals', refusel: 'refusal', refuseing: 'refusing',
};

const WORD = /[a-z0-9]+/g;

/** Each word of `text` that the table knows, replaced; everything else (punctuation too) kept. */
export function correctTypedWords(text: string): string {
  return text.toLowerCase().replace(WORD, (w) => (Object.hasOwn(WORD_FIXES, w) ? WORD_FIXES[w] : w));
}
