import type { Intent } from './recognizer';

/**
 * Hand-written evidence for each intent, as weighted patterns over normalised text (see
 * normaliseText.ts and sendTerms.ts: "ehcp", "ehcp assessment", "council", "sendiass", "tribunal"
 * are already in one form). A weight is how sure the pattern alone makes us (0..1).
 *
 * The hard line is between DOING something and asking ABOUT it:
 *  - flow.ehcRequest: "I want to apply for an EHCP", "help me ask the council to assess her",
 *    "draft the request letter" — the parent wants the bot's guided request.
 *  - kb.ask: "who can request an assessment?", "how long does the council have?", "do I need the
 *    school's agreement?" — a question about the process.
 * So the flow patterns need a wish or a request for help ("I want to", "help me", "can you draft"),
 * and "I want to know ..." is a question.
 */

export interface IntentRule {
  readonly intent: Intent;
  readonly weight: number;
  readonly pattern: RegExp;
}

const ME = '(?:i|we)';
// "I want to", "we'd like to", "I need to", "I'm going to", "I have decided to" ...
// Not "do I need to", "if we want to" (questions), nor "I want to know / find out" (a question too).
const WISH = `(?<!\\b(?:do|does|did|if|whether|why|when|how|can|should|would|what|who) )${ME}(?: really| just| now| still)? (?:want|wanna|would like|would love|wish|need|am wanting|are wanting|am looking|are looking|am hoping|are hoping|am trying|are trying|have decided|am ready|are ready|am going|are going|plan|am planning|are planning|intend|have to|must|will|would prefer)(?: to)?(?! (?:know|find out|find|understand|check|learn|ask about|ask a question|ask some questions|read|see if|see whether))`;
// "help me", "can you help us", "please help", "I need help", "walk me through"
const HELP_ME = '(?:(?:can|could|would|will) you(?: please)? help (?:me|us)|please help(?: me| us)?|help (?:me|us)|(?:i|we) (?:need|would like|want) (?:some )?help|need help|assist (?:me|us)|guide (?:me|us)|walk (?:me|us) through|take (?:me|us) through|show (?:me|us) how)';
const YOU_DO = '(?:(?:can|could|would|will) you(?: please)?|please)';
const GAP = (n: number) => `(?:\\w+ ){0,${n}}?`;
const EHC_TARGET = '(?:ehcp assessment|ehcp|assessment|assessed|assess (?:him|her|them|my \\w+|our \\w+)|ehcp request)';
const REQUEST_VERB = '(?:request|requesting|apply|applying|ask|asking|get|getting|start|starting|make|making|submit|submitting|send|sending|put in|do|doing|go for|push for|begin|try for)';
const DISPUTE = '(?:mediation|tribunal|appeal|appeals|hearing|the hearing)';
const PERSON_TARGET = '(?:a |an |the |some |one of your |any )?(?:real |actual |live |proper |human |local )?(?:person|persons|people|human|humans|human being|someone|somebody|anyone|anybody|adviser|advisers|sendiass|member of (?:staff|the team)|staff member|agent|operator|expert|caseworker|case worker|specialist|professional)';
const ASKER = `(?:(?:can|could|may|might) (?:i|we)|${ME}(?: really| just)? (?:want|would like|need|wish|would prefer|prefer|have to|must|would rather)(?: to)?|let me|please|how (?:can|do) (?:i|we)|where can (?:i|we)|is it possible to|is there (?:any way|a way) (?:i|we) can|i am trying to)`;

/**
 * Out of scope even in a message full of SEND words ("a parking fine dropping my disabled son at
 * school", "care hours for my brother, who is 40"): the SEND words do not make these SEND questions.
 * Fines, tax and insurance; and care for an adult relative past 25, when EHC plans end.
 */
export const NOT_SEND_EVEN_WITH_SEND_WORDS = /\b(parking (fine|ticket|charge|penalty)|penalty charge notice|pcn|speeding (fine|ticket)|council tax|car insurance|mortgage|bin collection)\b|\b(my|our|his|her) (brother|sister|husband|wife|partner|uncle|aunt|auntie|friend|cousin) (is|who is|aged|is now|turned) (2[6-9]|[3-9]\d)\b/;

