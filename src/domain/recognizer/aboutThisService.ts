import { normaliseSendText } from './sendTerms';

/**
 * Questions about the chat itself rather than about SEND: whether it is private, how to delete
 * it, who made it, and a parent telling it that it is not helping. Each deserves a straight answer
 * ("I can only help with SEND" was the reply to all of them), and the privacy answers must match
 * what the service really does. Also: how to reach the SENDIASS service behind the chat, which
 * deserves the phone number and opening hours, not just an offer to pass the conversation on.
 * And how up to date the information is: the dates it was checked, which every answer also shows.
 */
export type ServiceQuestion = 'privacy' | 'erase' | 'maker' | 'not-helping' | 'explain-again' | 'sendiass-contact' | 'tell-me-more' | 'up-to-date' | 'contact-for-me';

const WHO_ELSE = '(?:the |my |our |his |her |their )?(?:(?:child|son|daughter|kid|kids|children) )?(?:school|schools|council|teachers?|senco|head ?teacher|social services|social workers?|children s services|ex|anyone|anybody|someone|somebody|other people|staff|government)';
const MY_WORDS = '(?:this|it|this chat|the chat|this conversation|what i (?:say|type|write|tell you|put)|my (?:data|information|info|details|messages?|conversation|chat|answers))';

const PATTERNS: ReadonlyArray<readonly [ServiceQuestion, RegExp]> = [
  ['erase', new RegExp(
    '^(?:(?:please|can you|could you|can i|how (?:do|can) i|i want to|i would like to|i need to)\\s+)?'
    + '(?:delete|erase|clear|remove|wipe|forget)\\s+(?:all\\s+(?:of\\s+)?)?(?:my|our|this|everything|what i (?:said|typed|wrote|have told you|ve told you|told you))'
    + '(?:\\s+(?:data|information|info|details|messages?|conversation|chat|history|answers|records?))?(?:\\s+please)?$')],
  ['privacy', new RegExp(
    // ("What do you do with what I type", "is this the council? I don't want them reading this": tester CA's words.)
    '\\bwhat (?:do|will) you do with (?:what i (?:type|say|write|tell you)|my (?:messages|answers|words|info|information|data))\\b'
    + '|^(?:is|are) (?:this|you|this chat|this bot|it) (?:the council|from the council|run by the council|part of the council|the school|the la|the local authority|social services)\\b'
    + `|\\b(?:do not|dont|don t) want (?:them|the council|the school|anyone|the la|social services) (?:reading|seeing|to read|to see|to know)\\b`
    // ("Is it confidential if I talk to SENDIASS?" is about SENDIASS: the question must end there.)
    + '|' + 
    `\\b(?:is|are) ${MY_WORDS} (?:\\w+ )?(?:confidential|private|anonymous|secure|safe|recorded|saved|stored|kept|logged|monitored|shared|seen by anyone)(?: here| now| too| at all)?$`
    + `|\\b(?:do|will|does|can|could) (?:you|this|it|the bot|the chat|this chat|send navigator) (?:\\w+ )?(?:store|save|keep|record|log|remember|share|pass on|sell|tell anyone|send)\\b (?:\\w+ ){0,2}?(?:${MY_WORDS}|anything|what i|this|my|it)\\b`
    + `|\\b(?:who|will anyone|can anyone|can anybody|does anyone) (?:\\w+ )?(?:can |else can |will |gets to )?(?:see|read|access|look at|find out about) ${MY_WORDS}`
    + `|\\b(?:can|could|will|would|do|does) ${WHO_ELSE} (?:\\w+ )?(?:see|read|access|find out about|know about|be told about|hear about|get) ${MY_WORDS}`
    + '|\\bwhat (?:do|will|happens to|does it do with|do you do with) (?:you do with )?my (?:data|information|info|details|messages)\\b'
    + '|^(?:your |the )?(?:privacy|privacy policy|privacy notice|data protection|gdpr)\\??$')],
  ['maker', /^(?:(?:who|which (?:organisation|organization|company|council|charity|service)) (?:made|built|created|wrote|runs|run|owns|designed|programmed|is behind|operates|is responsible for) (?:you|this|this chat|this service|this bot|this website|this site|send navigator))\??$/],
  ['not-helping', new RegExp(
    '^(?:this|that|you|it|this bot|this chat)(?: is|s| are|re| was| were)? (?:(?:really|totally|completely|absolutely|so|just) )?'
    + '(?:useless|rubbish|no (?:help|use|good)|not (?:helping|helpful|working|very helpful|much help|any help|any use)|unhelpful|pointless|a waste of time|terrible|awful|hopeless|stupid)(?: at all)?'
    // ("this bot is useless, u never answer anything": the complaint, with why.)
    + '(?: (?:you|u|it) (?:never|do not|does not|cannot|can not|will not|just) (?:answer|answers|help|helps|understand|understands|get|gets|listen|listens)\\b.*)?$'
    + '|^(?:you|u)(?: are|re| r)? (?:not|no) (?:helping|help|use|good)(?: at all| me)?$'
    + '|^(?:not|no|not very|not much) (?:helpful|help|use|good|what i asked)(?: at all)?$'
    + '|^(?:that|this|it|you) (?:did not|does not|has not|have not|do not) (?:help|answer (?:my|the) question|understand)(?: at all| me)?$'
    + '|^(?:that|this|it) (?:is|was)? ?not (?:what i (?:asked|meant|wanted|need|needed)|my question|an answer|helpful|right)$')],
  ['sendiass-contact', new RegExp(
    '\\b(?:phone|telephone|contact|helpline|phone number|telephone number|contact number|number|email|email address|contact details|website|web site|address|opening (?:hours|times)|office hours|hours)'
    + ' (?:for|of) (?:the |my |our |your )?(?:local )?sendiass\\b'
    + '|\\bsendiass (?:s )?(?:phone|telephone|contact|helpline|email|website|opening|office)(?: number| details| address| hours| times)?\\b'
    + '|\\b(?:when|what (?:time|times|hours|days)) (?:is|are|does|do) (?:the |my |our |your )?(?:local )?sendiass (?:open|opening|available|close|closing|on)\\b'
    + '|^(?:how (?:do|can) (?:i|we) )?(?:contact|call|ring|phone|email|reach|get hold of|find) (?:the |my |our |your )?(?:local )?sendiass$'
    // "OK I think I'll ring someone": going to a person themselves deserves the number, not "you are welcome".
    + '|^(?:ok |okay |right |fine |alright )?(?:i )?(?:think |guess )?(?:i will|i ll|ill|i m going to|i am going to|im going to|i might|i may|we will|we ll) (?:just )?(?:ring|call|phone|contact|email|speak to|talk to) (?:someone|somebody|sendiass|an adviser|a person|them|the helpline)(?: (?:instead|then|tomorrow|later|about it))*$')],
  ['up-to-date', new RegExp(
    '^(?:when (?:was|were|is|are) (?:this|the|your|it|these) ?(?:information|info|advice|answers?|guidance|website|site|bot|chat|service|knowledge base)? (?:last )?(?:updated|checked|reviewed|written|changed)'
    + '|(?:is|are) (?:this|the|your|it|these) ?(?:information|info|advice|answers?|guidance|website|site|knowledge base)? ?(?:here |you give )?(?:still )?(?:up to date|current|accurate|correct|reliable|right|trustworthy|out of date|old|recent)'
    + '|how (?:up to date|current|accurate|reliable|old|recent|trustworthy) (?:is|are) (?:this|the|your|it|these) ?(?:information|info|advice|answers?|guidance|website|site|bot|knowledge base)?'
    + '|can i (?:trust|rely on) (?:this|the|your|it|these) ?(?:information|info|advice|answers?|guidance|bot|chat)?)(?: here| you give)?(?: please)?$')],
  // "Can you ring the council for me?": the bot cannot phone or write to anyone, and says what it can do.
  ['contact-for-me', /^(?:(?:please|so|ok|and) )?(?:can|could|will|would) (?:you|u) (?:please )?(?:ring|call|phone|email|e mail|message|text|write to|contact|chase|speak to|talk to|get in touch with|send (?:it|this|the letter) to) (?:the |my |our |his |her )?(?:council|la|local authority|sen team|school|senco|head ?teacher|college|caseworker|case worker|gp|nursery|them|him|her)(?: (?:for|on behalf of) (?:me|us))?(?: please)?$/],
  // "Tell me more" after an answer: the rest of that article.
  ['tell-me-more', /^(?:(?:ok|okay|yes|right|thanks|thank you|please|and) )*(?:(?:can|could) you |please )?(?:tell me (?:a bit |a little |some )?more|more|more info|more information|more details?|more please|go on|say more|explain more|give me more(?: details| information)?|i (?:want|would like|d like) to know more|what else|read more|the full (?:article|answer)|the whole (?:article|answer)|show me (?:the )?(?:rest|more|whole thing))(?: about (?:it|this|that))?(?: please)?$/],
  ['explain-again', /^(?:(?:can|could) you |please )?(?:explain|say|put|tell me) (?:it|that|this)(?: again)? (?:more simply|in simpler words|in plain english|in simple terms|in a simpler way|more clearly|differently|another way|in another way)(?: please)?$|^(?:i (?:still )?(?:do not|cannot) understand (?:that|this|it|the answer|your answer|what you said|what that means))$/],
];

// "If we go to mediation ... is it confidential?" asks about mediation, not this chat.
const ABOUT_A_SEND_EVENT = /\b(?:mediation|mediator|tribunal|hearing|meeting|annual review|sendiass|adviser|advice line|helpline|assessment)\b/;

export function serviceQuestionIn(text: string): ServiceQuestion | undefined {
  const t = normaliseSendText(text).replace(/[?.!]+$/, '').trim();
  for (const [kind, pattern] of PATTERNS) {
    if (kind === 'privacy' && ABOUT_A_SEND_EVENT.test(t) && !/\b(?:this chat|the chat|this conversation|you|send navigator|this bot)\b/.test(t)) continue;
    if (pattern.test(t)) return kind;
  }
  return undefined;
}