export const INTENT_RULES: readonly IntentRule[] = [
  // ---------- flow.ehcRequest: the parent wants to make the request ----------
  { intent: 'flow.ehcRequest', weight: 0.9, pattern: new RegExp(`\\b(?:${WISH}|${HELP_ME}(?: to| with)?|let us|${YOU_DO}) ${GAP(3)}${REQUEST_VERB} ${GAP(4)}${EHC_TARGET}\\b`) },
  { intent: 'flow.ehcRequest', weight: 0.9, pattern: /\bhelp (me|us) (to )?(ask|asking) (the |my )?council (for|to) (an? )?(assess|ehcp)|^(please )?ask (the |my )?council (for|to) (an? )?(assess|ehcp)/ },
  { intent: 'flow.ehcRequest', weight: 0.9, pattern: /^(please )?(request|apply for|ask for|start|begin|make) (an |a |the |my )?(ehcp assessment|ehcp|assessment)( request| application)?\b/ },
  // Not "can I make the request myself?" (a question about who may ask).
  { intent: 'flow.ehcRequest', weight: 0.88, pattern: /(?<!\b(can|could|should|do|may|must|how do|how can|when can|when should|who can|who should|whether to|if|to) (i|we|a parent|parents|the school|school|you) )\b(start|begin|do|make|open|create) (the |an |a |my |our )?(ehcp assessment |ehcp |assessment )?(request|application)\b/ },
  // A letter about the request; not a letter to school, nor an appeal or complaint letter.
  { intent: 'flow.ehcRequest', weight: 0.85, pattern: new RegExp(`^(?=.*\\b(?:ehcp|assessment|assess|council|request)\\b)(?!.*\\b(?:appeal|mediation|tribunal|complain\\w*|complaint|school)\\b).*\\b(?:draft|write|writing|drafting|make|create|prepare|put together|word|compose|help with|help (?:me|us) with) (?:me |us )?${GAP(3)}(?:request )?(?:letter|email)\\b`) },
  { intent: 'flow.ehcRequest', weight: 0.88, pattern: new RegExp(`\\b(?:${WISH}|${HELP_ME}(?: to)?|${YOU_DO}) ${GAP(2)}(?:write|writing|email|emailing|contact|contacting|send (?:a )?(?:letter|email)) (?:to )?(?:the |my |our )?council\\b.*\\b(?:assess|assessment|ehcp)`) },
  { intent: 'flow.ehcRequest', weight: 0.9, pattern: new RegExp(`\\b(?:${HELP_ME}|help|support|assistance) (?:with|on|for) (?:an? |my |the |our |this )?(?:ehcp assessment|ehcp|assessment) (?:request|application)\\b|^(?:an? |my )?(?:ehcp assessment|ehcp|assessment) (?:request|application)(?: help| please| letter| support)*$`) },
  { intent: 'flow.ehcRequest', weight: 0.86, pattern: new RegExp(`^(?=.*\\b(?:ehcp|assess\\w*)\\b).*\\b(?:${WISH}|so (?:i|we) (?:will|want to|would like to)) (?:do|make|send|write|apply for|request) (?:it|the request|one|the letter|it all) (?:myself|ourselves)\\b`) },
  { intent: 'flow.ehcRequest', weight: 0.85, pattern: /\b(i|we) (am|are) (applying|requesting|asking) (for )?(an? )?(ehcp|assessment)/ },
  // "Help me put together the evidence to send so they assess him": the request, with its evidence.
  { intent: 'flow.ehcRequest', weight: 0.88, pattern: new RegExp(`\\b(?:${WISH}|${HELP_ME}(?: to| with)?|${YOU_DO}) ${GAP(2)}(?:put together|gather|collect|get together|pull together|prepare|sort out|organise|compile) ${GAP(2)}(?:evidence|paperwork|reports|documents|information)\\b.*\\b(?:assess\\w*|ehcp)\\b`) },
  // Told (by a SENCo, a friend) to apply, and ready to: "so let's do it".
  { intent: 'flow.ehcRequest', weight: 0.86, pattern: /^(?=.*\b(apply|applying|request|requesting|ask|asking|go) (for )?(the |an? |our )?(ehcp|assessment|ehcp assessment)\b).*\b(let us|lets) (do it|do this|go|get started|start|begin|get going|apply|crack on)\b/ },
  { intent: 'flow.ehcRequest', weight: 0.75, pattern: /^(?=.*\b(ehcp|assess\w*)\b).*\b(where|how) (do|should|can) (i|we) (even )?(start|begin)\b/ },
  { intent: 'flow.ehcRequest', weight: 0.72, pattern: /\b(my|our) (son|daughter|child|kid|boy|girl|children) (really )?(needs|should have|should get|deserves) (an? )?(ehcp|ehcp assessment|assessment)\b/ },
  // The wish with the council as the one to act: "I want the council to assess my daughter", "we'd like the LA to do an assessment".
  { intent: 'flow.ehcRequest', weight: 0.88, pattern: new RegExp(`\\b${WISH} (?:the |my |our )?council to (?:assess|reassess|do (?:an? |the )?(?:ehcp )?assessment|carry out (?:an? |the )?(?:ehcp )?assessment|start (?:an? |the )?(?:ehcp )?assessment)\\b`) },
  // "I want him assessed for one of those plans", "we'd like her to be assessed for an EHCP" (not "assessed for autism").
  { intent: 'flow.ehcRequest', weight: 0.86, pattern: new RegExp(`\\b${WISH} (?:him|her|them|my \\w+|our \\w+) (?:to be |to get |get )?assessed (?:by the council )?for (?:an? |the )?(?:ehcp|plan|one|one of (?:those|these|them|the) (?:plans|ehcps))\\b`) },
  // The subject said once before "and": "I'm the SENCo at ... and want to request an EHC needs assessment".
  { intent: 'flow.ehcRequest', weight: 0.88, pattern: new RegExp(`\\b(?:i am|we are|i m) (?:\\w+ ){1,8}?(?:and|so) (?:really |just |now )?(?:want|would like|need|wish|am wanting|am looking|am hoping|plan|intend|am ready) to ${GAP(2)}${REQUEST_VERB} ${GAP(4)}${EHC_TARGET}\\b`) },

  // ---------- cancel, with a reason: "I'll do this later, I need to find his reports" ----------
  { intent: 'cancel', weight: 0.92, pattern: /^(?:ok |okay |actually |sorry |right |hmm )?(?:i will|we will|i ll|we ll|let me|let us|can we|could we|can i|i need to|i have to|i want to|i d rather|i would rather) (?:do|finish|come back to|carry on with|continue|answer) (?:this|it|that|the rest|these|them|the questions) (?:later|another time|tomorrow|another day|when i have)\b/ },

  // ---------- flow.mediation: get ready for mediation or an appeal ----------
  { intent: 'flow.mediation', weight: 0.9, pattern: new RegExp(`\\b(?:${WISH}|${HELP_ME}(?: to| with)?|${YOU_DO}) ${GAP(3)}(?:prepare|get ready|be ready|ready|plan|prep) (?:for|me for|us for) ${GAP(2)}${DISPUTE}\\b`) },
  // (Also after "start again," or "ok,": the last thing said is what they want.)
  { intent: 'flow.mediation', weight: 0.9, pattern: /(?:^|\b(?:start again|start over|restart|ok|okay|right|so|actually)[, ]+)(please )?(get (me |us )?ready|prepare|prep) (me |us )?for (mediation|an appeal|the appeal|tribunal|the tribunal|my appeal|our appeal)/ },
  { intent: 'flow.mediation', weight: 0.88, pattern: new RegExp(`\\b(?:${WISH}|${HELP_ME}(?: to)?|let us) ${GAP(2)}(?:appeal|challenge|dispute|fight|contest|go to tribunal|take (?:them|the council|it|this) to (?:tribunal|appeal)|register (?:an|my|the|our) appeal|lodge (?:an |the |my )?appeal|start (?:an |the |my )?appeal|start mediation|go to mediation|ask for mediation|request mediation|get (?:a |the )?mediation certificate|get (?:a |the )?certificate)\\b`) },
  { intent: 'flow.mediation', weight: 0.88, pattern: /\bhelp (me|us) with (my|our|an|the|this) (appeal|mediation|tribunal)|^(an? |my |our )?(appeal|mediation|tribunal)( prep| preparation)? (help|support|please)$|\b(help|support) (with|for) (my|our|an|the|this) (appeal|mediation|tribunal)( hearing)?$/ },
  { intent: 'flow.mediation', weight: 0.86, pattern: /\b(and|so|but|now) (i |we )?(want|would like|need|plan|intend|are going|am going) to (appeal|challenge (it|the decision|this|them)|dispute (it|the decision)|fight (it|this|the decision|them|back)|contest (it|the decision)|go to tribunal|go to mediation)\b/ },
  { intent: 'flow.mediation', weight: 0.82, pattern: /\bwhen (do|must|should|have) (i|we) (need to |have to |got to )?(appeal|register (the |my |an |our )?appeal|contact (the )?mediation adviser|lodge (the |my |an )?appeal) by\b|\b(letter|decision) (was |is )?(dated|came|arrived|received|sent)\b.*\b(appeal|mediation|tribunal)\b|\b(appeal|mediation|tribunal)\b.*\b(letter|decision) (was |is )?(dated|came|arrived|received|sent)\b/ },
  { intent: 'flow.mediation', weight: 0.86, pattern: /\b(i|we) (have|have got|got|am having|are having|will have|have a|have our|have my) (a |an |our |my |the )?(mediation|tribunal|hearing|appeal hearing)( meeting| session| date| day| hearing)? (\w+ ){0,3}?(next|tomorrow|on|coming up|soon|this|in (a|two|three|\d+) (weeks?|days?|months?)|booked|arranged|scheduled|at)\b/ },
  { intent: 'flow.mediation', weight: 0.82, pattern: /\bwhat (should|do|must|can|shall) (i|we) (prepare|get ready|bring|take|have ready|do to prepare|say|do) (for|to|before|at) (the |my |our |a )?(mediation|tribunal|hearing|appeal)/ },
  { intent: 'flow.mediation', weight: 0.86, pattern: /\b(mediation|tribunal|hearing|appeal)\b.*\b(how (do|should|can|shall) (i|we) (prepare|get ready|prep|plan)|help (me|us) (to )?(prepare|get ready|plan)|what (should|do|shall) (i|we) (prepare|bring|do to prepare))\b|\b((our|my|the) )?(mediation|tribunal|hearing|appeal hearing|mediation meeting)( date| meeting)? (is|will be|has been booked for|is booked for) (on|in (a|two|three|four|\d+|the next) (weeks?|days?|months?)|next|tomorrow|this|coming up|soon|booked|set for|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*\b(prepare|ready|bring|do|help|need)\b|\bwhat do (i|we) need to (bring|prepare|take|have|do) (for|to|before|at) (the |my |our )?(mediation|tribunal|hearing)/ },
  { intent: 'flow.mediation', weight: 0.82, pattern: /\bhow (do|should|can|shall) (i|we) (prepare|get ready|prep) (for )?(\w+ ){0,2}?(mediation|tribunal|hearing|appeal)/ },
  { intent: 'flow.mediation', weight: 0.86, pattern: /\b(work out|calculate|figure out|tell me|check|what (are|is)|when (are|is)) (all )?my (\w+ ){0,2}?(deadlines?|dates|key dates|time limits?|due date|cut off)/ },
  { intent: 'flow.mediation', weight: 0.8, pattern: /^(start|begin) (the |my )?(mediation|appeal)( flow| process| prep| preparation)?$/ },

  // ---------- handoff.person: wants a human ----------
  { intent: 'handoff.person', weight: 0.95, pattern: new RegExp(`\\b${ASKER} ${GAP(2)}(?:speak|talk|chat|get in touch|be put in touch|contact|call|ring|phone|email|message|meet) (?:to |with )?${GAP(1)}${PERSON_TARGET}\\b`) },
  { intent: 'handoff.person', weight: 0.92, pattern: /\b(is there|are there|is this|are you|am i (talking|speaking|chatting) (to|with)) (a |an |any )?(real|actual|live|human) (person|human|people|being|adviser)/ },
  { intent: 'handoff.person', weight: 0.92, pattern: new RegExp(`\\b(?:put|get|transfer|pass|connect|refer|send) (?:me|us) (?:through |on |over )?(?:to|with) ${GAP(2)}${PERSON_TARGET}\\b|\\bput (?:me|us) through\\b`) },
  { intent: 'handoff.person', weight: 0.88, pattern: /\b(can|could|will|would) (someone|somebody|a person|an adviser|sendiass|a human|anyone|you get someone to) (\w+ )?(call|ring|phone|contact|email) (me|us)\b|\b(call|ring|phone) (me|us) back\b|\bcall ?back\b/ },
  { intent: 'handoff.person', weight: 0.85, pattern: /\b(how (do|can) (i|we)|where (do|can) (i|we)|i (want|need) to|help me) (get in touch with|contact|reach|find|call|ring|phone|email) (the |my |our |a |an |your )?(local )?sendiass\b|\bsendiass (phone )?(number|contact|contact details|email|helpline)\b/ },
  { intent: 'handoff.person', weight: 0.85, pattern: /\b(i|we) (want|need|would like|would prefer|would rather have) (a |an |some |to have a )?(real |actual |live )?(person|human|adviser|human help|someone|somebody)( to (help|talk to|speak to|speak with|advise) (me|us))?( please| now| instead| not a (bot|robot|computer|machine))?$/ },
  { intent: 'handoff.person', weight: 0.88, pattern: /\b(put|get) (me|us) in touch with\b|\b(can|could|may) (i|we) (please )?(have|get|book|arrange) (a |an )?(call|phone call|call back|callback|ring|chat|appointment|adviser|person|human|someone)\b.*\b(ring|call|phone|contact|with|from) (me|us|an? adviser|sendiass|someone|a person)\b|\b(adviser|person|someone|somebody|human) (to )?(ring|call|phone|contact|email) (me|us)\b/ },
  { intent: 'handoff.person', weight: 0.88, pattern: /\b(advice|help|support) from (a |an |some )?(real |actual |live |proper )?(person|human|adviser|someone|somebody|expert)\b|\b(can|could|would|will) (a |an |some )?(real |actual )?(person|human|adviser|someone|somebody) (help|talk to|speak to|call|ring|contact|advise) (me|us)\b/ },
  { intent: 'handoff.person', weight: 0.85, pattern: /\b(number|phone number|contact details|email address|email|website|address|helpline) (for|of) (the |my |our |a )?(local )?sendiass\b/ },
  { intent: 'handoff.person', weight: 0.75, pattern: /^(hello )?(is )?(anyone|anybody|someone|somebody) (there|around|available|about)$/ },
  // "Who can I talk to about this properly?": a person, not an article about who does what.
  { intent: 'handoff.person', weight: 0.88, pattern: /^(so |ok |then )?who (can|could|should|do) (i|we) (actually |really )?(talk|speak|go) to( about (this|it|all this|my case|my situation|our situation))?( properly| then| now| please)*$/ },
  // "Is there anyone I can actually speak to?", "like an actual human": a person, however it is put.
  { intent: 'handoff.person', weight: 0.92, pattern: /\b(is there|are there|have you got|do you have|is there not) (\w+ )?(anyone|anybody|someone|somebody|a person|a human|an adviser|people|a real person|an actual person) (\w+ ){0,2}?(i|we) (can|could) (\w+ ){0,2}?(speak|talk|chat|get through) (to|with)\b|\b(like |just )?(an?|some) (actual|real|proper) (human|person|human being|people)( being)?( please)?$/ },
  // "Pass my details on to someone": the parent wants to be contacted by a person.
  { intent: 'handoff.person', weight: 0.9, pattern: new RegExp(`\\b(?:pass|give|send|forward|hand) (?:my|our) (?:details|number|phone number|contact details|info|information|email|name) (?:on |over )?(?:to|on to|onto) ${GAP(1)}${PERSON_TARGET}\\b`) },
  // A worker asking for someone to help the family directly.
  { intent: 'handoff.person', weight: 0.85, pattern: /\b(can|could|would|will) (someone|somebody|an adviser|a person|sendiass|you get someone to) (\w+ ){0,2}?(help|support|contact|speak to|talk to|call|ring|visit|meet) (her|him|them|the (mum|dad|mother|father|family|parent|parents|carer)) (directly|in person|face to face|at home|themselves)\b/ },
  // A long account of their own child's situation that ends "what should we do?": their own case.
  { intent: 'beyondGuidance', weight: 0.94, pattern: /^(?=(?:\S+\s+){20}).*\b(?:my|our) (?:son|daughter|child|kid|boy|girl)\b.*\bwhat (?:should|shall|can|do|would you suggest) (?:i|we) do(?: now| next| about (?:it|this|that|her|him|them))?(?: please| now)?$/ },
  // "I need advice about my own situation": their own case, for a person.
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(advice|help|guidance|someone to look) (about|on|with|for|at) (my|our) (own |particular |specific |individual )?(situation|case|circumstances|problem|issue)\b|\b(my|our) (own |particular |specific |individual )?(situation|case|circumstances) (is|are) (different|complicated|complex|unusual)\b/ },

  // ---------- beyondGuidance: a judgement on their own case ----------
  { intent: 'beyondGuidance', weight: 0.9, pattern: /\b(will|would|could|can|do|does|might) (i|we|my \w+|our \w+|he|she|they) (\w+ ){0,2}?(win|lose|succeed|be successful|have a (good |strong |decent |real )?(case|chance))\b/ },
  { intent: 'beyondGuidance', weight: 0.82, pattern: /\btell (me|us) what to (say|write|put|argue) (in|at|for) (my|our|the)\b|\b(attached|uploaded|sent you|sending you|here is|this is|i have pasted) (my|the|our|his|her) (\w+ )?(plan|letter|draft|report|decision|ehcp)\b|^(please )?(review|check|read|look at|look over) (it|this|them|these)( for me| please)*$|\bplease (review|check|read|look at|look over) (it|this|them)\b/ },
  { intent: 'beyondGuidance', weight: 0.88, pattern: /\b(will|would|is|are) (the |a )?(tribunal|judge|panel|council|mediator|ombudsman) (\w+ ){0,2}?(agree|side|rule|find in|decide in|accept|say yes|back|support) (with )?(me|us|our|my|in our|in my)?/ },
  { intent: 'beyondGuidance', weight: 0.9, pattern: /\bwhat (are|is) (my|our) (chances?|odds|prospects)|\b(is|how strong is|how good is) (my|our) (case|appeal|claim|argument)( strong| good| any good| likely| winnable| worth)?\b|\b(do|have) (i|we) (have|got) a (good |strong |decent |winning )?case\b|\bis it worth (appealing|going to tribunal|fighting|it)\b/ },
  { intent: 'beyondGuidance', weight: 0.9, pattern: /\b(can|could|would|will) you (please )?(check|look (at|over|through)|read|review|go through|assess|read through|proofread|comment on|give me feedback on|tell me (if|whether|what you think)) (\w+ ){0,4}?(plan|ehcp|letter|draft|report|section|decision|email|paperwork|document|documents|case|appeal|evidence|this|it|outcomes|provision)\b/ },
  { intent: 'beyondGuidance', weight: 0.9, pattern: /^(please )?(check|look (at|over)|read|review|go through|proofread) (my|our|his|her|this|the) (\w+ ){0,3}?(plan|ehcp|letter|draft|report|section|decision|email|paperwork|document)/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(tell|advise) (me|us) (exactly )?(what (i|we) should do|what to do|whether (i|we) should|if (i|we) should)\b|\bwhat would you do\b|\bwhat do you think (i|we) should\b|\b(your|an) (honest )?opinion (on|about) (my|our)\b/ },
  // (Not "how should I keep records" or "what evidence should I send": those ask how, in general.)
  { intent: 'beyondGuidance', weight: 0.86, pattern: /(?<!\b(?:how|what (?:evidence|information|info|documents|reports|papers|proof|paperwork)) )\bshould (i|we) (accept|sign|agree|take|refuse|reject|appeal|go to tribunal|complain|move|withdraw|settle|go with|choose|pick|send|keep|home educate|push|fight|give up|drop|ask for|request)\b/ },
  // "Which school would be best for my son?": a judgement about their own child.
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(which|what) (school|schools|setting|college|nursery|placement|option|one|choice|provision|type of school|kind of school) (would be|is|will be|should (i|we) (choose|pick|go for)|do you think is) (the )?(best|right|better|most suitable|suitable|good) (for|option for) (my|our|him|her|them)\b|\b(is|would) (a |an |the )?(special|specialist|mainstream|independent|residential) (school|college|provision|unit|base) (be )?(right|best|better|suitable|the right choice|a good idea) for (my|our|him|her)\b/ },
  // Going to law against the school or council: a judgement about their case, for a person.
  { intent: 'beyondGuidance', weight: 0.88, pattern: /\b(can|could|should|shall|do|would) (i|we) (\w+ )?(sue|take (them|him|her|the school|the council|the la|the local authority|the academy|the trust) to court|take (legal action|them to court)|bring a (claim|case)|claim compensation|get compensation|make a (legal )?claim)\b|\b(sue|suing) (the|my|our|his|her) (school|council|la|local authority|academy|trust|head|teacher)\b/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\bis (what|this|that|it) (\w+ ){0,4}?(did|done|doing) (\w+ ){0,3}?(legal|illegal|lawful|unlawful|allowed|against the law|discrimination|discriminatory)\b/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(is|are) (my|our|his|her|the) (son |daughter |child |kids )?(plan|ehcp|section \w|draft|provision|outcomes|letter|decision) (\w+ ){0,3}?(specific enough|good enough|ok|okay|right|legal|lawful|correct|enough|adequate|any good|detailed enough|quantified enough|quantified)\b/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(is|are) (\w+ ){0,6}?(my|our) (\w+ ){0,3}?(specific enough|good enough|detailed enough|quantified enough|clear enough|strong enough|legal|lawful|adequate|any good)\b/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(tell|say) (me|us)? ?(if|whether) (section \w|the plan|it|this|the draft|the provision|the letter) (is )?(specific|good|right|legal|lawful|enough|ok|clear|detailed|quantified)/ },
  { intent: 'beyondGuidance', weight: 0.84, pattern: /\b(can|could|will|would) you (represent|act for|advocate for|be my (advocate|lawyer|solicitor|representative)|come (to|with me to)|attend|write my (appeal|case|statement|reasons)|fill in (my|the) appeal)\b/ },
  // "Write my appeal for me", "can someone look at our draft plan": work on the parent's own papers.
  { intent: 'beyondGuidance', weight: 0.84, pattern: /^(?:please )?(?:write|do|fill in|draft) (?:my|our|the) (?:appeal|tribunal appeal|case statement|case|statement|reasons for appeal|appeal form|send35)(?: for (?:me|us))?(?: please)?$|\b(?:can|could|will) (?:someone|somebody|a person|an adviser|anyone|anybody) (?:please )?(?:look at|look over|check|read|go through|help me (?:with|understand)|explain) (?:my|our|his|her|the) (?:\w+ ){0,2}?(?:draft|plan|ehcp|letter|decision|report|paperwork|appeal)\b/ },
  { intent: 'beyondGuidance', weight: 0.8, pattern: /\b(legal advice|a lawyer view|a legal opinion) (on|about|for) (my|our)\b|\bin (my|our) (case|situation)\b.*\b(should|will|would|can|could)\b/ },
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\bdo you think (the |my |our )?(council|tribunal|school|judge|panel|mediator|ombudsman|i|we|he|she|they|my \w+|our \w+) (will|would|should|can|could|have|has|is|are)\b|\bwhat do you think (of|about) (my|our|this|the|his|her)\b/ },
  { intent: 'beyondGuidance', weight: 0.84, pattern: /\b((is|are) (the school|the council|they|school|council|the head|the senco|the head teacher)|(the school|the council|they|school|council|the head|the senco|the head teacher) (is|are)) (\w+ )?(breaking the law|acting unlawfully|acting illegally|discriminating against|failing in (its|their) (legal )?duty)\b.*\b(my|our|us|him|her)\b/ },
  { intent: 'beyondGuidance', weight: 0.8, pattern: /\b(will|would) (i|we) (get|win|be given) (the|our) (school|placement|outcome|result) (we|i) (want|wanted|asked for|chose)\b/ },
  // Whether to pay for a lawyer in their own appeal, or go it alone: a judgement about their case.
  { intent: 'beyondGuidance', weight: 0.86, pattern: /\b(solicitor|lawyer|barrister|legal representation|legal rep|advocate)\b.*\b(worth it|worth (paying|the money|getting) for (us|me|our|my))\b|\b(should|would it be better if) (we|i) (go it alone|do it (ourselves|myself))\b|\bor (should|do) (we|i) go it alone\b/ },
  // Their own child permanently excluded, with a meeting or a decision ahead: the knowledge base only
  // signposts exclusions (topic 21), so a person looks at the case rather than an answer about part-time timetables.
  { intent: 'beyondGuidance', weight: 0.86, pattern: /^(?=.*\b(?:my|our|he|she|they|him|her|them)\b)(?=.*\b(?:permanently excluded|permanent exclusion|permanently exclude|expelled)\b).*\b(?:governors?|governing (?:board|body)|independent review|review panel|panel|hearing|meeting|appeal|challenge|what (?:do|should|can|shall) (?:i|we) do|what now|what next|help)\b/ },
  // "Is that allowed?" about a SEND rule: the knowledge base's general answer wins when the message is
  // clearly about SEND (the dialog then offers an adviser for their own case); otherwise a person.
  { intent: 'beyondGuidance', weight: 0.48, pattern: /\b(is|are) (that|this|it|they|the school|the council|school|council) (allowed|legal|lawful|breaking the law|acting unlawfully|acting illegally|within their rights)\b/ },
  { intent: 'beyondGuidance', weight: 0.55, pattern: /\bwhat (should|do) (i|we) do\b/ },

  // ---------- distress: upset, exhausted, alone (no risk of harm: that is safeguarding) ----------
  { intent: 'distress', weight: 0.88, pattern: /\b(i|we) (am|are|feel|have been|has been|am feeling|are feeling|am getting|keep feeling|just feel|feel like|am just) (so |really |completely |totally |utterly |absolutely |very |just |honestly |quite |pretty )*(exhausted|worn out|drained|shattered|knackered|broken|overwhelmed|alone|lonely|isolated|desperate|hopeless|helpless|defeated|devastated|heartbroken|at breaking point|struggling|depressed|anxious|stressed( out)?|scared|frightened|terrified|useless|a failure|failing (him|her|them|my \w+)|beaten|crushed|miserable|upset|angry|furious|fed up|sick of (it|this|everything|fighting)|tired of (it|this|everything|fighting|battling)|done with (it|this|everything)|at my wits end|at the end of my tether|falling apart|going under|drowning|in pieces|in bits|a wreck|a mess|at my lowest|not (ok|okay|coping)|distraught|burnt out|burned out|worn down|ground down|run down|wiped out|at rock bottom)\b/ },
  // ("They cannot cope" is the school's words about a child, not the parent's distress.)
  { intent: 'distress', weight: 0.88, pattern: /\b((?<!\b(they|school|the school|staff|teachers|nursery|college|the senco|she|he) )(cannot|can not|could not|not|unable to|struggling to|barely) cope|end of my tether|wits end|breaking point|end of my rope|falling apart|losing my mind|cannot take (it|this|any ?more)|cannot do this any ?more|had enough|(it is|this is|everything is) (all )?too much|too much for me|no one listens|nobody listens|no one cares|nobody cares|no one helps|nobody helps|no one understands|nobody understands|no one believes|nobody believes|no one is listening|nobody is listening|on my own with (this|it)|crying (every|all|myself)|(i|we) (cry|am crying|have been crying|keep crying|cried|end up crying) (every|all|myself|at night|a lot|so much|constantly|most)|in tears|cry myself|every (meeting|day|step) is a (battle|fight|struggle)|so tired of|sick and tired|tired of (fighting|battling|this)|fighting for (years|so long|everything)|constant (fight|battle)|i give up|giving up|want to give up|cannot carry on like this|cannot go on like this|at rock bottom)\b/ },
  { intent: 'distress', weight: 0.86, pattern: /\b(no one|nobody|no body) is on (my|our) side\b|\beveryone is against (us|me)\b|\b(i|we) feel (so |really |completely )?(let down|unheard|ignored|invisible|judged|blamed|like nobody cares|like no one cares)\b|\b(getting|becoming) too much\b|\btoo much to (cope|handle|deal)\b|\b(i|we) (am|are) (so |really |very )?tired\b|\b(no one|nobody|no body) (ever )?(helps|listens|cares|gets back to (me|us)|answers)\b|\bfrom pillar to post\b|\bgoing (round|around) in circles\b/ },
  // A few words and nothing else: "crying", "so sad", "i am in tears", a crying face (see normaliseText).
  { intent: 'distress', weight: 0.88, pattern: /^(?:(?:i|we) (?:am|are|feel|feel so|am feeling) )?(?:so |really |very |just |still |literally |feeling )*(?:crying|sobbing|in tears|sad|upset|heartbroken|devastated|miserable|broken|desperate|depressed|not ok|not okay|not coping)(?: (?:crying|sad|so sad|and (?:crying|sad|upset|tired|exhausted|scared|alone)))*(?: (?:again|right now|today|now|all the time|all day|every day))?$/ },
  { intent: 'distress', weight: 0.88, pattern: /\b(?:i|we) (?:am|are) (?:just |so |still |literally |actually |sat here |sitting here )?(?:crying|sobbing|in tears)\b/ },
  // A death in the family, told alongside a question ("I missed the deadline because my mum died").
  { intent: 'distress', weight: 0.86, pattern: /\b(my|our|his|her) (mum|mom|mother|dad|father|husband|wife|partner|nan|nanna|grandma|grandad|grandfather|grandmother|brother|sister|son|daughter|baby) (has |had |just |recently )?(died|passed away|passed)\b|\b(bereavement|bereaved|funeral|grieving)\b/ },
  // Anger at the people in the way, said in the heat of it (a threat to a child is the safeguarding check's, first).
  { intent: 'distress', weight: 0.8, pattern: /\b(i|we) (could|would|want to|am going to|will|could honestly|could actually) (kill|strangle|murder|throttle|scream at) (the|that|this|our|his|her) (senco|teacher|head|head teacher|council|caseworker|case worker|school|panel|officer|sen team)\b/ },
  // "I just cried in the car park", "this process is torture", "fighting for this ehcp is killing me", "help for my own depression".
  { intent: 'distress', weight: 0.86, pattern: /\b(i|we) (just |have just |literally |ended up |always )?(cried|broke down|burst into tears|sobbed|was sobbing|was crying)\b|\b(this|the|whole|it|all this|the whole) (process|system|fight|battle|thing|journey)? ?(is|has been|feels like) (absolute |pure |sheer |a living )?(torture|hell|a nightmare|a living nightmare|horrendous|unbearable|soul destroying|destroying (me|us)|breaking (me|us)|killing (me|us))\b|\b(fighting|battling|the fight|the battle|this fight|this battle|the stress|the worry|anxiety|behaviou?r|meltdowns) (\w+ ){0,6}?(is|are) (killing|destroying|breaking) (me|us)\b|\b(help|support) (for|with) my (own )?(depression|mental health|anxiety|stress)\b|\bmy (own )?(depression|mental health) (is|has got|has been|keeps)\b/ },
  { intent: 'distress', weight: 0.7, pattern: /\b(i|we) (am|are|feel) (so |really |very )?(worried|sad|lost|stuck|frustrated)\b(?! (what|how|about (the|what|how|whether|if)))/ },

  // ---------- outOfScope: not about SEND, education, disability or children's support ----------
  { intent: 'outOfScope', weight: 0.88, pattern: /\b(weather|forecast|temperature outside|rain(ing)? (today|tomorrow|later|outside)|is it (raining|sunny|snowing|cold|hot) (today|outside|there|now)|sunny)\b/ },
  { intent: 'outOfScope', weight: 0.9, pattern: /\b(book|booking|reserve|order) (me |us )?(a |an |some )?(table|restaurant|flight|holiday|hotel|taxi|cab|uber|train|tickets?|gp|doctor|doctors|dentist|hair|haircut|appointment|gp appointment|doctor appointment|pizza|takeaway|food|delivery)\b|\b(can|could|will|would) you (please )?book\b/ },
  { intent: 'outOfScope', weight: 0.88, pattern: /\b(who won|what is the score|scores?|football|premier league|the match|cricket|rugby|formula one|f1|champions league|world cup|kick off|league table|fixtures|darts|snooker)\b/ },
  { intent: 'outOfScope', weight: 0.88, pattern: /\b(tell me a joke|jokes?|riddle|write me a (poem|song|story)|sing (me )?a song|poem about)\b/ },
  { intent: 'outOfScope', weight: 0.88, pattern: /\b(capital of|population of|how tall is|how far is|distance (to|from|between)|what time is it|what is the time|what day is it|today date|time zone|currency)\b/ },
  { intent: 'outOfScope', weight: 0.88, pattern: /\b(recipes?|cook|cooking|bake|baking|lottery|bitcoin|crypto|stocks?|shares price|horoscope|star sign|netflix|films?|movies?|tv tonight|music|songs?|play (me |some )?(music|a song)|translate|spanish|french|german|car insurance|mortgage|parking (ticket|fine)|council tax|bin collection|train times|bus times|lose weight|diet|holiday (deals?|ideas|destinations?|packages?|cottages?|abroad)|flights?)\b/ },
  { intent: 'outOfScope', weight: 0.85, pattern: /\b(gp appointment|doctor appointment|doctors appointment|dentist|prescription|repeat prescription|opening times of (tesco|asda|sainsbury|the shop))\b/ },

  // ---------- kb.ask: questions about SEND (also the fallback, see localRecognizer.ts) ----------
  { intent: 'kb.ask', weight: 0.78, pattern: /\b(i|we) (want|would like|need|am trying|are trying|wanted) to (know|find out|understand|check|ask about|learn|read about)\b|\b(i|we) have (a|some) (question|questions|query)\b|\b(can|could) you (tell|explain|show) (me|us)? ?(what|how|when|who|why|where|whether|if|about)\b|\btell me about\b|\bexplain\b|\bmeaning of\b|\bwhat (is|are) (meant by|the difference|the rules)\b|\bdifference between\b/ },
  { intent: 'kb.ask', weight: 0.75, pattern: /^(what|who|how|when|where|why|which|whose|is|are|does|do|did|can|could|should|would|will|must|has|have|may|am|if) /},
  { intent: 'kb.ask', weight: 0.72, pattern: /\b(how long|how many|how much|how often|how soon|what happens|who can|who decides|who pays|do i need|does (he|she|my \w+) need|is it true|what does (\w+ ){1,3}mean|what (is|are) (a|an|the)?|am i allowed|are they allowed|is the (school|council) allowed|can the (school|council)|does the (school|council)|what if|timescales?|deadline for|time limit)\b/ },
];
